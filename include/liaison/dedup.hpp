// liaison: finding the same person or organization entered twice, and
// merging the two (docs/dedup.md).
#ifndef LIAISON_DEDUP_HPP
#define LIAISON_DEDUP_HPP

#include <liaison/record.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {

/// The band a pair's score falls in.
enum class MatchDecision {
  distinct,   ///< below the possible threshold: not the same
  possible,   ///< worth a person's look; never merged on its own
  duplicate,  ///< the same person or organization, with the evidence to say so
};
/// "no", "possible", "duplicate" (stable, used in JSON and the CLI).
const char* to_string(MatchDecision decision) noexcept;
std::optional<MatchDecision> match_decision_from_string(std::string_view text) noexcept;

/// One piece of evidence for or against a match, and what it added to the score.
struct MatchReason {
  /// What was compared: "name", "given_name", "family_name", "email",
  /// "phone", "identifier", "birthday", "address", "organization", "acronym", ...
  std::string field;
  /// How it compared: "equal", "similar", "initial", "nickname", "swapped",
  /// "transliterated", "acronym", "alias", "different", "common", ...
  std::string outcome;
  /// For a person to read: "'neuhaus' and 'neuhaus'", "1971-03-02 vs 1998-07-10".
  std::string detail;
  /// log2 of how much likelier the evidence is for a true match than for
  /// two different records; negative for evidence against.
  double weight = 0;
};

/// Where the bands start. The score of a pair is the sum of its reasons'
/// weights; see docs/dedup.md for the defaults and how they were fixed.
struct MatchThresholds {
  double duplicate = 11.0;
  double possible = 7.0;
};

/// One candidate pair: two stored records (or, from match_person and
/// match_organization, the incoming record as id 0 and a stored one).
struct DuplicatePair {
  RecordKind kind = RecordKind::person;
  RecordId a = 0;  ///< the smaller id of a stored pair; 0 for an incoming record
  RecordId b = 0;
  double score = 0;
  MatchDecision decision = MatchDecision::distinct;
  /// Best evidence first (by the size of its weight).
  std::vector<MatchReason> reasons;
};

/// What to look for.
struct DedupOptions {
  /// person or organization; nullopt looks for both.
  std::optional<RecordKind> kind;
  MatchThresholds thresholds;
  /// Lists the pairs scoring at least this; nullopt means thresholds.possible,
  /// so the duplicate and possible bands.
  std::optional<double> min_score;
  /// Also list pairs someone has marked keep_apart().
  bool include_kept_apart = false;
  /// Called every few hundred records and at the end, for a progress display.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

/// Which record survives a merge. Without `keep`, the one with the lower id
/// (the one entered first) survives, keeping its id and uid.
struct MergeOptions {
  std::optional<RecordId> keep;
};

/// A merge that happened, kept so it can be undone.
struct MergeRecord {
  std::int64_t id = 0;  ///< the merge's own number, for unmerge()
  RecordKind kind = RecordKind::person;
  RecordId survivor = 0;
  RecordId absorbed = 0;  ///< removed by the merge; unmerge() brings it back with this id
  std::string absorbed_uid;
  std::string time;  ///< UTC, ISO 8601
  std::string actor;
  std::string undone_at;  ///< empty while the merge stands
};

}  // namespace v1
}  // namespace liaison

#endif
