// Affiliations, events and participations: the rows that link records.
#include "storage/record_store.hpp"

#include <map>

namespace liaison {
inline namespace v1 {
namespace storage {

namespace {

PartialDate date_from(const std::string& text) {
  return PartialDate::parse(text).value_or(PartialDate{});
}

// An affiliation selected as person_id, organization_id, title, role,
// department, start_date, end_date, is_primary, source from column `first` on.
Affiliation affiliation_from_row(Query& query, int first) {
  auto column = [&](int i) { return query->getColumn(first + i); };
  Affiliation a;
  a.person_id = column(0).getInt64();
  a.organization_id = column(1).getInt64();
  a.title = column(2).getString();
  a.role = column(3).getString();
  a.department = column(4).getString();
  a.start = date_from(column(5).getString());
  a.end = date_from(column(6).getString());
  a.primary = column(7).getInt() != 0;
  a.source = column(8).getString();
  return a;
}

}  // namespace

void RecordStore::write_affiliation(const Affiliation& a, bool is_new) {
  // An update may move the affiliation from another person.
  if (is_new) {
    matching_.forget(a.person_id);
  } else {
    matching_.forget_all();
  }
  auto query = db_.statement(
      is_new ? "INSERT INTO affiliation (person_id, organization_id, title, role, department, "
               "start_date, end_date, is_primary, source, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
             : "UPDATE affiliation SET person_id = ?, organization_id = ?, title = ?, role = ?, "
               "department = ?, start_date = ?, end_date = ?, is_primary = ?, source = ? "
               "WHERE id = ?");
  query->bind(1, a.person_id);
  query->bind(2, a.organization_id);
  query->bind(3, a.title);
  query->bind(4, a.role);
  query->bind(5, a.department);
  query->bind(6, a.start.to_string());
  query->bind(7, a.end.to_string());
  query->bind(8, a.primary ? 1 : 0);
  query->bind(9, a.source);
  query->bind(10, a.meta.id);
  query->exec();
}

std::map<RecordId, std::vector<Affiliation>> RecordStore::affiliations_of_people(RecordId first,
                                                                                 RecordId last) {
  auto query = db_.statement(
      "SELECT id, person_id, organization_id, title, role, department, start_date, end_date, "
      "is_primary, source FROM affiliation WHERE person_id BETWEEN ? AND ? ORDER BY person_id, id");
  query->bind(1, first);
  query->bind(2, last);
  std::map<RecordId, std::vector<Affiliation>> affiliations;
  while (query->executeStep()) {
    Affiliation a = affiliation_from_row(query, 1);
    a.meta.id = query->getColumn(0).getInt64();
    affiliations[a.person_id].push_back(std::move(a));
  }
  return affiliations;
}

std::map<RecordId, std::vector<RecordId>> RecordStore::events_of_participants(RecordId first,
                                                                              RecordId last) {
  auto query = db_.statement(
      "SELECT participant_id, event_id FROM participation WHERE participant_id BETWEEN ? AND ? "
      "ORDER BY participant_id, id");
  query->bind(1, first);
  query->bind(2, last);
  std::map<RecordId, std::vector<RecordId>> events;
  while (query->executeStep()) {
    events[query->getColumn(0).getInt64()].push_back(query->getColumn(1).getInt64());
  }
  return events;
}

std::optional<Affiliation> RecordStore::read_affiliation(RecordId id) {
  Affiliation a;
  {
    auto query = db_.statement(
        "SELECT person_id, organization_id, title, role, department, start_date, end_date, "
        "is_primary, source FROM affiliation WHERE id = ?");
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    a = affiliation_from_row(query, 0);
  }
  a.meta = read_meta(id);
  return a;
}

void RecordStore::write_event(const Event& e, bool is_new) {
  {
    auto query = db_.statement(
        is_new ? "INSERT INTO event (name, place, country, start_date, end_date, notes, id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)"
               : "UPDATE event SET name = ?, place = ?, country = ?, start_date = ?, "
                 "end_date = ?, notes = ? WHERE id = ?");
    query->bind(1, e.name);
    query->bind(2, e.place);
    query->bind(3, e.country);
    query->bind(4, e.start.to_string());
    query->bind(5, e.end.to_string());
    query->bind(6, e.notes);
    query->bind(7, e.meta.id);
    query->exec();
  }
  {
    auto clear = db_.statement("DELETE FROM event_organizer WHERE event_id = ?");
    clear->bind(1, e.meta.id);
    clear->exec();
  }
  int position = 0;
  for (RecordId organizer : e.organizer_ids) {
    auto insert = db_.statement(
        "INSERT INTO event_organizer (event_id, position, organization_id) VALUES (?, ?, ?)");
    insert->bind(1, e.meta.id);
    insert->bind(2, position++);
    insert->bind(3, organizer);
    insert->exec();
  }
  {
    auto clear = db_.statement("DELETE FROM event_session WHERE event_id = ?");
    clear->bind(1, e.meta.id);
    clear->exec();
  }
  position = 0;
  for (const auto& session : e.sessions) {
    auto insert = db_.statement(
        "INSERT INTO event_session (event_id, position, name, title, description, date) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    insert->bind(1, e.meta.id);
    insert->bind(2, position++);
    insert->bind(3, session.name);
    insert->bind(4, session.title);
    insert->bind(5, session.description);
    insert->bind(6, session.date.to_string());
    insert->exec();
  }
  write_tags(e.meta.id, e.tags, is_new);
  write_sources(e.meta.id, e.sources, is_new);
}

std::optional<Event> RecordStore::read_event(RecordId id) {
  Event e;
  {
    auto query = db_.statement(
        "SELECT name, place, country, start_date, end_date, notes FROM event WHERE id = ?");
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    e.name = query->getColumn(0).getString();
    e.place = query->getColumn(1).getString();
    e.country = query->getColumn(2).getString();
    e.start = date_from(query->getColumn(3).getString());
    e.end = date_from(query->getColumn(4).getString());
    e.notes = query->getColumn(5).getString();
  }
  {
    auto query = db_.statement(
        "SELECT organization_id FROM event_organizer WHERE event_id = ? ORDER BY position");
    query->bind(1, id);
    while (query->executeStep()) e.organizer_ids.push_back(query->getColumn(0).getInt64());
  }
  {
    auto query = db_.statement(
        "SELECT name, title, description, date FROM event_session WHERE event_id = ? "
        "ORDER BY position");
    query->bind(1, id);
    while (query->executeStep()) {
      e.sessions.push_back({query->getColumn(0).getString(), query->getColumn(1).getString(),
                            query->getColumn(2).getString(),
                            date_from(query->getColumn(3).getString())});
    }
  }
  e.meta = read_meta(id);
  e.tags = read_tags(id);
  e.sources = read_sources(id);
  return e;
}

void RecordStore::write_participation(const Participation& p, bool is_new) {
  auto query = db_.statement(
      is_new ? "INSERT INTO participation (event_id, participant_id, role, session, notes, "
               "source, id) VALUES (?, ?, ?, ?, ?, ?, ?)"
             : "UPDATE participation SET event_id = ?, participant_id = ?, role = ?, "
               "session = ?, notes = ?, source = ? WHERE id = ?");
  query->bind(1, p.event_id);
  query->bind(2, p.participant_id);
  query->bind(3, to_string(p.role));
  query->bind(4, p.session);
  query->bind(5, p.notes);
  query->bind(6, p.source);
  query->bind(7, p.meta.id);
  query->exec();
}

std::optional<Participation> RecordStore::read_participation(RecordId id) {
  Participation p;
  {
    auto query = db_.statement(
        "SELECT event_id, participant_id, role, session, notes, source FROM participation "
        "WHERE id = ?");
    query->bind(1, id);
    if (!query->executeStep()) return std::nullopt;
    p.event_id = query->getColumn(0).getInt64();
    p.participant_id = query->getColumn(1).getInt64();
    p.role = participation_role_from_string(query->getColumn(2).getString())
                 .value_or(ParticipationRole::participant);
    p.session = query->getColumn(3).getString();
    p.notes = query->getColumn(4).getString();
    p.source = query->getColumn(5).getString();
  }
  p.meta = read_meta(id);
  return p;
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
