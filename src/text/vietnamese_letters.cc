// Vietnamese letters: tables filled at first use from ICU decompositions.
#include "text/vietnamese_letters.h"

#include <array>

#include "unicode/normalizer2.h"
#include "unicode/unistr.h"

namespace vnie {

namespace {

uint8_t ToneOfMark(char32_t mark) {
  switch (mark) {
    case 0x0300:
      return kGrave;
    case 0x0301:
      return kAcute;
    case 0x0309:
      return kHook;
    case 0x0303:
      return kTilde;
    case 0x0323:
      return kDotBelow;
    default:
      return kNoTone;
  }
}

uint8_t ModifierOfMark(char32_t mark) {
  switch (mark) {
    case 0x0302:
      return kCircumflex;
    case 0x0306:
      return kBreve;
    case 0x031B:
      return kHorn;
    default:
      return kNoModifier;
  }
}

bool ModifierFits(char base, uint8_t modifier) {
  switch (modifier) {
    case kNoModifier:
      return true;
    case kCircumflex:
      return base == 'a' || base == 'e' || base == 'o';
    case kBreve:
      return base == 'a';
    case kHorn:
      return base == 'o' || base == 'u';
    case kStroke:
      return base == 'd';
  }
  return false;
}

bool IsVowel(char base) {
  return base == 'a' || base == 'e' || base == 'i' || base == 'o' || base == 'u' || base == 'y';
}

}  // namespace

LetterTable::LetterTable() {
  for (int c = 0; c < 128; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      LetterInfo& info = ascii_[c];
      info.base = static_cast<char>(c | 0x20);
      info.upper = c < 'a';
      info.vietnamese = true;
      compose_[info.base - 'a'][0][0][info.upper] = c;
    }
  }
  Fill(kLatinBegin, kLatinEnd, latin_);
  Fill(kExtendedBegin, kExtendedEnd, extended_);
  // Đ đ have no decomposition.
  for (bool upper : {false, true}) {
    char32_t cp = upper ? 0x0110 : 0x0111;
    latin_[cp - kLatinBegin] = LetterInfo{'d', kStroke, kNoTone, upper, true};
    compose_['d' - 'a'][kStroke][0][upper] = cp;
  }
}

void LetterTable::Fill(char32_t begin, char32_t end, LetterInfo* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (nfd == nullptr || U_FAILURE(status)) return;
  for (char32_t cp = begin; cp < end; ++cp) {
    icu::UnicodeString decomposition;
    if (!nfd->getDecomposition(static_cast<UChar32>(cp), decomposition)) continue;
    UChar32 first = decomposition.char32At(0);
    if (first >= 128 || ascii_[first].base == 0) continue;
    LetterInfo info = ascii_[first];
    bool vietnamese = true;
    for (int32_t i = decomposition.moveIndex32(0, 1); i < decomposition.length();
         i = decomposition.moveIndex32(i, 1)) {
      UChar32 mark = decomposition.char32At(i);
      uint8_t tone = ToneOfMark(mark), modifier = ModifierOfMark(mark);
      if (tone != kNoTone && info.tone == kNoTone) {
        info.tone = tone;
      } else if (modifier != kNoModifier && info.modifier == kNoModifier) {
        info.modifier = modifier;
      } else {
        vietnamese = false;
      }
    }
    if (!ModifierFits(info.base, info.modifier)) vietnamese = false;
    if (info.tone != kNoTone && !IsVowel(info.base)) vietnamese = false;
    info.vietnamese = vietnamese;
    if (!vietnamese) {
      info.modifier = kNoModifier;
      info.tone = kNoTone;
    }
    out[cp - begin] = info;
    if (vietnamese) compose_[info.base - 'a'][info.modifier][info.tone][info.upper] = cp;
  }
}

const LetterTable& LetterTable::Get() {
  static const LetterTable* const table = new LetterTable();
  return *table;
}

MarkInfo LookupMark(char32_t cp) {
  MarkInfo info;
  if (cp < 0x0300 || cp > 0x036F) return info;
  info.combining = true;
  info.tone = ToneOfMark(cp);
  info.modifier = ModifierOfMark(cp);
  return info;
}

}  // namespace vnie
