#include "record_diff.hpp"

namespace liaison {
inline namespace v1 {
namespace detail {

namespace {

class Diff {
 public:
  template <typename T>
  Diff& field(const char* name, const T& before, const T& after) {
    if (!(before == after)) names_.emplace_back(name);
    return *this;
  }
  Diff& contacts(const ContactPoints& before, const ContactPoints& after) {
    return field("emails", before.emails, after.emails)
        .field("phones", before.phones, after.phones)
        .field("urls", before.urls, after.urls)
        .field("social_profiles", before.social_profiles, after.social_profiles)
        .field("addresses", before.addresses, after.addresses);
  }
  std::vector<std::string> names() { return std::move(names_); }

 private:
  std::vector<std::string> names_;
};

}  // namespace

std::vector<std::string> changed_fields(const Person& a, const Person& b) {
  return Diff()
      .field("prefix", a.prefix, b.prefix)
      .field("given_names", a.given_names, b.given_names)
      .field("family_names", a.family_names, b.family_names)
      .field("suffix", a.suffix, b.suffix)
      .field("display_name", a.display_name, b.display_name)
      .field("alternative_names", a.alternative_names, b.alternative_names)
      .field("nicknames", a.nicknames, b.nicknames)
      .field("birthday", a.birthday, b.birthday)
      .field("country", a.country, b.country)
      .field("languages", a.languages, b.languages)
      .field("identifiers", a.identifiers, b.identifiers)
      .field("notes", a.notes, b.notes)
      .field("tags", a.tags, b.tags)
      .contacts(a.contacts, b.contacts)
      .field("data_protection", a.data_protection, b.data_protection)
      .field("sources", a.sources, b.sources)
      .field("raw_values", a.raw_values, b.raw_values)
      .field("extra_fields", a.extra_fields, b.extra_fields)
      .names();
}

std::vector<std::string> changed_fields(const Organization& a, const Organization& b) {
  return Diff()
      .field("name", a.name, b.name)
      .field("acronym", a.acronym, b.acronym)
      .field("aliases", a.aliases, b.aliases)
      .field("organization_kind", a.kind, b.kind)
      .field("country", a.country, b.country)
      .field("parent_id", a.parent_id, b.parent_id)
      .field("website", a.website, b.website)
      .field("notes", a.notes, b.notes)
      .field("tags", a.tags, b.tags)
      .contacts(a.contacts, b.contacts)
      .field("sources", a.sources, b.sources)
      .field("raw_values", a.raw_values, b.raw_values)
      .field("extra_fields", a.extra_fields, b.extra_fields)
      .names();
}

std::vector<std::string> changed_fields(const Affiliation& a, const Affiliation& b) {
  return Diff()
      .field("person_id", a.person_id, b.person_id)
      .field("organization_id", a.organization_id, b.organization_id)
      .field("title", a.title, b.title)
      .field("role", a.role, b.role)
      .field("department", a.department, b.department)
      .field("start", a.start, b.start)
      .field("end", a.end, b.end)
      .field("primary", a.primary, b.primary)
      .field("source", a.source, b.source)
      .names();
}

std::vector<std::string> changed_fields(const Event& a, const Event& b) {
  return Diff()
      .field("name", a.name, b.name)
      .field("place", a.place, b.place)
      .field("country", a.country, b.country)
      .field("start", a.start, b.start)
      .field("end", a.end, b.end)
      .field("organizer_ids", a.organizer_ids, b.organizer_ids)
      .field("sessions", a.sessions, b.sessions)
      .field("notes", a.notes, b.notes)
      .field("tags", a.tags, b.tags)
      .field("sources", a.sources, b.sources)
      .names();
}

std::vector<std::string> changed_fields(const Participation& a, const Participation& b) {
  return Diff()
      .field("event_id", a.event_id, b.event_id)
      .field("participant_id", a.participant_id, b.participant_id)
      .field("role", a.role, b.role)
      .field("session", a.session, b.session)
      .field("notes", a.notes, b.notes)
      .field("source", a.source, b.source)
      .names();
}

}  // namespace detail
}  // namespace v1
}  // namespace liaison
