// Keeps the search index in step with the records: builds a record's
// document from what is stored, knows which records' documents a change
// touches (a renamed organization changes the text of everyone who works
// there), rebuilds everything, and checks the index against the records.
#ifndef LIAISON_SRC_SEARCH_INDEXER_HPP
#define LIAISON_SRC_SEARCH_INDEXER_HPP

#include "search/index_document.hpp"
#include "storage/record_store.hpp"
#include "storage/search_rows.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace liaison {
inline namespace v1 {
namespace search {

class Indexer {
 public:
  Indexer(storage::RecordStore& store, storage::SearchRows& rows) : store_(store), rows_(rows) {}

  /// What the index should hold for `id`; nullopt when it names no
  /// person or organization.
  std::optional<IndexDocument> document_for(RecordId id);

  /// Marks `id`'s document for writing (or removing, when the record is
  /// gone) by flush(), which the directory calls just before the outermost
  /// transaction commits. Writing at the end, outside every savepoint, is
  /// what makes bulk writes fast: SQLite's FTS5 writes its pending terms to
  /// a new segment at each savepoint, which per record meant one tiny
  /// segment, and merges, for every write.
  void refresh(RecordId id);
  /// refresh() for a record created in this transaction: the index holds
  /// nothing for it yet, so writing its document need not remove an old one.
  void refresh_created(RecordId id) {
    refresh(id);
    created_.insert(id);
  }
  /// Writes the documents marked since the last flush; reads of the index
  /// inside an open transaction call it first.
  void flush();
  /// flush() once enough marks have gathered, so that a long transaction
  /// (an import of a million cards) holds a bounded number of them.
  /// A failure here is not reported: the marks stay, and the flush before
  /// the commit writes them or fails the commit.
  void flush_if_many() noexcept {
    if (pending_.size() < 4096) return;
    try {
      flush();
    } catch (...) {
    }
  }
  /// Forgets the marks (the transaction rolled back).
  void discard() noexcept {
    pending_.clear();
    created_.clear();
  }
  bool has_pending() const noexcept { return !pending_.empty(); }
  /// An organization, its units (all levels) and everyone affiliated with
  /// any of them: their text carries the organization's names.
  void refresh_organization_tree(RecordId organization_id);
  /// Everyone who took part in an event, and its organizers (passed in,
  /// since a removed event's organizers can no longer be read).
  void refresh_event(RecordId event_id, const std::vector<RecordId>& organizers);

  /// Empties the index and writes every person's and organization's
  /// document again. `progress(done, total)` is called now and then.
  void rebuild(const std::function<void(std::size_t, std::size_t)>& progress = {});
  /// "ok", or one line per record whose indexed document differs from the
  /// one its stored fields give.
  std::string check();

 private:
  const Organization* organization(RecordId id);
  std::vector<Organization> ancestors(const Organization& organization);
  std::vector<std::pair<RecordId, std::string>> events_of(RecordId participant);
  std::vector<std::pair<RecordId, std::string>> event_names(const std::vector<RecordId>& event_ids);
  IndexDocument person_document_of(const Person& person, std::vector<Affiliation> affiliations,
                                   const std::vector<std::pair<RecordId, std::string>>& events);

  void write_document(RecordId id);
  /// Writes the documents of the marked people whose ids lie close
  /// together, reading them with a few range queries (see flush()).
  void write_people_in_ranges();
  void write_people_between(RecordId first, RecordId last);
  void write(const IndexDocument& document);
  /// Whether the word list holds every word of `document` in its columns;
  /// `verified` keeps what was found, across calls.
  bool words_listed(const IndexDocument& document,
                    std::unordered_map<std::string, ColumnMask>& verified);

  storage::RecordStore& store_;
  storage::SearchRows& rows_;
  std::set<RecordId> pending_;
  std::unordered_set<RecordId> created_;  // marked records with no document yet
  // Organizations read while building documents. Kept only for one call
  // (refresh, rebuild): records may change between calls.
  std::unordered_map<RecordId, std::optional<Organization>> organizations_;
  std::unordered_map<RecordId, std::string> event_names_;
  PartialDate today_ = PartialDate::today();  // set at the start of each call
};

}  // namespace search
}  // namespace v1
}  // namespace liaison

#endif
