#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "test_support.hpp"

#include <string>
#include <vector>

namespace liaison {
inline namespace v1 {
// Failures show a session as name / title / date.
std::ostream& boost_test_print_type(std::ostream& out, const EventSession& s) {
  return out << s.name << " / " << s.title << " / " << s.date.to_string();
}
}  // namespace v1
}  // namespace liaison

namespace {

using namespace liaison;
using test::date;
using test::ids;
using test::mentions;
using test::refusal;
using test::source;

OpenOptions options() { return test::options_for("event-test", "ME"); }

EventSession session(std::string name, std::string title, PartialDate day) {
  EventSession s;
  s.name = std::move(name);
  s.title = std::move(title);
  s.description = "Moderated by the host.";
  s.date = day;
  return s;
}

struct Fresh : test::FreshDirectory<options> {
  Organization osce = add_organization("OSCE");
  Organization europol = add_organization("Europol");
  Person sara = add_person("Sara", "Çapaliku");

  Organization add_organization(const char* name) {
    Organization o;
    o.name = name;
    return dir.add_organization(o);
  }
  Person add_person(const char* given, const char* family) {
    Person p;
    p.given_names = given;
    p.family_names = family;
    return dir.add_person(p);
  }

  // A two-day regional workshop organized by the OSCE and Europol.
  Event workshop() const {
    Event e;
    e.name = "Regional Workshop on the Identification of Victims of Trafficking";
    e.place = "Podgorica";
    e.country = "Montenegro";
    e.start = date(2019, 10, 9);
    e.end = date(2019, 10, 10);
    e.organizer_ids = {osce.meta.id, europol.meta.id};
    e.sessions = {session("Session I", "Indicators of trafficking", date(2019, 10, 9)),
                  session("Session II", "Referral mechanisms", date(2019, 10, 10)),
                  session("Working Group 2", "Online recruitment", {})};
    e.notes = "Agenda in the shared folder.\n";
    e.tags = {"workshop", "identification"};
    e.sources = {source("events.json", "podgorica-2019")};
    return e;
  }

  Participation take_part(const Event& event, RecordId participant, ParticipationRole role,
                          std::string session_name = {}) {
    Participation p;
    p.event_id = event.meta.id;
    p.participant_id = participant;
    p.role = role;
    p.session = std::move(session_name);
    p.notes = "presented the 2018 figures";
    p.source = "events.json";
    return dir.add_participation(p);
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(events, Fresh)

BOOST_AUTO_TEST_CASE(an_event_with_sessions_and_organizers_survives_add_and_get) {
  const Event given = workshop();
  const Event stored = dir.add_event(given);
  BOOST_TEST(stored.meta.id > 0);
  BOOST_TEST(stored.meta.revision == 1);
  BOOST_TEST(!stored.meta.uid.empty());
  BOOST_TEST(stored.name == given.name);
  BOOST_TEST(stored.place == "Podgorica");
  BOOST_TEST(stored.country == "ME");  // the name became its code
  BOOST_TEST(stored.start == date(2019, 10, 9));
  BOOST_TEST(stored.end == date(2019, 10, 10));
  BOOST_TEST(stored.organizer_ids == given.organizer_ids, boost::test_tools::per_element());
  BOOST_TEST(stored.sessions == given.sessions, boost::test_tools::per_element());
  BOOST_TEST(stored.notes == given.notes);
  BOOST_TEST(stored.tags == given.tags, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(stored.sources.size() == 1u);
  BOOST_TEST(stored.sources[0].external_key == "podgorica-2019");
  BOOST_TEST(!stored.sources[0].seen_at.empty());

  BOOST_TEST(dir.get_event(stored.meta.id) == stored);
  BOOST_TEST(dir.kind_of(stored.meta.id).value() == RecordKind::event);
  BOOST_TEST(dir.find_by_source("events.json", "podgorica-2019").value_or(-1) == stored.meta.id);
  BOOST_TEST(ids(dir.list_events()) == (std::vector<RecordId>{stored.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(events_are_listed_by_start_date) {
  Event late = workshop();
  late.name = "Late";
  late.start = date(2021, 3, 1);
  late.end = {};
  Event early = workshop();
  early.name = "Early";
  early.start = date(2017, 0, 0);
  early.end = {};
  const auto l = dir.add_event(late);
  const auto e = dir.add_event(early);
  const auto w = dir.add_event(workshop());
  BOOST_TEST(ids(dir.list_events()) == (std::vector<RecordId>{e.meta.id, w.meta.id, l.meta.id}),
             boost::test_tools::per_element());
  Page second;
  second.limit = 1;
  second.offset = 1;
  BOOST_TEST(ids(dir.list_events(second)) == (std::vector<RecordId>{w.meta.id}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(update_replaces_sessions_and_organizers) {
  auto stored = dir.add_event(workshop());
  stored.sessions.pop_back();
  stored.organizer_ids = {europol.meta.id};
  stored.place = "Budva";
  const auto updated = dir.update_event(stored);
  BOOST_TEST(updated.meta.revision == 2);
  BOOST_TEST(updated.sessions.size() == 2u);
  BOOST_TEST(updated.organizer_ids == (std::vector<RecordId>{europol.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.get_event(stored.meta.id) == updated);
}

BOOST_AUTO_TEST_CASE(an_event_needs_a_name) {
  Event nameless = workshop();
  nameless.name = "  ";
  const auto error = refusal([&] { dir.add_event(nameless); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "name"));
  BOOST_TEST(dir.count(RecordKind::event) == 0u);
}

BOOST_AUTO_TEST_CASE(an_event_that_ends_before_it_starts_is_refused) {
  Event e = workshop();
  e.end = date(2019, 10, 8);
  const auto error = refusal([&] { dir.add_event(e); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "end"));
  BOOST_TEST(dir.count(RecordKind::event) == 0u);
}

BOOST_AUTO_TEST_CASE(an_organizer_that_is_no_organization_is_refused) {
  Event e = workshop();
  e.organizer_ids.push_back(sara.meta.id);
  auto error = refusal([&] { dir.add_event(e); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "organizer_ids"));
  e.organizer_ids = {9999};
  error = refusal([&] { dir.add_event(e); });
  BOOST_TEST(mentions(error, "organizer_ids"));
  BOOST_TEST(dir.count(RecordKind::event) == 0u);
}

BOOST_AUTO_TEST_CASE(a_session_needs_a_name) {
  Event e = workshop();
  e.sessions.push_back(session(" ", "Untitled", {}));
  BOOST_TEST(mentions(refusal([&] { dir.add_event(e); }), "sessions"));
}

BOOST_AUTO_TEST_CASE(an_unknown_event_is_not_found) {
  BOOST_TEST(refusal([&] { dir.get_event(5555); }).code() == errc::not_found);
  BOOST_TEST(refusal([&] { dir.get_event(osce.meta.id); }).code() == errc::not_found);
  BOOST_TEST(refusal([&] { dir.get_participation(5555); }).code() == errc::not_found);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(participation, Fresh)

BOOST_AUTO_TEST_CASE(a_person_and_an_organization_take_part) {
  const auto event = dir.add_event(workshop());
  const auto speaker = take_part(event, europol.meta.id, ParticipationRole::speaker, "Session I");
  const auto author = take_part(event, sara.meta.id, ParticipationRole::author);

  BOOST_TEST(speaker.meta.revision == 1);
  BOOST_TEST(speaker.event_id == event.meta.id);
  BOOST_TEST(speaker.participant_id == europol.meta.id);
  BOOST_TEST(speaker.role == ParticipationRole::speaker);
  BOOST_TEST(speaker.session == "Session I");
  BOOST_TEST(speaker.notes == "presented the 2018 figures");
  BOOST_TEST(speaker.source == "events.json");
  BOOST_TEST(dir.get_participation(speaker.meta.id) == speaker);
  BOOST_TEST(dir.get_participation(author.meta.id) == author);
  BOOST_TEST(author.session.empty());  // the whole event
  BOOST_TEST(dir.kind_of(author.meta.id).value() == RecordKind::participation);

  BOOST_TEST(ids(dir.participations_in_event(event.meta.id)) ==
                 (std::vector<RecordId>{speaker.meta.id, author.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.participations_of(sara.meta.id)) == (std::vector<RecordId>{author.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(ids(dir.participations_of(europol.meta.id)) ==
                 (std::vector<RecordId>{speaker.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.participations_of(osce.meta.id).empty());
  BOOST_TEST(dir.count(RecordKind::participation) == 2u);
}

BOOST_AUTO_TEST_CASE(every_role_round_trips) {
  const auto event = dir.add_event(workshop());
  for (auto role : {ParticipationRole::participant, ParticipationRole::speaker,
                    ParticipationRole::organizer, ParticipationRole::author}) {
    const auto stored = take_part(event, sara.meta.id, role, "Session II");
    BOOST_TEST(dir.get_participation(stored.meta.id).role == role);
  }
}

// add_participation refuses a session the event does not have; an update of
// the event must not leave a participation naming a session that is gone.
BOOST_AUTO_TEST_CASE(renaming_a_session_in_use_leaves_no_dangling_participation) {
  auto event = dir.add_event(workshop());
  const auto speaker = take_part(event, sara.meta.id, ParticipationRole::speaker, "Session I");
  event.sessions[0].name = "Opening session";
  try {
    dir.update_event(event);
  } catch (const Error& e) {
    BOOST_TEST((e.code() == errc::invalid_argument || e.code() == errc::constraint));
  }
  const auto stored_event = dir.get_event(event.meta.id);
  for (const auto& p : dir.participations_in_event(event.meta.id)) {
    if (p.session.empty()) continue;
    bool known = false;
    for (const auto& s : stored_event.sessions) known = known || s.name == p.session;
    BOOST_TEST(known, "participation " << p.meta.id << " names session '" << p.session
                                       << "', which event " << event.meta.id << " no longer has");
  }
  BOOST_TEST(dir.get_participation(speaker.meta.id).participant_id == sara.meta.id);
}

BOOST_AUTO_TEST_CASE(an_unknown_session_name_is_refused) {
  const auto event = dir.add_event(workshop());
  const auto sequence = dir.last_change_sequence();
  for (const char* name : {"Session III", "session i", "Working Group"}) {
    BOOST_TEST_CONTEXT(name) {
      const auto error =
          refusal([&] { take_part(event, sara.meta.id, ParticipationRole::participant, name); });
      BOOST_TEST(error.code() == errc::invalid_argument);
      BOOST_TEST(mentions(error, "session"));
      BOOST_TEST(mentions(error, name));
    }
  }
  BOOST_TEST(dir.count(RecordKind::participation) == 0u);
  BOOST_TEST(dir.last_change_sequence() == sequence);
}

BOOST_AUTO_TEST_CASE(a_participant_that_is_an_event_is_refused) {
  const auto event = dir.add_event(workshop());
  Event other_event = workshop();
  other_event.name = "Follow-up meeting";
  const auto other = dir.add_event(other_event);
  const auto error =
      refusal([&] { take_part(event, other.meta.id, ParticipationRole::participant); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "participant_id"));
  BOOST_TEST(dir.count(RecordKind::participation) == 0u);
}

BOOST_AUTO_TEST_CASE(a_participant_that_is_a_participation_or_unknown_is_refused) {
  const auto event = dir.add_event(workshop());
  const auto first = take_part(event, sara.meta.id, ParticipationRole::participant);
  BOOST_TEST(mentions(refusal([&] { take_part(event, first.meta.id, ParticipationRole::speaker); }),
                      "participant_id"));
  BOOST_TEST(mentions(refusal([&] { take_part(event, 8888, ParticipationRole::speaker); }),
                      "participant_id"));
  BOOST_TEST(dir.count(RecordKind::participation) == 1u);
}

BOOST_AUTO_TEST_CASE(an_event_id_that_is_no_event_is_refused) {
  Event not_an_event;
  not_an_event.meta.id = osce.meta.id;
  const auto error =
      refusal([&] { take_part(not_an_event, sara.meta.id, ParticipationRole::participant); });
  BOOST_TEST(error.code() == errc::invalid_argument);
  BOOST_TEST(mentions(error, "event_id"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_FIXTURE_TEST_SUITE(removal, Fresh)

BOOST_AUTO_TEST_CASE(removing_an_organizer_takes_it_off_the_event) {
  const auto event = dir.add_event(workshop());
  const auto sequence = dir.last_change_sequence();
  dir.remove(osce.meta.id);

  const auto after = dir.get_event(event.meta.id);
  BOOST_TEST(after.organizer_ids == (std::vector<RecordId>{europol.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(after.meta.revision == event.meta.revision + 1);
  BOOST_TEST(after.sessions == event.sessions, boost::test_tools::per_element());
  BOOST_TEST(after.name == event.name);

  const auto changes = dir.changes_since(sequence);
  BOOST_TEST_REQUIRE(changes.size() == 2u);
  BOOST_TEST(changes[0].kind == RecordKind::event);
  BOOST_TEST(changes[0].operation == ChangeOperation::update);
  BOOST_TEST(changes[0].fields == (std::vector<std::string>{"organizer_ids"}),
             boost::test_tools::per_element());
  BOOST_TEST(changes[0].revision == after.meta.revision);
  BOOST_TEST(changes[1].kind == RecordKind::organization);
  BOOST_TEST(changes[1].operation == ChangeOperation::remove);
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_AUTO_TEST_CASE(removing_a_participating_organization_removes_its_participations) {
  const auto event = dir.add_event(workshop());
  const auto speaker = take_part(event, europol.meta.id, ParticipationRole::speaker, "Session I");
  const auto author = take_part(event, sara.meta.id, ParticipationRole::author);
  dir.remove(europol.meta.id);
  BOOST_TEST(ids(dir.participations_in_event(event.meta.id)) ==
                 (std::vector<RecordId>{author.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(refusal([&] { dir.get_participation(speaker.meta.id); }).code() == errc::not_found);
  BOOST_TEST(dir.get_event(event.meta.id).organizer_ids ==
                 (std::vector<RecordId>{osce.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_AUTO_TEST_CASE(removing_a_person_removes_their_participations) {
  const auto event = dir.add_event(workshop());
  const auto author = take_part(event, sara.meta.id, ParticipationRole::author);
  dir.remove(sara.meta.id);
  BOOST_TEST(dir.participations_in_event(event.meta.id).empty());
  BOOST_TEST(dir.history(author.meta.id).back().operation == ChangeOperation::remove);
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_AUTO_TEST_CASE(removing_an_event_removes_its_participations) {
  const auto event = dir.add_event(workshop());
  const auto keep_event = [&] {
    Event e = workshop();
    e.name = "Other";
    return dir.add_event(e);
  }();
  const auto speaker = take_part(event, europol.meta.id, ParticipationRole::speaker, "Session I");
  const auto author = take_part(event, sara.meta.id, ParticipationRole::author);
  const auto elsewhere = take_part(keep_event, sara.meta.id, ParticipationRole::participant);
  const auto sequence = dir.last_change_sequence();

  dir.remove(event.meta.id);
  BOOST_TEST(refusal([&] { dir.get_event(event.meta.id); }).code() == errc::not_found);
  BOOST_TEST(dir.participations_in_event(event.meta.id).empty());
  BOOST_TEST(ids(dir.participations_of(sara.meta.id)) ==
                 (std::vector<RecordId>{elsewhere.meta.id}),
             boost::test_tools::per_element());
  BOOST_TEST(dir.participations_of(europol.meta.id).empty());
  BOOST_TEST(dir.count(RecordKind::participation) == 1u);
  BOOST_TEST(dir.count(RecordKind::event) == 1u);
  BOOST_TEST(dir.count(RecordKind::organization) == 2u);  // organizers stay

  const auto tombstones = dir.tombstones_since(sequence);
  BOOST_TEST_REQUIRE(tombstones.size() == 3u);
  BOOST_TEST(tombstones[0].uid == speaker.meta.uid);
  BOOST_TEST(tombstones[1].uid == author.meta.uid);
  BOOST_TEST(tombstones[2].uid == event.meta.uid);
  BOOST_TEST(tombstones[2].kind == RecordKind::event);
  BOOST_TEST(dir.check_integrity() == "ok");
}

BOOST_AUTO_TEST_SUITE_END()
