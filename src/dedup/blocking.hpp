// Candidate pairs by blocking: each profile gets a few keys (its e-mail,
// phone, identifier, family name with the given name's initial, a
// phonetic key, birth date, postcode with house number; for organizations
// name cores, acronyms, name words, web and e-mail domains), and only
// records sharing a key are compared. Cost grows with the directory, not
// with its square.
#pragma once

#include "dedup/profile.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace dedup {

std::vector<std::string> blocking_keys(const PersonProfile& profile);
std::vector<std::string> blocking_keys(const OrganizationProfile& profile);

/// Pairs of indexes (first < second) of records sharing at least one key,
/// each pair once, sorted. A key shared by more than `largest_block`
/// records is too common to tell anyone apart ("info@", a very common
/// name) and is skipped, so one key never costs more than largest_block².
std::vector<std::pair<std::uint32_t, std::uint32_t>> candidate_pairs(
    const std::vector<std::vector<std::string>>& keys, std::size_t largest_block = 100);

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
