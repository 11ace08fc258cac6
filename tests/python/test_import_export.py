"""Importing vCard, CSV and documents from files and bytes; exporting and re-importing."""

import pytest

import liaison


def test_vcard_file(directory, fixture_dir):
    report = directory.import_file(fixture_dir / "vcard" / "reader" / "albanian_utf8.vcf")
    assert isinstance(report, liaison.ImportReport)
    assert report.read == 1
    assert report.created >= 1
    assert report.skipped == 0
    people = list(directory.people())
    assert [p["name"] for p in people] == ["Ëndërr Çela"]
    hits = directory.search("endrr cela")
    assert [(hit.name, hit.organization) for hit in hits] == \
        [("Ëndërr Çela", "Ministria e Drejtësisë")]
    assert [o["name"] for o in directory.organizations()] == ["Ministria e Drejtësisë"]


def test_vcard_bytes_and_source(directory, fixture_dir):
    data = (fixture_dir / "vcard" / "reader" / "albanian_utf8.vcf").read_bytes()
    report = directory.import_bytes(data, "from-memory.vcf", source="mailbox")
    assert report.read == 1 and report.created >= 1
    person = next(directory.people())
    assert [s["source"] for s in directory.sources(person["id"])] == ["mailbox"]


def test_vcard_bytes_with_explicit_format(directory):
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Horvat\r\nEND:VCARD\r\n"
    report = directory.import_bytes(text, "no-extension", format="vcard")
    assert report.read == 1 and report.created == 1
    assert [p["name"] for p in directory.people()] == ["Ana Horvat"]


def test_truncated_vcard_is_a_warning(directory, fixture_dir):
    report = directory.import_file(fixture_dir / "vcard" / "reader" / "truncated.vcf")
    assert report.read == 2
    assert sorted(p["name"] for p in directory.people()) == ["Complete Card", "Cut Off"]
    assert any(d["severity"] == "warning" for d in report.diagnostics)


def test_skip_bad_skips_the_broken_stretch(directory, fixture_dir):
    report = directory.import_file(fixture_dir / "vcard" / "reader" / "missing_begin.vcf",
                                   skip_bad=True)
    assert report.skipped >= 1
    assert [p["name"] for p in directory.people()] == ["Somebody"]
    assert any("missing_begin.vcf" in d["file"] for d in report.diagnostics)


def test_dry_run_writes_nothing(directory, fixture_dir):
    report = directory.import_file(fixture_dir / "vcard" / "reader" / "albanian_utf8.vcf",
                                   dry_run=True)
    assert report.created >= 1
    assert list(directory.people()) == []


def test_csv_file_with_pipe_separator(directory, fixture_dir):
    report = directory.import_file(fixture_dir / "csv" / "reader" / "sep_pipe.csv")
    assert report.read == 2
    names = sorted(p["name"] for p in directory.people())
    assert names == ["Ana Horvat", "Ivo Kovač"]
    ana = directory.search("horvat")[0]
    assert ana.organization == "IOM"


def test_csv_bytes_with_options(directory):
    data = "Name;Organization\nAna Horvat;IOM\n".encode("utf-8")
    report = directory.import_bytes(data, "people.csv", delimiter=";")
    assert report.read == 1 and report.created >= 1
    assert [p["name"] for p in directory.people()] == ["Ana Horvat"]


def test_csv_multiline_fixture(directory, fixture_dir):
    report = directory.import_file(fixture_dir / "csv" / "reader" / "quoted_multiline_crlf.csv")
    assert report.read == 2
    sara = directory.get(directory.search("capaliku")[0].id)
    assert sara["notes"] == 'first line\r\nsecond "quoted" line'


def test_document_file(directory, workshop_path):
    report = directory.import_file(workshop_path)
    assert report.created > 10
    again = directory.import_file(workshop_path)  # loading again updates, adds nothing
    assert again.created == 0
    assert again.read == report.read


def test_unknown_extension_needs_a_format(directory, tmp_path):
    path = tmp_path / "contacts.txt"
    path.write_text("x")
    with pytest.raises(liaison.InvalidArgument, match="format"):
        directory.import_file(path)
    with pytest.raises(liaison.InvalidArgument, match="unknown import format"):
        directory.import_file(path, format="ldif")


def test_export_vcard_to_memory_and_reimport(workshop):
    text = workshop.export()
    assert isinstance(text, str)
    assert text.startswith("BEGIN:VCARD\r\n")
    assert "Çapaliku" in text
    assert "VERSION:4.0" in text
    cards = text.count("BEGIN:VCARD")
    people = len(list(workshop.people()))
    organizations = len(list(workshop.organizations()))
    assert cards == people + organizations

    with liaison.open() as copy:
        report = copy.import_bytes(text, "export.vcf")
        assert report.read == cards
        assert [hit.name for hit in copy.search("capaliku")] == ["Sara Çapaliku"]
        assert len(list(copy.people())) == people


def test_export_vcard_3(workshop):
    assert "VERSION:3.0" in workshop.export(None, "vcard", vcard_version="3.0")


def test_export_to_files(workshop, tmp_path):
    vcf = tmp_path / "all.vcf"
    count = workshop.export(vcf)
    assert count == len(list(workshop.people())) + len(list(workshop.organizations()))
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") == count

    csv = tmp_path / "all.csv"
    rows = workshop.export(csv)
    assert rows > 0
    text = csv.read_bytes().decode("utf-8")  # not read_text: CSV lines end in CR LF
    assert "Çapaliku" in text
    assert text.endswith("\r\n")
    assert text == workshop.export(None, "csv")

    with liaison.open() as copy:
        report = copy.import_file(csv)
        assert report.read == rows
        assert [hit.name for hit in copy.search("capaliku")] == ["Sara Çapaliku"]


def test_export_csv_excel(workshop):
    text = workshop.export(format="csv", excel=True)
    assert text.startswith("\ufeff")
    assert ";" in text.splitlines()[0]


def test_export_unknown_format(workshop):
    with pytest.raises(liaison.InvalidArgument):
        workshop.export(format="ldif")


def test_export_to_missing_folder_fails(workshop, tmp_path):
    with pytest.raises(liaison.Error) as caught:
        workshop.export(tmp_path / "no" / "such" / "folder" / "x.vcf")
    assert isinstance(caught.value, (liaison.IoError, liaison.NotFound))


def test_report_counts_warnings_and_errors(directory, fixture_dir):
    report = directory.import_file(fixture_dir / "vcard" / "reader" / "truncated.vcf")
    warnings = [d for d in report.diagnostics if d["severity"] == "warning"]
    assert report.warnings == len(warnings) >= 1
    assert report.errors == 0


def test_report_counts_its_diagnostics(directory, fixture_dir):
    report = directory.import_file(fixture_dir / "vcard" / "reader" / "truncated.vcf")
    assert {"read", "created", "updated", "skipped", "diagnostics"} <= set(report.data)
    assert report.warnings == sum(1 for d in report.diagnostics if d["severity"] == "warning")
    assert report.warnings >= 1  # the card cut off before END:VCARD
    assert report.errors == 0


def test_report_repr(directory, fixture_dir):
    report = directory.import_file(fixture_dir / "vcard" / "reader" / "albanian_utf8.vcf")
    assert repr(report).startswith("<ImportReport read=1 created=")
