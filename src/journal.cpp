#include <liaison/journal.hpp>

#include "enum_names.hpp"

namespace liaison {
inline namespace v1 {

namespace {
constexpr std::pair<ChangeOperation, const char*> operation_names[] = {
    {ChangeOperation::create, "create"},
    {ChangeOperation::update, "update"},
    {ChangeOperation::remove, "remove"},
};
}  // namespace

const char* to_string(ChangeOperation operation) noexcept {
  return detail::enum_name(operation_names, operation);
}

std::optional<ChangeOperation> change_operation_from_string(std::string_view text) noexcept {
  return detail::enum_from_name(operation_names, text);
}

}  // namespace v1
}  // namespace liaison
