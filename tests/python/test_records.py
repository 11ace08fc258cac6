"""Organizations, people, affiliations, events, participations and contacts."""

import json

import pytest

import liaison


def test_organization_crud(directory):
    osce = directory.add_organization({
        "name": "Organization for Security and Co-operation in Europe",
        "acronym": "OSCE", "organization_kind": "intergovernmental", "country": "AT"})
    assert osce["kind"] == "organization"
    assert osce["id"] > 0 and osce["uid"]
    assert osce["revision"] == 1
    assert osce["acronym"] == "OSCE"

    fetched = directory.get(osce["id"])
    assert fetched == osce
    assert directory.get(osce["id"], kind="organization") == osce

    osce["website"] = "https://www.osce.org"
    updated = directory.update(osce)
    assert updated["website"] == "https://www.osce.org"
    assert updated["revision"] == 2
    assert [o["id"] for o in directory.find_organizations("osce")] == [osce["id"]]
    mission = directory.add_organization(name="OSCE Presence in Albania", parent_id=osce["id"])
    assert [u["id"] for u in directory.units(osce)] == [mission["id"]]
    assert directory.units(mission) == []
    directory.remove(mission["id"])

    directory.remove(osce["id"])
    with pytest.raises(liaison.NotFound):
        directory.get(osce["id"])
    assert list(directory.organizations()) == []


def test_person_crud(directory):
    sara = directory.add_person({"given_names": "Sara"}, family_names="Çapaliku",
                                languages=["sq", "en"])
    assert sara["kind"] == "person"
    assert sara["name"] == "Sara Çapaliku"
    assert sara["languages"] == ["sq", "en"]

    changed = directory.update(sara, prefix="Ms.")
    assert changed["prefix"] == "Ms."
    assert directory.get(sara["id"])["prefix"] == "Ms."

    # Without "kind", the stored record tells which update to call.
    bare = {key: value for key, value in changed.items() if key != "kind"}
    bare["notes"] = "met in Podgorica"
    assert directory.update(bare)["notes"] == "met in Podgorica"

    assert directory.find_uid(sara["uid"]) == sara["id"]
    with pytest.raises(liaison.NotFound):
        directory.find_uid("urn:uuid:nobody")

    directory.remove(sara)
    assert list(directory.people()) == []


def test_get_of_the_wrong_kind_fails(directory):
    person = directory.add_person(given_names="Ana")
    with pytest.raises(liaison.Error):
        directory.get(person["id"], kind="organization")


def test_json_text_is_accepted(directory):
    person = directory.add_person(json.dumps({"given_names": "Ivo", "family_names": "Kovač"}))
    assert person["name"] == "Ivo Kovač"


def test_affiliations(directory):
    osce = directory.add_organization(name="OSCE Mission to Serbia")
    iom = directory.add_organization(name="International Organization for Migration",
                                     acronym="IOM")
    ana = directory.add_person(given_names="Ana", family_names="Horvat")
    current = directory.add_affiliation(ana, osce["id"], title="Adviser", start="2015")
    assert current["kind"] == "affiliation"
    assert current["person_id"] == ana["id"]
    assert current["organization_id"] == osce["id"]
    assert current["title"] == "Adviser"
    past = directory.add_affiliation(ana["id"], iom, title="Intern", start="2010", end="2012")

    listed = directory.affiliations(ana["id"])
    assert [a["id"] for a in listed] == [current["id"]]
    assert listed[0]["organization_name"] == "OSCE Mission to Serbia"
    assert listed[0]["person_name"] == "Ana Horvat"
    assert sorted(a["id"] for a in directory.affiliations(ana, all_time=True)) == \
        sorted([current["id"], past["id"]])
    assert [a["id"] for a in directory.affiliations(osce["id"])] == [current["id"]]

    assert directory.get(current["id"], kind="affiliation")["title"] == "Adviser"
    updated = directory.update(current, title="Senior Adviser")
    assert updated["title"] == "Senior Adviser"

    directory.remove(ana["id"])  # takes its affiliations along
    assert directory.affiliations(osce["id"], all_time=True) == []
    with pytest.raises(liaison.NotFound):
        directory.get(current["id"])
    directory.remove(osce["id"])


def test_organization_with_units_cannot_go(directory):
    parent = directory.add_organization(name="OSCE")
    unit = directory.add_organization(name="Mission to Serbia", parent_id=parent["id"])
    assert unit["parent_id"] == parent["id"]
    with pytest.raises(liaison.Constraint) as caught:
        directory.remove(parent["id"])
    assert caught.value.message
    directory.remove(unit["id"])
    directory.remove(parent["id"])
    assert list(directory.organizations()) == []


def test_organization_goes_with_its_affiliations_but_not_with_units(directory):
    organization = directory.add_organization(name="IOM")
    unit = directory.add_organization(name="IOM Mission in Tirana", parent_id=organization["id"])
    person = directory.add_person(given_names="Ana")
    directory.add_affiliation(person, organization)
    with pytest.raises(liaison.Constraint):
        directory.remove(organization["id"])
    directory.remove(unit["id"])
    directory.remove(organization["id"])
    assert directory.affiliations(person["id"], all_time=True) == []
    assert directory.get(person["id"])["given_names"] == "Ana"


def test_events_and_participations(directory):
    ana = directory.add_person(given_names="Ana", family_names="Horvat")
    event = directory.add_event({"name": "Regional Workshop", "place": "Podgorica",
                                 "country": "ME", "start": "2016-08-31", "end": "2016-09-01"})
    assert event["kind"] == "event"
    assert event["name"] == "Regional Workshop"
    assert event["start"] == "2016-08-31"
    assert directory.get(event["id"], kind="event")["place"] == "Podgorica"
    assert directory.update(event, place="Budva")["place"] == "Budva"
    assert [e["id"] for e in directory.events()] == [event["id"]]

    taking_part = directory.add_participation(event, ana, role="speaker")
    assert taking_part["kind"] == "participation"
    assert taking_part["role"] == "speaker"
    assert [p["participant_id"] for p in directory.participations(event["id"])] == [ana["id"]]
    assert [p["event_id"] for p in directory.participations(ana["id"])] == [event["id"]]


def test_contacts(directory):
    ana = directory.add_person(given_names="Ana", family_names="Horvat")
    with_email = directory.add_contact(ana["id"], "emails",
                                       {"address": "ana@example.org", "label": "work"})
    assert [e["address"] for e in with_email["emails"]] == ["ana@example.org"]
    both = directory.add_contact(ana, "emails", address="ana.horvat@example.org")
    assert [e["address"] for e in both["emails"]] == ["ana@example.org",
                                                      "ana.horvat@example.org"]
    with_url = directory.add_contact(ana["id"], "urls", url="https://example.org/ana")
    assert with_url["urls"][0]["url"] == "https://example.org/ana"

    after = directory.remove_contact(ana["id"], "emails", 0)
    assert [e["address"] for e in after["emails"]] == ["ana.horvat@example.org"]
    assert directory.get(ana["id"])["emails"] == after["emails"]

    with pytest.raises(liaison.InvalidArgument):
        directory.add_contact(ana["id"], "emails", address="not an address")
    with pytest.raises(liaison.Error):
        directory.remove_contact(ana["id"], "emails", 5)


def test_iterators_page_past_one_page(directory):
    for number in range(7):
        directory.add_person(given_names="Person", family_names="N%02d" % number)
    names = [p["name"] for p in directory.people(page_size=3)]
    assert len(names) == 7
    assert len(set(names)) == 7
    assert sorted(names) == ["Person N%02d" % number for number in range(7)]


def test_iterators_default_page(directory):
    count = liaison.directory.PAGE_SIZE + 20
    document = {"liaison_document": 1, "people": [
        {"key": "p%d" % number, "given_names": "Member", "family_names": "F%04d" % number}
        for number in range(count)]}
    report = directory.import_bytes(json.dumps(document), "many.json")
    assert report.created == count
    ids = [p["id"] for p in directory.people()]
    assert len(ids) == count and len(set(ids)) == count
    assert list(directory.organizations()) == []


def test_sources_and_history(workshop):
    sara = workshop.search("capaliku")[0]
    sources = workshop.sources(sara.id)
    assert sources and sources[0]["source"] == "workshop-2016.json"
    assert workshop.find_source(sources[0]["source"], sources[0]["key"]) == sara.id
    history = workshop.history(sara.id)
    assert history[0]["operation"] == "create"
    assert history[0]["record_id"] == sara.id
