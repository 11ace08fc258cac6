#include "search/indexer.hpp"

#include <liaison/date.hpp>

#include <algorithm>
#include <set>
#include <unordered_set>

namespace liaison {
inline namespace v1 {
namespace search {
namespace {

// Clears the indexer's per-call caches however the call ends.
template <typename Maps>
struct CacheScope {
  Maps& maps;
  ~CacheScope() { maps(); }
};

}  // namespace

const Organization* Indexer::organization(RecordId id) {
  auto found = organizations_.find(id);
  if (found == organizations_.end()) {
    found = organizations_.emplace(id, store_.read_organization(id)).first;
  }
  return found->second ? &*found->second : nullptr;
}

std::vector<Organization> Indexer::ancestors(const Organization& organization) {
  std::vector<Organization> chain;
  std::set<RecordId> seen{organization.meta.id};
  auto parent = organization.parent_id;
  while (parent && seen.insert(*parent).second) {
    const Organization* next = this->organization(*parent);
    if (!next) break;
    chain.push_back(*next);
    parent = next->parent_id;
  }
  return chain;
}

std::vector<std::pair<RecordId, std::string>> Indexer::event_names(
    const std::vector<RecordId>& event_ids) {
  std::vector<std::pair<RecordId, std::string>> events;
  std::set<RecordId> seen;
  for (RecordId event_id : event_ids) {
    if (!seen.insert(event_id).second) continue;
    auto name = event_names_.find(event_id);
    if (name == event_names_.end()) {
      const auto event = store_.read_event(event_id);
      name = event_names_.emplace(event_id, event ? event->name : std::string()).first;
    }
    events.emplace_back(event_id, name->second);
  }
  return events;
}

std::vector<std::pair<RecordId, std::string>> Indexer::events_of(RecordId participant) {
  std::vector<RecordId> ids;
  for (RecordId id : store_.participation_ids_of(participant)) {
    if (const auto participation = store_.read_participation(id))
      ids.push_back(participation->event_id);
  }
  for (RecordId event_id : store_.events_organized_by(participant)) ids.push_back(event_id);
  return event_names(ids);
}

IndexDocument Indexer::person_document_of(
    const Person& person, std::vector<Affiliation> affiliations,
    const std::vector<std::pair<RecordId, std::string>>& events) {
  std::vector<AffiliationContext> contexts;
  for (auto& affiliation : affiliations) {
    const Organization* at = organization(affiliation.organization_id);
    if (!at) continue;
    AffiliationContext context{std::move(affiliation), {*at}};
    for (auto& ancestor : ancestors(*at)) context.chain.push_back(std::move(ancestor));
    contexts.push_back(std::move(context));
  }
  return person_document(person, contexts, events, today_);
}

std::optional<IndexDocument> Indexer::document_for(RecordId id) {
  const auto kind = store_.kind_of(id);
  if (kind == RecordKind::person) {
    const auto person = store_.read_person_for_index(id);
    if (!person) return std::nullopt;
    std::vector<Affiliation> affiliations;
    for (RecordId affiliation_id : store_.affiliation_ids_of_person(id)) {
      if (auto affiliation = store_.read_affiliation(affiliation_id)) {
        affiliations.push_back(std::move(*affiliation));
      }
    }
    return person_document_of(*person, std::move(affiliations), events_of(id));
  }
  if (kind == RecordKind::organization) {
    const auto organization = store_.read_organization(id);
    if (!organization) return std::nullopt;
    return organization_document(*organization, ancestors(*organization), events_of(id));
  }
  return std::nullopt;
}

void Indexer::refresh(RecordId id) { pending_.insert(id); }

void Indexer::flush() {
  if (pending_.empty()) return;
  auto clear = [this] {
    organizations_.clear();
    event_names_.clear();
  };
  CacheScope<decltype(clear)> scope{clear};
  today_ = PartialDate::today();
  write_people_in_ranges();
  // A mark goes only once its document is written: after a failure the
  // rest are still there for the commit's flush to try again (and fail
  // loudly, or succeed).
  while (!pending_.empty()) {
    write_document(*pending_.begin());
    pending_.erase(pending_.begin());
  }
}

// An import marks thousands of new people with ids close together (other
// records' ids fall between theirs). Reading them as rebuild() does, a few
// range queries for a couple of thousand, costs a fraction of reading each
// with its dozen lookups. A run is read that way only when most ids in its
// span are marked, so that few unmarked people are read for nothing; what
// is left (organizations, scattered people) is written one by one.
void Indexer::write_people_in_ranges() {
  constexpr std::size_t batch = 2048;
  constexpr std::size_t fewest = 16;
  const std::vector<RecordId> marked(pending_.begin(), pending_.end());
  std::size_t at = 0;
  while (at < marked.size()) {
    std::size_t end = at + 1;
    while (end < marked.size() && end - at < batch &&
           static_cast<std::size_t>(marked[end] - marked[at]) < 4 * batch) {
      ++end;
    }
    const std::size_t count = end - at;
    const auto span = static_cast<std::size_t>(marked[end - 1] - marked[at]) + 1;
    if (count >= fewest && span <= 4 * count) {
      write_people_between(marked[at], marked[end - 1]);
    }
    at = end;
  }
}

void Indexer::write_people_between(RecordId first, RecordId last) {
  auto affiliations = store_.affiliations_of_people(first, last);
  auto events = store_.events_of_participants(first, last);
  for (auto& person : store_.read_people_for_index(first, last)) {
    const RecordId id = person.meta.id;
    const auto mark = pending_.find(id);
    if (mark == pending_.end()) continue;
    auto held = affiliations.find(id);
    auto taken = events.find(id);
    const auto document = person_document_of(
        person, held == affiliations.end() ? std::vector<Affiliation>{} : std::move(held->second),
        event_names(taken == events.end() ? std::vector<RecordId>{} : taken->second));
    write(document);
    pending_.erase(mark);
  }
}

void Indexer::write_document(RecordId id) {
  if (auto document = document_for(id)) {
    write(*document);
  } else {
    rows_.erase(id);
    created_.erase(id);
  }
}

void Indexer::write(const IndexDocument& document) {
  if (created_.erase(document.id) == 0) rows_.erase(document.id);
  rows_.add(document);
}

void Indexer::refresh_organization_tree(RecordId organization_id) {
  std::set<RecordId> people;
  std::vector<RecordId> pending{organization_id};
  std::set<RecordId> organizations;
  while (!pending.empty()) {
    const RecordId next = pending.back();
    pending.pop_back();
    if (!organizations.insert(next).second) continue;
    for (RecordId affiliation_id : store_.affiliation_ids_at_organization(next)) {
      if (const auto affiliation = store_.read_affiliation(affiliation_id)) {
        people.insert(affiliation->person_id);
      }
    }
    for (RecordId unit : store_.unit_ids_of(next)) pending.push_back(unit);
  }
  for (RecordId id : organizations) refresh(id);
  for (RecordId id : people) refresh(id);
}

void Indexer::refresh_event(RecordId event_id, const std::vector<RecordId>& organizers) {
  std::set<RecordId> touched;
  for (RecordId id : store_.participation_ids_of_event(event_id)) {
    if (const auto participation = store_.read_participation(id)) {
      touched.insert(participation->participant_id);
    }
  }
  touched.insert(organizers.begin(), organizers.end());
  for (RecordId id : touched) refresh(id);
}

void Indexer::rebuild(const std::function<void(std::size_t, std::size_t)>& progress) {
  auto clear = [this] {
    organizations_.clear();
    event_names_.clear();
  };
  CacheScope<decltype(clear)> scope{clear};
  today_ = PartialDate::today();
  pending_.clear();  // everything is written below
  created_.clear();
  rows_.clear();
  const std::vector<RecordId> organizations = store_.list_ids(RecordKind::organization, {});
  std::vector<RecordId> people = store_.list_ids(RecordKind::person, {});
  std::sort(people.begin(), people.end());
  const std::size_t total = organizations.size() + people.size();
  std::size_t done = 0;
  auto advance = [&](std::size_t count) {
    const std::size_t before = done;
    done += count;
    if (progress && (before / 4096 != done / 4096 || done == total)) progress(done, total);
  };
  for (RecordId id : organizations) {
    if (auto document = document_for(id)) rows_.add(*document);
    advance(1);
  }
  // People in id ranges, each read with a few range queries instead of a
  // dozen lookups per person: a rebuild of a million records is bound by
  // how fast they are read.
  constexpr std::size_t batch = 2048;
  for (std::size_t at = 0; at < people.size(); at += batch) {
    const std::size_t end = std::min(people.size(), at + batch);
    const RecordId first = people[at];
    const RecordId last = people[end - 1];
    auto affiliations = store_.affiliations_of_people(first, last);
    auto events = store_.events_of_participants(first, last);
    for (auto& person : store_.read_people_for_index(first, last)) {
      const RecordId id = person.meta.id;
      auto held = affiliations.find(id);
      auto taken = events.find(id);
      const auto document = person_document_of(
          person, held == affiliations.end() ? std::vector<Affiliation>{} : std::move(held->second),
          event_names(taken == events.end() ? std::vector<RecordId>{} : taken->second));
      rows_.add(document);
    }
    advance(end - at);
  }
  rows_.optimize();
}

// A word missing from the list, or without one of its columns, would make
// searches miss the record without an error.
bool Indexer::words_listed(const IndexDocument& document,
                           std::unordered_map<std::string, ColumnMask>& verified) {
  if (!rows_.words_listed()) return true;  // a read-only file of an older version
  for (const auto& [word, mask] : document.words_with_columns()) {
    std::string key(word);
    const auto found = verified.find(key);
    if (found != verified.end() && (found->second & mask) == mask) continue;
    const ColumnMask listed = rows_.word_columns(word);
    if ((listed & mask) != mask) return false;
    if (verified.size() >= (std::size_t{1} << 18)) verified.clear();
    verified[std::move(key)] = listed;
  }
  return true;
}

std::string Indexer::check() {
  auto clear = [this] {
    organizations_.clear();
    event_names_.clear();
  };
  CacheScope<decltype(clear)> scope{clear};
  today_ = PartialDate::today();
  std::string problems;
  auto report = [&](RecordId id, const char* what) {
    if (problems.size() > 4000) return;
    problems += "search index: record " + std::to_string(id) + " " + what + "\n";
  };
  // Words the word list was found to hold, with those columns.
  std::unordered_map<std::string, ColumnMask> verified;
  std::vector<RecordId> expected = store_.list_ids(RecordKind::organization, {});
  const std::vector<RecordId> people = store_.list_ids(RecordKind::person, {});
  expected.insert(expected.end(), people.begin(), people.end());
  std::sort(expected.begin(), expected.end());
  const std::vector<RecordId> indexed = rows_.ids();
  std::vector<RecordId> extra;
  std::set_difference(indexed.begin(), indexed.end(), expected.begin(), expected.end(),
                      std::back_inserter(extra));
  for (RecordId id : extra) report(id, "is indexed but is no person or organization");
  for (RecordId id : expected) {
    const auto stored = rows_.read(id);
    if (!stored) {
      report(id, "is missing from the index");
      continue;
    }
    const auto wanted = document_for(id);
    if (!wanted || !(*wanted == *stored)) report(id, "is indexed with outdated text");
    if (wanted && !words_listed(*wanted, verified)) report(id, "has words the word list lacks");
  }
  if (problems.empty()) return "ok";
  problems.pop_back();
  return problems;
}

}  // namespace search
}  // namespace v1
}  // namespace liaison
