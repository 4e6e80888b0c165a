// Mojibake repair: runs of re-encodable characters (double UTF-8) and lines or
// words of legacy-font text (TCVN3, VNI) read as windows-1252.
#include "text/encoding_mojibake.h"

#include <vector>

#include "text/encoding_score.h"
#include "text/legacy_codec.h"
#include "text/utf8.h"
#include "text/vietnamese_letters.h"

namespace vnie {

namespace {

// Characters of U+0080..U+00FF that ordinary Vietnamese text uses besides its
// letters, so they do not trigger a closer look.
bool IsCommonLatin1Symbol(char32_t cp) {
  switch (cp) {
    case 0xA0:  // no-break space
    case 0xA9:  // ©
    case 0xAB:  // «
    case 0xBB:  // »
    case 0xB0:  // °
    case 0xB1:  // ±
    case 0xB2:  // ²
    case 0xB3:  // ³
      return true;
    default:
      return false;
  }
}

bool IsMarker(char32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) {
    if (IsCommonLatin1Symbol(cp)) return false;
    const LetterInfo& info = LookupLetter(cp);
    return info.base == 0 || !info.vietnamese;
  }
  // The windows-1252 letters and signs outside Latin-1 that double-encoded
  // UTF-8 is made of (Å’ Å¡ Å¸ â€ ...), but not the punctuation that
  // Vietnamese text does use (quotes, dashes, ellipsis, bullet, euro).
  switch (cp) {
    case 0x0152:
    case 0x0153:
    case 0x0160:
    case 0x0161:
    case 0x0178:
    case 0x017D:
    case 0x017E:
    case 0x0192:
    case 0x02C6:
    case 0x02DC:
    case 0x2020:
    case 0x2021:
    case 0x2030:
    case 0x2039:
    case 0x203A:
      return true;
    default:
      return false;
  }
}

// The windows-1252 (or windows-1258) byte a misreading turned into `cp`.
int MisreadByte(char32_t cp) {
  const int byte = LegacyCodec::Windows1252Byte(cp);
  if (byte >= 0) return byte;
  static const LegacyCodec* const cp1258 = LegacyCodec::Find("windows-1258");
  std::string one, encoded;
  AppendUtf8(cp, &one);
  if (cp1258->Encode(one, &encoded) == 0 && encoded.size() == 1) {
    return static_cast<unsigned char>(encoded[0]);
  }
  return -1;
}

// Lines of `a` that differ from the same line of `b` (repairs keep newlines).
size_t ChangedLines(std::string_view a, std::string_view b) {
  size_t changed = 0;
  while (true) {
    const size_t x = a.find('\n'), y = b.find('\n');
    changed += a.substr(0, x) != b.substr(0, y);
    if (x == std::string_view::npos || y == std::string_view::npos) return changed;
    a.remove_prefix(x + 1);
    b.remove_prefix(y + 1);
  }
}

// Bytes for every character of `text`, or false if one has none.
bool MisreadBytes(std::string_view text, std::string* bytes) {
  bytes->clear();
  for (size_t i = 0; i < text.size();) {
    Utf8Char c = DecodeUtf8(text, i);
    i += c.length;
    const int byte = c.valid ? MisreadByte(c.code_point) : -1;
    if (byte < 0) return false;
    bytes->push_back(static_cast<char>(byte));
  }
  return true;
}

bool HasAsciiLetter(std::string_view text) {
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  }
  return false;
}

// A word that only a misreading explains: letters mixed with a character
// Vietnamese text does not put in words (T×nh, ®¶ng, Vieät), and not itself a
// syllable. QĐ, NĐ (no marker) and café (no syllable after repair) stay.
bool IsBrokenWord(std::string_view word) {
  if (!HasAsciiLetter(word) || IsVietnameseSyllable(word)) return false;
  for (size_t i = 0; i < word.size();) {
    Utf8Char c = DecodeUtf8(word, i);
    i += c.length;
    if (c.valid && IsMarker(c.code_point)) return true;
  }
  return false;
}

size_t Improvement(std::string_view before, std::string_view after) {
  const WordTally b = TallyWords(before), a = TallyWords(after);
  return a.vietnamese > b.vietnamese ? a.vietnamese - b.vietnamese : 0;
}

// Double UTF-8: inside each run of non-ASCII characters that all have a
// windows-1252 byte, every stretch of bytes that is a valid multi-byte UTF-8
// character replaces the characters it came from.
std::string RepairDoubleUtf8(std::string_view text, bool whole_document) {
  std::string out;
  out.reserve(text.size());
  std::vector<int> run;  // bytes
  std::vector<size_t> run_offsets;
  auto flush = [&](size_t run_end) {
    for (size_t k = 0; k < run.size();) {
      std::string bytes;
      for (size_t m = k; m < run.size() && m < k + 4; ++m) bytes += static_cast<char>(run[m]);
      Utf8Char c = DecodeUtf8(bytes, 0);
      if (c.valid && c.length >= 2) {
        AppendUtf8(c.code_point, &out);
        k += c.length;
        continue;
      }
      const size_t end = k + 1 < run.size() ? run_offsets[k + 1] : run_end;
      out.append(text.substr(run_offsets[k], end - run_offsets[k]));
      ++k;
    }
    run.clear();
    run_offsets.clear();
  };
  for (size_t i = 0; i < text.size();) {
    Utf8Char c = DecodeUtf8(text, i);
    const int byte =
        c.valid && c.code_point >= 0x80 ? LegacyCodec::Windows1252Byte(c.code_point) : -1;
    if (byte >= 0x80) {
      run.push_back(byte);
      run_offsets.push_back(i);
      i += c.length;
      continue;
    }
    // "Ã" + no-break space is "à"; editors often turned that space into an
    // ordinary one, which only a wholly broken document lets us assume.
    if (whole_document && c.code_point == ' ' && !run.empty() && run.back() == 0xC3) {
      const size_t at = run_offsets.back();
      run.pop_back();
      run_offsets.pop_back();
      flush(at);
      out += "\u00E0";  // à; the space itself follows as usual
    }
    flush(i);
    out.append(text.substr(i, c.length));
    i += c.length;
  }
  flush(text.size());
  return out;
}

// Legacy-font text read as windows-1252: lines made only of such characters
// are converted whole when a word that was broken becomes a syllable and the
// line ends up at least 3 to 1 Vietnamese; in other lines only the words that
// were broken and become syllables are. `whole_document`: the document is
// known to be mojibake, so a line needs no broken word (VNI "Hoàng" is a
// word in its own right, and is "Hồng").
std::string RepairLegacyLines(std::string_view text, const LegacyCodec& codec, bool whole_document,
                              size_t* lines) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::string bytes, decoded;
  *lines = 0;
  size_t line_start = 0;
  while (line_start <= text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_start, line_end - line_start);
    std::string repaired;
    size_t fixable = 0;
    ForEachWord(line, [&](size_t begin, size_t end) {
      std::string_view word = line.substr(begin, end - begin);
      if (!IsBrokenWord(word) || !MisreadBytes(word, &bytes)) return;
      decoded.clear();
      codec.Decode(bytes, &decoded);
      if (IsVietnameseSyllable(decoded)) ++fixable;
    });
    bool changed = false;
    if (fixable > 0 || whole_document) {
      if (MisreadBytes(line, &bytes)) {
        decoded.clear();
        codec.Decode(bytes, &decoded);
        const WordTally before = TallyWords(line), after = TallyWords(decoded);
        const bool good =
            whole_document
                ? after.vietnamese >= after.other && after.vietnamese > 0 &&
                      after.vietnamese >= before.vietnamese
                : after.vietnamese >= 3 * after.other && after.vietnamese > before.vietnamese;
        if (good && decoded != line) {
          repaired = decoded;
          changed = true;
        }
      } else {
        size_t copied = 0;
        ForEachWord(line, [&](size_t begin, size_t end) {
          std::string_view word = line.substr(begin, end - begin);
          if (!IsBrokenWord(word) || !MisreadBytes(word, &bytes)) return;
          decoded.clear();
          codec.Decode(bytes, &decoded);
          if (!IsVietnameseSyllable(decoded)) return;
          repaired.append(line.substr(copied, begin - copied));
          repaired += decoded;
          copied = end;
          changed = true;
        });
        repaired.append(line.substr(copied));
      }
    }
    if (changed) {
      out += repaired;
      ++*lines;
    } else {
      out.append(line);
    }
    if (line_end < text.size()) out += '\n';
    line_start = line_end + 1;
  }
  return out;
}

}  // namespace

bool MayBeMojibake(std::string_view utf8) {
  // Continuation bytes still owed to the last Latin-1 character that reads as a
  // UTF-8 lead byte (Ã = C3 wants one, á = E1 two), and how many have come.
  int owed = 0, seen = 0;
  for (size_t i = 0; i < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {
      owed = 0;
      ++i;
      continue;
    }
    // Most Vietnamese letters are U+1E00-U+1EFF (E1 xx xx); with U+0100-U+013F
    // (C4 xx) and the combining marks (CC xx, CD xx) they are neither markers
    // nor windows-1252 characters, so they only end a pending sequence.
    if (byte == 0xE1 || byte == 0xC4 || byte == 0xCC || byte == 0xCD) {
      const size_t length = byte == 0xE1 ? 3 : 2;
      bool whole = i + length <= utf8.size();
      for (size_t k = 1; whole && k < length; ++k) {
        whole = (static_cast<unsigned char>(utf8[i + k]) & 0xC0) == 0x80;
      }
      if (whole) {
        owed = 0;
        i += length;
        continue;
      }
    }
    Utf8Char c = DecodeUtf8(utf8, i);
    i += c.length;
    if (!c.valid) {
      owed = 0;
      continue;
    }
    if (IsMarker(c.code_point)) return true;
    // A whole UTF-8 sequence spelled in windows-1252 characters: Ã© á»‡. A
    // lead alone is ordinary Vietnamese ("là”": à then a closing quote).
    const int b = LegacyCodec::Windows1252Byte(c.code_point);
    if (owed > 0 && b >= 0x80 && b <= 0xBF) {
      if (++seen == owed) return true;
      continue;
    }
    const char32_t cp = c.code_point;
    owed = cp >= 0xC2 && cp <= 0xDF ? 1 : cp >= 0xE0 && cp <= 0xEF ? 2 : cp >= 0xF0 && cp <= 0xF4 ? 3 : 0;
    seen = 0;
  }
  return false;
}

bool RepairMojibake(std::string_view utf8, MojibakeScope scope, MojibakeRepair* repair) {
  *repair = MojibakeRepair();
  if (!MayBeMojibake(utf8)) return false;  // the common case: one scan, no scoring
  repair->words = TallyWords(utf8).Total();

  auto dominant = [&](size_t improved) { return improved > 0 && improved * 2 >= repair->words; };
  // Double UTF-8 first: it is the stricter test (bytes must form UTF-8).
  std::string double_fixed = RepairDoubleUtf8(utf8, false);
  size_t improved = Improvement(utf8, double_fixed);
  if (improved > 0) {
    repair->encoding = "utf-8-mojibake";
    repair->repaired_words = improved;
    if (scope == MojibakeScope::kNone ||
        (scope == MojibakeScope::kDominant && !dominant(improved))) {
      return false;
    }
    repair->text = dominant(improved) ? RepairDoubleUtf8(utf8, true) : std::move(double_fixed);
    repair->lines = ChangedLines(utf8, repair->text);
    return true;
  }
  std::string best_text;
  size_t best_improved = 0, best_lines = 0;
  for (const char* name : {"tcvn3", "vni"}) {
    size_t lines = 0;
    std::string fixed = RepairLegacyLines(utf8, *LegacyCodec::Find(name), false, &lines);
    size_t gain = Improvement(utf8, fixed);
    if (gain > best_improved) {
      best_improved = gain;
      best_text = std::move(fixed);
      best_lines = lines;
      repair->encoding = std::string(name) + "-mojibake";
    }
  }
  repair->repaired_words = best_improved;
  if (best_improved == 0 || scope == MojibakeScope::kNone ||
      (scope == MojibakeScope::kDominant && !dominant(best_improved))) {
    return false;
  }
  if (dominant(best_improved)) {
    const LegacyCodec& codec =
        *LegacyCodec::Find(repair->encoding.substr(0, repair->encoding.find('-')));
    best_text = RepairLegacyLines(utf8, codec, true, &best_lines);
  }
  repair->text = std::move(best_text);
  repair->lines = best_lines;
  return true;
}

}  // namespace vnie
