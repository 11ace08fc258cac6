// Built, never run: the public headers promise C++17 (the library target
// exports cxx_std_17), while liaison itself is written in C++20. This file
// is compiled as C++17 with -Wall -Wextra -Wpedantic -Werror as part of the
// normal build (target public_headers_cxx17), so a C++20-only construct or a
// warning in a public header breaks the build at once.
#include <liaison/liaison.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

static_assert(__cplusplus == 201703L, "this file must be compiled as C++17");
static_assert(LIAISON_VERSION_NUMBER == LIAISON_VERSION_MAJOR * 1000000 +
                                            LIAISON_VERSION_MINOR * 1000 + LIAISON_VERSION_PATCH,
              "version macros");

// External linkage, so that nothing here is unused; nothing calls it.
namespace liaison_cxx17_consumer {

liaison::Person sample_person() {
  liaison::Person person;
  person.given_names = "Gerald";
  person.family_names = "Neuhaus";
  liaison::Email email;
  email.address = "gerald.neuhaus@osce.org";
  person.contacts.emails.push_back(email);
  person.data_protection.lawful_basis = liaison::LawfulBasis::legitimate_interests;
  person.birthday = liaison::PartialDate{0, 4, 12};
  return person;
}

std::size_t current_colleagues(liaison::Directory& directory, liaison::RecordId organization) {
  const std::vector<liaison::Affiliation> affiliations =
      directory.affiliations_at_organization(organization, liaison::AffiliationFilter::current());
  return affiliations.size();
}

std::optional<liaison::RecordId> store(const std::string& path) {
  liaison::OpenOptions options;
  options.actor = "cxx17 consumer";
  options.busy_timeout_ms = 5000;
  try {
    liaison::Directory directory = liaison::Directory::open(path, options);
    liaison::Transaction transaction = directory.transaction();
    liaison::Organization organization;
    organization.acronym = "OSCE";
    organization.kind = liaison::OrganizationKind::intergovernmental;
    const liaison::Organization stored = directory.add_organization(organization);
    liaison::Affiliation affiliation;
    affiliation.person_id = directory.add_person(sample_person()).meta.id;
    affiliation.organization_id = stored.meta.id;
    affiliation.start = liaison::PartialDate::parse("2016").value_or(liaison::PartialDate{});
    directory.add_affiliation(affiliation);
    transaction.commit();
    return stored.meta.id;
  } catch (const liaison::Error& error) {
    if (error.code() == liaison::errc::busy) return std::nullopt;
    throw;
  }
}

std::string describe(const liaison::Change& change) {
  return std::string(liaison::to_string(change.operation)) + " " + liaison::to_string(change.kind) +
         " " + liaison::to_json(change);
}

liaison::ImportReport load(liaison::Directory& directory, const std::string& path) {
  liaison::ImportOptions options;
  options.dry_run = true;
  return liaison::load_document(directory, path, options);
}

const char* linked_version() { return liaison::version(); }

}  // namespace liaison_cxx17_consumer
