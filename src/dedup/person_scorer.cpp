// Comparing two persons. Each comparison returns what it adds and, when explaining,
// a reason. The figures were fixed once, on the Febrl datasets and on our
// own labelled pairs (tests/fixtures/dedup), and are documented in
// docs/dedup.md; change them there and here together.
#include "dedup/scorer.hpp"

#include "dedup/collector.hpp"
#include "dedup/nicknames.hpp"
#include "dedup/similarity.hpp"
#include "dedup/words.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace dedup {
namespace {

// How strongly the general chance of a value is trusted against the counts
// of a small directory: a directory of two records says nothing about how
// common "neuhaus" is, one of 10,000 says a lot.
constexpr double prior_strength = 1000;

// log2(m/u): m is how often a true pair agrees on the value (typos aside),
// u how often two different records do, estimated from the value's count.
double agreement_weight(std::uint32_t count, std::size_t population, double typical_u,
                        double ceiling) {
  const double u = (count + prior_strength * typical_u) / (population + prior_strength);
  return std::clamp(std::log2(0.9 / u), 1.0, ceiling);
}

// ---------------------------------------------------------------- names

struct Part {
  double weight = 0;
  const char* outcome = nullptr;  // nullptr: nothing to compare
};

Part compare_family(const NameForm& a, const NameForm& b, const Frequencies& frequencies) {
  if (a.family_joined.empty() || b.family_joined.empty()) return {};
  if (a.family_joined == b.family_joined) {
    return {
        agreement_weight(frequencies.family(a.family_joined), frequencies.population(), 0.002, 11),
        "equal"};
  }
  // "garcia" and "garcia lopez": one of two family names left out.
  const auto& fewer = a.family.size() < b.family.size() ? a.family : b.family;
  const auto& more = a.family.size() < b.family.size() ? b.family : a.family;
  if (fewer.size() < more.size() &&
      std::all_of(fewer.begin(), fewer.end(),
                  [&](const std::string& word) { return contains(more, word); })) {
    return {5, "part"};
  }
  double jw = 0;
  if (similar_words(a.family_joined, b.family_joined, &jw)) {
    return {4 + 3 * std::max(0.0, (jw - 0.9) / 0.1), "similar"};
  }
  if (!a.family_phonetic.empty() && a.family_phonetic == b.family_phonetic) {
    return {3, "sounds alike"};
  }
  return {-4, "different"};
}

// Aleksandar and Aleksandra, Jovan and Jovana, Daniel and Daniela, Mario
// and Maria: one letter apart, two people (often siblings or spouses).
bool gender_variants(std::string_view x, std::string_view y) {
  if ((x.back() == 'a') == (y.back() == 'a')) return false;
  if (std::min(x.size(), y.size()) < 4 || x.compare(0, 3, y.substr(0, 3)) != 0) return false;
  return edit_distance(x, y, 2) <= 2;
}

Part compare_given(const NameForm& a, const NameForm& b, const PersonProfile& pa,
                   const PersonProfile& pb, const Frequencies& frequencies, bool identified) {
  if (a.given.empty() || b.given.empty()) return {};
  const std::string& x = a.given.front();
  const std::string& y = b.given.front();
  if (x == y) {
    if (x.size() == 1) return {2, "initial"};
    return {agreement_weight(frequencies.given(x), frequencies.population(), 0.01, 9), "equal"};
  }
  if (x.size() == 1 || y.size() == 1) {
    return x.front() == y.front() ? Part{2, "initial"} : Part{-6, "initials differ"};
  }
  // A typo can do the same; an agreeing identifier says which it is.
  if (gender_variants(x, y)) return {identified ? -3.0 : -10.0, "gender variant"};
  if (are_nicknames(x, y) || contains(pb.nicknames, x) || contains(pa.nicknames, y)) {
    return {5, "nickname"};
  }
  double jw = 0;
  if (similar_words(x, y, &jw)) return {3 + 2 * std::max(0.0, (jw - 0.9) / 0.1), "similar"};
  // A middle name used as the first: "Ana Marija Kovač" and "Marija Kovač".
  if (contains(b.given, x) || contains(a.given, y)) return {3, "middle name"};
  return {-3, "different"};
}

std::string given_text(const NameForm& form) {
  std::string out;
  for (const std::string& word : form.given) out.append(out.empty() ? "" : " ").append(word);
  return out;
}

void compare_names(const PersonProfile& a, const PersonProfile& b, const Frequencies& frequencies,
                   Collector& out) {
  struct Best {
    double total = -1e9;
    Part family, given;
    const NameForm* fa = nullptr;
    const NameForm* fb = nullptr;
    bool swapped = false;
  } best;
  for (const NameForm& fa : a.names) {
    for (std::size_t j = 0; j < b.names.size(); ++j) {
      const NameForm& fb = b.names[j];
      const Part family = compare_family(fa, fb, frequencies);
      const Part given =
          compare_given(fa, fb, a, b, frequencies, out.has(Collector::identity_agrees));
      const double total = family.weight + given.weight;
      if (total > best.total) best = {total, family, given, &fa, &fb, false};
      // Given and family names typed in each other's place.
      const NameForm& swapped = b.swapped_names[j];
      if (swapped.family.empty()) continue;
      const Part sfamily = compare_family(fa, swapped, frequencies);
      const Part sgiven =
          compare_given(fa, swapped, a, b, frequencies, out.has(Collector::identity_agrees));
      const double stotal = sfamily.weight + sgiven.weight - 1;
      if (sfamily.outcome != nullptr && sgiven.outcome != nullptr && stotal > best.total &&
          sfamily.weight > 0 && sgiven.weight > 0) {
        best = {stotal, sfamily, sgiven, &fa, &fb, true};
      }
    }
  }
  if (best.fa == nullptr) return;
  if (best.family.weight > 0) out.mark(Collector::family_agrees);
  if (best.given.weight < 0) out.mark(Collector::given_differs);
  if (best.family.weight > 0 && best.given.outcome != nullptr &&
      std::string_view(best.given.outcome) == "different") {
    // Same family, another given name: a relative, unless an identifier or
    // a personal e-mail (weighed in compare_persons) says otherwise.
    out.mark(Collector::relative);
  }
  if (best.swapped) {
    out.add(-1, "name", "swapped",
            out.explaining() ? given_text(*best.fa) + " " + best.fa->family_joined : "",
            out.explaining() ? best.fb->family_joined + " " + given_text(*best.fb) : "");
    if (best.family.outcome != nullptr) {
      out.add(best.family.weight, "family_name", best.family.outcome, best.fa->family_joined,
              out.explaining() ? given_text(*best.fb) : "");
    }
    if (best.given.outcome != nullptr) {
      out.add(best.given.weight, "given_name", best.given.outcome, given_text(*best.fa),
              best.fb->family_joined);
    }
    return;
  }
  if (best.family.outcome != nullptr) {
    out.add(best.family.weight, "family_name", best.family.outcome, best.fa->family_joined,
            best.fb->family_joined);
  }
  if (best.given.outcome != nullptr) {
    out.add(best.given.weight, "given_name", best.given.outcome,
            out.explaining() ? given_text(*best.fa) : "",
            out.explaining() ? given_text(*best.fb) : "");
  }
}

// ---------------------------------------------------------------- other fields

void compare_birthdays(const PersonProfile& a, const PersonProfile& b, Collector& out) {
  if (a.birthday.empty() || b.birthday.empty()) return;
  const std::string_view x = a.birthday;
  const std::string_view y = b.birthday;
  if (x == y) {
    const bool full = x.substr(0, 4) != "0000" && x.substr(4, 2) != "00" && x.substr(6, 2) != "00";
    out.add(full ? 10 : 3, "birthday", "equal", x, y);
    return;
  }
  // Compare only the parts both know: a year against a full date.
  bool agree = true;
  bool compared = false;
  for (std::size_t at : {std::size_t{0}, std::size_t{4}, std::size_t{6}}) {
    const std::size_t length = at == 0 ? 4 : 2;
    const std::string_view px = x.substr(at, length);
    const std::string_view py = y.substr(at, length);
    if (px.find_first_not_of('0') == std::string_view::npos ||
        py.find_first_not_of('0') == std::string_view::npos) {
      continue;
    }
    compared = true;
    agree = agree && px == py;
  }
  if (!compared) return;
  if (agree) {
    out.add(2, "birthday", "partly equal", x, y);
    return;
  }
  // Typed dates: one wrong digit, or day and month the other way round.
  const bool swapped_day_month = x.substr(0, 4) == y.substr(0, 4) &&
                                 x.substr(4, 2) == y.substr(6, 2) &&
                                 x.substr(6, 2) == y.substr(4, 2);
  const std::size_t distance = edit_distance(x, y, 2);
  if (swapped_day_month || distance <= 1) {
    out.add(3, "birthday", "similar", x, y);
  } else if (distance == 2) {
    out.add(-2, "birthday", "close", x, y);
  } else if (x.substr(0, 4) != "0000" && y.substr(0, 4) != "0000" &&
             std::abs(std::stoi(std::string(x.substr(0, 4))) -
                      std::stoi(std::string(y.substr(0, 4)))) >= 15) {
    // A generation apart: father and son share a name, often an address.
    out.add(out.has(Collector::identity_agrees) ? -5 : -9, "birthday", "a generation apart", x, y);
    out.mark(Collector::birthday_differs);
  } else {
    out.add(-5, "birthday", "different", x, y);
    out.mark(Collector::birthday_differs);
  }
}

std::string_view scheme_of(std::string_view identifier) {
  return identifier.substr(0, identifier.find(':'));
}

void compare_identifiers(const PersonProfile& a, const PersonProfile& b, Collector& out) {
  if (a.identifiers.empty() || b.identifiers.empty()) return;
  for (const std::string& x : a.identifiers) {
    if (contains(b.identifiers, x)) {
      out.add(18, "identifier", "equal", x, x);
      out.mark(Collector::identity_agrees);
      return;
    }
  }
  // Same scheme, different value: a typo, or two different people.
  for (const std::string& x : a.identifiers) {
    for (const std::string& y : b.identifiers) {
      if (scheme_of(x) != scheme_of(y)) continue;
      const std::size_t value_length = x.size() - scheme_of(x).size() - 1;
      if (value_length >= 5 && edit_distance(x, y, 1) <= 1) {
        out.add(10, "identifier", "similar", x, y);
        out.mark(Collector::identity_agrees);
      } else {
        out.add(-4, "identifier", "different", x, y);
      }
      return;
    }
  }
}

// Whether the part before '@' spells the person's family name or given
// name: "gerald.neuhaus", "gneuhaus", "sara.c".
bool names_mailbox(std::string_view email, const PersonProfile& person) {
  const std::string_view local = email.substr(0, email.find('@'));
  for (const NameForm& form : person.names) {
    for (const auto* words : {&form.family, &form.given}) {
      for (const std::string& word : *words) {
        if (word.size() >= 3 && local.find(word) != std::string_view::npos) return true;
      }
    }
  }
  return false;
}

void compare_emails(const PersonProfile& a, const PersonProfile& b, const Frequencies& frequencies,
                    Collector& out) {
  if (a.emails.empty() || b.emails.empty()) return;
  for (const std::string& x : a.emails) {
    if (!contains(b.emails, x)) continue;
    // A mailbox several people use is a role, not a person.
    if (is_role_mailbox(x) || frequencies.email(x) > 2) {
      out.add(1, "email", "shared mailbox", x, x);
    } else if (names_mailbox(x, a) || names_mailbox(x, b)) {
      out.add(14, "email", "equal", x, x);
      out.mark(Collector::identity_agrees);
    } else {
      // "trafficking@mup.gov.rs", "iomtirana@iom.int": may be a desk's.
      out.add(6, "email", "equal, not a name", x, x);
    }
    return;
  }
  bool personal_a = false;
  bool personal_b = false;
  for (const std::string& x : a.emails) personal_a = personal_a || !is_role_mailbox(x);
  for (const std::string& y : b.emails) personal_b = personal_b || !is_role_mailbox(y);
  if (!personal_a || !personal_b) return;
  // Two addresses that each spell their owner's name, and differ: two owners.
  bool named_a = false;
  bool named_b = false;
  for (const std::string& x : a.emails) named_a = named_a || names_mailbox(x, a);
  for (const std::string& y : b.emails) named_b = named_b || names_mailbox(y, b);
  if (named_a && named_b) {
    out.add(-7, "email", "different personal", a.emails.front(), b.emails.front());
  } else {
    out.add(-3, "email", "different", a.emails.front(), b.emails.front());
  }
}

bool shares_organization(const PersonProfile& a, const PersonProfile& b) {
  for (RecordId organization : a.organizations) {
    if (std::binary_search(b.organizations.begin(), b.organizations.end(), organization)) {
      return true;
    }
  }
  return false;
}

// A mobile is one person's; a desk line is shared by the office, a home
// line by the family (compare_persons weighs those as a household).
void compare_phones(const PersonProfile& a, const PersonProfile& b, const Frequencies& frequencies,
                    Collector& identity, Collector& household) {
  for (const std::string& x : a.phones) {
    if (!contains(b.phones, x)) continue;
    if (frequencies.phone(x) > 2) {
      household.add(1, "phone", "shared number", x, x);
    } else if (contains(a.mobile_phones, x) || contains(b.mobile_phones, x)) {
      identity.add(10, "phone", "equal mobile", x, x);
      identity.mark(Collector::identity_agrees);
    } else if (shares_organization(a, b)) {
      household.add(3, "phone", "shared office line", x, x);
    } else {
      household.add(7, "phone", "equal", x, x);
    }
    return;
  }
}

// How well the words of `a` are found among those of `b`, in any order
// (Monge-Elkan with Jaro-Winkler): "8 allunga cockcroft avenue" and
// "8 cockcroft avenue allunga" are the same street.
double word_similarity(std::string_view a, std::string_view b) {
  const auto wa = split_words(a);
  const auto wb = split_words(b);
  if (wa.empty() || wb.empty()) return 0;
  const auto& fewer = wa.size() <= wb.size() ? wa : wb;
  const auto& more = wa.size() <= wb.size() ? wb : wa;
  double total = 0;
  for (std::string_view word : fewer) {
    double best = 0;
    for (std::string_view other : more) best = std::max(best, jaro_winkler(word, other));
    total += best;
  }
  // Words the longer one has in addition count a little against it.
  return total / fewer.size() - 0.02 * static_cast<double>(more.size() - fewer.size());
}

// "launcestonrstreet" and "launceston street": words run together.
std::string without_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != ' ') out += c;
  }
  return out;
}

// "16 couvreur street" and "16 couvreur street kimberley caravan park": one
// address was written without its second line (a building, a park, a
// flat). The shorter must be a street with its number, not a bare name.
bool street_extends(std::string_view shorter, std::string_view longer) {
  if (shorter.size() >= longer.size() || longer[shorter.size()] != ' ') return false;
  if (longer.compare(0, shorter.size(), shorter) != 0) return false;
  return shorter.find(' ') != std::string_view::npos &&
         shorter.find_first_of("0123456789") != std::string_view::npos;
}

double compare_address(const AddressKey& x, const AddressKey& y, bool explain,
                       std::vector<MatchReason>* reasons) {
  double total = 0;
  auto note = [&](double weight, const char* field, const char* outcome, const std::string& vx,
                  const std::string& vy) {
    total += weight;
    if (explain) reasons->push_back({field, outcome, "'" + vx + "' / '" + vy + "'", weight});
  };
  // Streets are compared word by word, which costs; two addresses whose
  // postal code and locality both differ are elsewhere, whatever the street.
  const bool elsewhere = !x.postal_code.empty() && !y.postal_code.empty() && !x.locality.empty() &&
                         !y.locality.empty() &&
                         edit_distance(x.postal_code, y.postal_code, 1) > 1 &&
                         !similar_words(x.locality, y.locality);
  if (!x.street.empty() && !y.street.empty()) {
    if (x.street == y.street) {
      note(8, "street", "equal", x.street, y.street);
    } else if (!elsewhere &&
               (street_extends(x.street, y.street) || street_extends(y.street, x.street))) {
      note(7, "street", "one with a second line", x.street, y.street);
    } else if (!elsewhere &&
               (word_similarity(x.street, y.street) >= 0.9 ||
                jaro_winkler(without_spaces(x.street), without_spaces(y.street)) >= 0.93)) {
      note(6, "street", "similar", x.street, y.street);
    } else {
      note(-1, "street", "different", x.street, y.street);
    }
  }
  if (!x.locality.empty() && !y.locality.empty()) {
    if (x.locality == y.locality) {
      note(3, "locality", "equal", x.locality, y.locality);
    } else if (similar_words(x.locality, y.locality)) {
      note(2, "locality", "similar", x.locality, y.locality);
    } else {
      note(-1, "locality", "different", x.locality, y.locality);
    }
  }
  if (!x.postal_code.empty() && !y.postal_code.empty()) {
    if (x.postal_code == y.postal_code) {
      note(3, "postal_code", "equal", x.postal_code, y.postal_code);
    } else if (edit_distance(x.postal_code, y.postal_code, 1) <= 1) {
      note(1, "postal_code", "similar", x.postal_code, y.postal_code);
    } else {
      note(-1, "postal_code", "different", x.postal_code, y.postal_code);
    }
  }
  if (!x.region.empty() && !y.region.empty() && x.region != y.region) {
    note(-1, "region", "different", x.region, y.region);
  }
  return total;
}

void compare_addresses(const PersonProfile& a, const PersonProfile& b,
                       const Frequencies& frequencies, Collector& out) {
  if (a.addresses.empty() || b.addresses.empty()) return;
  double best = -1e9;
  const AddressKey* bx = nullptr;
  const AddressKey* by = nullptr;
  for (const AddressKey& x : a.addresses) {
    for (const AddressKey& y : b.addresses) {
      const double total = compare_address(x, y, false, nullptr);
      if (total > best) {
        best = total;
        bx = &x;
        by = &y;
      }
    }
  }
  // Colleagues share their office's address: agreeing on it says little.
  if (best > 2 && bx->street == by->street && !bx->street.empty() &&
      (frequencies.address(*bx) > 3 || frequencies.address(*by) > 3)) {
    out.add(2, "address", "shared by many", bx->street, by->street);
    return;
  }
  if (!out.explaining()) {
    out.add(best, "address", "");
    return;
  }
  std::vector<MatchReason> reasons;
  compare_address(*bx, *by, true, &reasons);
  for (MatchReason& reason : reasons) out.add_reason(std::move(reason));
}

void compare_affiliations(const PersonProfile& a, const PersonProfile& b, Collector& out) {
  for (RecordId organization : a.organizations) {
    if (std::binary_search(b.organizations.begin(), b.organizations.end(), organization)) {
      out.add(4, "organization", "shared");
      return;
    }
  }
}

}  // namespace

void Frequencies::add(const PersonProfile& profile) {
  ++population_;
  for (const NameForm& form : profile.names) {
    if (!form.family_joined.empty()) ++family_[form.family_joined];
    if (!form.given.empty()) ++given_[form.given.front()];
  }
  for (const std::string& email : profile.emails) ++email_[email];
  for (const std::string& phone : profile.phones) ++phone_[phone];
  for (const AddressKey& address : profile.addresses) {
    if (address.street.empty()) continue;
    auto& names = address_[key(address)];
    for (const NameForm& form : profile.names) names.insert(form.family_phonetic);
  }
}

Evidence compare_persons(const PersonProfile& a, const PersonProfile& b,
                         const Frequencies& frequencies, bool explain) {
  Collector out(explain);
  Collector household(explain);
  // What identifies a person comes first: an identifier, a personal
  // e-mail or a mobile that agree explain away a typed-over given name or
  // birth date below.
  compare_identifiers(a, b, out);
  compare_emails(a, b, frequencies, out);
  compare_phones(a, b, frequencies, out, household);
  compare_names(a, b, frequencies, out);
  compare_birthdays(a, b, out);
  compare_affiliations(a, b, out);
  if (!a.country.empty() && !b.country.empty() && a.country != b.country) {
    out.add(-2, "country", "different", a.country, b.country);
  }
  // A home's address and phone are shared by a family, whose members
  // share the family name too: a father and son, siblings, spouses. When
  // the family name agrees but the given name or the birth date says
  // "another person", the household explains the rest, and it counts
  // little -- unless an identifier or a personal e-mail says otherwise.
  compare_addresses(a, b, frequencies, household);
  if (out.has(Collector::relative) && !out.has(Collector::identity_agrees)) {
    out.add_reason({"given_name", "another family member",
                    "the family name agrees, the given name does not", -1});
  }
  constexpr double household_cap = 4;
  if (household.score() > household_cap && out.has(Collector::family_agrees) &&
      (out.has(Collector::given_differs) || out.has(Collector::birthday_differs)) &&
      !out.has(Collector::identity_agrees)) {
    out.add_reason({"address", "household",
                    "same home address or phone, but another given name or birth date",
                    household_cap});
  } else {
    out.absorb(std::move(household));
  }
  return out.finish();
}

MatchDecision decide(double score, const MatchThresholds& thresholds) {
  if (score >= thresholds.duplicate) return MatchDecision::duplicate;
  if (score >= thresholds.possible) return MatchDecision::possible;
  return MatchDecision::distinct;
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
