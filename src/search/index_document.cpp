#include "search/index_document.hpp"

#include "text/country.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace search {
namespace {

// Weights: what a word matched in says about how relevant the record is.
// A name outweighs the organization a person works at, which outweighs a
// title, which outweighs where they are or what the notes say.
constexpr ColumnInfo columns_info[column_count] = {
    {"names", "name", 10.0},     {"organization", "organization", 6.0},
    {"title", "title", 4.0},     {"tags", "tags", 3.0},
    {"contact", "contact", 3.0}, {"places", "places", 2.0},
    {"events", "events", 3.0},   {"notes", "notes", 1.0},
    {"former", "former", 2.0},
};

// Collects folded words per column and the original text, skipping what
// is already there so that a name repeated in several fields counts once.
class Builder {
 public:
  explicit Builder(IndexDocument& document) : document_(document) {}

  void add(Column column, std::string_view value) {
    if (value.empty()) return;
    const std::string folded = text::fold(value);
    if (!folded.empty()) {
      std::string& target = document_.columns[static_cast<std::size_t>(column)];
      auto& seen = seen_[static_cast<std::size_t>(column)];
      std::size_t start = 0;
      while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        std::string word = folded.substr(start, end - start);
        if (seen.insert(word).second) {
          if (!target.empty()) target += ' ';
          target += word;
        }
        start = end + 1;
      }
    }
    const std::string exact = text::fold_exact(value);
    if (!exact.empty() && originals_.insert(exact).second) {
      if (!document_.original.empty()) document_.original += '\n';
      document_.original += exact;
    }
  }

  void facet(const std::string& token) {
    if (token.size() <= 1 || !facets_.insert(token).second) return;
    if (!document_.facets.empty()) document_.facets += ' ';
    document_.facets += token;
  }

  void name_key(std::string_view value, bool acronym) {
    std::string key = text::fold(value);
    if (key.empty()) return;
    for (auto& existing : document_.name_keys) {
      if (existing.key == key) {
        existing.acronym = existing.acronym || acronym;
        return;
      }
    }
    document_.name_keys.push_back({std::move(key), acronym});
  }

  void organization_names(Column column, const Organization& organization) {
    add(column, organization.name);
    add(column, organization.acronym);
    for (const auto& alias : organization.aliases) add(column, alias.value);
  }

  void contacts(const ContactPoints& contacts) {
    for (const auto& email : contacts.emails) add(Column::contact, email.address);
    for (const auto& url : contacts.urls) add(Column::contact, url.url);
    for (const auto& profile : contacts.social_profiles) add(Column::contact, profile.url);
    for (const auto& address : contacts.addresses) {
      add(Column::places, address.locality);
      add(Column::places, address.region);
      country(address.country);
    }
  }

  void country(std::string_view code) {
    if (code.empty()) return;
    add(Column::places, text::country_name(code));
    facet(country_token(code));
  }

 private:
  IndexDocument& document_;
  std::array<std::set<std::string, std::less<>>, column_count> seen_;
  std::set<std::string, std::less<>> originals_;
  std::set<std::string, std::less<>> facets_;
};

void add_events(Builder& builder, const std::vector<std::pair<RecordId, std::string>>& events) {
  for (const auto& [id, name] : events) {
    builder.add(Column::events, name);
    builder.facet(event_token(id));
  }
}

bool ended_before(const Affiliation& affiliation, const PartialDate& today) {
  return !affiliation.end.empty() && affiliation.end.latest() < today;
}

}  // namespace

const ColumnInfo& column_info(Column column) noexcept {
  return columns_info[static_cast<std::size_t>(column)];
}

std::string kind_token(RecordKind kind) {
  return kind == RecordKind::organization ? "korg" : "kperson";
}
namespace {

// Tokens are appended piece by piece: GCC 12 at -O3 takes "literal" +
// std::string for an out-of-bounds copy (a false -Warray-bounds).
std::string token_of(char prefix, std::string_view value) {
  std::string token(1, prefix);
  token.append(value);
  return token;
}

}  // namespace

std::string organization_token(RecordId organization) {
  return token_of('a', std::to_string(organization));
}
std::string country_token(std::string_view code) { return token_of('c', text::fold(code)); }
std::string tag_token(std::string_view tag) {
  std::string token = "t";
  for (char c : text::fold(tag)) {
    if (c != ' ') token += c;
  }
  return token;
}
std::string event_token(RecordId event) { return token_of('e', std::to_string(event)); }

std::vector<std::string> IndexDocument::vocabulary() const {
  std::set<std::string> words;
  for (Column column : {Column::names, Column::organization, Column::title}) {
    const std::string& text = columns[static_cast<std::size_t>(column)];
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      std::string_view word(text.data() + start, end - start);
      // Shorter words are never corrected and never a correction's target.
      if (text::utf8_length(word) >= 4) words.emplace(word);
      start = end + 1;
    }
  }
  return {words.begin(), words.end()};
}

std::vector<std::pair<std::string_view, ColumnMask>> IndexDocument::words_with_columns() const {
  std::vector<std::pair<std::string_view, ColumnMask>> words;
  for (std::size_t c = 0; c < column_count; ++c) {
    const std::string_view text = columns[c];
    const ColumnMask bit = column_bit(static_cast<Column>(c));
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string_view::npos) end = text.size();
      if (end > start) words.emplace_back(text.substr(start, end - start), bit);
      start = end + 1;
    }
  }
  std::sort(words.begin(), words.end());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (kept > 0 && words[kept - 1].first == words[i].first) {
      words[kept - 1].second |= words[i].second;
    } else {
      words[kept++] = words[i];
    }
  }
  words.resize(kept);
  return words;
}

bool IndexDocument::operator==(const IndexDocument& other) const {
  auto keys = [](const std::vector<NameKey>& v) {
    std::set<std::pair<std::string, bool>> s;
    for (const auto& k : v) s.emplace(k.key, k.acronym);
    return s;
  };
  return id == other.id && kind == other.kind && columns == other.columns &&
         facets == other.facets && original == other.original &&
         keys(name_keys) == keys(other.name_keys);
}

IndexDocument person_document(const Person& person,
                              const std::vector<AffiliationContext>& affiliations,
                              const std::vector<std::pair<RecordId, std::string>>& events,
                              const PartialDate& today) {
  IndexDocument document;
  document.id = person.meta.id;
  document.kind = RecordKind::person;
  Builder builder(document);
  builder.facet(kind_token(RecordKind::person));

  const std::string name = person.name();
  builder.add(Column::names, name);
  builder.add(Column::names, person.given_names);
  builder.add(Column::names, person.family_names);
  for (const auto& alternative : person.alternative_names)
    builder.add(Column::names, alternative.value);
  for (const auto& nickname : person.nicknames) builder.add(Column::names, nickname);

  builder.name_key(name, false);
  if (!person.given_names.empty() && !person.family_names.empty()) {
    builder.name_key(person.given_names + " " + person.family_names, false);
    builder.name_key(person.family_names + " " + person.given_names, false);
  }
  for (const auto& alternative : person.alternative_names)
    builder.name_key(alternative.value, false);

  for (const auto& [affiliation, chain] : affiliations) {
    const bool former = ended_before(affiliation, today);
    const Column where = former ? Column::former : Column::organization;
    const Column what = former ? Column::former : Column::title;
    for (const auto& organization : chain) {
      builder.organization_names(where, organization);
      builder.facet(organization_token(organization.meta.id));
      builder.facet(country_token(organization.country));
    }
    builder.add(what, affiliation.title);
    builder.add(what, affiliation.role);
    builder.add(what, affiliation.department);
  }

  for (const auto& tag : person.tags) {
    builder.add(Column::tags, tag);
    builder.facet(tag_token(tag));
  }
  builder.contacts(person.contacts);
  for (const auto& identifier : person.identifiers) builder.add(Column::contact, identifier.value);
  builder.country(person.country);
  add_events(builder, events);
  builder.add(Column::notes, person.notes);
  return document;
}

IndexDocument organization_document(const Organization& organization,
                                    const std::vector<Organization>& ancestors,
                                    const std::vector<std::pair<RecordId, std::string>>& events) {
  IndexDocument document;
  document.id = organization.meta.id;
  document.kind = RecordKind::organization;
  Builder builder(document);
  builder.facet(kind_token(RecordKind::organization));
  builder.facet(organization_token(organization.meta.id));

  builder.organization_names(Column::names, organization);
  builder.name_key(organization.name, false);
  builder.name_key(organization.acronym, true);
  for (const auto& alias : organization.aliases) builder.name_key(alias.value, false);

  std::string country = organization.country;
  for (const auto& ancestor : ancestors) {
    builder.organization_names(Column::organization, ancestor);
    builder.facet(organization_token(ancestor.meta.id));
    if (country.empty()) country = ancestor.country;
  }
  builder.country(country);

  for (const auto& tag : organization.tags) {
    builder.add(Column::tags, tag);
    builder.facet(tag_token(tag));
  }
  builder.contacts(organization.contacts);
  builder.add(Column::contact, organization.website);
  add_events(builder, events);
  builder.add(Column::notes, organization.notes);
  return document;
}

}  // namespace search
}  // namespace v1
}  // namespace liaison
