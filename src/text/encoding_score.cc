// Encoding score: a syllable-shape check over data/syllable_parts.tsv.
//
// This is a yes/no test, unlike SyllableRules (which repairs tone placement):
// it accepts a tone on any vowel of the nucleus, since a document is scored
// before any repair, but it is strict about what a wrong decoding produces:
// symbols, impossible letters and mixed case.
#include "text/encoding_score.h"

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/status.h"
#include "text/embedded_data.h"
#include "text/tsv.h"
#include "text/vietnamese_letters.h"

namespace vnie {

namespace {

bool IsVowelCode(char code) {
  return std::string_view("aAWeEioOPuUy").find(code) != std::string_view::npos;
}
bool IsFrontCode(char code) { return code == 'i' || code == 'e' || code == 'E' || code == 'y'; }

struct Parts {
  std::set<std::string> initials, front_initials, finals;
  std::set<std::string> open_nuclei, closed_nuclei;  // may stand without / with a final
};

std::string Codes(std::string_view spelling) {
  std::string codes;
  for (size_t i = 0; i < spelling.size();) {
    Utf8Char c = DecodeUtf8(spelling, i);
    i += c.length;
    const LetterInfo& info = LookupLetter(c.code_point);
    if (info.base == 0) throw std::logic_error("syllable_parts.tsv: bad spelling");
    codes += LetterCode(info.base, info.modifier);
  }
  return codes;
}

const Parts& GetParts() {
  static const Parts* const parts = [] {
    auto* p = new Parts;
    Status status = ForEachDataLine(
        EmbeddedTextData("syllable_parts.tsv"), [&](int, std::string_view line) -> Status {
          std::vector<std::string_view> f = SplitFields(line, '\t');
          if (f.size() < 2) return absl::OkStatus();
          if (f[0] == "initial") {
            (f.size() > 2 && f[2] == "front" ? p->front_initials : p->initials).insert(Codes(f[1]));
          } else if (f[0] == "final") {
            p->finals.insert(Codes(f[1]));
          } else if (f[0] == "nucleus" && f.size() >= 5) {
            if (f[2] != "-" || f[3] != "-") p->open_nuclei.insert(Codes(f[1]));
            if (f[4] != "-") p->closed_nuclei.insert(Codes(f[1]));
          }
          return absl::OkStatus();
        });
    if (!status.ok() || p->initials.empty() || p->open_nuclei.empty()) {
      throw std::logic_error("syllable_parts.tsv: no initials or nuclei");
    }
    return p;
  }();
  return *parts;
}

constexpr int kMaxLetters = 8;

}  // namespace

bool IsWordSeparator(char32_t cp) {
  if (cp < 0x80) {
    return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
  }
  // ° and ± are measurement signs (31°C); the other Latin-1 signs are letters
  // in one legacy font or another (® is TCVN3 đ), so they stay in words.
  return cp == 0xA0 || cp == 0xB0 || cp == 0xB1 || (cp >= 0x2000 && cp <= 0x2027) || cp == 0x202F ||
         cp == 0x3000 || cp == 0xFEFF;
}

bool IsVietnameseSyllable(std::string_view word) {
  const LetterTable& letters = LetterTable::Get();
  char codes[kMaxLetters];
  bool upper[kMaxLetters];
  int count = 0, tones = 0;
  uint8_t tone = kNoTone;
  for (size_t i = 0; i < word.size();) {
    Utf8Char c = DecodeUtf8(word, i);
    i += c.length;
    if (!c.valid) return false;
    const LetterInfo& info = letters.Lookup(c.code_point);
    if (info.base != 0) {
      if (!info.vietnamese || count == kMaxLetters) return false;
      upper[count] = info.upper;
      codes[count++] = LetterCode(info.base, info.modifier);
      if (info.tone != kNoTone) tone = info.tone, ++tones;
      continue;
    }
    MarkInfo mark = LookupMark(c.code_point);
    if (!mark.combining || count == 0) return false;
    if (mark.tone != kNoTone) {
      tone = mark.tone, ++tones;
    } else {
      const char code = codes[count - 1];
      char modified = 0;
      if (mark.modifier == kCircumflex && (code == 'a' || code == 'e' || code == 'o')) {
        modified = LetterCode(code, kCircumflex);
      } else if (mark.modifier == kBreve && code == 'a') {
        modified = 'W';
      } else if (mark.modifier == kHorn && (code == 'o' || code == 'u')) {
        modified = LetterCode(code, kHorn);
      }
      if (modified == 0) return false;
      codes[count - 1] = modified;
    }
  }
  if (count == 0 || tones > 1) return false;
  // hà, Hà, HÀ; not hÀ or xỮ.
  for (int i = 2; i < count; ++i) {
    if (upper[i] != upper[1]) return false;
  }
  if (count > 1 && upper[1] && !upper[0]) return false;

  int start = 0;
  while (start < count && !IsVowelCode(codes[start])) ++start;
  if (start == count || start > 3) return false;
  if (start == 1 && start + 1 < count && IsVowelCode(codes[start + 1]) &&
      ((codes[0] == 'q' && codes[1] == 'u') || (codes[0] == 'g' && codes[1] == 'i'))) {
    ++start;
  }
  int end = start;
  while (end < count && IsVowelCode(codes[end])) ++end;
  for (int i = end; i < count; ++i) {
    if (IsVowelCode(codes[i])) return false;
  }
  const Parts& parts = GetParts();
  const std::string initial(codes, start), nucleus(codes + start, end - start),
      final(codes + end, count - end);
  const bool front = IsFrontCode(codes[start]);
  if (!initial.empty()) {
    if (parts.front_initials.count(initial)) {
      if (!front) return false;
    } else if (!parts.initials.count(initial)) {
      return false;
    }
    // c never comes before i e ê y; k before other vowels is left alone, as
    // place names (Bắc Kạn, Kon Tum) use it.
    if (initial == "c" && front) return false;
  }
  if (final.empty()) return parts.open_nuclei.count(nucleus) > 0;
  if (!parts.finals.count(final) || !parts.closed_nuclei.count(nucleus)) return false;
  // Stop finals take only the rising tones.
  const bool stop = final == "c" || final == "ch" || final == "p" || final == "t";
  return !stop || tone == kAcute || tone == kDotBelow;
}

WordTally TallyWords(std::string_view text) {
  WordTally tally;
  ForEachWord(text, [&](size_t begin, size_t end) {
    std::string_view word = text.substr(begin, end - begin);
    bool ascii = true;
    for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) return;
    if (IsVietnameseSyllable(word)) {
      ++tally.vietnamese;
    } else {
      ++tally.other;
    }
  });
  return tally;
}

}  // namespace vnie
