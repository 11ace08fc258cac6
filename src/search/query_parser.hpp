// Reads the text a user types into a search box: words, and filters such as
// org:OSCE or as-of:2016-08-31. Knows nothing of the index; the engine
// decides what the words and filters mean.
#ifndef LIAISON_SRC_SEARCH_QUERY_PARSER_HPP
#define LIAISON_SRC_SEARCH_QUERY_PARSER_HPP

#include <liaison/date.hpp>
#include <liaison/record.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace search {

constexpr std::size_t max_query_bytes = 4096;
constexpr std::size_t max_query_words = 32;

struct ParsedQuery {
  /// The words that are not filters, as typed (valid UTF-8), in order.
  std::vector<std::string> words;
  /// The same words joined by single spaces: what phone, e-mail and
  /// full-name lookups read.
  std::string text;
  std::vector<std::string> organizations;  ///< org:
  std::vector<std::string> countries;      ///< country:
  std::vector<std::string> tags;           ///< tag:
  std::vector<std::string> titles;         ///< title:
  std::vector<std::string> events;         ///< event:
  std::vector<RecordKind> kinds;           ///< kind:
  std::optional<PartialDate> as_of;        ///< as-of:

  /// True when there is neither a word nor a filter.
  bool empty() const noexcept;
};

/// Splits `query` into words and filters. Throws Error(errc::invalid_argument)
/// naming the problem for invalid UTF-8, a query over max_query_bytes or
/// with more than max_query_words words, a filter without a value, an
/// unknown kind:, or an as-of: that is not a date. Filters count towards
/// max_query_words; a kind named twice ("kind:person kind:people") is kept once.
ParsedQuery parse_query(std::string_view query);

}  // namespace search
}  // namespace v1
}  // namespace liaison

#endif
