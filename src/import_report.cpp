#include <liaison/import_report.hpp>

#include <algorithm>

namespace liaison {
inline namespace v1 {

std::string Diagnostic::to_string() const {
  std::string out;
  auto append = [&out](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ": ";
    out += part;
  };
  append(line > 0 ? file + ":" + std::to_string(line) : file);
  append(record);
  append(field);
  append(message);
  return out;
}

const char* to_string(MatchAction action) noexcept {
  switch (action) {
    case MatchAction::listed: return "listed";
    case MatchAction::merged: return "merged";
    case MatchAction::skipped: return "skipped";
  }
  return "listed";
}

std::optional<OnMatch> on_match_from_string(std::string_view text) noexcept {
  if (text == "list") return OnMatch::list;
  if (text == "merge") return OnMatch::merge;
  if (text == "skip") return OnMatch::skip;
  if (text == "off") return OnMatch::off;
  return std::nullopt;
}

namespace {

std::size_t kept_warnings(const std::vector<Diagnostic>& diagnostics) noexcept {
  return static_cast<std::size_t>(std::count_if(
      diagnostics.begin(), diagnostics.end(),
      [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::warning; }));
}

}  // namespace

std::size_t ImportReport::warning_count() const noexcept {
  return kept_warnings(diagnostics) + warnings_passed_on;
}

std::size_t ImportReport::error_count() const noexcept {
  return diagnostics.size() - kept_warnings(diagnostics) + errors_passed_on;
}

std::size_t ImportReport::match_count() const noexcept {
  return matches.size() + matches_passed_on;
}

}  // namespace v1
}  // namespace liaison
