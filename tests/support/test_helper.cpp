// A second program writing to a directory, for the durability and
// concurrency tests: they start it, run several at once on one file, or
// kill it in the middle of a transaction. It uses only the public C++ API,
// as any other program would.
//
//   liaison_test_helper write-many DB COUNT TAG
//       adds COUNT persons "TAG-i" (e-mail tag-i@example.org), each in a
//       transaction of its own; exit 0 when every one was stored, else
//       names the failures on stderr and exits 1.
//   liaison_test_helper write-forever DB BATCH
//       until killed: adds BATCH persons in one transaction, commits, and
//       prints the number of persons now committed in the file (one line,
//       flushed), so the parent knows what must survive a kill.
//   liaison_test_helper check DB
//       prints "persons N", "sequence S" and "integrity ..." lines.
//
// Exit codes: 0 done, 1 a write or check failed, 2 bad usage.

#include <liaison/liaison.hpp>

#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <system_error>

namespace {

constexpr int kUsageError = 2;

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::int64_t parse_count(std::string_view text, const char* what) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || value <= 0) {
    std::fprintf(stderr, "liaison_test_helper: %s must be a positive integer, not '%.*s'\n", what,
                 static_cast<int>(text.size()), text.data());
    std::exit(kUsageError);
  }
  return value;
}

liaison::Person make_person(std::string_view tag, std::int64_t index) {
  const std::string name = std::string(tag) + "-" + std::to_string(index);
  liaison::Person person;
  person.given_names = std::string(tag);
  person.family_names = std::to_string(index);
  person.display_name = name;
  liaison::Email email;
  email.address = lower(name) + "@example.org";
  email.label = "work";
  email.preferred = true;
  email.source = "liaison_test_helper";
  person.contacts.emails.push_back(email);
  return person;
}

liaison::Directory open_directory(const std::string& path, std::string_view tag) {
  liaison::OpenOptions options;
  options.actor = "liaison_test_helper " + std::string(tag);
  return liaison::Directory::open(path, options);
}

int write_many(const std::string& path, std::int64_t count, std::string_view tag) {
  liaison::Directory directory = open_directory(path, tag);
  std::int64_t failures = 0;
  for (std::int64_t i = 0; i < count; ++i) {
    // An explicit transaction around a single write: the path where a
    // deferred BEGIN would meet another writer's lock halfway through.
    const auto started = std::chrono::steady_clock::now();
    try {
      liaison::Transaction transaction = directory.transaction();
      directory.add_person(make_person(tag, i));
      transaction.commit();
    } catch (const liaison::Error& error) {
      if (++failures <= 20) {
        const std::chrono::duration<double> waited = std::chrono::steady_clock::now() - started;
        std::fprintf(stderr, "liaison_test_helper: %.*s-%lld: %s after %.3f s: %s\n",
                     static_cast<int>(tag.size()), tag.data(), static_cast<long long>(i),
                     liaison::to_string(error.code()), waited.count(), error.what());
      }
    }
  }
  if (failures > 0) {
    std::fprintf(stderr, "liaison_test_helper: %.*s: %lld of %lld writes failed\n",
                 static_cast<int>(tag.size()), tag.data(), static_cast<long long>(failures),
                 static_cast<long long>(count));
    return 1;
  }
  return 0;
}

[[noreturn]] void write_forever(const std::string& path, std::int64_t batch) {
  liaison::Directory directory = open_directory(path, "forever");
  auto committed = static_cast<std::int64_t>(directory.count(liaison::RecordKind::person));
  for (;;) {
    liaison::Transaction transaction = directory.transaction();
    for (std::int64_t i = 0; i < batch; ++i) {
      directory.add_person(make_person("forever", committed + i));
    }
    transaction.commit();
    committed += batch;
    std::printf("%lld\n", static_cast<long long>(committed));
    std::fflush(stdout);
  }
}

int check(const std::string& path) {
  liaison::OpenOptions options;
  options.create = false;
  options.read_only = true;
  const liaison::Directory directory = liaison::Directory::open(path, options);
  const std::string integrity = directory.check_integrity();
  std::printf("persons %zu\nsequence %lld\nintegrity %s\n",
              directory.count(liaison::RecordKind::person),
              static_cast<long long>(directory.last_change_sequence()), integrity.c_str());
  return integrity == "ok" ? 0 : 1;
}

int usage() {
  std::fputs(
      "usage: liaison_test_helper write-many DB COUNT TAG\n"
      "       liaison_test_helper write-forever DB BATCH\n"
      "       liaison_test_helper check DB\n",
      stderr);
  return kUsageError;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return usage();
  const std::string_view command = argv[1];
  const std::string path = argv[2];
  try {
    if (command == "write-many" && argc == 5) {
      return write_many(path, parse_count(argv[3], "COUNT"), argv[4]);
    }
    if (command == "write-forever" && argc == 4) {
      write_forever(path, parse_count(argv[3], "BATCH"));
    }
    if (command == "check" && argc == 3) return check(path);
  } catch (const liaison::Error& error) {
    std::fprintf(stderr, "liaison_test_helper: %s: %s\n", liaison::to_string(error.code()),
                 error.what());
    return 1;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "liaison_test_helper: %s\n", error.what());
    return 1;
  }
  return usage();
}
