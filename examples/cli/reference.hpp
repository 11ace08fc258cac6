// REF arguments: how the user names a record on the command line. Digits
// are a record id, anything else may be a uid; an organization may also be
// named by its name, acronym or an alias ("OSCE", "ОБСЕ").
#ifndef LIAISON_CLI_REFERENCE_HPP
#define LIAISON_CLI_REFERENCE_HPP

#include <liaison/liaison.hpp>

#include <string_view>

namespace liaison_cli {

/// A record of any kind by id or uid, else an organization by name.
/// Throws liaison::Error: errc::not_found, or errc::ambiguous naming every
/// organization the name matches.
liaison::RecordId resolve_record(const liaison::Directory& directory, std::string_view ref);

/// An organization by id, uid or unambiguous name, acronym or alias.
/// Throws errc::not_found, errc::ambiguous, or errc::invalid_argument when
/// the id or uid names a record of another kind.
liaison::RecordId resolve_organization(const liaison::Directory& directory, std::string_view ref);

/// A person by id or uid (people have no unique names). Throws as above.
liaison::RecordId resolve_person(const liaison::Directory& directory, std::string_view ref);

}  // namespace liaison_cli

#endif
