#include "dedup/survivorship.hpp"

#include "text/email.hpp"

#include <algorithm>
#include <cctype>
#include <string>
#include <tuple>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace dedup {

namespace {

std::string ascii_lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The keys two contact points are the same by. An e-mail compares without
// case (the checker's lookup key, else the address in lower case), a phone
// by its E.164 form when it has one, an address by all its parts.
std::string key_of(const Email& email) {
  const auto check = text::check_email(email.address);
  return check.ok ? check.key : ascii_lower(email.address);
}
std::string key_of(const Phone& phone) { return phone.e164.empty() ? phone.number : phone.e164; }
std::string key_of(const Url& url) { return url.url; }
std::tuple<std::string, std::string> key_of(const SocialProfile& profile) {
  return {ascii_lower(profile.service), profile.url};
}
std::tuple<std::string, std::string, std::string, std::string, std::string> key_of(
    const PostalAddress& address) {
  return {address.street, address.locality, address.region, address.postal_code, address.country};
}
std::string key_of(const std::string& value) { return value; }
std::tuple<std::string, std::string> key_of(const Identifier& identifier) {
  return {identifier.scheme, identifier.value};
}
std::tuple<std::string, std::string> key_of(const SourceRef& source) {
  return {source.source, source.external_key};
}
std::string key_of(const LocalizedName& name) { return name.value; }
const RawValue& key_of(const RawValue& raw) { return raw; }
const ExtraField& key_of(const ExtraField& extra) { return extra; }

// Appends each item of `more` whose key `into` does not hold yet.
template <typename Item>
void unite(std::vector<Item>& into, const std::vector<Item>& more) {
  for (const Item& item : more) {
    const bool known = std::any_of(into.begin(), into.end(),
                                   [&](const Item& have) { return key_of(have) == key_of(item); });
    if (!known) into.push_back(item);
  }
}

void unite(ContactPoints& into, const ContactPoints& more) {
  unite(into.emails, more.emails);
  unite(into.phones, more.phones);
  unite(into.urls, more.urls);
  unite(into.social_profiles, more.social_profiles);
  unite(into.addresses, more.addresses);
}

// Where the absorbed record's differing single values go.
class Keeper {
 public:
  Keeper(std::vector<RawValue>& raw_values, const std::string& absorbed_uid)
      : raw_values_(raw_values), reason_("merged from " + absorbed_uid) {}

  // The survivor's value wins; an empty one is filled; a differing one is
  // kept as a raw value.
  template <typename Value>
  void single(const char* field, Value& survivor, const Value& absorbed, const Value& empty,
              const std::string& text) {
    if (absorbed == empty || absorbed == survivor) return;
    if (survivor == empty) {
      survivor = absorbed;
      return;
    }
    keep(field, text);
  }
  void single(const char* field, std::string& survivor, const std::string& absorbed) {
    single(field, survivor, absorbed, std::string(), absorbed);
  }
  void single(const char* field, PartialDate& survivor, const PartialDate& absorbed) {
    single(field, survivor, absorbed, PartialDate{}, absorbed.to_string());
  }

  void keep(const char* field, const std::string& value) {
    RawValue raw{field, value, reason_};
    if (std::find(raw_values_.begin(), raw_values_.end(), raw) == raw_values_.end()) {
      raw_values_.push_back(std::move(raw));
    }
  }

 private:
  std::vector<RawValue>& raw_values_;
  std::string reason_;
};

// Notes are free text someone wrote: both stay readable (and searchable),
// the absorbed record's after a blank line.
void append_notes(std::string& survivor, const std::string& absorbed) {
  if (absorbed.empty() || survivor.find(absorbed) != std::string::npos) return;
  survivor = survivor.empty() ? absorbed : survivor + "\n\n" + absorbed;
}

bool has_name(const Person& person) {
  return !person.display_name.empty() || !person.given_names.empty() ||
         !person.family_names.empty();
}

// The name a person is known by, without prefix and suffix (kept apart).
std::string full_name(const Person& person) {
  if (!person.display_name.empty()) return person.display_name;
  if (person.given_names.empty()) return person.family_names;
  if (person.family_names.empty()) return person.given_names;
  return person.given_names + " " + person.family_names;
}

void add_name(std::vector<LocalizedName>& names, const std::string& value,
              const std::vector<std::string>& taken) {
  if (value.empty() || std::find(taken.begin(), taken.end(), value) != taken.end()) return;
  unite(names, {LocalizedName{value, ""}});
}

}  // namespace

Person merged_person(const Person& survivor, const Person& absorbed) {
  Person merged = survivor;
  unite(merged.raw_values, absorbed.raw_values);
  Keeper keeper(merged.raw_values, absorbed.meta.uid);

  // The name parts go together: mixing one record's given names with the
  // other's family names would make a name neither had.
  if (!has_name(merged)) {
    merged.given_names = absorbed.given_names;
    merged.family_names = absorbed.family_names;
    merged.display_name = absorbed.display_name;
  } else if (has_name(absorbed)) {
    add_name(merged.alternative_names, full_name(absorbed),
             {full_name(merged), merged.name(), survivor.name()});
  }
  keeper.single("prefix", merged.prefix, absorbed.prefix);
  keeper.single("suffix", merged.suffix, absorbed.suffix);
  unite(merged.alternative_names, absorbed.alternative_names);
  unite(merged.nicknames, absorbed.nicknames);
  keeper.single("birthday", merged.birthday, absorbed.birthday);
  keeper.single("country", merged.country, absorbed.country);
  unite(merged.languages, absorbed.languages);
  unite(merged.identifiers, absorbed.identifiers);
  append_notes(merged.notes, absorbed.notes);
  unite(merged.tags, absorbed.tags);
  unite(merged.contacts, absorbed.contacts);

  // The data-protection fields belong together too (a consent date and the
  // form it was given on): the survivor's stand unless it has none.
  const DataProtection& theirs = absorbed.data_protection;
  if (merged.data_protection == DataProtection{}) {
    merged.data_protection = theirs;
  } else if (theirs != DataProtection{} && theirs != merged.data_protection) {
    const DataProtection& ours = merged.data_protection;
    if (theirs.lawful_basis != LawfulBasis::unspecified &&
        theirs.lawful_basis != ours.lawful_basis) {
      keeper.keep("data_protection.lawful_basis", to_string(theirs.lawful_basis));
    }
    if (!theirs.consent_date.empty() && theirs.consent_date != ours.consent_date) {
      keeper.keep("data_protection.consent_date", theirs.consent_date.to_string());
    }
    if (!theirs.consent_source.empty() && theirs.consent_source != ours.consent_source) {
      keeper.keep("data_protection.consent_source", theirs.consent_source);
    }
    if (!theirs.retention_review.empty() && theirs.retention_review != ours.retention_review) {
      keeper.keep("data_protection.retention_review", theirs.retention_review.to_string());
    }
  }

  unite(merged.sources, absorbed.sources);
  unite(merged.extra_fields, absorbed.extra_fields);
  return merged;
}

Organization merged_organization(const Organization& survivor, const Organization& absorbed) {
  Organization merged = survivor;
  unite(merged.raw_values, absorbed.raw_values);
  Keeper keeper(merged.raw_values, absorbed.meta.uid);

  // A differing name or acronym is another name of the same organization:
  // an alias, which name lookups and search then also find.
  std::vector<LocalizedName> lost;
  auto name_part = [&](std::string& ours, const std::string& theirs) {
    if (theirs.empty() || theirs == ours) return;
    if (ours.empty()) {
      ours = theirs;
    } else {
      lost.push_back({theirs, ""});
    }
  };
  name_part(merged.name, absorbed.name);
  name_part(merged.acronym, absorbed.acronym);
  for (const auto& name : lost) add_name(merged.aliases, name.value, {merged.name, merged.acronym});
  for (const auto& alias : absorbed.aliases) {
    if (alias.value != merged.name && alias.value != merged.acronym) unite(merged.aliases, {alias});
  }

  keeper.single("kind", merged.kind, absorbed.kind, OrganizationKind::unspecified,
                to_string(absorbed.kind));
  keeper.single("country", merged.country, absorbed.country);
  // Neither may end up its own unit: a survivor under the absorbed record
  // takes that one's place; the survivor as the absorbed's parent says nothing.
  std::optional<std::int64_t> their_parent = absorbed.parent_id;
  if (their_parent == survivor.meta.id) their_parent.reset();
  if (merged.parent_id == absorbed.meta.id) merged.parent_id = their_parent;
  keeper.single("parent_id", merged.parent_id, their_parent, std::optional<std::int64_t>(),
                their_parent ? std::to_string(*their_parent) : std::string());
  keeper.single("website", merged.website, absorbed.website);
  append_notes(merged.notes, absorbed.notes);
  unite(merged.tags, absorbed.tags);
  unite(merged.contacts, absorbed.contacts);
  unite(merged.sources, absorbed.sources);
  unite(merged.extra_fields, absorbed.extra_fields);
  return merged;
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
