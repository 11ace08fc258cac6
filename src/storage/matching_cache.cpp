#include "storage/matching_cache.hpp"

namespace liaison {
inline namespace v1 {
namespace storage {

bool MatchingCache::usable() {
  // Outside a write transaction another process may write at any moment.
  if (db_.depth() == 0) return false;
  if (generation_ != db_.generation()) {
    forget_all();
    generation_ = db_.generation();
  }
  return true;
}

void MatchingCache::keep(RecordId id, std::string kept) {
  if (!usable()) return;
  persons_.insert_or_assign(id, std::move(kept));
  kept_order_.push_back(id);
  while (persons_.size() > person_limit && !kept_order_.empty()) {
    persons_.erase(kept_order_.front());  // may be gone already: forgotten
    kept_order_.pop_front();
  }
  // Ids forgotten and kept again pile up in the order; start over then.
  if (kept_order_.size() > 4 * person_limit) {
    persons_.clear();
    kept_order_.clear();
  }
}

std::optional<std::size_t> MatchingCache::person_count() {
  if (!usable()) return std::nullopt;
  return person_count_;
}

void MatchingCache::keep_person_count(std::size_t count) {
  if (usable()) person_count_ = count;
}

std::optional<std::size_t> MatchingCache::family_count(const std::string& family,
                                                       std::size_t limit) {
  if (!usable()) return std::nullopt;
  const auto found = family_counts_.find(family);
  if (found == family_counts_.end() || found->second.first != limit) return std::nullopt;
  return found->second.second;
}

void MatchingCache::keep_family_count(const std::string& family, std::size_t limit,
                                      std::size_t count) {
  if (usable()) family_counts_.insert_or_assign(family, std::make_pair(limit, count));
}

void MatchingCache::person_written(RecordId id, const std::string& new_sort_key) {
  persons_.erase(id);
  if (new_sort_key.empty()) {
    family_counts_.clear();  // the sort key may have changed
    return;
  }
  if (person_count_) ++*person_count_;
  // count_family_name(family) counts the keys that are `family` or start
  // with it and a space: the new key counts for each of its word prefixes.
  for (std::size_t end = new_sort_key.find(' ');; end = new_sort_key.find(' ', end + 1)) {
    const auto found = family_counts_.find(new_sort_key.substr(0, end));
    if (found != family_counts_.end()) {
      auto& [limit, count] = found->second;
      if (count < limit) ++count;
    }
    if (end == std::string::npos) break;
  }
}

void MatchingCache::forget_all() {
  persons_.clear();
  kept_order_.clear();
  person_count_.reset();
  family_counts_.clear();
}

}  // namespace storage
}  // namespace v1
}  // namespace liaison
