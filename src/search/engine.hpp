// Answers a search: reads the query, looks up exact names, e-mails and
// phones, then finds and ranks word matches in the FTS5 index without
// scoring every match of a common prefix (see engine.cpp for the plan).
#ifndef LIAISON_SRC_SEARCH_ENGINE_HPP
#define LIAISON_SRC_SEARCH_ENGINE_HPP

#include <liaison/search.hpp>

#include "storage/record_store.hpp"
#include "storage/search_rows.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace search {

/// Runs one search against the index. `default_region` reads phone
/// numbers typed without an international prefix.
std::vector<SearchHit> run_search(storage::RecordStore& store, storage::SearchRows& rows,
                                  std::string_view query, const SearchOptions& options,
                                  const std::string& default_region);

}  // namespace search
}  // namespace v1
}  // namespace liaison

#endif
