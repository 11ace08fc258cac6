#include <liaison/record.hpp>

#include "enum_names.hpp"

namespace liaison {
inline namespace v1 {

namespace {
constexpr std::pair<RecordKind, const char*> kind_names[] = {
    {RecordKind::person, "person"},
    {RecordKind::organization, "organization"},
    {RecordKind::affiliation, "affiliation"},
    {RecordKind::event, "event"},
    {RecordKind::participation, "participation"},
};
}  // namespace

const char* to_string(RecordKind kind) noexcept { return detail::enum_name(kind_names, kind); }

std::optional<RecordKind> record_kind_from_string(std::string_view text) noexcept {
  return detail::enum_from_name(kind_names, text);
}

bool RecordMeta::operator==(const RecordMeta&) const = default;
bool LocalizedName::operator==(const LocalizedName&) const = default;
bool SourceRef::operator==(const SourceRef&) const = default;
bool RawValue::operator==(const RawValue&) const = default;
bool ExtraField::operator==(const ExtraField&) const = default;

}  // namespace v1
}  // namespace liaison
