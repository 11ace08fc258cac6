// The CSV importer: reads the first rows to find the header and the layout,
// then maps every row to a contact and hands it to the import session.
#include "formats/csv/importer.hpp"

#include "formats/csv/character_references.hpp"
#include "formats/csv/details.hpp"
#include "formats/csv/layout.hpp"
#include "formats/csv/reader.hpp"
#include "formats/csv/row_mapping.hpp"
#include "formats/import/session.hpp"
#include "text/utf8.hpp"

#include <liaison/error.hpp>

#include <algorithm>
#include <cstddef>
#include <deque>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

// How many records the layout detection sees: enough for a preamble of
// notes before the header and for judging a headerless file by content.
constexpr std::size_t layout_sample_rows = 50;

bool is_unicode_name(const std::string& encoding) {
  return encoding.rfind("UTF-", 0) == 0 || encoding.rfind("utf-", 0) == 0;
}

std::string describe_delimiter(char delimiter) {
  switch (delimiter) {
    case '\t': return "tab";
    case ',': return "comma";
    case ';': return "semicolon";
    case '|': return "vertical bar";
    default: return std::string("'") + delimiter + "'";
  }
}

// The first two numbers of a date written "d/m/yyyy" or "d-m-yyyy" (any
// time of day after it ignored); nullopt for other text. "d.m.yyyy" is
// always read day first (no one writes the month first between dots), so
// it says nothing of the file's order.
std::optional<std::pair<int, int>> leading_numbers(std::string_view cell) {
  const std::string trimmed = text::trim(cell);  // owned: a view of trim()'s result would dangle
  const std::string_view text = trimmed;
  int numbers[2] = {0, 0};
  std::size_t at = 0;
  for (int& number : numbers) {
    const std::size_t start = at;
    while (at < text.size() && at - start < 2 && text[at] >= '0' && text[at] <= '9') {
      number = number * 10 + (text[at] - '0');
      ++at;
    }
    if (at == start || at >= text.size() || (text[at] != '/' && text[at] != '-'))
      return std::nullopt;
    ++at;
  }
  std::size_t digits = 0;
  while (at + digits < text.size() && text[at + digits] >= '0' && text[at + digits] <= '9')
    ++digits;
  if (digits != 4) return std::nullopt;
  return std::pair{numbers[0], numbers[1]};
}

class Importer {
 public:
  Importer(Directory& directory, const std::string& file, const CsvImportOptions& options)
      : session_(directory, file, options, "csv"), options_(options) {}

  ImportReport run(std::istream& input, std::uint64_t total_bytes) {
    ReaderOptions reader_options;
    reader_options.encoding = options_.encoding;
    if (options_.delimiter != 0) reader_options.delimiter = options_.delimiter;
    reader_options.max_field_bytes = options_.max_field_bytes;
    reader_options.max_file_bytes = options_.max_file_bytes;

    try {
      Reader reader(input, reader_options);
      read_all(reader, total_bytes);
    } catch (const ReadError& error) {
      fail_at(error.remark);
    }
    ImportReport& report = session_.report();
    if (report.read == 0 && report.skipped == 0) {
      session_.warn(0, "", "", "the file holds no rows: nothing imported");
    }
    if (options_.progress) options_.progress(report.read, total_bytes, total_bytes);
    return session_.finish();
  }

 private:
  [[noreturn]] void fail_at(const Remark& remark) {
    std::string message = remark.message;
    if (remark.column > 0) message = "column " + std::to_string(remark.column) + ": " + message;
    session_.fail(remark.line, message);
  }

  void read_all(Reader& reader, std::uint64_t total_bytes) {
    // The first rows decide the layout; they are kept and then imported
    // like the rest.
    std::deque<Row> sample;
    Row row;
    while (sample.size() < layout_sample_rows && reader.next(row)) sample.push_back(row);
    pass_on_warnings(reader);
    if (sample.empty()) return;

    std::vector<std::vector<std::string>> first_rows;
    for (const Row& r : sample) first_rows.push_back(r.fields);
    LayoutOptions layout_options;
    layout_options.preset = options_.preset;
    layout_options.map = options_.map;
    layout_ = detect_layout(first_rows, layout_options);
    // The native layout writes several values of a kind into one cell.
    if (layout_.preset == "native" && layout_.value_separator.empty()) {
      layout_.value_separator = " ::: ";
    }
    describe_input(reader, sample);
    order_ = date_order_of(sample);
    for (std::size_t i = 0; i < layout_.columns.size(); ++i) {
      if (layout_.columns[i].field == Field::details) details_column_ = i;
      switch (layout_.columns[i].field) {
        case Field::full_name:
        case Field::given_name:
        case Field::family_name:
        case Field::nickname:
        case Field::organization: names_a_record_ = true; break;
        default: break;
      }
    }
    // Every row would be refused for want of a name: say why once, up front.
    const bool maps_a_field =
        std::any_of(layout_.columns.begin(), layout_.columns.end(),
                    [](const ColumnTarget& column) { return column.field != Field::none; });
    if (!maps_a_field) {
      session_.fail(
          sample.front().line,
          std::string(layout_.header_row
                          ? "no column of the header names a field liaison knows"
                          : "the file has no header row and its columns match no known export") +
              ": name the columns with --map (e.g. --map \"1=given_name,2=family_name,3=email\")");
    }

    std::size_t skip = layout_.header_row ? *layout_.header_row + 1 : 0;
    for (Row& r : sample) {
      if (skip > 0) {
        --skip;
        continue;
      }
      handle(r, reader.delimiter());
    }
    sample.clear();
    while (reader.next(row)) {
      pass_on_warnings(reader);
      handle(row, reader.delimiter());
      if (options_.progress && session_.report().read % 256 == 0) {
        options_.progress(session_.report().read, reader.bytes_read(), total_bytes);
      }
    }
    pass_on_warnings(reader);
  }

  // What the file turned out to be, where the user may want to check it.
  void describe_input(const Reader& reader, const std::deque<Row>& sample) {
    const std::string& encoding = reader.encoding();
    if (options_.encoding.empty() && !is_unicode_name(encoding) && encoding != "US-ASCII") {
      session_.warn(0, "", "",
                    "the file is not UTF-8; it was read as " + encoding +
                        " (name another with the encoding option if that is wrong)");
    }
    if (layout_.header_row) {
      const Row& header = sample[*layout_.header_row];
      if (*layout_.header_row > 0) {
        session_.warn(sample.front().line, "", "",
                      "lines " + std::to_string(sample.front().line) + "-" +
                          std::to_string(header.line - 1) +
                          " come before the header and were not imported");
      }
      for (const std::string& name : layout_.unmapped()) {
        session_.warn(header.line, "", name,
                      "the column maps to no field; its values are kept as extra fields");
      }
    } else {
      session_.warn(0, "", "",
                    "the file has no header row; its columns were read as the " + layout_.preset +
                        " layout (" + std::to_string(layout_.columns.size()) + " columns, " +
                        describe_delimiter(reader.delimiter()) + "-separated)");
    }
  }

  // The order the caller named, else the one the first rows' birthdays
  // show: 12/25/1975 can only be month first, 25/12/1975 only day first.
  // A file that shows both, or neither, is read day first.
  DateOrder date_order_of(const std::deque<Row>& sample) {
    if (options_.date_order) return *options_.date_order;
    std::optional<std::size_t> month_first_line;
    std::optional<std::size_t> ambiguous_line;  // 03/04/1975: either order reads it
    bool day_first_seen = false;
    for (std::size_t r = layout_.header_row ? *layout_.header_row + 1 : 0; r < sample.size(); ++r) {
      const Row& row = sample[r];
      for (std::size_t c = 0; c < row.fields.size() && c < layout_.columns.size(); ++c) {
        if (layout_.columns[c].field != Field::birthday) continue;
        const auto numbers = leading_numbers(row.fields[c]);
        if (!numbers) continue;
        if (numbers->first > 12 && numbers->second <= 12) day_first_seen = true;
        if (numbers->second > 12 && numbers->first <= 12 && !month_first_line)
          month_first_line = row.line;
        if (numbers->first <= 12 && numbers->second <= 12 && numbers->first != numbers->second &&
            !ambiguous_line)
          ambiguous_line = row.line;
      }
    }
    if (!month_first_line && !day_first_seen && ambiguous_line) {
      session_.warn(*ambiguous_line, "", "",
                    "dates such as this line's are read day first (03/04/1975 is 3 April); give "
                    "the date order to read them month first");
    }
    if (!month_first_line || day_first_seen) return DateOrder::day_month_year;
    session_.warn(*month_first_line, "", "",
                  "dates are read month first (03/04/1975 is March 4th), as this line's shows; "
                  "give the date order to read them otherwise");
    return DateOrder::month_day_year;
  }

  void pass_on_warnings(Reader& reader) {
    for (const Remark& remark : reader.take_warnings()) {
      std::string message = remark.message;
      if (remark.column > 0) message = "column " + std::to_string(remark.column) + ": " + message;
      session_.warn(remark.line, "", "", message);
    }
  }

  // A whole record quoted as one field ("Laura,Herbst,,Interhyp,...", a
  // spreadsheet's or a script's mistake) in a file of several columns: the
  // fields are the ones inside it.
  std::optional<Row> unwrapped(const Row& row, char delimiter) {
    if (row.fields.size() != 1 || layout_.columns.size() < 3 || row.quoted.empty() ||
        !row.quoted.front() || row.fields.front().find(delimiter) == std::string::npos) {
      return std::nullopt;
    }
    std::istringstream cell(row.fields.front());
    ReaderOptions inside;
    inside.encoding = "UTF-8";
    inside.delimiter = delimiter;
    Reader reader(cell, inside);
    Row fields;
    if (!reader.next(fields) || fields.fields.size() < 2) return std::nullopt;
    Row more;
    if (reader.next(more)) return std::nullopt;  // lines of text, not one record
    fields.line = row.line;
    return fields;
  }

  void handle(const Row& quoted_row, char delimiter) {
    std::optional<Row> unwrapped_row = unwrapped(quoted_row, delimiter);
    const bool was_wrapped = unwrapped_row.has_value();
    if (layout_.preset == "yahoo") {
      // Yahoo! writes "O&#39;Brien": its values are HTML-escaped text.
      if (!unwrapped_row) unwrapped_row = quoted_row;
      for (std::string& field : unwrapped_row->fields) field = decode_character_references(field);
    }
    const Row& row = unwrapped_row ? *unwrapped_row : quoted_row;
    if (was_wrapped) {
      session_.warn(row.line, "row " + std::to_string(rows_ + 1), "",
                    "the whole row was one quoted field; read as the " +
                        std::to_string(row.fields.size()) + " fields inside it");
    }
    ++rows_;
    MappedRow mapped = contact_from_row(row.fields, layout_, order_);
    if (mapped.blank) return;
    ImportReport& report = session_.report();
    ++report.read;
    const std::string label = "row " + std::to_string(rows_) + describe(mapped.contact);
    read_details(mapped, row, label);
    if (mapped.only_extras) {
      // When no column is read as a name, the unmapped ones may well hold
      // it ("Jméno", "Příjmení"): leaving the row out would lose a person.
      // A row whose unread cells hold no words (a date, a number) is no one.
      if (!names_a_record_ && unread_cells_hold_words(row)) {
        session_.reject(row.line, label, formats::Refusal{"", unnamed_row_message()});
        return;
      }
      session_.warn(row.line, label, "",
                    "holds nothing but columns that map to no field: no record to make; left out");
      return;
    }
    if (row.fields.size() > layout_.columns.size() && layout_.header_row) {
      bool extra_text = false;
      for (std::size_t i = layout_.columns.size(); i < row.fields.size(); ++i) {
        extra_text = extra_text || !text::trim(row.fields[i]).empty();
      }
      if (extra_text) {
        session_.warn(row.line, label, "",
                      "has " + std::to_string(row.fields.size()) + " fields, the header " +
                          std::to_string(layout_.columns.size()) +
                          "; the rest are kept as extra fields");
      }
    }
    session_.store(mapped.contact, key_for(mapped, row, label), label, row.line);
  }

  bool unread_cells_hold_words(const Row& row) const {
    for (std::size_t i = 0; i < row.fields.size(); ++i) {
      if (i < layout_.columns.size() && layout_.columns[i].field != Field::none) continue;
      std::size_t letters = 0;
      for (const char c : row.fields[i]) {
        const auto b = static_cast<unsigned char>(c);
        // Any byte of a non-ASCII character counts: names in any script.
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80) ++letters;
      }
      if (letters >= 2) return true;
    }
    return false;
  }

  std::string unnamed_row_message() const {
    std::string example;
    for (const std::string& name : layout_.unmapped()) {
      const bool first = example.empty();
      if (!first) example.append(",");
      example.append(name).append(first ? "=given_name" : "=family_name");
      if (!first) break;
    }
    if (example.empty()) example = "1=given_name,2=family_name";
    std::string message =
        "holds values only in columns that map to no field, and no column of the file is read "
        "as a name: name the columns with --map (e.g. --map \"";
    message.append(example).append("\")");
    return message;
  }

  // The native layout's details cell completes the record the other cells
  // gave (formats/csv/details.hpp); what it could not apply is reported,
  // and a cell it could not read at all (a hand-made native file's own
  // "details" text) is kept as an extra field, as any unmapped cell is.
  void read_details(MappedRow& mapped, const Row& row, const std::string& label) {
    if (!details_column_ || *details_column_ >= row.fields.size()) return;
    const std::string cell = text::trim(row.fields[*details_column_]);
    if (cell.empty()) return;
    auto keep_cell = [&] {
      const std::string& name = layout_.names[*details_column_];
      std::vector<ExtraField>& extras = mapped.contact.is_organization
                                            ? mapped.contact.organization.extra_fields
                                            : mapped.contact.person.extra_fields;
      extras.push_back({"csv", name.empty() ? std::string("details") : name, cell});
    };
    const DetailsOutcome outcome =
        mapped.contact.is_organization
            ? apply_organization_details(mapped.contact, cell, row.fields, layout_)
            : apply_details(mapped.contact, cell, row.fields, layout_);
    if (!outcome.error.empty()) {
      keep_cell();
      session_.warn(row.line, label, "details",
                    outcome.error + "; the cell is kept as an extra field");
      return;
    }
    for (const std::string& member : outcome.edited) {
      session_.warn(row.line, label, "details",
                    "the row's " + member + " cells were changed after the export; they are " +
                        "read as they are, and the details' " + member + " were left out");
    }
    for (const std::string& member : outcome.unknown) {
      session_.warn(row.line, label, "details",
                    "\"" + member + "\" is no member of a details cell; left out");
    }
    if (!outcome.unknown.empty()) keep_cell();  // what the unknown members said
  }

  static std::string describe(const formats::IncomingContact& contact) {
    std::string name =
        contact.is_organization ? contact.organization.display_name() : contact.person.name();
    return name.empty() ? std::string() : " (" + name + ")";
  }

  // The row's key in this file: its external_id, unless it has none (or
  // repeats one an earlier row had); and its place (formats::RecordKey).
  formats::RecordKey key_for(const MappedRow& mapped, const Row& row, const std::string& label) {
    formats::RecordKey key{{}, "row " + std::to_string(rows_)};
    if (!mapped.external_id.empty()) {
      // A hash stands for the id, as for vCard UIDs: memory stays small.
      if (ids_.insert(std::hash<std::string>{}(mapped.external_id)).second) {
        key.given = mapped.external_id;
      } else {
        session_.warn(row.line, label, "external_id",
                      "repeats the external_id of an earlier row; kept apart from it");
      }
    }
    return key;
  }

  formats::ImportSession session_;
  const CsvImportOptions& options_;
  Layout layout_;
  DateOrder order_ = DateOrder::day_month_year;
  std::size_t rows_ = 0;  // data rows seen, blank ones included
  std::unordered_set<std::size_t> ids_;
  std::optional<std::size_t> details_column_;  // the native layout's, when the file has one
  bool names_a_record_ = false;                // a column is read as a name or an organization
};

}  // namespace

ImportReport import_rows(Directory& directory, std::istream& input, const std::string& file,
                         std::uint64_t total_bytes, const CsvImportOptions& options) {
  Importer importer(directory, file, options);
  return importer.run(input, total_bytes);
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
