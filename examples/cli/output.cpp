#include "output.hpp"

#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace liaison_cli {
namespace {

// Labels are ASCII, so padding them by bytes lines the values up; values
// are never padded, since their UTF-8 width is not their byte count.
constexpr std::size_t label_width = 11;

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string joined;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!joined.empty()) joined += separator;
    joined += part;
  }
  return joined;
}

// "+35544500388, work, preferred" after a contact point, when there is any.
std::string with_qualifiers(const std::string& value, const std::vector<std::string>& qualifiers) {
  const std::string joined = join(qualifiers, ", ");
  return joined.empty() ? value : value + "  (" + joined + ")";
}

std::string id_tag(liaison::RecordId id) { return "#" + std::to_string(id); }

// A participant may be a person or a whole organization.
std::string participant_name(const liaison::Directory& directory, liaison::RecordId id) {
  if (directory.kind_of(id) == liaison::RecordKind::organization) {
    return directory.get_organization(id).labelled_name();
  }
  return directory.get_person(id).name();
}

}  // namespace

Json record_json(const liaison::Directory& directory, liaison::RecordId id) {
  return Json::parse(liaison::record_to_json(directory, id));
}

Json affiliation_json(const liaison::Directory& directory,
                      const liaison::Affiliation& affiliation) {
  return Json::parse(liaison::affiliation_with_names_json(directory, affiliation));
}

void print_json(const Json& value) {
  std::cout << value.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

std::string summary(const liaison::Organization& organization) {
  return id_tag(organization.meta.id) + " " + organization.labelled_name();
}

std::string summary(const liaison::Person& person) {
  return id_tag(person.meta.id) + " " + person.name();
}

std::string summary(const liaison::Event& event) {
  const std::string dates = date_range(event.start, event.end);
  return id_tag(event.meta.id) + " " + event.name + (dates.empty() ? "" : "  (" + dates + ")");
}

std::string summary(const liaison::Directory& directory, liaison::RecordId id) {
  const auto kind = directory.kind_of(id);
  if (!kind) {
    throw liaison::Error(liaison::errc::not_found, "no record with id " + std::to_string(id));
  }
  switch (*kind) {
    case liaison::RecordKind::person: return summary(directory.get_person(id));
    case liaison::RecordKind::organization: return summary(directory.get_organization(id));
    case liaison::RecordKind::event: return summary(directory.get_event(id));
    case liaison::RecordKind::affiliation: {
      const liaison::Affiliation affiliation = directory.get_affiliation(id);
      return id_tag(id) + " " + directory.get_person(affiliation.person_id).name() + ": " +
             describe_position(
                 affiliation,
                 directory.get_organization(affiliation.organization_id).labelled_name());
    }
    case liaison::RecordKind::participation: {
      const liaison::Participation participation = directory.get_participation(id);
      return id_tag(id) + " " + participant_name(directory, participation.participant_id) + " in " +
             directory.get_event(participation.event_id).name + "  (" +
             join({liaison::to_string(participation.role), participation.session}, ", ") + ")";
    }
  }
  return id_tag(id);
}

std::string describe_position(const liaison::Affiliation& affiliation,
                              const std::string& organization_name) {
  const std::string position =
      join({affiliation.title, affiliation.role, affiliation.department, organization_name}, ", ");
  const std::string dates = date_range(affiliation.start, affiliation.end);
  return dates.empty() ? position : position + " (" + dates + ")";
}

std::string date_range(const liaison::PartialDate& start, const liaison::PartialDate& end) {
  if (start.empty() && end.empty()) return {};
  if (end.empty()) return "since " + start.to_string();
  if (start.empty()) return "until " + end.to_string();
  if (start == end) return start.to_string();
  return start.to_string() + " – " + end.to_string();
}

void print_field(std::string_view label, std::string_view value) {
  if (value.empty()) return;
  std::string padded = "  " + std::string(label);
  padded.resize(std::max(padded.size() + 1, label_width + 2), ' ');
  const std::string indent(padded.size(), ' ');
  std::size_t begin = 0;
  for (bool first = true;; first = false) {
    const std::size_t newline = value.find('\n', begin);
    const std::string_view line = value.substr(begin, newline - begin);
    // Blank lines of a paragraph stay blank, without trailing spaces.
    if (first || !line.empty()) std::cout << (first ? padded : indent) << line;
    std::cout << '\n';
    if (newline == std::string_view::npos) break;
    begin = newline + 1;
  }
}

void print_heading(std::string_view heading) { std::cout << heading << '\n'; }

void print_contacts(const liaison::ContactPoints& contacts) {
  for (const liaison::Email& email : contacts.emails) {
    print_field("e-mail",
                with_qualifiers(email.address, {email.label, email.preferred ? "preferred" : ""}));
  }
  for (const liaison::Phone& phone : contacts.phones) {
    const std::string e164 = phone.e164 != phone.number ? phone.e164 : "";
    print_field("phone",
                with_qualifiers(phone.number, {e164, liaison::to_string(phone.kind), phone.label,
                                               phone.preferred ? "preferred" : ""}));
  }
  for (const liaison::Url& url : contacts.urls) {
    print_field("web", with_qualifiers(url.url, {url.label, url.preferred ? "preferred" : ""}));
  }
  for (const liaison::SocialProfile& profile : contacts.social_profiles) {
    print_field(
        profile.service.empty() ? "social" : profile.service,
        with_qualifiers(profile.url, {profile.label, profile.preferred ? "preferred" : ""}));
  }
  for (const liaison::PostalAddress& address : contacts.addresses) {
    const std::string place = join({address.postal_code, address.locality}, " ");
    print_field("address", with_qualifiers(
                               join({address.street, place, address.region, address.country}, ", "),
                               {address.label, address.preferred ? "preferred" : ""}));
  }
}

void print_extra_fields(const std::vector<liaison::ExtraField>& extra_fields) {
  // A kept PHOTO is kilobytes of base64: its start says what it is.
  constexpr std::size_t shown = 72;
  for (const liaison::ExtraField& extra : extra_fields) {
    std::string value =
        extra.format == "csv" ? extra.name + ": " + extra.value : extra.name + extra.value;
    if (value.size() > shown) {
      std::size_t cut = shown;
      while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
      const std::size_t total = value.size();
      value.resize(cut);
      value.append("… (").append(std::to_string(total)).append(" bytes)");
    }
    print_field("kept", value);
  }
}

void print_raw_values(const std::vector<liaison::RawValue>& raw_values) {
  for (const liaison::RawValue& raw : raw_values) {
    const std::string reason = raw.reason.empty() ? "" : " (" + raw.reason + ")";
    print_field("unverified", raw.field + ": \"" + raw.value + "\"" + reason);
  }
}

}  // namespace liaison_cli

namespace liaison_cli {
namespace {

const char* severity_name(liaison::Diagnostic::Severity severity) {
  return severity == liaison::Diagnostic::Severity::error ? "error" : "warning";
}

}  // namespace

RemarkPrinter::~RemarkPrinter() { flush(); }

void RemarkPrinter::attach(liaison::ImportOptions& options) {
  options.on_diagnostic = [this](const liaison::Diagnostic& diagnostic) {
    remarks_ << severity_name(diagnostic.severity) << ": " << diagnostic.to_string() << '\n';
    flush_if_full();
  };
  options.on_found_match = [this](const liaison::ImportMatch& match) {
    remarks_ << "note: " << match.record << " (line " << match.line << ") ";
    switch (match.action) {
      case liaison::MatchAction::listed:
        remarks_ << "may be record " << match.existing << " (" << liaison::to_string(match.decision)
                 << ", score " << static_cast<int>(match.score) << "); see liaison dedup\n";
        break;
      case liaison::MatchAction::merged:
        remarks_ << "was merged into record " << match.existing << "; undo with: liaison unmerge "
                 << match.merge_id << '\n';
        break;
      case liaison::MatchAction::skipped:
        remarks_ << "was left out as a duplicate of record " << match.existing << '\n';
        break;
    }
    flush_if_full();
  };
}

// std::cerr writes every << at once; a big import makes hundreds of
// thousands of remarks, so they are gathered and written in blocks.
void RemarkPrinter::flush_if_full() {
  if (remarks_.tellp() >= static_cast<std::streamoff>(1 << 16)) flush();
}

void RemarkPrinter::flush() noexcept {
  try {
    if (remarks_.tellp() <= 0) return;
    if (over_progress_) std::cerr << "\r\033[K";  // ANSI: erase the line
    std::cerr << remarks_.str() << std::flush;
    remarks_.str({});
  } catch (...) {
    // stderr is gone: nothing better to do with a remark.
  }
}

void print_report(bool json, const liaison::ImportReport& report, bool dry_run) {
  if (json) {
    // The library's shape, indented as print_json indents.
    std::cout << liaison::to_json(report, 2) << '\n';
    return;
  }
  // Remarks still in the report (an import without a RemarkPrinter).
  RemarkPrinter remarks;
  liaison::ImportOptions printing;
  remarks.attach(printing);
  for (const liaison::Diagnostic& diagnostic : report.diagnostics)
    printing.on_diagnostic(diagnostic);
  for (const liaison::ImportMatch& match : report.matches) printing.on_found_match(match);
  remarks.flush();
  std::cout << "read " << report.read << ", created " << report.created << ", updated "
            << report.updated << ", skipped " << report.skipped;
  if (report.match_count() > 0) std::cout << ", matched " << report.match_count();
  std::cout << (dry_run ? " (dry run: nothing was written)" : "") << '\n';
}

bool progress_wanted() { return isatty(fileno(stderr)) != 0; }

}  // namespace liaison_cli
