#include "formats/csv/layout.hpp"

#include "formats/csv/headerless.hpp"
#include "formats/csv/presets.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <liaison/error.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace csv {
namespace {

using detail::Preset;
using detail::Rows;
using detail::Target;

// How far down a file its header may be: LinkedIn writes three lines of
// notes first, csvkit blank lines.
constexpr std::size_t header_scan_rows = 20;

constexpr std::string_view layout_names[] = {
    "native", "google", "outlook",   "thunderbird", "yahoo",    "linkedin",
    "palm",   "wab",    "roundcube", "synonyms",    "inferred", "mapped",
};

// In the order detection prefers them when two explain a header equally.
std::span<const Preset* const> all_presets() {
  static const Preset* const presets[] = {
      &detail::native_preset(),      &detail::google_preset(),    &detail::outlook_preset(),
      &detail::thunderbird_preset(), &detail::yahoo_preset(),     &detail::linkedin_preset(),
      &detail::wab_preset(),         &detail::roundcube_preset(), &detail::palm_preset(),
  };
  return presets;
}

// ------------------------------------------------------------------ names

std::string without_bom(std::string_view cell) {
  constexpr std::string_view bom = "\xEF\xBB\xBF";
  while (cell.substr(0, bom.size()) == bom) cell.remove_prefix(bom.size());
  return std::string(cell);
}

std::string without_spaces(std::string folded) {
  folded.erase(std::remove(folded.begin(), folded.end(), ' '), folded.end());
  return folded;
}

// A header name as the tables compare it: folded ("E-Mail" and "email",
// "Презиме" and "Prezime" alike), without spaces.
std::string name_key(std::string_view name) { return without_spaces(text::fold(name)); }

struct HeaderCell {
  std::string name;    ///< trimmed, without a byte order mark
  std::string folded;  ///< text::fold(name): words split by single spaces
  std::string key;     ///< folded without spaces
  std::string exact;   ///< name with ASCII lower-cased, for native
};

// "MailingCity", "HomePhone", "lastName" (Salesforce, JavaScript and Java
// exports): a word begins at each capital after a small letter, so that
// qualifiers are told apart as in "Mailing City".
std::string camel_case_apart(const std::string& name) {
  std::string out;
  out.reserve(name.size() + 4);
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (i > 0 && c >= 'A' && c <= 'Z' && name[i - 1] >= 'a' && name[i - 1] <= 'z') {
      out.push_back(' ');
    }
    out.push_back(c);
  }
  return out;
}

HeaderCell header_cell(std::string_view raw) {
  HeaderCell cell;
  cell.name = text::trim(without_bom(text::trim(raw)));
  cell.folded = text::fold(camel_case_apart(cell.name));
  cell.key = without_spaces(cell.folded);
  cell.exact = text::to_lower_ascii(cell.name);
  return cell;
}

bool is_blank(const std::vector<std::string>& row) {
  return std::all_of(row.begin(), row.end(),
                     [](const std::string& cell) { return text::trim(cell).empty(); });
}

// ------------------------------------------------------------------ tables

// One preset's names in one language, ready to look up. A name that
// repeats keeps its targets in column order.
struct Table {
  const Preset* preset = nullptr;
  std::string_view locale;
  std::unordered_map<std::string, std::vector<Target>> targets;
  std::size_t size = 0;
};

struct Indexes {
  std::vector<Table> tables;  ///< each preset's English table first, then its locales
  std::unordered_map<std::string, Target> synonyms;
  std::unordered_map<std::string, std::string_view> qualifiers;
};

Indexes build_indexes() {
  Indexes indexes;
  for (const Preset* preset : all_presets()) {
    // Palm Desktop writes no header: its names are only for the documentation.
    if (preset == &detail::palm_preset()) continue;
    auto key_of = [&](std::string_view name) {
      return preset->exact_names ? text::to_lower_ascii(name) : name_key(name);
    };
    Table english{preset, "en", {}, 0};
    for (const detail::Column& column : preset->columns) {
      english.targets[key_of(column.name)].push_back(column.target);
      ++english.size;
    }
    for (const detail::Column& column : preset->aliases) {
      english.targets[key_of(column.name)].push_back(column.target);
      ++english.size;
    }
    indexes.tables.push_back(std::move(english));
    for (const detail::LocaleNames& locale : preset->locales) {
      Table table{preset, locale.locale, {}, 0};
      for (std::size_t i = 0; i < locale.names.size() && i < preset->columns.size(); ++i) {
        if (locale.names[i].empty()) continue;
        table.targets[key_of(locale.names[i])].push_back(preset->columns[i].target);
        ++table.size;
      }
      indexes.tables.push_back(std::move(table));
    }
  }
  for (const detail::Synonym& synonym : detail::synonyms()) {
    indexes.synonyms.emplace(name_key(synonym.name), synonym.target);
  }
  for (const detail::Qualifier& qualifier : detail::qualifiers()) {
    indexes.qualifiers.emplace(name_key(qualifier.word), qualifier.label);
  }
  return indexes;
}

const Indexes& indexes() {
  static const Indexes built = build_indexes();
  return built;
}

// ------------------------------------------------------------------ synonyms

bool is_address_part(Field field) {
  switch (field) {
    case Field::street:
    case Field::street_extra:
    case Field::house_number:
    case Field::locality:
    case Field::region:
    case Field::postal_code:
    case Field::country:
    case Field::address_formatted:
    case Field::address_label: return true;
    default: return false;
  }
}

// The fields a qualifier or a number can refine.
bool is_contact_point(Field field) {
  return is_address_part(field) || field == Field::email || field == Field::phone ||
         field == Field::website || field == Field::social_profile;
}

// The address a label names, as the presets number them.
unsigned address_group(std::string_view label) {
  if (label == "work") return 1;
  if (label == "home") return 2;
  if (label == "other") return 3;
  return 0;
}

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "Home Phone", "Telefon privat", "Adresa 2 (posao)", "email2", "Phone
// (mobile)": qualifier words and a number around a synonym.
std::optional<ColumnTarget> qualified_synonym(const HeaderCell& cell) {
  const Indexes& index = indexes();
  std::string_view label;
  unsigned number = 0;
  std::vector<std::string> rest;
  std::size_t start = 0;
  const std::string& folded = cell.folded;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    std::string word = folded.substr(start, end - start);
    start = end + 1;
    if (auto qualifier = index.qualifiers.find(word); qualifier != index.qualifiers.end()) {
      if (label.empty()) label = qualifier->second;
    } else if (all_digits(word) && word.size() <= 3) {
      number = static_cast<unsigned>(std::stoul(word));
    } else {
      rest.push_back(std::move(word));
    }
  }
  // "Telefono di casa", "Adresa e punës", "Telefone do trabalho": the
  // little word that joins a qualifier to its contact point says nothing.
  if (!label.empty()) {
    static constexpr std::string_view joining[] = {"di",  "de",    "da", "do", "du", "des",
                                                   "del", "della", "of", "e",  "na", "za"};
    rest.erase(std::remove_if(rest.begin(), rest.end(),
                              [](const std::string& word) {
                                return std::find(std::begin(joining), std::end(joining), word) !=
                                       std::end(joining);
                              }),
               rest.end());
  }
  if (rest.empty()) return std::nullopt;
  std::string joined;
  for (const std::string& word : rest) joined += word;
  if (number == 0) {
    // "email2", "Phone2": a number written onto the word.
    std::size_t digits = joined.size();
    while (digits > 0 && joined[digits - 1] >= '0' && joined[digits - 1] <= '9') --digits;
    if (digits > 0 && digits < joined.size() && joined.size() - digits <= 3) {
      number = static_cast<unsigned>(std::stoul(joined.substr(digits)));
      joined.resize(digits);
    }
  }
  if (label.empty() && number == 0 && rest.size() == 1) return std::nullopt;  // looked up whole

  std::optional<Target> base;
  if (auto found = index.synonyms.find(joined); found != index.synonyms.end()) {
    base = found->second;
  } else if (rest.size() >= 2) {
    // "Phone mobile", "Telefon mobilni": words that each name a phone.
    for (const std::string& word : rest) {
      auto found_word = index.synonyms.find(word);
      if (found_word == index.synonyms.end()) return std::nullopt;
      const Target& target = found_word->second;
      if (base && base->field != target.field) return std::nullopt;
      if (!base || (base->label.empty() && !target.label.empty())) base = target;
    }
  }
  if (!base || !is_contact_point(base->field)) return std::nullopt;

  ColumnTarget target = base->column_target();
  if (!label.empty() && target.label != label) {
    target.label =
        target.label.empty() ? std::string(label) : std::string(label) + " " + target.label;
  }
  if (target.field == Field::street && number >= 2) target.field = Field::street_extra;
  if (is_address_part(target.field)) target.group = address_group(label);
  return target;
}

std::optional<ColumnTarget> synonym_target(const HeaderCell& cell) {
  if (cell.key.empty()) return std::nullopt;
  const Indexes& index = indexes();
  if (auto found = index.synonyms.find(cell.key); found != index.synonyms.end()) {
    return found->second.column_target();
  }
  return qualified_synonym(cell);
}

// ------------------------------------------------------------------ scoring

struct Row {
  std::size_t index = 0;
  std::vector<HeaderCell> cells;
  std::vector<std::optional<ColumnTarget>> synonyms;  ///< per cell
  std::size_t nonempty = 0;
  std::size_t synonym_matches = 0;
};

Row read_row(std::size_t index, const std::vector<std::string>& raw) {
  Row row;
  row.index = index;
  for (const std::string& cell : raw) {
    row.cells.push_back(header_cell(cell));
    row.synonyms.push_back(synonym_target(row.cells.back()));
    if (!row.cells.back().name.empty()) ++row.nonempty;
    if (row.synonyms.back()) ++row.synonym_matches;
  }
  return row;
}

const std::string& table_key(const Table& table, const HeaderCell& cell) {
  return table.preset->exact_names ? cell.exact : cell.key;
}

// The targets a table gives the cells of a row; nullopt where it has none.
// The n-th occurrence of a name takes the name's n-th target.
std::vector<std::optional<Target>> table_targets(const Table& table, const Row& row) {
  std::vector<std::optional<Target>> out(row.cells.size());
  std::unordered_map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const HeaderCell& cell = row.cells[i];
    if (cell.name.empty()) continue;
    const std::string& key = table_key(table, cell);
    if (auto found = table.targets.find(key); found != table.targets.end()) {
      const std::size_t occurrence = seen[key]++;
      if (occurrence < found->second.size()) out[i] = found->second[occurrence];
    } else if (table.locale == "en" && table.preset->numbered != nullptr) {
      out[i] = table.preset->numbered(cell.name);
    }
  }
  return out;
}

struct Score {
  const Table* table = nullptr;
  std::size_t matched = 0;
  /// Cells the table reads otherwise than the synonyms do, or that no
  /// synonym knows.
  std::size_t specific = 0;
  /// Cells no synonym knows: only this program writes them.
  std::size_t own = 0;
  bool accepted = false;
};

bool same_meaning(const Target& target, const std::optional<ColumnTarget>& synonym) {
  return synonym && synonym->field == target.field && synonym->label == target.label;
}

Score score(const Table& table, const Row& row) {
  Score s;
  s.table = &table;
  const std::vector<std::optional<Target>> targets = table_targets(table, row);
  std::size_t distinctive = 0;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (!targets[i]) continue;
    ++s.matched;
    if (!same_meaning(*targets[i], row.synonyms[i])) ++s.specific;
    if (!row.synonyms[i]) ++s.own;
    const std::string& name = row.cells[i].name;
    if (name.find('_') != std::string::npos ||
        (!name.empty() && name.back() >= '0' && name.back() <= '9')) {
      ++distinctive;
    }
  }
  const bool enough = s.matched >= 2 || (s.matched == 1 && row.nonempty == 1);
  if (table.preset->exact_names) {
    // Native names are synonyms too ("given_name" reads as "Given Name"):
    // the native layout is the one whose names are written as liaison
    // writes them, half of them at least, one in snake_case or numbered.
    s.accepted = enough && distinctive >= 1 && s.matched * 2 >= row.nonempty;
  } else {
    // A program's header has a name only that program writes, or is a
    // long one made of nothing but its names; and the program explains it
    // at least as well as the synonyms do. "First Name, Last Name, Title,
    // Email" is anyone's (its Title a job title, not Outlook's prefix),
    // "Prénom, Société, Ville, Région" too (not French Thunderbird's,
    // whose "Région" is the country).
    const bool only_its_names = s.matched == row.nonempty && s.matched >= 8;
    s.accepted = enough && (s.own >= 1 || only_its_names) && s.matched >= row.synonym_matches;
  }
  return s;
}

bool better(const Score& a, const Score& b) {
  if (!b.table) return true;
  if (a.matched != b.matched) return a.matched > b.matched;
  if (a.specific != b.specific) return a.specific > b.specific;
  // The smaller table that explains as much is the more particular one
  // (Windows Address Book's 29 columns over Outlook's hundred).
  return a.table->size < b.table->size;
}

// The best accepted table for a row; restricted to one preset when forced.
std::optional<Score> best_table(const Row& row, const Preset* only, bool accepted_only) {
  std::optional<Score> best;
  for (const Table& table : indexes().tables) {
    if (only && table.preset != only) continue;
    Score s = score(table, row);
    if (accepted_only && !s.accepted) continue;
    if (s.matched == 0) continue;
    if (!best || better(s, *best)) best = s;
  }
  return best;
}

// ------------------------------------------------------------------ mapping

enum class Source { none, preset, synonym, map };

struct Mapping {
  Layout layout;
  std::vector<Source> sources;
  std::vector<bool> auto_group;  ///< an e-mail numbered by its place, after the fixed ones
  std::vector<bool> bare_name;   ///< "Name" alone, read by synonym
};

void add_column(Mapping& m, std::string name, ColumnTarget target, Source source) {
  m.auto_group.push_back(source == Source::synonym && target.field == Field::email &&
                         target.group == 0);
  m.bare_name.push_back(false);
  m.layout.names.push_back(std::move(name));
  m.layout.columns.push_back(std::move(target));
  m.sources.push_back(source);
}

Mapping map_header(const Row& header, const Table* table, std::size_t width) {
  Mapping m;
  std::vector<std::optional<Target>> targets(header.cells.size());
  std::vector<std::optional<Target>> english(header.cells.size());
  if (table) {
    targets = table_targets(*table, header);
    if (table->locale != "en") {
      // A localized header may keep some English names (Spanish Outlook's
      // "Home Street"), or lack a local one (Macedonian "Screen Name").
      for (const Table& t : indexes().tables) {
        if (t.preset == table->preset && t.locale == "en") english = table_targets(t, header);
      }
    }
  }
  for (std::size_t i = 0; i < width; ++i) {
    if (i >= header.cells.size()) {
      add_column(m, detail::column_name(i), {}, Source::none);
      continue;
    }
    const HeaderCell& cell = header.cells[i];
    if (targets[i]) {
      add_column(m, cell.name, targets[i]->column_target(), Source::preset);
    } else if (english[i]) {
      add_column(m, cell.name, english[i]->column_target(), Source::preset);
    } else if (header.synonyms[i]) {
      add_column(m, cell.name, *header.synonyms[i], Source::synonym);
      m.bare_name.back() = cell.key == "name";
    } else {
      add_column(m, cell.name, {}, Source::none);
    }
  }
  if (table) {
    m.layout.preset = std::string(table->preset->name);
    if (table->preset->name == "google") m.layout.value_separator = " ::: ";
  } else {
    m.layout.preset = "synonyms";
  }
  return m;
}

Mapping from_layout(Layout layout, Source source) {
  Mapping m;
  for (std::size_t i = 0; i < layout.columns.size(); ++i) {
    const bool mapped = layout.columns[i].field != Field::none;
    m.sources.push_back(mapped ? source : Source::none);
    m.auto_group.push_back(false);
    m.bare_name.push_back(false);
  }
  m.layout = std::move(layout);
  return m;
}

bool has_field(const Layout& layout, Field field) {
  return std::any_of(layout.columns.begin(), layout.columns.end(),
                     [&](const ColumnTarget& t) { return t.field == field; });
}

// "Vorname, Name" and "First Name, Name, Email": a bare "Name" beside a
// first name and no last name is the family name.
void settle_bare_names(Mapping& m) {
  if (!has_field(m.layout, Field::given_name) || has_field(m.layout, Field::family_name)) return;
  for (std::size_t i = 0; i < m.layout.columns.size(); ++i) {
    if (m.bare_name[i] && m.layout.columns[i].field == Field::full_name) {
      m.layout.columns[i].field = Field::family_name;
    }
  }
}

// E-mails named by synonyms or --map without a number come after the ones
// the preset numbered, in column order.
void number_emails(Mapping& m) {
  unsigned next = 1;
  for (std::size_t i = 0; i < m.layout.columns.size(); ++i) {
    const ColumnTarget& t = m.layout.columns[i];
    if (t.field == Field::email && !m.auto_group[i]) next = std::max(next, t.group + 1);
  }
  for (std::size_t i = 0; i < m.layout.columns.size(); ++i) {
    if (m.auto_group[i] && m.layout.columns[i].field == Field::email) {
      m.layout.columns[i].group = next++;
    }
  }
}

// ------------------------------------------------------------------ --map

[[noreturn]] void map_error(const std::string& message) {
  throw Error(errc::invalid_argument, "--map: " + message);
}

std::vector<std::string> split_entries(std::string_view map) {
  std::vector<std::string> entries;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = map.find(',', start);
    entries.push_back(text::trim(map.substr(
        start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return entries;
}

// "email", "email/2", "phone:mobile", "street/1:work", "mobile" (a native
// column name).
ColumnTarget parse_field_spec(const std::string& spec, const std::string& entry) {
  std::string field_part = spec;
  std::string label;
  std::optional<unsigned> group;
  if (const std::size_t colon = field_part.find(':'); colon != std::string::npos) {
    label = text::trim(std::string_view(field_part).substr(colon + 1));
    field_part = text::trim(std::string_view(field_part).substr(0, colon));
    if (label.empty()) map_error("entry '" + entry + "': empty label after ':'");
  }
  if (const std::size_t slash = field_part.find('/'); slash != std::string::npos) {
    const std::string number = text::trim(std::string_view(field_part).substr(slash + 1));
    field_part = text::trim(std::string_view(field_part).substr(0, slash));
    if (!all_digits(number) || number.size() > 4 || std::stoul(number) == 0) {
      map_error("entry '" + entry + "': the group after '/' must be a number from 1");
    }
    group = static_cast<unsigned>(std::stoul(number));
  }
  std::string name = text::to_lower_ascii(field_part);
  std::replace(name.begin(), name.end(), '-', '_');
  std::replace(name.begin(), name.end(), ' ', '_');

  ColumnTarget target;
  if (std::optional<Field> field = field_from_name(name)) {
    target.field = *field;
  } else {
    bool found = false;
    for (const detail::Column& column : detail::native_preset().columns) {
      if (column.name == name) {
        target = column.target.column_target();
        found = true;
        break;
      }
    }
    if (!found) {
      map_error("entry '" + entry + "': unknown field '" + field_part +
                "' (fields: given_name, family_name, full_name, email, phone, organization, "
                "title, ... as listed in docs/csv-layouts.md)");
    }
  }
  if (group) target.group = *group;
  if (!label.empty()) target.label = label;
  return target;
}

void apply_map(Mapping& m, const std::string& map) {
  if (text::trim(map).empty()) return;
  std::vector<std::string> keys;
  for (const std::string& name : m.layout.names) keys.push_back(name_key(name));
  std::size_t position = 0;
  for (const std::string& entry : split_entries(map)) {
    ++position;
    if (entry.empty()) map_error("entry " + std::to_string(position) + " is empty");
    const std::size_t equals = entry.rfind('=');
    if (equals == std::string::npos) {
      map_error("entry '" + entry + "': expected COLUMN=field");
    }
    const std::string column = text::trim(std::string_view(entry).substr(0, equals));
    const std::string spec = text::trim(std::string_view(entry).substr(equals + 1));
    if (column.empty() || spec.empty()) {
      map_error("entry '" + entry + "': expected COLUMN=field");
    }
    const ColumnTarget target = parse_field_spec(spec, entry);

    std::vector<std::size_t> hits;
    const std::string key = name_key(column);
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (!key.empty() && keys[i] == key) hits.push_back(i);
    }
    if (hits.empty() && all_digits(column)) {
      const std::size_t number = column.size() > 6 ? 0 : std::stoul(column);
      if (number == 0 || number > m.layout.columns.size()) {
        map_error("entry '" + entry + "': there is no column " + column + " (the file has " +
                  std::to_string(m.layout.columns.size()) + ")");
      }
      hits.push_back(number - 1);
    }
    if (hits.empty()) {
      std::string names;
      for (const std::string& name : m.layout.names) {
        if (name.empty()) continue;
        if (!names.empty()) names += ", ";
        names += name;
      }
      map_error("entry '" + entry + "': no column is named '" + column + "' (columns: " + names +
                ")");
    }
    for (std::size_t i : hits) {
      m.layout.columns[i] = target;
      m.sources[i] = Source::map;
      m.auto_group[i] = target.field == Field::email && target.group == 0;
      m.bare_name[i] = false;
    }
  }
}

// ------------------------------------------------------------------ detection

std::size_t width_of(const std::vector<std::vector<std::string>>& rows, std::size_t from) {
  std::size_t width = 0;
  for (std::size_t i = from; i < rows.size(); ++i) width = std::max(width, rows[i].size());
  return width;
}

Rows data_rows(const std::vector<std::vector<std::string>>& rows, std::size_t from) {
  Rows out;
  for (std::size_t i = from; i < rows.size(); ++i) {
    if (!is_blank(rows[i])) out.push_back(&rows[i]);
  }
  return out;
}

// A first row of text over rows that hold e-mails, phone numbers, web
// addresses, dates or numbers under it: a header of names no table knows.
std::optional<std::size_t> plain_header(const std::vector<std::vector<std::string>>& rows,
                                        std::optional<std::size_t> first) {
  if (!first) return std::nullopt;
  const std::vector<std::string>& header = rows[*first];
  for (const std::string& cell : header) {
    const detail::ValueKind kind = detail::value_kind(cell);
    if (kind != detail::ValueKind::text && kind != detail::ValueKind::empty) return std::nullopt;
  }
  for (std::size_t r = *first + 1; r < rows.size(); ++r) {
    for (std::size_t i = 0; i < rows[r].size() && i < header.size(); ++i) {
      if (text::trim(header[i]).empty()) continue;
      const detail::ValueKind kind = detail::value_kind(rows[r][i]);
      if (kind != detail::ValueKind::text && kind != detail::ValueKind::empty) return *first;
    }
  }
  return std::nullopt;
}

struct HeaderChoice {
  Row row;
  std::optional<Score> table;
};

// The row among the first ones that reads most like a header: the most
// cells a preset or the synonyms know, the earliest on a tie. A row with
// an e-mail address, a phone number, a URL or a date in it is data.
std::optional<HeaderChoice> find_header(const std::vector<std::vector<std::string>>& rows,
                                        const Preset* only) {
  std::optional<HeaderChoice> best;
  std::size_t best_score = 0;
  for (std::size_t r = 0; r < rows.size() && r < header_scan_rows; ++r) {
    if (is_blank(rows[r])) continue;
    if (std::any_of(rows[r].begin(), rows[r].end(), detail::is_data_value)) continue;
    Row row = read_row(r, rows[r]);
    std::size_t row_score = row.synonym_matches;
    std::optional<Score> any = best_table(row, only, false);
    if (any) row_score = std::max(row_score, any->matched);
    if (row_score < 2 && !(row_score == 1 && row.nonempty == 1)) continue;
    if (row_score > best_score) {
      best_score = row_score;
      std::optional<Score> table = best_table(row, only, only == nullptr);
      best = HeaderChoice{std::move(row), table};
    }
  }
  return best;
}

const Preset* preset_named(std::string_view name) {
  for (const Preset* preset : all_presets()) {
    if (preset->name == name) return preset;
  }
  return nullptr;
}

std::string valid_layout_names() {
  std::string out;
  for (std::string_view name : layout_names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

Mapping headerless_mapping(const std::vector<std::vector<std::string>>& rows, const Preset* forced,
                           bool content) {
  const Rows data = data_rows(rows, 0);
  std::size_t width = 0;
  for (const std::vector<std::string>* row : data) width = std::max(width, row->size());
  if (forced == &detail::thunderbird_preset()) {
    return from_layout(detail::thunderbird_layout(data, width), Source::preset);
  }
  if (forced) return from_layout(detail::positional_layout(*forced, {}, width), Source::preset);
  if (!content) {
    Layout none;
    none.preset = "mapped";
    for (std::size_t i = 0; i < width; ++i) {
      none.names.push_back(detail::column_name(i));
      none.columns.emplace_back();
    }
    return from_layout(std::move(none), Source::none);
  }
  if (std::optional<Layout> shape = detail::known_shape(data, width)) {
    return from_layout(std::move(*shape), Source::preset);
  }
  return from_layout(detail::inferred_layout(data, width), Source::synonym);
}

std::optional<std::size_t> first_nonblank(const std::vector<std::vector<std::string>>& rows) {
  for (std::size_t i = 0; i < rows.size() && i < header_scan_rows; ++i) {
    if (!is_blank(rows[i])) return i;
  }
  return std::nullopt;
}

// A --map that names a column by a cell of the first row says that row is
// the header, even where nothing else does (a header with no data yet, or
// names no table knows over text).
std::optional<std::size_t> header_named_by_map(const std::vector<std::vector<std::string>>& rows,
                                               const std::string& map) {
  const std::optional<std::size_t> first = first_nonblank(rows);
  if (!first) return std::nullopt;
  std::vector<std::string> keys;
  for (const std::string& cell : rows[*first]) keys.push_back(name_key(cell));
  for (const std::string& entry : split_entries(map)) {
    const std::size_t equals = entry.rfind('=');
    if (equals == std::string::npos) continue;
    const std::string column = text::trim(std::string_view(entry).substr(0, equals));
    if (column.empty() || all_digits(column)) continue;
    if (std::find(keys.begin(), keys.end(), name_key(column)) != keys.end()) return first;
  }
  return std::nullopt;
}

Mapping detect(const std::vector<std::vector<std::string>>& rows, const LayoutOptions& options,
               std::optional<std::size_t> header_hint) {
  const std::string& forced_name = options.preset;
  const Preset* forced = nullptr;
  if (!forced_name.empty()) {
    if (std::find(std::begin(layout_names), std::end(layout_names), forced_name) ==
        std::end(layout_names)) {
      throw Error(errc::invalid_argument,
                  "unknown CSV layout '" + forced_name + "' (valid: " + valid_layout_names() + ")");
    }
    forced = preset_named(forced_name);
  }
  if (forced_name == "inferred") return headerless_mapping(rows, nullptr, true);
  // Palm Desktop writes no header.
  if (forced == &detail::palm_preset()) return headerless_mapping(rows, forced, false);

  std::optional<HeaderChoice> header;
  if (header_hint) {
    Row row = read_row(*header_hint, rows[*header_hint]);
    std::optional<Score> table = best_table(row, forced, forced == nullptr);
    header = HeaderChoice{std::move(row), table};
  } else {
    header = find_header(rows, forced);
  }
  if (!header) {
    if (std::optional<std::size_t> plain = plain_header(rows, first_nonblank(rows))) {
      header = HeaderChoice{read_row(*plain, rows[*plain]), std::nullopt};
    }
  }
  if (!header) {
    if (forced == &detail::thunderbird_preset() || forced == &detail::native_preset()) {
      return headerless_mapping(rows, forced, false);
    }
    if (forced_name == "mapped") return headerless_mapping(rows, nullptr, false);
    if (!forced && forced_name.empty()) return headerless_mapping(rows, nullptr, true);
    // A forced preset or "synonyms": the file has a header, the first row.
    const std::optional<std::size_t> first = first_nonblank(rows);
    if (!first) return headerless_mapping(rows, nullptr, false);
    header = HeaderChoice{read_row(*first, rows[*first]), std::nullopt};
  }

  const Table* table = nullptr;
  if (forced) {
    table = header->table ? header->table->table : nullptr;
    if (!table) {
      for (const Table& t : indexes().tables) {
        if (t.preset == forced && t.locale == "en") table = &t;
      }
    }
  } else if (forced_name.empty() && header->table) {
    table = header->table->table;
  }
  const std::size_t width = std::max(header->row.cells.size(), width_of(rows, header->row.index));
  Mapping m = map_header(header->row, table, width);
  m.layout.header_row = header->row.index;
  if (forced_name == "mapped") {
    for (std::size_t i = 0; i < m.layout.columns.size(); ++i) {
      m.layout.columns[i] = {};
      m.sources[i] = Source::none;
      m.auto_group[i] = false;
    }
  }
  return m;
}

}  // namespace

std::vector<std::string> Layout::unmapped() const {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < columns.size() && i < names.size(); ++i) {
    if (columns[i].field == Field::none && !names[i].empty()) out.push_back(names[i]);
  }
  return out;
}

Layout detect_layout(const std::vector<std::vector<std::string>>& first_rows,
                     const LayoutOptions& options) {
  Mapping m = detect(first_rows, options, std::nullopt);
  if (!m.layout.header_row && options.preset != "inferred") {
    if (std::optional<std::size_t> header = header_named_by_map(first_rows, options.map)) {
      m = detect(first_rows, options, header);
    }
  }
  apply_map(m, options.map);
  settle_bare_names(m);
  number_emails(m);
  // "mapped" when the user's --map is all that maps anything.
  bool mapped = false;
  bool detected = false;
  for (std::size_t i = 0; i < m.sources.size(); ++i) {
    mapped = mapped || m.sources[i] == Source::map;
    detected = detected || (m.sources[i] != Source::map && m.sources[i] != Source::none &&
                            m.layout.columns[i].field != Field::none);
  }
  if (options.preset == "mapped" || (mapped && !detected)) m.layout.preset = "mapped";
  return std::move(m.layout);
}

std::vector<std::pair<std::string, ColumnTarget>> export_columns(std::string_view preset) {
  std::vector<std::pair<std::string, ColumnTarget>> out;
  auto from_names = [&](const Preset& p, std::span<const std::string_view> names) {
    for (std::string_view name : names) {
      std::optional<Target> target;
      for (const detail::Column& column : p.columns) {
        if (column.name == name) target = column.target;
      }
      if (!target && p.numbered) target = p.numbered(name);
      out.emplace_back(std::string(name), target ? target->column_target() : ColumnTarget{});
    }
  };
  if (preset == "native") {
    for (const detail::Column& column : detail::native_preset().columns) {
      out.emplace_back(std::string(column.name), column.target.column_target());
    }
  } else if (preset == "google") {
    from_names(detail::google_preset(), detail::google_export_names());
  } else if (preset == "outlook") {
    from_names(detail::outlook_preset(), detail::outlook_export_names());
  } else {
    throw Error(errc::invalid_argument, "no CSV export layout '" + std::string(preset) +
                                            "' (valid: native, google, outlook)");
  }
  return out;
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
