// Vietnamese letters as (base letter, modifier, tone, case).
//
// Vietnamese stacks up to two marks on a Latin letter: a modifier that makes it
// another letter (â ă ê ô ơ ư, and đ) and one of five tone marks. Tone repair
// needs to take a precomposed letter apart, move the tone and put it back
// together, so this table maps every precomposed Latin letter (and the
// combining marks themselves) to those parts and back. It is built once from
// ICU's canonical decompositions, so no hand-typed table can drift from Unicode.
#ifndef VNIE_TEXT_VIETNAMESE_LETTERS_H_
#define VNIE_TEXT_VIETNAMESE_LETTERS_H_

#include <cstdint>

namespace vnie {

enum Modifier : uint8_t {
  kNoModifier = 0,
  kCircumflex = 1,  // â ê ô (U+0302)
  kBreve = 2,       // ă (U+0306)
  kHorn = 3,        // ơ ư (U+031B)
  kStroke = 4,      // đ (no combining form)
};

enum Tone : uint8_t {
  kNoTone = 0,
  kGrave = 1,     // huyền U+0300
  kAcute = 2,     // sắc U+0301
  kHook = 3,      // hỏi U+0309
  kTilde = 4,     // ngã U+0303
  kDotBelow = 5,  // nặng U+0323
};

struct LetterInfo {
  char base = 0;  // lower-case ASCII letter; 0: not a Latin letter of this table
  uint8_t modifier = kNoModifier;
  uint8_t tone = kNoTone;
  bool upper = false;
  // Only Vietnamese marks, in combinations Vietnamese uses (e.g. not ö, ñ, ǎ).
  bool vietnamese = false;
};

// The letter tables, built once; hot loops hold a reference to skip the
// one-time-initialization check on every character.
class LetterTable {
 public:
  static const LetterTable& Get();

  // The parts of `code_point`; base == 0 for anything that is not a Latin
  // letter covered by the table (digits, punctuation, other scripts).
  const LetterInfo& Lookup(char32_t code_point) const {
    if (code_point < 128) return ascii_[code_point];
    if (code_point >= kLatinBegin && code_point < kLatinEnd)
      return latin_[code_point - kLatinBegin];
    if (code_point >= kExtendedBegin && code_point < kExtendedEnd) {
      return extended_[code_point - kExtendedBegin];
    }
    return not_a_letter_;
  }

  // The precomposed code point for the parts, or 0 if Unicode has none.
  char32_t Compose(char base, uint8_t modifier, uint8_t tone, bool upper) const {
    if (base < 'a' || base > 'z' || modifier > kStroke || tone > kDotBelow) return 0;
    return compose_[base - 'a'][modifier][tone][upper ? 1 : 0];
  }

 private:
  LetterTable();
  // Two dense blocks cover every precomposed Latin letter Vietnamese uses.
  static constexpr char32_t kLatinBegin = 0x00C0, kLatinEnd = 0x0250;
  static constexpr char32_t kExtendedBegin = 0x1E00, kExtendedEnd = 0x1F00;
  void Fill(char32_t begin, char32_t end, LetterInfo* out);

  LetterInfo ascii_[128];
  LetterInfo latin_[kLatinEnd - kLatinBegin];
  LetterInfo extended_[kExtendedEnd - kExtendedBegin];
  LetterInfo not_a_letter_;
  char32_t compose_[26][5][6][2] = {};  // [base][modifier][tone][upper]
};

inline const LetterInfo& LookupLetter(char32_t code_point) {
  return LetterTable::Get().Lookup(code_point);
}

// For a combining mark: the Vietnamese modifier or tone it adds, or both 0.
struct MarkInfo {
  uint8_t modifier = kNoModifier;
  uint8_t tone = kNoTone;
  bool combining = false;  // any mark in U+0300..U+036F
};
MarkInfo LookupMark(char32_t code_point);

inline char32_t ComposeLetter(char base, uint8_t modifier, uint8_t tone, bool upper) {
  return LetterTable::Get().Compose(base, modifier, tone, upper);
}

// One byte per toneless lower-case letter, so that spellings pack into small
// keys: plain letters are themselves, modified ones get upper-case codes
// (â A, ê E, ô O, ă W, ơ P, ư U, đ D). A horn on any base but o reads as ư.
inline char LetterCode(char base, uint8_t modifier) {
  switch (modifier) {
    case kCircumflex:
      return base == 'a' ? 'A' : base == 'e' ? 'E' : 'O';
    case kBreve:
      return 'W';
    case kHorn:
      return base == 'o' ? 'P' : 'U';
    case kStroke:
      return 'D';
    default:
      return base;
  }
}

}  // namespace vnie

#endif  // VNIE_TEXT_VIETNAMESE_LETTERS_H_
