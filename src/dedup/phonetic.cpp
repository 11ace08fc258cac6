#include "dedup/phonetic.hpp"

#include <cstddef>

namespace liaison {
inline namespace v1 {
namespace dedup {

namespace {

// The key is built in two passes. The first reads the word left to right
// and writes one sound per spelling: a consonant class (a lower-case
// letter), `vowel`, or nothing for a silent letter. The second keeps the
// first sound, merges runs of one sound and drops the vowels.
constexpr char vowel = '*';
constexpr std::size_t max_key_length = 6;

constexpr bool is_vowel_letter(char c) noexcept {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// The word as lower-case ASCII letters, everything else left out. Short
// words stay on the stack; a longer one is cut, which changes no key since
// a key never needs more than its first few sounds.
struct letters {
  static constexpr std::size_t capacity = 64;
  char text[capacity];
  std::size_t size = 0;

  explicit letters(std::string_view word) noexcept {
    for (char c : word) {
      if (size == capacity) break;
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c >= 'a' && c <= 'z') text[size++] = c;
    }
  }
  // The letter at i, or '\0' past either end, so that rules can look
  // around without bounds checks.
  char at(std::size_t i) const noexcept { return i < size ? text[i] : '\0'; }
};

// Whether y at i is a consonant (/j/, "yovan", "maya") rather than a vowel
// ("smyth", "harry").
bool is_consonant_y(const letters& w, std::size_t i) noexcept {
  return is_vowel_letter(w.at(i + 1));
}

// The sound of the spelling that starts at w[i]; sets `used` to the number
// of letters it covers.
char sound_at(const letters& w, std::size_t i, std::size_t& used) noexcept {
  const char c = w.at(i);
  const char next = w.at(i + 1);
  const char after = w.at(i + 2);
  const bool initial = i == 0;
  used = 1;
  switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u': return vowel;
    case 'y':
      // Consonantal y is the j of Slavic spelling: Yovanovich, Jovanović.
      if (is_consonant_y(w, i)) return initial ? 'j' : vowel;
      return vowel;
    case 'j':
      // Only a word-initial j is heard as a consonant of its own: inside a
      // word it softens its neighbour (lj, nj, pj) or glides between vowels
      // (Maja/Maya, Bojan/Boyan, Nikolaj/Nikolai).
      return initial ? 'j' : vowel;
    case 'c':
      // č, ć and ç fold to c, and English, Albanian and Hungarian spell the
      // same sounds ch, q, cs and cz: one class with k.
      if (next == 'h' || next == 'k' || next == 's' || next == 'z') used = 2;
      return 'k';
    case 'k':
      // kh is x in Russian and Arabic transcription: Mikhail/Mihail,
      // Akhmed/Ahmed. Word-initially it is kept as k (Khan/Kan).
      if (next == 'h') {
        used = 2;
        return initial ? 'k' : vowel;
      }
      return 'k';
    case 'q':
      if (next == 'u') used = 2;
      return 'k';
    case 'x':
      // Albanian xh is Bosnian dž (Xhemal/Džemal); elsewhere x is ks.
      if (next == 'h') {
        used = 2;
        return 'd';
      }
      return 'k';  // the s follows from the caller: see phonetic_key
    case 'g':
      // gj (Albanian, Macedonian ѓ) and dj (Serbian đ) are one sound.
      if (next == 'j') {
        used = 2;
        return 'd';
      }
      if (next == 'h') used = 2;
      return 'g';
    case 'd':
      // dj, dz (from dž, Macedonian џ) and dzh all sound as đ; people
      // without the letter write Dorde for Đorđe, hence plain d.
      if (next == 'j' || next == 'z') {
        used = next == 'z' && after == 'h' ? 3 : 2;
        return 'd';
      }
      return 'd';
    case 't':
      if (next == 'h') {
        used = 2;
        return 't';
      }
      // tch, ts and tz are the affricate c: Jovanovitch, Tsvetan, Schultz.
      if (next == 'c' && after == 'h') {
        used = 3;
        return 'k';
      }
      if (next == 's' || next == 'z') {
        used = 2;
        return 'k';
      }
      return 't';
    case 's':
      // sch and sh are š, which folds to s; Hungarian sz is s.
      if (next == 'c' && after == 'h') {
        used = 3;
      } else if (next == 'h' || next == 'z') {
        used = 2;
      }
      return 's';
    case 'z':
      if (next == 'h' || next == 's') used = 2;
      return 's';
    case 'p':
      if (next == 'h') {
        used = 2;
        return 'f';
      }
      return 'p';
    case 'w':
      if (initial && next == 'h') used = 2;
      return 'v';
    case 'h':
      // An h that no rule above took is silent inside a word: Neuhaus,
      // Mohammed/Mohamed. Word-initially it is kept.
      return initial ? 'h' : vowel;
    default: return c;  // b f l m n r v
  }
}

}  // namespace

std::string phonetic_key(std::string_view folded_word) {
  const letters w(folded_word);
  // Raw sounds, before merging and dropping; x adds a second one.
  char sounds[letters::capacity * 2];
  std::size_t count = 0;
  for (std::size_t i = 0; i < w.size;) {
    std::size_t used = 1;
    const char s = sound_at(w, i, used);
    sounds[count++] = s;
    if (w.at(i) == 'x' && s == 'k') sounds[count++] = 's';
    i += used;
  }

  std::string key;
  key.reserve(max_key_length);
  char last = '\0';
  for (std::size_t i = 0; i < count && key.size() < max_key_length; ++i) {
    const char s = sounds[i];
    if (s == last) continue;  // doubled letters and spellings of one sound
    last = s;
    if (s == vowel) {
      // A leading vowel is kept as one class: Emir/Amir, Ivan/Evan.
      if (i == 0) key.push_back('a');
      continue;
    }
    key.push_back(s);
  }
  return key;
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
