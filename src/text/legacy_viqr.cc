// VIQR: a word at a time, letters with their marks, kept only if it spells a
// syllable.
#include "text/legacy_viqr.h"

#include "text/encoding_score.h"
#include "text/utf8.h"
#include "text/vietnamese_letters.h"

namespace vnie {

namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsVowel(char lower) {
  return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' ||
         lower == 'y';
}
bool IsMarkChar(char c) { return std::string_view("(^+'`?~.").find(c) != std::string_view::npos; }

uint8_t ToneOf(char c) {
  switch (c) {
    case '\'':
      return kAcute;
    case '`':
      return kGrave;
    case '?':
      return kHook;
    case '~':
      return kTilde;
    case '.':
      return kDotBelow;
    default:
      return kNoTone;
  }
}

uint8_t ModifierOf(char lower, char mark) {
  if (mark == '^' && (lower == 'a' || lower == 'e' || lower == 'o')) return kCircumflex;
  if (mark == '(' && lower == 'a') return kBreve;
  if (mark == '+' && (lower == 'o' || lower == 'u')) return kHorn;
  return kNoModifier;
}

// A word's letters with the VIQR marks after them. `final_mark`: the word
// ends in a . or ? that was taken as its tone.
struct ParsedWord {
  std::string text;
  size_t end = 0;
  bool marked = false;
  bool final_mark = false;
  // A mark that ordinary text does not put after a letter: ^ ( + ` ~ or a
  // word-initial dd. Such a word is taken even when it is not a syllable of
  // the table (Krông, Đắk, Byă: names of the highlands).
  bool strong = false;
  int tones = 0;
};

bool IsStrongMark(char c) { return c == '^' || c == '(' || c == '+' || c == '`' || c == '~'; }

ParsedWord ParseWord(std::string_view text, size_t i, bool take_final_mark) {
  ParsedWord word;
  // Upper-case letters without a vowel (HDDND, BDDBP) are an acronym, where
  // DD is Đ anywhere.
  bool acronym = true;
  for (size_t k = i; k < text.size() && IsAsciiLetter(text[k]); ++k) {
    acronym &= !IsLower(text[k]) && !IsVowel(static_cast<char>(text[k] | 0x20));
  }
  while (i < text.size() && IsAsciiLetter(text[i])) {
    const char letter = text[i++];
    const bool upper = !IsLower(letter);
    const char lower = static_cast<char>(letter | 0x20);
    uint8_t modifier = kNoModifier, tone = kNoTone;
    if (lower == 'd' && i < text.size() && (text[i] | 0x20) == 'd' &&
        (word.text.empty() || acronym)) {
      modifier = kStroke;
      word.strong = true;
      ++i;
    } else if (IsVowel(lower)) {
      if (i < text.size() && ModifierOf(lower, text[i]) != kNoModifier) {
        modifier = ModifierOf(lower, text[i++]);
        word.strong = true;
      }
      if (i < text.size() && ToneOf(text[i]) != kNoTone) {
        const bool final = (text[i] == '.' || text[i] == '?') &&
                           (i + 1 >= text.size() || !IsAsciiLetter(text[i + 1]));
        if (!final || take_final_mark) {
          word.strong |= IsStrongMark(text[i]);
          tone = ToneOf(text[i++]);
          word.final_mark = final;
          ++word.tones;
        }
      }
    }
    word.marked |= modifier != kNoModifier || tone != kNoTone;
    const char32_t cp = ComposeLetter(lower, modifier, tone, upper);
    if (cp == 0) {  // nothing Unicode can write: leave the word as typed
      word.marked = false;
      break;
    }
    AppendUtf8(cp, &word.text);
  }
  word.end = i;
  return word;
}

// Whether a parsed word is taken as Vietnamese.
bool Accept(const ParsedWord& word) {
  if (!word.marked) return false;
  if (IsVietnameseSyllable(word.text)) return true;
  return word.strong && word.tones <= 1;
}

// Only blanks between `at` and the end of the line or text.
bool EndsLine(std::string_view text, size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return at >= text.size() || text[at] == '\n' || text[at] == '\r';
}

}  // namespace

ViqrDecoded DecodeViqr(std::string_view text) {
  ViqrDecoded result;
  std::string& out = result.text;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && IsMarkChar(text[i + 1])) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (!IsAsciiLetter(c)) {
      out += c;
      ++i;
      continue;
    }
    ParsedWord word = ParseWord(text, i, true);
    if (word.final_mark && (EndsLine(text, word.end) || !Accept(word))) {
      word = ParseWord(text, i, false);  // the . or ? was punctuation
    }
    ++result.words;
    if (Accept(word)) {
      out += word.text;
      ++result.converted_words;
    } else {
      // Keep the letters as typed; the marks after them follow as text.
      word.end = i;
      while (word.end < text.size() && IsAsciiLetter(text[word.end])) ++word.end;
      out.append(text.substr(i, word.end - i));
    }
    i = word.end;
  }
  return result;
}

std::string EncodeViqr(std::string_view text) {
  std::string out;
  bool after_letter = false;
  for (size_t i = 0; i < text.size();) {
    Utf8Char c = DecodeUtf8(text, i);
    i += c.length;
    const LetterInfo& info = LookupLetter(c.code_point);
    if (c.valid && info.base != 0 && info.vietnamese) {
      const char base = static_cast<char>(info.upper ? info.base - 'a' + 'A' : info.base);
      out += base;
      switch (info.modifier) {
        case kCircumflex:
          out += '^';
          break;
        case kBreve:
          out += '(';
          break;
        case kHorn:
          out += '+';
          break;
        case kStroke:
          out += base;
          break;
        default:
          break;
      }
      static constexpr char kTones[] = {0, '`', '\'', '?', '~', '.'};
      if (info.tone != kNoTone) out += kTones[info.tone];
      after_letter = true;
      continue;
    }
    if (c.valid && c.code_point < 0x80) {
      const char ascii = static_cast<char>(c.code_point);
      if (after_letter && IsMarkChar(ascii)) out += '\\';
      out += ascii;
      after_letter = false;
      continue;
    }
    out += '?';
    after_letter = false;
  }
  return out;
}

}  // namespace vnie
