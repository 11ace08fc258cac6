#include "reference.hpp"

#include "output.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <vector>

namespace liaison_cli {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// The record an id or uid names, or nullopt. An id too large for RecordId
// names nothing rather than being an error of its own.
std::optional<liaison::RecordId> find_by_id_or_uid(const liaison::Directory& directory,
                                                   std::string_view ref) {
  if (all_digits(ref)) {
    liaison::RecordId id = 0;
    const auto [end, error] = std::from_chars(ref.data(), ref.data() + ref.size(), id);
    if (error != std::errc{} || end != ref.data() + ref.size() || !directory.kind_of(id)) {
      return std::nullopt;
    }
    return id;
  }
  return directory.id_of_uid(ref);
}

// "an organization", "a person", "an affiliation".
std::string with_article(liaison::RecordKind kind) {
  const std::string name = liaison::to_string(kind);
  const bool vowel = name.find_first_of("aeiou") == 0;
  return (vowel ? "an " : "a ") + name;
}

void expect_kind(const liaison::Directory& directory, liaison::RecordId id,
                 liaison::RecordKind wanted, std::string_view ref) {
  const auto kind = directory.kind_of(id);
  if (kind != wanted) {
    throw liaison::Error(liaison::errc::invalid_argument,
                         quoted(ref) + " is " +
                             (kind ? with_article(*kind) : std::string("nothing")) + ", not " +
                             with_article(wanted));
  }
}

// nullopt when no organization has the name; an error when several do,
// since picking one would silently attach data to the wrong institution.
std::optional<liaison::RecordId> find_organization_by_name(const liaison::Directory& directory,
                                                           std::string_view name) {
  std::vector<liaison::Organization> matches = directory.find_organizations_by_name(name);
  std::sort(matches.begin(), matches.end(),
            [](const auto& a, const auto& b) { return a.meta.id < b.meta.id; });
  matches.erase(std::unique(matches.begin(), matches.end(),
                            [](const auto& a, const auto& b) { return a.meta.id == b.meta.id; }),
                matches.end());
  if (matches.empty()) return std::nullopt;
  if (matches.size() > 1) {
    std::string listed;
    for (const liaison::Organization& match : matches) {
      listed += (listed.empty() ? "" : "; ") + summary(match);
    }
    throw liaison::Error(liaison::errc::ambiguous, "ambiguous: " + quoted(name) + " matches " +
                                                       listed + " (give the id instead)");
  }
  return matches.front().meta.id;
}

}  // namespace

liaison::RecordId resolve_record(const liaison::Directory& directory, std::string_view ref) {
  if (const auto id = find_by_id_or_uid(directory, ref)) return *id;
  if (all_digits(ref)) {
    throw liaison::Error(liaison::errc::not_found, "no record with id " + std::string(ref));
  }
  if (const auto id = find_organization_by_name(directory, ref)) return *id;
  throw liaison::Error(liaison::errc::not_found,
                       "no organization named " + quoted(ref) + ", and no record has that uid");
}

liaison::RecordId resolve_organization(const liaison::Directory& directory, std::string_view ref) {
  if (const auto id = find_by_id_or_uid(directory, ref)) {
    expect_kind(directory, *id, liaison::RecordKind::organization, ref);
    return *id;
  }
  if (all_digits(ref)) {
    throw liaison::Error(liaison::errc::not_found, "no organization with id " + std::string(ref));
  }
  if (const auto id = find_organization_by_name(directory, ref)) return *id;
  throw liaison::Error(liaison::errc::not_found, "no organization named " + quoted(ref));
}

liaison::RecordId resolve_person(const liaison::Directory& directory, std::string_view ref) {
  if (const auto id = find_by_id_or_uid(directory, ref)) {
    expect_kind(directory, *id, liaison::RecordKind::person, ref);
    return *id;
  }
  if (all_digits(ref))
    throw liaison::Error(liaison::errc::not_found, "no person with id " + std::string(ref));
  throw liaison::Error(
      liaison::errc::not_found,
      "no person with uid " + quoted(ref) + " (people are named by id or uid, not by name)");
}

}  // namespace liaison_cli
