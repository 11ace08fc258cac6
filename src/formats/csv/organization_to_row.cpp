// An organization's row. An import reads a row that fills no name, title
// or role cell as the organization its organization and department cells
// name (row_mapping.cpp, read_organization), so the row is written as that
// of a nameless holder of a position at the organization: the person's row
// writer then puts every contact point, the country, tags and notes where
// the import looks for them.
#include "formats/csv/row_mapping.hpp"

namespace liaison {
inline namespace v1 {
namespace csv {

std::vector<std::string> row_from_organization(const Organization& organization,
                                               const std::vector<std::string>& path,
                                               const std::vector<ExportColumn>& columns,
                                               const RowWriting& writing) {
  Person holder;
  holder.meta.uid = organization.meta.uid;
  holder.contacts = organization.contacts;
  // The import takes the first web address of an organization's row as
  // its website.
  if (!organization.website.empty()) {
    holder.contacts.urls.insert(holder.contacts.urls.begin(),
                                Url{organization.website, "", false, ""});
  }
  holder.country = organization.country;
  holder.tags = organization.tags;
  holder.notes = organization.notes;
  formats::IncomingPosition at;
  at.organization = path;
  std::vector<std::string> cells = row_from_person(holder, at, columns, writing);
  // A full-name column made up from an e-mail address would read back as
  // a person.
  for (std::size_t i = 0; i < columns.size() && i < cells.size(); ++i) {
    if (columns[i].second.field == Field::full_name) cells[i].clear();
  }
  return cells;
}

}  // namespace csv
}  // namespace v1
}  // namespace liaison
