// The vCard importer: reads cards, maps each to a contact, and hands it to
// the shared import session, which stores it (formats/import/session.hpp).
#include "formats/vcard/importer.hpp"

#include "formats/import/session.hpp"
#include "formats/vcard/group_card.hpp"
#include "formats/vcard/mapping.hpp"
#include "formats/vcard/reader.hpp"

#include <liaison/directory.hpp>
#include <liaison/error.hpp>

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

class Importer {
 public:
  Importer(Directory& directory, const std::string& file, const VCardImportOptions& options)
      : session_(directory, file, options, "vcard"), options_(options) {}

  ImportReport run(std::istream& input, std::uint64_t total_bytes) {
    ReaderOptions reader_options;
    reader_options.charset = options_.charset;
    reader_options.latin_fallback = options_.latin_fallback;
    reader_options.western_fallback = options_.western_fallback;
    reader_options.cyrillic_fallback = options_.cyrillic_fallback;
    reader_options.limits.max_line_bytes = options_.limits.max_line_bytes;
    reader_options.limits.max_base64_bytes = options_.limits.max_base64_bytes;
    reader_options.limits.max_card_bytes = options_.limits.max_card_bytes;
    reader_options.limits.max_file_bytes = options_.limits.max_file_bytes;

    ImportReport& report = session_.report();
    prescan_groups(input, reader_options);
    try {
      Reader reader(input, reader_options);
      while (std::optional<ReadItem> item = reader.next()) {
        handle(*item);
        if (options_.progress && report.read % 256 == 0) progress(input, total_bytes);
      }
    } catch (const ReadError& error) {
      session_.fail(error.remark.line, error.remark.message);
    }
    for (const auto& group : groups_) {
      if (group.group.name.empty()) {
        session_.warn(group.line, "group", "",
                      "a contact group without a name: not imported, and its members get no tag");
      } else if (group.prescanned) {
        report_group(group, group.found);
      } else {
        tag_members(group);
      }
    }
    if (report.read == 0 && report.skipped == 0) {
      session_.warn(0, "", "", "the file holds no vCard: nothing imported");
    }
    if (options_.progress) progress(input, total_bytes);
    return session_.finish();
  }

 private:
  void progress(std::istream& input, std::uint64_t total_bytes) {
    std::streamoff at = input.good() ? static_cast<std::streamoff>(input.tellg()) : -1;
    std::uint64_t bytes = at < 0 ? total_bytes : static_cast<std::uint64_t>(at);
    options_.progress(session_.report().read, bytes, total_bytes);
  }

  void handle(const ReadItem& item) {
    for (const Remark& remark : item.warnings) session_.warn(remark.line, "", "", remark.message);
    if (item.no_card) return;
    if (item.error) {
      session_.reject(item.error->line, "", {"", item.error->message});
      return;
    }
    ++session_.report().read;
    ++position_;
    const Card& card = item.card;
    if (auto group = group_card(card)) {
      // Known from the first pass, or (a stream read once) its members
      // may come later in the file: tagged at the end.
      if (!prescanned_) groups_.push_back({std::move(*group), card.first_line});
      return;
    }
    Contact contact = contact_from_card(card);
    const std::string label = "card " + std::to_string(position_) + describe(contact);
    if (!card.fallback_charset.empty()) {
      session_.warn(card.first_line, label, "",
                    "8-bit text without a CHARSET was read as " + card.fallback_charset);
    }
    join_groups(contact);
    session_.store(contact, key_for(contact, card, label), label, card.first_line);
  }

  struct PendingGroup {
    GroupCard group;
    std::size_t line = 0;
    bool prescanned = false;
    std::size_t found = 0;  // members among this file's cards
  };

  // A contact group is no person or organization: an NGO's "Frontex
  // contacts" group says what tags say, so its name becomes a tag of each
  // member that is a card of this file (named by the UID the member
  // reference gives). A file that can be read twice is read once for its
  // groups first, so that each member card comes with its group tags and
  // importing the file again changes nothing; a stream tags the members
  // after the last card.
  void prescan_groups(std::istream& input, const ReaderOptions& reader_options) {
    const std::streampos start = input.tellg();
    if (start == std::streampos(-1)) return;
    try {
      Reader reader(input, reader_options);
      while (std::optional<ReadItem> item = reader.next()) {
        if (item->error) continue;
        if (auto group = group_card(item->card)) {
          const std::size_t index = groups_.size();
          for (const std::string& member : group->members) {
            if (group->name.empty()) break;  // no tag to give
            for (const std::string& uid : member_uids(member)) member_groups_[uid].push_back(index);
          }
          groups_.push_back({std::move(*group), item->card.first_line, true, 0});
        }
      }
    } catch (const ReadError&) {
      // The main pass reads the same bytes and reports this.
    }
    input.clear();
    input.seekg(start);
    prescanned_ = !input.fail();
    if (!prescanned_) {
      groups_.clear();
      member_groups_.clear();
    }
  }

  void join_groups(Contact& contact) {
    if (contact.uid.empty() || member_groups_.empty()) return;
    const auto found = member_groups_.find(contact.uid);
    if (found == member_groups_.end()) return;
    std::vector<std::string>& tags =
        contact.is_organization ? contact.organization.tags : contact.person.tags;
    for (const std::size_t index : found->second) {
      PendingGroup& group = groups_[index];
      ++group.found;
      if (!formats::has_tag(tags, group.group.name)) tags.push_back(group.group.name);
    }
  }

  static std::string group_label(const GroupCard& group) { return "group (" + group.name + ")"; }

  void report_group(const PendingGroup& pending, std::size_t found) {
    const GroupCard& group = pending.group;
    std::string message = "a contact group, not a contact: its name is now a tag of " +
                          std::to_string(found) + " of its " +
                          std::to_string(group.members.size()) + " members";
    if (found < group.members.size()) message += " (the others are not cards of this file)";
    session_.warn(pending.line, group_label(group), "", message);
  }

  void tag_members(const PendingGroup& pending) {
    const GroupCard& group = pending.group;
    std::size_t found = 0;
    for (const std::string& member : group.members) {
      std::optional<RecordId> id;
      for (const std::string& uid : member_uids(member)) {
        if ((id = session_.stored_under(uid))) break;
      }
      if (!id) continue;
      ++found;
      try {
        session_.add_tag(*id, group.name);
      } catch (const Error& error) {
        session_.warn(pending.line, group_label(group), "MEMBER",
                      "could not tag record " + std::to_string(*id) + ": " + error.what());
      }
    }
    report_group(pending, found);
  }

  static std::string describe(const Contact& contact) {
    std::string name =
        contact.is_organization ? contact.organization.display_name() : contact.person.name();
    return name.empty() ? std::string() : " (" + name + ")";
  }

  // The card's key in this file: its UID, unless it has none (or repeats
  // a UID an earlier card of the file had); and its place. A repeated UID is
  // not the record's uid either: two cards an exporter gave one UID may be
  // two people, and the second must not overwrite the first.
  formats::RecordKey key_for(Contact& contact, const Card& card, const std::string& label) {
    formats::RecordKey key{{}, "card " + std::to_string(position_)};
    if (!contact.uid.empty()) {
      // A 64-bit hash stands for the UID: a million cards hold 8 MiB of
      // them, not the UIDs themselves; two UIDs sharing a hash (about one
      // chance in 10^7 in a file of a million cards) would only make the
      // second card keyed by its position.
      if (uids_.insert(std::hash<std::string>{}(contact.uid)).second) {
        key.given = contact.uid;
        return key;
      }
      session_.warn(card.first_line, label, "UID",
                    "repeats the UID of an earlier card in the file; kept apart from it");
      RecordMeta& meta = contact.is_organization ? contact.organization.meta : contact.person.meta;
      std::vector<RawValue>& raw =
          contact.is_organization ? contact.organization.raw_values : contact.person.raw_values;
      if (!meta.uid.empty()) {
        raw.push_back({"uid", contact.uid, "repeats the UID of an earlier card in the file"});
        meta.uid.clear();
      }
    }
    return key;
  }

  formats::ImportSession session_;
  const VCardImportOptions& options_;
  std::size_t position_ = 0;
  std::unordered_set<std::size_t> uids_;
  std::vector<PendingGroup> groups_;
  bool prescanned_ = false;
  // Member UID -> the groups (indexes into groups_) that name it.
  std::unordered_map<std::string, std::vector<std::size_t>> member_groups_;
};

}  // namespace

ImportReport import_cards(Directory& directory, std::istream& input, const std::string& file,
                          std::uint64_t total_bytes, const VCardImportOptions& options) {
  Importer importer(directory, file, options);
  return importer.run(input, total_bytes);
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
