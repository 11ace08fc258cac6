// Directory's duplicate finding: reads the records into profiles (dedup/
// never sees storage), forms candidate pairs by blocking, scores them, and
// explains the ones it reports.
#include <liaison/directory.hpp>
#include <liaison/error.hpp>

#include "dedup/blocking.hpp"
#include "dedup/profile.hpp"
#include "dedup/profile_codec.hpp"
#include "dedup/scorer.hpp"
#include "dedup/similarity.hpp"
#include "dedup/words.hpp"
#include "directory_impl.hpp"
#include "search/typo.hpp"
#include "storage/dedup_rows.hpp"
#include "text/email.hpp"
#include "text/fold.hpp"
#include "text/phone.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <utility>

namespace liaison {
inline namespace v1 {
namespace {

using KeptApart = std::set<std::pair<RecordId, RecordId>>;

// Records are read a page at a time, so memory holds profiles, not records.
constexpr std::size_t page_size = 1000;
// How many stored records one incoming record is compared with at most.
constexpr std::size_t candidate_limit = 200;
// How many persons of the same family name are looked at in the index, and
// how many of them, the closest in full name, are read and scored.
constexpr std::size_t namesake_scan = 100;
constexpr std::size_t namesakes_read = 10;

std::vector<RecordId> organizations_of(const std::vector<Affiliation>& affiliations) {
  std::vector<RecordId> ids;
  ids.reserve(affiliations.size());
  for (const Affiliation& affiliation : affiliations) ids.push_back(affiliation.organization_id);
  return ids;
}

std::vector<dedup::PersonProfile> person_profiles(Directory::Impl& impl,
                                                  const DedupOptions& options, std::size_t& done,
                                                  std::size_t total) {
  std::vector<dedup::PersonProfile> profiles;
  RecordId after = 0;
  for (;;) {
    const std::vector<RecordId> ids = impl.store.ids_after(RecordKind::person, after, page_size);
    if (ids.empty()) break;
    after = ids.back();
    std::vector<Person> people = impl.store.read_people_for_index(ids.front(), ids.back());
    auto affiliations = impl.store.affiliations_of_people(ids.front(), ids.back());
    for (const Person& person : people) {
      const auto found = affiliations.find(person.meta.id);
      profiles.push_back(dedup::person_profile(person, found == affiliations.end()
                                                           ? std::vector<RecordId>{}
                                                           : organizations_of(found->second)));
    }
    done += people.size();
    if (options.progress) options.progress(done, total);
  }
  return profiles;
}

std::vector<dedup::OrganizationProfile> organization_profiles(Directory::Impl& impl,
                                                              const DedupOptions& options,
                                                              std::size_t& done,
                                                              std::size_t total) {
  std::vector<dedup::OrganizationProfile> profiles;
  RecordId after = 0;
  for (;;) {
    const std::vector<RecordId> ids =
        impl.store.ids_after(RecordKind::organization, after, page_size);
    if (ids.empty()) break;
    after = ids.back();
    for (RecordId id : ids) {
      if (auto organization = impl.store.read_organization(id)) {
        profiles.push_back(dedup::organization_profile(*organization));
      }
    }
    done += ids.size();
    if (options.progress) options.progress(done, total);
  }
  return profiles;
}

double min_score_of(const DedupOptions& options) {
  return options.min_score.value_or(options.thresholds.possible);
}

DuplicatePair make_pair(RecordKind kind, RecordId a, RecordId b, dedup::Evidence evidence,
                        const MatchThresholds& thresholds) {
  DuplicatePair pair;
  pair.kind = kind;
  pair.a = a;
  pair.b = b;
  pair.score = evidence.score;
  pair.decision = dedup::decide(evidence.score, thresholds);
  pair.reasons = std::move(evidence.reasons);
  return pair;
}

bool kept(const KeptApart& kept_apart, RecordId a, RecordId b) {
  return kept_apart.count({std::min(a, b), std::max(a, b)}) > 0;
}

// Scores every candidate pair quickly, then explains those reported.
template <typename Profile, typename Compare>
void find_pairs(RecordKind kind, const std::vector<Profile>& profiles, Compare compare,
                const DedupOptions& options, const KeptApart& kept_apart,
                std::vector<DuplicatePair>& out) {
  std::vector<std::vector<std::string>> keys;
  keys.reserve(profiles.size());
  for (const Profile& profile : profiles) keys.push_back(dedup::blocking_keys(profile));
  const double min_score = min_score_of(options);
  for (const auto& [x, y] : dedup::candidate_pairs(keys)) {
    const Profile& a = profiles[x];
    const Profile& b = profiles[y];
    if (!options.include_kept_apart && kept(kept_apart, a.id, b.id)) continue;
    if (compare(a, b, false).score < min_score) continue;
    out.push_back(make_pair(kind, a.id, b.id, compare(a, b, true), options.thresholds));
  }
}

void sort_best_first(std::vector<DuplicatePair>& pairs) {
  std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair& x, const DuplicatePair& y) {
    if (x.score != y.score) return x.score > y.score;
    return std::pair(x.a, x.b) < std::pair(y.a, y.b);
  });
}

std::string fts_word(std::string_view word) {
  std::string out = "\"";
  for (char c : word) {
    out += c;
    if (c == '"') out += '"';
  }
  out += '"';
  return out;
}

// A mailbox or a switchboard shared by hundreds says nothing more about
// the hundredth: the first few are enough to score.
std::vector<RecordId> limited(std::vector<RecordId> ids) {
  if (ids.size() > candidate_limit) ids.resize(candidate_limit);
  return ids;
}

void add_unique(std::vector<RecordId>& ids, const std::vector<RecordId>& more) {
  for (RecordId id : more) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
}

// The words of the search index's vocabulary one edit from a family name
// of one word and five letters or more. The vocabulary is written when the
// index is (at the latest, at commit): within an import, the last few
// thousand records' names are not in it yet.
std::vector<std::string> family_names_one_typo_away(Directory::Impl& impl,
                                                    const std::string& family) {
  if (family.find(' ') != std::string::npos || search::typo_budget(family) == 0) return {};
  std::vector<std::string> probes = search::deletion_variants(family);
  probes.push_back(family);
  std::vector<std::string> near;
  for (std::string& term : impl.search_rows.terms_near(probes)) {
    if (term != family && search::edit_distance(term, family, 1) <= 1) {
      near.push_back(std::move(term));
    }
  }
  return near;
}

// Stored records that share something with `profile` that blocking would
// also key on: an e-mail, a phone, an identifier, the family name.
std::vector<RecordId> candidates_for(Directory::Impl& impl, const Person& person,
                                     const dedup::PersonProfile& profile) {
  std::vector<RecordId> ids;
  for (const Email& email : person.contacts.emails) {
    const auto check = text::check_email(email.address);
    if (check.ok) {
      add_unique(ids, limited(impl.search_rows.owners_of_contact("email", check.key)));
    }
  }
  for (const Phone& phone : person.contacts.phones) {
    if (!phone.e164.empty()) {
      add_unique(ids, limited(impl.search_rows.owners_of_contact("phone", phone.e164)));
    }
  }
  for (const Identifier& identifier : person.identifiers) {
    add_unique(ids, storage::owners_of_identifier(impl.connection, identifier.scheme,
                                                  identifier.value, candidate_limit));
  }
  // Namesakes, read from the index of sort keys ("family given") alone: the
  // same full name, the same family name with the same initial, family
  // names that start alike, or (for a name without a given part) the family
  // name; only the closest in full name are read.
  std::vector<std::pair<double, RecordId>> namesakes;
  // True when the scan saw every key with the prefix (fewer than it may
  // take): a longer prefix would then find nothing it did not.
  auto look_up = [&](const std::string& prefix, const std::string& full) {
    if (prefix.empty()) return false;
    const auto rows = storage::persons_by_sort_key_prefix(impl.connection, prefix, namesake_scan);
    for (const auto& [id, sort_key] : rows) {
      namesakes.emplace_back(dedup::jaro_winkler(sort_key, full), id);
    }
    return rows.size() < namesake_scan;
  };
  for (const dedup::NameForm& form : profile.names) {
    std::string given;
    for (const std::string& word : form.given) given.append(given.empty() ? "" : " ").append(word);
    if (form.family_joined.empty()) continue;
    const std::string full = form.family_joined + ' ' + given;
    if (given.empty()) {
      look_up(form.family_joined, full);
      continue;
    }
    // Family names that start alike (a typo past the fourth letter keeps
    // the start), the same family name and initial, the same full name:
    // each prefix extends the one before, so the narrower ones are scanned
    // only when a wider one had more keys than it took.
    bool seen_all =
        form.family_joined.size() >= 6 && look_up(form.family_joined.substr(0, 4), full);
    if (!seen_all) seen_all = look_up(form.family_joined + ' ' + given.front(), full);
    if (!seen_all && given.size() > 1) look_up(full, full);
    // A typo before the fourth letter ("Nuehaus" for "Neuhaus") is found
    // through the family names one edit away that the search index knows.
    for (const std::string& near : family_names_one_typo_away(impl, form.family_joined)) {
      look_up(near + ' ' + given.front(), full);
    }
    // Given and family names typed in each other's place.
    if (form.given.front().size() > 1) {
      look_up(given + ' ' + form.family_joined.front(), given + ' ' + form.family_joined);
    }
  }
  std::sort(namesakes.begin(), namesakes.end(), std::greater<>());
  std::vector<RecordId> closest;
  for (const auto& [similarity, id] : namesakes) {
    if (closest.size() == namesakes_read) break;
    if (std::find(closest.begin(), closest.end(), id) == closest.end()) closest.push_back(id);
  }
  add_unique(ids, closest);
  return ids;
}

std::vector<RecordId> candidates_for(Directory::Impl& impl, const Organization& organization,
                                     const dedup::OrganizationProfile& profile) {
  std::vector<RecordId> ids;
  for (const std::string& name : profile.cores) {
    add_unique(ids, impl.store.organization_ids_by_folded_name(name));
  }
  for (const std::string& acronym : profile.derived_acronyms) {
    add_unique(ids, impl.store.organization_ids_by_folded_name(acronym));
  }
  std::vector<std::string> words;
  for (const std::string& core : profile.cores) {
    for (std::string_view word : dedup::split_words(core)) {
      if (word.size() >= 3) words.push_back(fts_word(word));
    }
  }
  for (const std::string& acronym : profile.acronyms) words.push_back(fts_word(acronym));
  if (!words.empty()) {
    std::string expression = "names : (";
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i > 0) expression += " OR ";
      expression += words[i];
    }
    expression += ')';
    add_unique(ids, impl.search_rows.match(expression, 0, candidate_limit));
  }
  for (const Phone& phone : organization.contacts.phones) {
    if (!phone.e164.empty()) {
      add_unique(ids, limited(impl.search_rows.owners_of_contact("phone", phone.e164)));
    }
  }
  return ids;
}

// A stored person as matching sees them; nullopt when `id` is not a
// person. The cache keeps profiles packed (see profile_codec.hpp).
std::optional<dedup::PersonProfile> stored_profile(Directory::Impl& impl, RecordId id) {
  storage::MatchingCache& cache = impl.store.matching_cache();
  if (const std::string* packed = cache.person(id)) return dedup::unpack_person_profile(*packed);
  auto read = impl.store.read_person_for_matching(id);
  if (!read) return std::nullopt;
  dedup::PersonProfile profile =
      dedup::person_profile(read->person, std::move(read->organizations));
  cache.keep(id, dedup::pack(profile));
  return profile;
}

// Phones typed without E.164 get it here, as the directory would store them.
void fill_e164(ContactPoints& contacts, const std::string& region) {
  for (Phone& phone : contacts.phones) {
    if (phone.e164.empty()) phone.e164 = text::to_e164(phone.number, region);
  }
}

// The stored persons `incoming` may duplicate, best first.
std::vector<DuplicatePair> person_matches(Directory::Impl& impl, const Person& incoming,
                                          const dedup::PersonProfile& profile,
                                          const DedupOptions& options) {
  // Read once: most records are kept apart from nobody.
  const std::vector<RecordId> kept_apart = !options.include_kept_apart && incoming.meta.id != 0
                                               ? impl.merge_rows.kept_apart_from(incoming.meta.id)
                                               : std::vector<RecordId>{};
  std::vector<dedup::PersonProfile> stored;
  for (RecordId id : candidates_for(impl, incoming, profile)) {
    if (id == incoming.meta.id) continue;
    if (std::binary_search(kept_apart.begin(), kept_apart.end(), id)) continue;
    if (auto candidate = stored_profile(impl, id)) stored.push_back(std::move(*candidate));
  }
  // Frequencies of the values among the candidates, against the whole
  // directory: the candidates are every record sharing a name word.
  dedup::Frequencies frequencies;
  frequencies.add(profile);
  for (const auto& candidate : stored) frequencies.add(candidate);
  // Only the closest namesakes were read: how common the family name is
  // comes from the index.
  for (const dedup::NameForm& form : profile.names) {
    if (form.family_joined.empty()) continue;
    frequencies.note_family(
        form.family_joined,
        static_cast<std::uint32_t>(impl.store.family_name_count(form.family_joined, 5000) + 1));
  }
  frequencies.set_population(impl.store.person_count() + 1);
  std::vector<DuplicatePair> pairs;
  const double min_score = min_score_of(options);
  for (const auto& candidate : stored) {
    auto evidence = dedup::compare_persons(profile, candidate, frequencies, true);
    if (evidence.score < min_score) continue;
    pairs.push_back(make_pair(RecordKind::person, incoming.meta.id, candidate.id,
                              std::move(evidence), options.thresholds));
  }
  sort_best_first(pairs);
  return pairs;
}

void check_pair_kind(std::optional<RecordKind> kind, RecordId id) {
  if (!kind) throw Error(errc::not_found, "no record with id " + std::to_string(id));
  if (*kind != RecordKind::person && *kind != RecordKind::organization) {
    throw Error(errc::invalid_argument, "record " + std::to_string(id) + " is " + to_string(*kind) +
                                            "; only persons and organizations have duplicates");
  }
}

}  // namespace

std::vector<DuplicatePair> Directory::find_duplicates(const DedupOptions& options) const {
  if (options.kind && *options.kind != RecordKind::person &&
      *options.kind != RecordKind::organization) {
    throw Error(errc::invalid_argument,
                std::string("kind: ") + to_string(*options.kind) +
                    " records have no duplicates; use person or organization");
  }
  return impl_->read("finding duplicates", [&] {
    KeptApart kept_apart;
    for (const auto& pair : impl_->merge_rows.kept_apart_pairs()) kept_apart.insert(pair);
    const bool persons = !options.kind || *options.kind == RecordKind::person;
    const bool organizations = !options.kind || *options.kind == RecordKind::organization;
    const std::size_t total = (persons ? impl_->store.count(RecordKind::person) : 0) +
                              (organizations ? impl_->store.count(RecordKind::organization) : 0);
    std::size_t done = 0;
    std::vector<DuplicatePair> pairs;
    if (persons) {
      const auto profiles = person_profiles(*impl_, options, done, total);
      dedup::Frequencies frequencies;
      for (const auto& profile : profiles) frequencies.add(profile);
      find_pairs(
          RecordKind::person, profiles,
          [&](const dedup::PersonProfile& a, const dedup::PersonProfile& b, bool explain) {
            return dedup::compare_persons(a, b, frequencies, explain);
          },
          options, kept_apart, pairs);
    }
    if (organizations) {
      const auto profiles = organization_profiles(*impl_, options, done, total);
      find_pairs(
          RecordKind::organization, profiles,
          [](const dedup::OrganizationProfile& a, const dedup::OrganizationProfile& b,
             bool explain) { return dedup::compare_organizations(a, b, explain); },
          options, kept_apart, pairs);
    }
    sort_best_first(pairs);
    return pairs;
  });
}

std::vector<DuplicatePair> Directory::match_person(const Person& person,
                                                   const DedupOptions& options) const {
  const std::string region = default_region();  // a read of its own: not inside ours
  return impl_->read("matching a person", [&] {
    Person incoming = person;
    fill_e164(incoming.contacts, region);
    const dedup::PersonProfile profile = dedup::person_profile(
        incoming, incoming.meta.id != 0 ? impl_->store.organization_ids_of_person(incoming.meta.id)
                                        : std::vector<RecordId>{});
    return person_matches(*impl_, incoming, profile, options);
  });
}

// A stored person's numbers got their E.164 form when written; its profile
// goes to the matching cache, where the next records of an import that
// name the same people find it.
std::vector<DuplicatePair> Directory::match_person(RecordId id, const DedupOptions& options) const {
  return impl_->read("matching a person", [&] {
    auto read = impl_->store.read_person_for_matching(id);
    if (!read) throw Error(errc::not_found, "no person with id " + std::to_string(id));
    read->person.meta.id = id;
    const dedup::PersonProfile profile =
        dedup::person_profile(read->person, std::move(read->organizations));
    impl_->store.matching_cache().keep(id, dedup::pack(profile));
    return person_matches(*impl_, read->person, profile, options);
  });
}

std::vector<DuplicatePair> Directory::match_organization(const Organization& organization,
                                                         const DedupOptions& options) const {
  // Name words are looked up in the search index, which an open
  // transaction writes only when asked.
  impl_->settle_search_index();
  const std::string region = default_region();  // a read of its own: not inside ours
  return impl_->read("matching an organization", [&] {
    Organization incoming = organization;
    fill_e164(incoming.contacts, region);
    const dedup::OrganizationProfile profile = dedup::organization_profile(incoming);
    std::vector<DuplicatePair> pairs;
    const double min_score = min_score_of(options);
    for (RecordId id : candidates_for(*impl_, incoming, profile)) {
      if (id == incoming.meta.id || impl_->store.kind_of(id) != RecordKind::organization) {
        continue;
      }
      if (!options.include_kept_apart && incoming.meta.id != 0 &&
          impl_->merge_rows.is_kept_apart(incoming.meta.id, id)) {
        continue;
      }
      auto candidate = impl_->store.read_organization(id);
      if (!candidate) continue;
      auto evidence =
          dedup::compare_organizations(profile, dedup::organization_profile(*candidate), true);
      if (evidence.score < min_score) continue;
      pairs.push_back(make_pair(RecordKind::organization, incoming.meta.id, id, std::move(evidence),
                                options.thresholds));
    }
    sort_best_first(pairs);
    return pairs;
  });
}

DuplicatePair Directory::compare(RecordId a, RecordId b, const MatchThresholds& thresholds) const {
  return impl_->read("comparing two records", [&] {
    const auto kind_a = impl_->store.kind_of(a);
    const auto kind_b = impl_->store.kind_of(b);
    check_pair_kind(kind_a, a);
    check_pair_kind(kind_b, b);
    if (*kind_a != *kind_b) {
      throw Error(errc::invalid_argument, "records " + std::to_string(a) + " and " +
                                              std::to_string(b) + " are of different kinds (" +
                                              to_string(*kind_a) + ", " + to_string(*kind_b) + ")");
    }
    const RecordId first = std::min(a, b);
    const RecordId second = std::max(a, b);
    if (*kind_a == RecordKind::organization) {
      return make_pair(
          RecordKind::organization, first, second,
          dedup::compare_organizations(
              dedup::organization_profile(*impl_->store.read_organization(first)),
              dedup::organization_profile(*impl_->store.read_organization(second)), true),
          thresholds);
    }
    auto profile_of = [&](RecordId id) {
      return dedup::person_profile(*impl_->store.read_person(id),
                                   impl_->store.organization_ids_of_person(id));
    };
    const auto pa = profile_of(first);
    const auto pb = profile_of(second);
    // Against the whole directory's frequencies would mean reading it all;
    // the pair alone, weighed by the directory's size, is the estimate.
    dedup::Frequencies frequencies;
    frequencies.add(pa);
    frequencies.add(pb);
    frequencies.set_population(impl_->store.person_count());
    return make_pair(RecordKind::person, first, second,
                     dedup::compare_persons(pa, pb, frequencies, true), thresholds);
  });
}

}  // namespace v1
}  // namespace liaison
