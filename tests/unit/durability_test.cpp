// Durability: what a directory file holds after a writer is killed in the
// middle of a transaction, after a transaction is abandoned, and after a
// close and reopen; and that a new file is readable by its owner only.
#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "child_process.hpp"
#include "temp_dir.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

namespace {

using namespace std::chrono_literals;
using liaison::Directory;
using liaison::RecordKind;
using liaison::test::ChildProcess;
using liaison::test::TempDir;

// Large enough that the writer spends most of its time inside a transaction.
constexpr std::int64_t kBatch = 500;

std::string octal_permissions(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) return "missing";
  char text[8];
  std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(info.st_mode & 07777));
  return text;
}

// umask is process-wide: set it for one scope and put the old one back.
class ScopedUmask {
 public:
  explicit ScopedUmask(mode_t mask) : previous_(umask(mask)) {}
  ~ScopedUmask() { umask(previous_); }
  ScopedUmask(const ScopedUmask&) = delete;
  ScopedUmask& operator=(const ScopedUmask&) = delete;

 private:
  mode_t previous_;
};

liaison::Organization osce() {
  liaison::Organization organization;
  organization.name = "Organization for Security and Co-operation in Europe";
  organization.acronym = "OSCE";
  organization.aliases.push_back({"ОБСЕ", "sr-Cyrl"});
  organization.kind = liaison::OrganizationKind::intergovernmental;
  organization.website = "https://www.osce.org";
  return organization;
}

liaison::Organization mary_ward_loreto() {
  liaison::Organization organization;
  organization.name = "Mary Ward Loreto Foundation";
  organization.acronym = "MWL";
  organization.kind = liaison::OrganizationKind::ngo;
  organization.country = "AL";
  organization.website = "http://www.albaniahope.com";
  liaison::Phone phone;
  phone.number = "+355 44 500 388";
  organization.contacts.phones.push_back(phone);
  return organization;
}

liaison::Person person(const std::string& given, const std::string& family,
                       const std::string& email_address) {
  liaison::Person result;
  result.given_names = given;
  result.family_names = family;
  if (!email_address.empty()) {
    liaison::Email email;
    email.address = email_address;
    result.contacts.emails.push_back(email);
  }
  return result;
}

std::int64_t as_number(const std::string& line) { return std::stoll(line); }

}  // namespace

BOOST_AUTO_TEST_CASE(sigkill_mid_transaction_keeps_every_commit_and_no_half_transaction) {
  TempDir temp;
  const std::string path = temp.file("killed.db");
  // Where in the next transaction the kill lands, as a share of one batch's time.
  const double kill_points[] = {0.3, 0.6, 0.9};
  std::size_t previous_count = 0;

  for (const double kill_point : kill_points) {
    BOOST_TEST_CONTEXT("kill at " << kill_point << " of a batch, after " << previous_count
                                  << " persons") {
      ChildProcess child({LIAISON_TEST_HELPER, "write-forever", path, std::to_string(kBatch)},
                         /*capture_stdout=*/true);
      std::string line;
      BOOST_REQUIRE_MESSAGE(child.read_line(line, 120s) == ChildProcess::Read::line,
                            "the writer reported no first commit");
      const auto first_commit = std::chrono::steady_clock::now();
      BOOST_REQUIRE_MESSAGE(child.read_line(line, 120s) == ChildProcess::Read::line,
                            "the writer reported no second commit");
      const auto batch_time = std::chrono::steady_clock::now() - first_commit;
      std::int64_t reported = as_number(line);

      // The writer has just committed and begun the next transaction.
      std::this_thread::sleep_for(
          std::chrono::duration_cast<std::chrono::microseconds>(batch_time * kill_point));
      child.kill(SIGKILL);
      while (child.read_line(line, 30s) == ChildProcess::Read::line) reported = as_number(line);
      const auto status = child.wait(30s);
      BOOST_REQUIRE(status.has_value());
      BOOST_TEST(ChildProcess::describe(*status) == "killed by signal 9");

      const Directory directory = Directory::open(path);
      BOOST_TEST(directory.check_integrity() == "ok");
      const std::size_t count = directory.count(RecordKind::person);
      BOOST_TEST_MESSAGE("killed " << std::chrono::duration<double>(batch_time).count() * kill_point
                                   << " s into a batch: " << count << " persons stored, "
                                   << reported << " reported committed");
      // Every commit the writer reported is there; at most one more, which
      // committed before the writer could say so; and never part of one.
      BOOST_TEST(count >= static_cast<std::size_t>(reported));
      BOOST_TEST(count <= static_cast<std::size_t>(reported + kBatch));
      BOOST_TEST(count % kBatch == 0u);
      // The journal is written in the same transaction as the data.
      BOOST_TEST(directory.last_change_sequence() == static_cast<std::int64_t>(count));
      BOOST_TEST(count > previous_count);
      previous_count = count;
    }
  }
}

BOOST_AUTO_TEST_CASE(new_file_is_readable_by_its_owner_only_whatever_the_umask) {
  TempDir temp;
  for (const mode_t mask : {mode_t{022}, mode_t{0}}) {
    BOOST_TEST_CONTEXT("umask " << std::oct << mask) {
      ScopedUmask scoped(mask);
      const std::string path = temp.file("private-" + std::to_string(mask) + ".db");
      {
        Directory directory = Directory::open(path);
        // A write, so that the journal or WAL files exist as well.
        directory.add_organization(osce());
        BOOST_TEST(octal_permissions(path) == "0600");
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
          const std::string side_file = path + suffix;
          if (std::filesystem::exists(side_file)) {
            BOOST_TEST_CONTEXT(side_file) { BOOST_TEST(octal_permissions(side_file) == "0600"); }
          }
        }
      }
      BOOST_TEST(octal_permissions(path) == "0600");
    }
  }
}

BOOST_AUTO_TEST_CASE(transaction_not_committed_rolls_everything_back) {
  TempDir temp;
  const std::string path = temp.file("rollback.db");
  liaison::RecordId abandoned_id = 0;
  {
    Directory directory = Directory::open(path);
    const liaison::Organization organization = directory.add_organization(osce());
    const std::int64_t sequence_before = directory.last_change_sequence();
    {
      liaison::Transaction transaction = directory.transaction();
      const liaison::Person neuhaus =
          directory.add_person(person("Gerald", "Neuhaus", "gerald.neuhaus@osce.org"));
      abandoned_id = neuhaus.meta.id;
      liaison::Affiliation affiliation;
      affiliation.person_id = neuhaus.meta.id;
      affiliation.organization_id = organization.meta.id;
      affiliation.title = "Police Affairs Officer";
      directory.add_affiliation(affiliation);
      directory.add_organization(mary_ward_loreto());
      // Visible inside the transaction that made them.
      BOOST_TEST(directory.count(RecordKind::person) == 1u);
      BOOST_TEST(directory.count(RecordKind::organization) == 2u);
    }  // destroyed without commit()

    BOOST_TEST(directory.count(RecordKind::person) == 0u);
    BOOST_TEST(directory.count(RecordKind::affiliation) == 0u);
    BOOST_TEST(directory.count(RecordKind::organization) == 1u);
    BOOST_TEST(!directory.find_person(abandoned_id).has_value());
    BOOST_TEST(directory.last_change_sequence() == sequence_before);

    // A committed inner transaction is only a part of the outer one.
    {
      liaison::Transaction outer = directory.transaction();
      {
        liaison::Transaction inner = directory.transaction();
        directory.add_person(person("Teresa", "Albano", "teresa.albano@osce.org"));
        inner.commit();
      }
      BOOST_TEST(directory.count(RecordKind::person) == 1u);
    }
    BOOST_TEST(directory.count(RecordKind::person) == 0u);
    BOOST_TEST(directory.last_change_sequence() == sequence_before);
  }

  const Directory reopened = Directory::open(path);
  BOOST_TEST(reopened.count(RecordKind::person) == 0u);
  BOOST_TEST(reopened.count(RecordKind::organization) == 1u);
  BOOST_TEST(!reopened.find_person(abandoned_id).has_value());
  BOOST_TEST(reopened.check_integrity() == "ok");
}

BOOST_AUTO_TEST_CASE(committed_data_survives_close_and_reopen) {
  TempDir temp;
  const std::string path = temp.file("reopen.db");
  liaison::Organization organization;
  liaison::Organization ngo;
  liaison::Person neuhaus;
  liaison::Person capaliku;
  liaison::Affiliation affiliation;
  std::int64_t sequence = 0;
  {
    liaison::OpenOptions options;
    options.actor = "durability test";
    Directory directory = Directory::open(path, options);
    organization = directory.add_organization(osce());
    ngo = directory.add_organization(mary_ward_loreto());
    neuhaus = directory.add_person(person("Gerald", "Neuhaus", "gerald.neuhaus@osce.org"));
    liaison::Person sara = person("Sara", "Çapaliku", "");
    sara.alternative_names.push_back({"Сара Чапалику", "sr-Cyrl"});
    sara.data_protection.lawful_basis = liaison::LawfulBasis::consent;
    sara.data_protection.consent_date = liaison::PartialDate{2016, 9, 1};
    sara.data_protection.consent_source = "signed form, Podgorica workshop";
    {
      liaison::Transaction transaction = directory.transaction();
      capaliku = directory.add_person(sara);
      liaison::Affiliation link;
      link.person_id = neuhaus.meta.id;
      link.organization_id = organization.meta.id;
      link.title = "Police Affairs Officer";
      link.role = "Adviser on Combating Trafficking in Human Beings";
      link.start = liaison::PartialDate{2016, 0, 0};
      affiliation = directory.add_affiliation(link);
      transaction.commit();
    }
    sequence = directory.last_change_sequence();
  }

  const Directory directory = Directory::open(path);
  BOOST_CHECK(directory.get_organization(organization.meta.id) == organization);
  BOOST_CHECK(directory.get_organization(ngo.meta.id) == ngo);
  BOOST_CHECK(directory.get_person(neuhaus.meta.id) == neuhaus);
  BOOST_CHECK(directory.get_person(capaliku.meta.id) == capaliku);
  BOOST_CHECK(directory.get_affiliation(affiliation.meta.id) == affiliation);
  BOOST_TEST(directory.get_person(capaliku.meta.id).family_names == "Çapaliku");
  BOOST_TEST(directory.count(RecordKind::person) == 2u);
  BOOST_TEST(directory.count(RecordKind::organization) == 2u);
  BOOST_TEST(directory.count(RecordKind::affiliation) == 1u);
  BOOST_TEST(directory.last_change_sequence() == sequence);
  BOOST_TEST(sequence == 5);
  const auto history = directory.history(neuhaus.meta.id);
  BOOST_REQUIRE(history.size() == 1u);
  BOOST_TEST(history.front().actor == "durability test");
  BOOST_TEST(directory.check_integrity() == "ok");
}
