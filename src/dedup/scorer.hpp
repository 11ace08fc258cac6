// Scoring a pair: per-field comparisons, each adding a weight -- log2 of
// how much likelier the evidence is for one person (or organization) than
// for two -- in the manner of Fellegi and Sunter. Agreement on a value many
// records share counts less (a common family name, a role mailbox);
// disagreement where people cannot differ (birth date, identifier) counts
// against. The weights are fixed here and documented in docs/dedup.md.
#pragma once

#include <liaison/dedup.hpp>

#include "dedup/profile.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace dedup {

/// How often values occur among the persons compared, so that agreement on
/// a rare value weighs more than agreement on a common one.
class Frequencies {
 public:
  void add(const PersonProfile& profile);
  /// For scoring against a directory that is not all in memory: the number
  /// of persons in it (counts are then those of the candidates read).
  void set_population(std::size_t population) { population_ = population; }
  std::size_t population() const { return population_; }

  /// Raises the count of a family name to what the directory says, when
  /// only some of its bearers were read.
  void note_family(const std::string& value, std::uint32_t count) {
    std::uint32_t& known = family_[value];
    known = std::max(known, count);
  }

  std::uint32_t family(const std::string& value) const { return find(family_, value); }
  std::uint32_t given(const std::string& value) const { return find(given_, value); }
  std::uint32_t email(const std::string& value) const { return find(email_, value); }
  std::uint32_t phone(const std::string& value) const { return find(phone_, value); }
  /// How many different family names are found at this address (postal
  /// code and street): an office many work at, not one person's home.
  std::size_t address(const AddressKey& value) const {
    const auto found = address_.find(key(value));
    return found == address_.end() ? 0 : found->second.size();
  }
  static std::string key(const AddressKey& address) {
    return address.postal_code + '|' + address.street;
  }

 private:
  static std::uint32_t find(const std::unordered_map<std::string, std::uint32_t>& map,
                            const std::string& value) {
    const auto found = map.find(value);
    return found == map.end() ? 0 : found->second;
  }
  std::size_t population_ = 0;
  std::unordered_map<std::string, std::uint32_t> family_, given_, email_, phone_;
  std::unordered_map<std::string, std::unordered_set<std::string>> address_;
};

/// A pair's score and, when asked for, why.
struct Evidence {
  double score = 0;
  std::vector<MatchReason> reasons;
};

/// `explain` false leaves reasons empty and is faster: the matcher scores
/// every candidate pair that way and explains only the pairs it reports.
Evidence compare_persons(const PersonProfile& a, const PersonProfile& b,
                         const Frequencies& frequencies, bool explain);
Evidence compare_organizations(const OrganizationProfile& a, const OrganizationProfile& b,
                               bool explain);

MatchDecision decide(double score, const MatchThresholds& thresholds);

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
