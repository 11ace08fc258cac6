// Dates as spreadsheets and address-book exports write them.
#ifndef LIAISON_SRC_FORMATS_CSV_DATES_HPP
#define LIAISON_SRC_FORMATS_CSV_DATES_HPP

#include <liaison/csv.hpp>
#include <liaison/date.hpp>

#include <optional>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace csv {

/// Reads ISO 8601 ("1975-04-03", "1975-04", "--04-03", Google's year-less
/// " --04-03"), the basic form "19750403", "03.04.1975" (with or without a
/// final dot), and "03/04/1975" or "3-4-1975", day first unless `order`
/// says month first; two-digit years are not guessed. Surrounding spaces,
/// and a time of day after the date ("1975-04-03 00:00:00", "4/3/1975
/// 12:00:00 AM"), are ignored. nullopt for anything else, including
/// impossible dates.
std::optional<PartialDate> parse_date(std::string_view text, DateOrder order);

/// True for the values exports write for "no date": Outlook's "0/0/00",
/// "00.00.0000" and the like.
bool is_empty_date(std::string_view text) noexcept;

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
