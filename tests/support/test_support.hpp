// What the unit tests of the C++ API share, so that each test file holds
// only what is particular to its module: how liaison values print when an
// assertion fails, and the few helpers every module's test would otherwise
// write again. Header-only; include it after <boost/test/unit_test.hpp>, so
// that BOOST_TEST_MODULE has already made the test module.
#ifndef LIAISON_TESTS_TEST_SUPPORT_HPP
#define LIAISON_TESTS_TEST_SUPPORT_HPP

#include <liaison/liaison.hpp>

#include <boost/test/tools/assertion_result.hpp>

#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {

// Boost.Test looks these up by argument-dependent lookup, so they live in
// the namespace of the types they print. Without them a failed comparison
// shows nothing, or a bare number, instead of the value that differed.

// Records print as the JSON the library writes: every field at once.
inline std::ostream& boost_test_print_type(std::ostream& out, const Person& p) {
  return out << to_json(p);
}
inline std::ostream& boost_test_print_type(std::ostream& out, const Organization& o) {
  return out << to_json(o);
}
inline std::ostream& boost_test_print_type(std::ostream& out, const Affiliation& a) {
  return out << to_json(a);
}
inline std::ostream& boost_test_print_type(std::ostream& out, const Event& e) {
  return out << to_json(e);
}
inline std::ostream& boost_test_print_type(std::ostream& out, const Participation& p) {
  return out << to_json(p);
}

// Codes, kinds and operations print by the names the C ABI and the JSON use.
inline std::ostream& boost_test_print_type(std::ostream& out, errc code) {
  return out << to_string(code);
}
inline std::ostream& boost_test_print_type(std::ostream& out, RecordKind kind) {
  return out << to_string(kind);
}
inline std::ostream& boost_test_print_type(std::ostream& out,
                                           const std::optional<RecordKind>& kind) {
  return kind ? out << to_string(*kind) : out << "nullopt";
}
inline std::ostream& boost_test_print_type(std::ostream& out, ChangeOperation operation) {
  return out << to_string(operation);
}
inline std::ostream& boost_test_print_type(std::ostream& out, OrganizationKind kind) {
  return out << to_string(kind);
}
inline std::ostream& boost_test_print_type(std::ostream& out, PhoneKind kind) {
  return out << to_string(kind);
}
inline std::ostream& boost_test_print_type(std::ostream& out, LawfulBasis basis) {
  return out << to_string(basis);
}
inline std::ostream& boost_test_print_type(std::ostream& out, ParticipationRole role) {
  return out << to_string(role);
}

// Dates print as their {y,m,d} parts and their ISO text: the text alone
// hides the parts of a date it cannot write.
inline std::ostream& boost_test_print_type(std::ostream& out, const PartialDate& date) {
  return out << '{' << date.year << ',' << date.month << ',' << date.day << "} \""
             << date.to_string() << '"';
}
inline std::ostream& boost_test_print_type(std::ostream& out,
                                           const std::optional<PartialDate>& date) {
  if (!date) return out << "nullopt";
  return boost_test_print_type(out, *date);
}

inline std::ostream& boost_test_print_type(std::ostream& out, const LocalizedName& name) {
  return out << name.value << " (" << name.language << ')';
}

}  // namespace v1
}  // namespace liaison

namespace liaison::test {

// Each test file writes under its own actor, so that a journal entry shows
// which test made it; the region decides how phone numbers without an
// international prefix are read, and empty leaves the library's default.
inline OpenOptions options_for(std::string actor, std::string default_region = {}) {
  OpenOptions o;
  o.actor = std::move(actor);
  o.default_region = std::move(default_region);
  return o;
}

// A fixture holding a fresh in-memory directory, so that no test case sees
// another's writes. Options is the test file's own OpenOptions maker.
template <OpenOptions (*Options)()>
struct FreshDirectory {
  Directory dir = Directory::open(":memory:", Options());
};

// The liaison::Error a refused call throws, for the test to check its code
// and message; a call that succeeds fails the test, since a refusal was
// what it was meant to prove.
template <typename Body>
Error refusal(Body&& body) {
  try {
    body();
  } catch (const Error& e) {
    return e;
  }
  throw std::runtime_error("the call was expected to throw liaison::Error but succeeded");
}

// Whether an error's message names a field or quotes a value; on failure
// the message says what the error said instead.
inline boost::test_tools::assertion_result mentions(const Error& error, const std::string& part) {
  const std::string text = error.what();
  if (text.find(part) != std::string::npos) return true;
  boost::test_tools::assertion_result result(false);
  result.message() << "message \"" << text << "\" does not mention \"" << part << '"';
  return result;
}

// Whether text holds part; on failure the message shows the whole text.
inline boost::test_tools::assertion_result contains(const std::string& text,
                                                    const std::string& part) {
  if (text.find(part) != std::string::npos) return true;
  boost::test_tools::assertion_result result(false);
  result.message() << '"' << text << "\" does not contain \"" << part << '"';
  return result;
}

// A date from its parts, 0 for a part not known; a call reads as a date
// where a bare {2015, 0, 0} would not.
inline PartialDate date(int year, int month, int day) {
  PartialDate d;
  d.year = year;
  d.month = month;
  d.day = day;
  return d;
}

// A person with only a name, the start of most test records.
inline Person person(const char* given, const char* family) {
  Person p;
  p.given_names = given;
  p.family_names = family;
  return p;
}

// The ids of records in the order given, to compare lists of records by
// identity rather than by every field.
template <typename Record>
std::vector<RecordId> ids(const std::vector<Record>& records) {
  std::vector<RecordId> result;
  for (const auto& r : records) result.push_back(r.meta.id);
  return result;
}

// Where a record came from; an empty seen_at is set by the directory.
inline SourceRef source(std::string name, std::string key, std::string seen_at = {}) {
  SourceRef s;
  s.source = std::move(name);
  s.external_key = std::move(key);
  s.seen_at = std::move(seen_at);
  return s;
}

// A value an import kept as text because it did not validate.
inline RawValue raw(std::string field, std::string value, std::string reason) {
  RawValue r;
  r.field = std::move(field);
  r.value = std::move(value);
  r.reason = std::move(reason);
  return r;
}

// A name in another language or script, as aliases and alternative names hold.
inline LocalizedName localized(std::string value, std::string language) {
  LocalizedName n;
  n.value = std::move(value);
  n.language = std::move(language);
  return n;
}

}  // namespace liaison::test

#endif
