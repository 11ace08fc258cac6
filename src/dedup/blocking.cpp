// Blocking keys. A key starts with a letter naming what it holds, so that
// an e-mail never meets a name by accident.
#include "dedup/blocking.hpp"

#include "dedup/words.hpp"

#include <algorithm>
#include <unordered_map>

namespace liaison {
inline namespace v1 {
namespace dedup {
namespace {

void add(std::vector<std::string>& keys, std::string key) {
  if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
}

std::string first_word(std::string_view text) {
  return std::string(text.substr(0, text.find(' ')));
}

}  // namespace

std::vector<std::string> blocking_keys(const PersonProfile& profile) {
  std::vector<std::string> keys;
  for (const std::string& email : profile.emails) add(keys, "e:" + email);
  for (const std::string& phone : profile.phones) add(keys, "p:" + phone);
  for (const std::string& identifier : profile.identifiers) {
    add(keys, "i:" + identifier);
    // A typo leaves one half of a long number intact.
    if (identifier.size() - identifier.find(':') > 6) {
      const std::size_t half = identifier.size() - (identifier.size() - identifier.find(':')) / 2;
      add(keys, "i<" + identifier.substr(0, half));
      add(keys, "i>" + identifier.substr(0, identifier.find(':') + 1) + identifier.substr(half));
    }
  }
  for (const NameForm& form : profile.names) {
    const std::string initial = form.given.empty() ? "" : form.given.front().substr(0, 1);
    if (!form.family_joined.empty()) {
      add(keys, "n:" + form.family_joined + '|' + initial);
      add(keys, "f:" + form.family_joined);
      add(keys, "s:" + form.family_phonetic + '|' + initial);
      // Given and family name typed in each other's place.
      if (!form.given.empty()) {
        add(keys, "n:" + form.given.front() + '|' + form.family.front().substr(0, 1));
        add(keys, "f:" + form.given.front());
      }
      for (const std::string& word : form.family) add(keys, "w:" + word);
    }
    if (!form.given.empty() && form.given.front().size() > 1 && !profile.birthday.empty()) {
      add(keys, "g:" + form.given.front() + '|' + profile.birthday);
    }
  }
  if (profile.birthday.size() == 8 && profile.birthday.find("00", 4) == std::string::npos &&
      profile.birthday.compare(0, 4, "0000") != 0) {
    add(keys, "d:" + profile.birthday);
  }
  for (const AddressKey& address : profile.addresses) {
    if (!address.postal_code.empty() && !address.street.empty()) {
      add(keys, "a:" + address.postal_code + '|' + first_word(address.street));
    }
    if (address.postal_code.empty()) continue;
    for (const NameForm& form : profile.names) {
      if (!form.given.empty() && form.given.front().size() > 1) {
        add(keys, "gp:" + form.given.front() + '|' + address.postal_code);
      }
    }
  }
  return keys;
}

std::vector<std::string> blocking_keys(const OrganizationProfile& profile) {
  std::vector<std::string> keys;
  for (const std::string& core : profile.cores) {
    add(keys, "c:" + core);
    // A one-word name may be an acronym another record spells out.
    if (core.find(' ') == std::string::npos) add(keys, "a:" + core);
    for (std::string_view word : split_words(core)) {
      if (word.size() >= 4) add(keys, "t:" + std::string(word));
    }
    // A typo in a one-word name ("Eurpol"): the word less one letter, so
    // that two words an edit apart share a key.
    if (core.find(' ') == std::string::npos && core.size() >= 5) {
      add(keys, "d:" + core);
      for (std::size_t i = 0; i < core.size(); ++i) {
        add(keys, "d:" + core.substr(0, i) + core.substr(i + 1));
      }
    }
  }
  for (const std::string& acronym : profile.acronyms) add(keys, "a:" + acronym);
  for (const std::string& acronym : profile.derived_acronyms) add(keys, "a:" + acronym);
  // A name of short words may be an acronym typed with spaces ("MUP RS").
  for (const std::string& form : profile.short_forms) add(keys, "a:" + form);
  if (!profile.web_domain.empty()) add(keys, "u:" + profile.web_domain);
  for (const std::string& domain : profile.email_domains) add(keys, "m:" + domain);
  for (const std::string& phone : profile.phones) add(keys, "p:" + phone);
  return keys;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> candidate_pairs(
    const std::vector<std::vector<std::string>>& keys, std::size_t largest_block) {
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> blocks;
  blocks.reserve(keys.size() * 4);
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    for (const std::string& key : keys[i]) blocks[key].push_back(i);
  }
  std::vector<std::uint64_t> packed;
  for (const auto& [key, members] : blocks) {
    if (members.size() < 2 || members.size() > largest_block) continue;
    for (std::size_t x = 0; x < members.size(); ++x) {
      for (std::size_t y = x + 1; y < members.size(); ++y) {
        packed.push_back(std::uint64_t{members[x]} << 32 | members[y]);
      }
    }
  }
  std::sort(packed.begin(), packed.end());
  packed.erase(std::unique(packed.begin(), packed.end()), packed.end());
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  pairs.reserve(packed.size());
  for (std::uint64_t pair : packed) {
    pairs.emplace_back(static_cast<std::uint32_t>(pair >> 32), static_cast<std::uint32_t>(pair));
  }
  return pairs;
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
