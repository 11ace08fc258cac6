#include <liaison/dedup.hpp>

namespace liaison {
inline namespace v1 {

const char* to_string(MatchDecision decision) noexcept {
  switch (decision) {
    case MatchDecision::distinct: return "no";
    case MatchDecision::possible: return "possible";
    case MatchDecision::duplicate: return "duplicate";
  }
  return "no";
}

std::optional<MatchDecision> match_decision_from_string(std::string_view text) noexcept {
  if (text == "no") return MatchDecision::distinct;
  if (text == "possible") return MatchDecision::possible;
  if (text == "duplicate") return MatchDecision::duplicate;
  return std::nullopt;
}

}  // namespace v1
}  // namespace liaison
