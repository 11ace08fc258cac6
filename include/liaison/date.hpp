// liaison: dates that may be known only in part.
#ifndef LIAISON_DATE_HPP
#define LIAISON_DATE_HPP

#include <optional>
#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {

/// A calendar date of which any part may be unknown, as business cards and
/// vCard BDAY give them: "1971", "1971-04", "--04-12" (no year).
/// A zero part means unknown; an all-zero PartialDate is "no date".
struct PartialDate {
  int year = 0;   ///< 1..9999, or 0 when unknown
  int month = 0;  ///< 1..12, or 0 when unknown
  int day = 0;    ///< 1..31, or 0 when unknown

  bool empty() const noexcept { return year == 0 && month == 0 && day == 0; }

  /// ISO 8601 / RFC 6350 text: "2016-08-31", "2016-08", "2016", "--08-31", "---31";
  /// empty string for an empty date.
  std::string to_string() const;

  /// Reads the forms to_string() writes, and the basic forms "20160831",
  /// "--0831". Returns nullopt for anything else, including impossible
  /// dates such as 2016-02-30. Surrounding white space is ignored.
  static std::optional<PartialDate> parse(std::string_view text);

  /// The earliest and latest full dates this partial date can stand for;
  /// a missing year gives year 0 / 9999. Used for "held on date D" questions.
  PartialDate earliest() const noexcept;
  PartialDate latest() const noexcept;

  /// Today's date in UTC.
  static PartialDate today();

  bool operator==(const PartialDate& other) const noexcept;
  bool operator!=(const PartialDate& other) const noexcept { return !(*this == other); }
};

/// Orders full or partial dates by (year, month, day), unknown parts as zero.
bool operator<(const PartialDate& a, const PartialDate& b) noexcept;

}  // namespace v1
}  // namespace liaison

#endif
