#include "text/latin_code_page.hpp"

#include <cstdint>

namespace liaison {
inline namespace v1 {
namespace text {
namespace {

bool is_ascii_letter(unsigned char b) noexcept {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

// What a byte says for windows-1250 against windows-1252: how common the
// letter each code page makes of it is in the languages written in that
// code page (0 for a symbol, an undefined byte or a rare letter, 3 for a
// letter of everyday names). `symbol`: one of the two readings is no
// letter, so the byte is evidence only inside a word.
struct LatinWeight {
  std::uint8_t cp1250 = 0;
  std::uint8_t cp1252 = 0;
  bool symbol = false;
};

LatinWeight latin_weight(unsigned char b) noexcept {
  switch (b) {
    case 0x83: return {0, 1, true};   // undefined | ƒ
    case 0x8A: return {2, 0, false};  // Š, in both
    case 0x8C: return {1, 1, false};  // Ś | Œ
    case 0x8D: return {1, 0, true};   // Ť | undefined
    case 0x8E: return {2, 0, false};  // Ž, in both
    case 0x8F: return {1, 0, true};   // Ź | undefined
    case 0x9A: return {2, 0, false};  // š, in both
    case 0x9C: return {2, 1, false};  // ś | œ
    case 0x9D: return {2, 0, true};   // ť | undefined
    case 0x9E: return {2, 0, false};  // ž, in both
    case 0x9F: return {2, 0, false};  // ź | Ÿ
    case 0xA3: return {2, 0, true};   // Ł | £
    case 0xA5: return {1, 0, true};   // Ą | ¥
    case 0xAA: return {1, 0, true};   // Ş | ª
    case 0xAF: return {1, 0, true};   // Ż | ¯
    case 0xB3: return {3, 0, true};   // ł | ³
    case 0xB9: return {3, 0, true};   // ą | ¹
    case 0xBA: return {1, 0, true};   // ş | º
    case 0xBC: return {1, 0, true};   // Ľ | ¼
    case 0xBE: return {2, 0, true};   // ľ | ¾
    case 0xBF: return {2, 0, true};   // ż | ¿
    case 0xC0: return {0, 1, false};  // Ŕ | À
    case 0xC3: return {1, 1, false};  // Ă | Ã
    case 0xC5: return {0, 1, false};  // Ĺ | Å
    case 0xC6: return {2, 1, false};  // Ć | Æ
    case 0xC8: return {3, 1, false};  // Č | È
    case 0xCA: return {1, 1, false};  // Ę | Ê
    case 0xCC: return {1, 0, false};  // Ě | Ì
    case 0xCF: return {1, 0, false};  // Ď | Ï
    case 0xD0: return {2, 0, false};  // Đ | Ð
    case 0xD1: return {1, 1, false};  // Ń | Ñ
    case 0xD2: return {1, 0, false};  // Ň | Ò
    case 0xD5: return {1, 1, false};  // Ő | Õ
    case 0xD8: return {2, 1, false};  // Ř | Ø
    case 0xDB: return {1, 0, false};  // Ű | Û
    case 0xDE: return {1, 0, false};  // Ţ | Þ
    case 0xE0: return {1, 3, false};  // ŕ | à
    case 0xE3: return {2, 2, false};  // ă | ã
    case 0xE5: return {1, 2, false};  // ĺ | å
    case 0xE6: return {3, 1, false};  // ć | æ
    case 0xE8: return {3, 3, false};  // č | è
    case 0xEA: return {2, 2, false};  // ę | ê
    case 0xEC: return {3, 1, false};  // ě | ì
    case 0xEF: return {1, 1, false};  // ď | ï
    case 0xF0: return {2, 0, false};  // đ | ð
    case 0xF1: return {2, 2, false};  // ń | ñ
    case 0xF2: return {2, 2, false};  // ň | ò
    case 0xF5: return {2, 2, false};  // ő | õ
    case 0xF8: return {2, 2, false};  // ř | ø
    case 0xF9: return {2, 1, false};  // ů | ù
    case 0xFB: return {2, 1, false};  // ű | û
    case 0xFE: return {1, 0, false};  // ţ | þ
    default: return {};               // the same in both, or no letter in either
  }
}

// Letters of ISO-8859-2 that windows-1250 reads as symbols: Ś Š Ź Ž ą ľ
// ś (¦ © ¬ ® ± µ ¶ there). Not « » ¡, which start French and Spanish words.
bool is_iso_8859_2_letter(unsigned char b) noexcept {
  return b == 0xA6 || b == 0xA9 || b == 0xAC || b == 0xAE || b == 0xB1 || b == 0xB5 || b == 0xB6;
}

bool is_in_both(unsigned char b) noexcept {
  return b == 0x8A || b == 0x8E || b == 0x9A || b == 0x9E;  // Š Ž š ž
}

}  // namespace

void LatinCodePageTally::add(unsigned char b) noexcept {
  if (b >= 0x80 && b <= 0x9F) ++c1_bytes_;
  // ISO-8859-2: such a letter inside a word, or starting one before a small letter.
  if (iso_candidate_) {
    if ((b >= 'a' && b <= 'z') || (iso_after_letter_ && is_ascii_letter(b))) ++iso_evidence_;
    iso_candidate_ = false;
  }
  if (is_iso_8859_2_letter(b)) {
    iso_candidate_ = true;
    iso_after_letter_ = is_ascii_letter(previous_);
  }
  if (b >= 0x80) {
    const LatinWeight weight = latin_weight(b);
    const bool after_letter = is_ascii_letter(previous_) || previous_ >= 0x80;
    if (!weight.symbol || after_letter) {
      score_1250_ += weight.cp1250;
      score_1252_ += weight.cp1252;
      if (weight.cp1250 > 0 && weight.cp1252 == 0 && !is_in_both(b)) ++only_1250_;
    }
  }
  previous_ = b;
}

void LatinCodePageTally::separate() noexcept {
  previous_ = 0;
  iso_candidate_ = false;
}

void LatinCodePageTally::merge(const LatinCodePageTally& other) noexcept {
  score_1250_ += other.score_1250_;
  score_1252_ += other.score_1252_;
  only_1250_ += other.only_1250_;
  c1_bytes_ += other.c1_bytes_;
  iso_evidence_ += other.iso_evidence_;
}

std::string_view LatinCodePageTally::code_page() const noexcept {
  if (c1_bytes_ == 0 && iso_evidence_ > 0) return "ISO-8859-2";
  if (score_1250_ != score_1252_) {
    return score_1250_ > score_1252_ ? "windows-1250" : "windows-1252";
  }
  return only_1250_ > 0 ? "windows-1250" : "windows-1252";
}

}  // namespace text
}  // namespace v1
}  // namespace liaison
