// liaison: an institution, or a unit of one.
#ifndef LIAISON_ORGANIZATION_HPP
#define LIAISON_ORGANIZATION_HPP

#include <liaison/contact.hpp>
#include <liaison/record.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {

enum class OrganizationKind {
  unspecified,
  intergovernmental,   ///< OSCE, IOM, UNODC, SELEC
  eu_agency,           ///< Europol, Frontex, Eurojust
  government_ministry,
  law_enforcement,
  judiciary,           ///< courts and prosecution services
  ngo,
  private_sector,
  academic,
  media,
  other,
};
/// "intergovernmental", "eu_agency", ... (stable, used in JSON and the CLI).
const char* to_string(OrganizationKind kind) noexcept;
std::optional<OrganizationKind> organization_kind_from_string(std::string_view text) noexcept;

/// An organization: an institution, or a department, field mission or unit
/// of one (parent_id names the institution it belongs to).
/// Needs a name or an acronym.
struct Organization {
  RecordMeta meta;
  std::string name;     ///< "Organization for Security and Co-operation in Europe"
  std::string acronym;  ///< "OSCE"
  std::vector<LocalizedName> aliases;
  OrganizationKind kind = OrganizationKind::unspecified;
  std::string country;  ///< ISO 3166-1 alpha-2 (XK for Kosovo); a name in any script is accepted and turned into its code
  std::optional<std::int64_t> parent_id;
  std::string website;
  std::string notes;
  std::vector<std::string> tags;
  ContactPoints contacts;
  std::vector<SourceRef> sources;
  std::vector<RawValue> raw_values;
  std::vector<ExtraField> extra_fields;

  /// name, else acronym.
  std::string display_name() const;
  /// "Organization for Security and Co-operation in Europe (OSCE)": the
  /// name with the acronym when it has both, else display_name().
  std::string labelled_name() const;

  bool operator==(const Organization& other) const;
};

}  // namespace v1
}  // namespace liaison

#endif
