// The vCard importer: reads cards, maps each to a contact, and hands it to
// the shared import session, which stores it (formats/import/session.hpp).
#include "formats/vcard/importer.hpp"

#include "formats/import/session.hpp"
#include "formats/vcard/mapping.hpp"
#include "formats/vcard/reader.hpp"

#include <liaison/directory.hpp>
#include <liaison/error.hpp>

#include <functional>
#include <optional>
#include <string>
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
    try {
      Reader reader(input, reader_options);
      while (std::optional<ReadItem> item = reader.next()) {
        handle(*item);
        if (options_.progress && report.read % 256 == 0) progress(input, total_bytes);
      }
    } catch (const ReadError& error) {
      session_.fail(error.remark.line, error.remark.message);
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
    if (item.error) {
      session_.reject(item.error->line, "", {"", item.error->message});
      return;
    }
    ++session_.report().read;
    ++position_;
    const Card& card = item.card;
    Contact contact = contact_from_card(card);
    const std::string label = "card " + std::to_string(position_) + describe(contact);
    if (!card.fallback_charset.empty()) {
      session_.warn(card.first_line, label, "",
                    "8-bit text without a CHARSET was read as " + card.fallback_charset);
    }
    const std::string key = key_for(contact, card, label);
    session_.store(contact, key, label, card.first_line);
  }

  static std::string describe(const Contact& contact) {
    std::string name =
        contact.is_organization ? contact.organization.display_name() : contact.person.name();
    return name.empty() ? std::string() : " (" + name + ")";
  }

  // The card's key in this file: its UID, or its position when it has none
  // (or repeats a UID an earlier card of the file had). A repeated UID is
  // not the record's uid either: two cards an exporter gave one UID may be
  // two people, and the second must not overwrite the first.
  std::string key_for(Contact& contact, const Card& card, const std::string& label) {
    if (!contact.uid.empty()) {
      // A 64-bit hash stands for the UID: a million cards hold 8 MiB of
      // them, not the UIDs themselves; two UIDs sharing a hash (about one
      // chance in 10^7 in a file of a million cards) would only make the
      // second card keyed by its position.
      if (uids_.insert(std::hash<std::string>{}(contact.uid)).second) return contact.uid;
      session_.warn(card.first_line, label, "UID",
                    "repeats the UID of an earlier card in the file; kept apart by its position");
      RecordMeta& meta = contact.is_organization ? contact.organization.meta : contact.person.meta;
      std::vector<RawValue>& raw =
          contact.is_organization ? contact.organization.raw_values : contact.person.raw_values;
      if (!meta.uid.empty()) {
        raw.push_back({"uid", contact.uid, "repeats the UID of an earlier card in the file"});
        meta.uid.clear();
      }
    }
    return "card " + std::to_string(position_);
  }

  formats::ImportSession session_;
  const VCardImportOptions& options_;
  std::size_t position_ = 0;
  std::unordered_set<std::size_t> uids_;
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
