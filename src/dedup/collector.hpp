// What the comparisons of persons and of organizations share: the
// collector that sums weights and keeps reasons, and word similarity.
#pragma once

#include <liaison/dedup.hpp>

#include "dedup/scorer.hpp"
#include "dedup/similarity.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace dedup {

class Collector {
 public:
  explicit Collector(bool explain) : explain_(explain) {}

  void add(double weight, const char* field, const char* outcome, std::string_view a = {},
           std::string_view b = {}, const char* separator = " / ") {
    score_ += weight;
    if (!explain_) return;
    MatchReason reason;
    reason.field = field;
    reason.outcome = outcome;
    if (!a.empty() || !b.empty()) {
      reason.detail.reserve(a.size() + b.size() + 8);
      reason.detail.append("'")
          .append(a)
          .append("'")
          .append(separator)
          .append("'")
          .append(b)
          .append("'");
    }
    reason.weight = weight;
    reasons_.push_back(std::move(reason));
  }

  void add_reason(MatchReason reason) {
    score_ += reason.weight;
    if (explain_) reasons_.push_back(std::move(reason));
  }

  bool explaining() const { return explain_; }
  double score() const { return score_; }

  /// Outcomes that later rules look at, noted even when not explaining.
  enum Flag : unsigned {
    family_agrees = 1,
    given_differs = 2,
    birthday_differs = 4,
    identity_agrees = 8,  ///< an identifier or a personal e-mail
    relative = 16,        ///< same family name, another given name
  };
  void mark(Flag flag) { flags_ |= flag; }
  bool has(Flag flag) const { return (flags_ & flag) != 0; }

  /// Takes over another collector's score and reasons.
  void absorb(Collector&& other) {
    score_ += other.score_;
    for (MatchReason& reason : other.reasons_) reasons_.push_back(std::move(reason));
  }

  Evidence finish() {
    std::stable_sort(reasons_.begin(), reasons_.end(),
                     [](const MatchReason& x, const MatchReason& y) {
                       return std::abs(x.weight) > std::abs(y.weight);
                     });
    return Evidence{score_, std::move(reasons_)};
  }

 private:
  bool explain_;
  double score_ = 0;
  unsigned flags_ = 0;
  std::vector<MatchReason> reasons_;
};

inline bool similar_words(std::string_view a, std::string_view b, double* jw_out = nullptr) {
  const double jw = jaro_winkler(a, b);
  if (jw_out != nullptr) *jw_out = jw;
  const std::size_t shorter = std::min(a.size(), b.size());
  if (jw >= 0.92) return true;
  if (shorter >= 3 && edit_distance(a, b, 1) <= 1) return true;
  return shorter >= 8 && edit_distance(a, b, 2) <= 2;
}

inline bool contains(const std::vector<std::string>& values, std::string_view value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
