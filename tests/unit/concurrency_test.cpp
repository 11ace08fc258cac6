// Concurrency: the documented rule is one Directory per thread, and any
// number of Directories, in one process or in several, on one file. These
// tests run writers side by side and check that none of them fails (a
// writer waits for the lock instead) and that no write is lost.
#include <boost/test/unit_test.hpp>

#include <liaison/liaison.hpp>

#include "child_process.hpp"
#include "temp_dir.hpp"

#include <chrono>
#include <cstdint>
#include <exception>
#include <latch>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace std::chrono_literals;
using liaison::Directory;
using liaison::RecordKind;
using liaison::test::ChildProcess;
using liaison::test::TempDir;

// Each write is its own transaction and commit, and a commit waits for
// fsync (about 5 ms here): 2 x 2000 writes take some 20 s in either build,
// ASan or not, and the whole test stays under a minute.
constexpr int kWritesPerProcess = 2000;
constexpr int kThreads = 4;
constexpr int kWritesPerThread = 500;
constexpr auto kChildDeadline = 240s;

struct Writer {
  std::string tag;
  ChildProcess process;

  Writer(const std::string& path, int count, const std::string& writer_tag)
      : tag(writer_tag),
        process({LIAISON_TEST_HELPER, "write-many", path, std::to_string(count), writer_tag}) {}
};

// Waits for every writer and checks that each stored all it was asked to.
void expect_all_succeeded(std::vector<std::unique_ptr<Writer>>& writers) {
  for (auto& writer : writers) {
    const std::optional<int> status = writer->process.wait(kChildDeadline);
    BOOST_TEST_CONTEXT("writer " << writer->tag) {
      BOOST_REQUIRE_MESSAGE(status.has_value(), "did not finish in time and was killed");
      BOOST_TEST(ChildProcess::describe(*status) == "exit 0");
    }
  }
}

// Every name "TAG-i" written is there, once.
void expect_every_name(const Directory& directory, const std::vector<std::string>& tags,
                       int per_tag) {
  std::set<std::string> names;
  for (const liaison::Person& person : directory.list_people()) names.insert(person.name());
  BOOST_TEST(names.size() == tags.size() * static_cast<std::size_t>(per_tag));
  for (const std::string& tag : tags) {
    BOOST_TEST(names.count(tag + "-0") == 1u);
    BOOST_TEST(names.count(tag + "-" + std::to_string(per_tag - 1)) == 1u);
  }
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

BOOST_AUTO_TEST_CASE(two_processes_writing_one_file_at_once_lose_no_write) {
  TempDir temp;
  const std::string path = temp.file("shared.db");
  { Directory::open(path); }  // created first: this test is about the writes

  const auto start = std::chrono::steady_clock::now();
  std::vector<std::unique_ptr<Writer>> writers;
  writers.push_back(std::make_unique<Writer>(path, kWritesPerProcess, "alpha"));
  writers.push_back(std::make_unique<Writer>(path, kWritesPerProcess, "beta"));
  expect_all_succeeded(writers);
  BOOST_TEST_MESSAGE("2 x " << kWritesPerProcess << " writes in " << seconds_since(start) << " s");

  const Directory directory = Directory::open(path);
  BOOST_TEST(directory.count(RecordKind::person) == 2u * kWritesPerProcess);
  BOOST_TEST(directory.last_change_sequence() == 2 * kWritesPerProcess);
  BOOST_TEST(directory.check_integrity() == "ok");
  expect_every_name(directory, {"alpha", "beta"}, kWritesPerProcess);
}

BOOST_AUTO_TEST_CASE(two_processes_creating_one_new_file_at_once_both_succeed) {
  TempDir temp;
  // The window in which both see a missing schema is short: try a few times.
  for (int round = 0; round < 5; ++round) {
    BOOST_TEST_CONTEXT("round " << round) {
      const std::string path = temp.file("new-" + std::to_string(round) + ".db");
      std::vector<std::unique_ptr<Writer>> writers;
      writers.push_back(std::make_unique<Writer>(path, 10, "left"));
      writers.push_back(std::make_unique<Writer>(path, 10, "right"));
      expect_all_succeeded(writers);

      const Directory directory = Directory::open(path);
      BOOST_TEST(directory.count(RecordKind::person) == 20u);
      BOOST_TEST(directory.last_change_sequence() == 20);
      BOOST_TEST(directory.check_integrity() == "ok");
    }
  }
}

BOOST_AUTO_TEST_CASE(one_directory_per_thread_on_one_file_loses_no_write) {
  TempDir temp;
  const std::string path = temp.file("threads.db");
  { Directory::open(path); }

  std::latch start_line(kThreads);
  std::mutex errors_mutex;
  std::vector<std::string> errors;
  std::vector<std::string> tags;
  for (int t = 0; t < kThreads; ++t) tags.push_back("thread" + std::to_string(t));

  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      start_line.arrive_and_wait();
      try {
        liaison::OpenOptions options;
        options.actor = tags[t];
        Directory directory = Directory::open(path, options);
        for (int i = 0; i < kWritesPerThread; ++i) {
          liaison::Person person;
          person.given_names = tags[t];
          person.family_names = std::to_string(i);
          person.display_name = tags[t] + "-" + std::to_string(i);
          directory.add_person(person);
        }
      } catch (const liaison::Error& error) {
        const std::lock_guard<std::mutex> lock(errors_mutex);
        errors.push_back(tags[t] + ": " + liaison::to_string(error.code()) + ": " + error.what());
      } catch (const std::exception& error) {
        const std::lock_guard<std::mutex> lock(errors_mutex);
        errors.push_back(tags[t] + ": " + error.what());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  BOOST_TEST_MESSAGE(kThreads << " x " << kWritesPerThread << " writes in " << seconds_since(start)
                              << " s");

  // Boost.Test is not thread-safe: the threads only collect, the test checks here.
  for (const std::string& error : errors) BOOST_ERROR(error);
  const Directory directory = Directory::open(path);
  BOOST_TEST(directory.count(RecordKind::person) ==
             static_cast<std::size_t>(kThreads * kWritesPerThread));
  BOOST_TEST(directory.last_change_sequence() == kThreads * kWritesPerThread);
  BOOST_TEST(directory.check_integrity() == "ok");
  expect_every_name(directory, tags, kWritesPerThread);
}
