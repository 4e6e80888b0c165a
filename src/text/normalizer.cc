// Normalizer: three stages, each skipped when it has nothing to do.
//
//   1. Character rules (data/char_rules.tsv) on the text as read: invalid UTF-8
//      -> U+FFFD, look-alikes, spaces, dashes, quotes, controls; runs of spaces
//      collapse to one. Rules run before NFC because some of them feed it
//      (U+0340 -> U+0300, ZWSP removed between a letter and its mark).
//   2. NFC (ICU Normalizer2; its Edits give the offset map).
//   3. Syllable repair (text/syllable.h) on each word holding a non-ASCII letter.
// Each stage writes through a Rewriter, so a stage that changes nothing costs
// one read-only scan and the final map is the composition of the stages that
// did change something. Already-normalized text therefore comes back as an
// identity map after two scans and one copy: stage 1 notes whether it saw any
// character NFC could change, and ICU is not called when it saw none.
//
// Control characters (see data/char_rules.tsv): TAB, LF, CR are kept; VT, FF,
// NEL, U+2028 and U+2029 become LF; NUL, the other C0 controls, DEL and the C1
// controls become a space (and join a run of spaces).
#include "text/normalizer.h"

#include <array>
#include <cstring>
#include <vector>

#include "text/char_rules.h"
#include "text/rewriter.h"
#include "text/syllable.h"
#include "text/utf8.h"
#include "text/vietnamese_letters.h"
#include "unicode/bytestream.h"
#include "unicode/edits.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unorm2.h"

namespace vnie {

namespace {

constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

inline bool IsAsciiLetter(unsigned char b) { return static_cast<unsigned>((b | 0x20) - 'a') < 26u; }
inline bool IsAsciiDigit(unsigned char b) { return static_cast<unsigned>(b - '0') < 10u; }
constexpr std::array<bool, 256> kAsciiVowels = [] {
  std::array<bool, 256> vowels{};
  for (char c : std::string_view("aeiouyAEIOUY")) vowels[static_cast<unsigned char>(c)] = true;
  return vowels;
}();
inline bool IsAsciiVowel(unsigned char b) { return kAsciiVowels[b]; }
inline bool IsAsciiSpace(unsigned char b) {
  return b == ' ' || b == '\t' || b == '\n' || b == '\r';
}

// Bytes that stage 1 must look at: every non-ASCII byte, the space (collapse)
// and the ASCII characters that have a rule (controls, DEL).
// Two variants: spaces only need a look when the text has a double space
// somewhere (spaces after a replacement that produced one are handled there).
struct AsciiClass {
  bool interesting[256];
  // Whether the interesting ASCII bytes are all controls (< 0x20) or DEL, so
  // that eight bytes at a time can be skipped with word arithmetic.
  bool controls_only = true;
  AsciiClass(const CharRules& rules, bool spaces) {
    for (int b = 0; b < 256; ++b) {
      interesting[b] =
          b >= 0x80 || (spaces && b == ' ') || rules.Find(static_cast<char32_t>(b)) != nullptr;
      if (b < 0x80 && interesting[b] && b >= 0x20 && b != 0x7F) controls_only = false;
    }
  }
};

// True if any of the eight bytes is >= 0x80, < 0x20 or DEL.
inline bool MaybeInteresting(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const uint64_t below_space = (word - 0x20 * kOnes) & ~word & kHigh;
  const uint64_t x = word ^ (0x7F * kOnes);
  const uint64_t del = (x - kOnes) & ~x & kHigh;
  return ((word & kHigh) | below_space | del) != 0;
}

// Whether the text has two spaces in a row, eight positions at a time (the
// text has a space every few bytes, so a memchr-based search is slow).
bool HasDoubleSpace(std::string_view text) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const size_t n = text.size();
  size_t i = 0;
  for (; i + 9 <= n; i += 8) {
    uint64_t here, next;
    std::memcpy(&here, text.data() + i, 8);
    std::memcpy(&next, text.data() + i + 1, 8);
    // A zero byte in (here ^ spaces) | (next ^ spaces) is a space followed by a space.
    const uint64_t v = (here ^ (0x20 * kOnes)) | (next ^ (0x20 * kOnes));
    if (((v - kOnes) & ~v & kHigh) != 0) return true;
  }
  for (; i + 1 < n; ++i) {
    if (text[i] == ' ' && text[i + 1] == ' ') return true;
  }
  return false;
}

bool Contains(std::string_view text, std::string_view needle) {
  return text.find(needle) != std::string_view::npos;
}

size_t NextNonAscii(std::string_view text, size_t i) {
  const size_t n = text.size();
  while (i + 8 <= n) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    uint64_t high = word & 0x8080808080808080ULL;
    // Little-endian: the lowest set bit is the first non-ASCII byte.
    if (high != 0) return i + (static_cast<size_t>(__builtin_ctzll(high)) >> 3);
    i += 8;
  }
  while (i < n && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

// What stage 1 learns on its way for the later stages.
struct ScanFacts {
  bool non_ascii = false;
  bool maybe_not_nfc = false;  // a character that NFC could change was seen
};

// Stage 1.
// Per BMP character: whether a rule applies and whether NFC may change it,
// in one byte so that the common letter costs one load.
enum : uint8_t { kHasRule = 1, kNfcUnsafe = 2 };

ScanFacts ApplyCharRules(std::string_view text, const CharRules& rules,
                         const AsciiClass& ascii_with_spaces,
                         const AsciiClass& ascii_without_spaces,
                         const std::vector<uint8_t>& bmp_flags, Rewriter* rewriter) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const AsciiClass& ascii = HasDoubleSpace(text) ? ascii_with_spaces : ascii_without_spaces;
  const bool skip_words = ascii.controls_only && &ascii == &ascii_without_spaces;
  ScanFacts facts;
  size_t i = 0;
  while (i < n) {
    if (skip_words) {
      while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, s + i, 8);
        if (MaybeInteresting(word)) break;
        i += 8;
      }
    }
    while (i < n && !ascii.interesting[s[i]]) ++i;
    if (i >= n) break;
    const unsigned char b = s[i];
    if (b == ' ') {
      if (i > 0 && rewriter->LastByteBefore(i) == ' ') rewriter->Replace(i, i + 1, "");
      ++i;
      continue;
    }
    size_t length = 1;
    const std::string* replacement = nullptr;
    if (b < 0x80) {
      replacement = rules.Find(b);
    } else {
      facts.non_ascii = true;
      Utf8Char c = DecodeUtf8(text, i);
      length = c.length;
      if (!c.valid) {
        rewriter->Replace(i, i + length, kReplacementUtf8);
        i += length;
        continue;
      }
      const uint8_t flags =
          c.code_point < bmp_flags.size() ? bmp_flags[c.code_point] : kHasRule | kNfcUnsafe;
      if (flags & kHasRule) replacement = rules.Find(c.code_point);
      if (flags & kNfcUnsafe) facts.maybe_not_nfc = true;
    }
    if (replacement != nullptr) {
      if (*replacement == " " && rewriter->LastByteBefore(i) == ' ') {
        rewriter->Replace(i, i + length, "");
      } else {
        rewriter->Replace(i, i + length, *replacement);
      }
      // A replacement may itself need composing (U+0340 -> U+0300).
      facts.maybe_not_nfc = true;
      i += length;
      // Plain spaces right after a produced space join its run.
      if (rewriter->LastByteBefore(i) == ' ') {
        while (i < n && s[i] == ' ') {
          rewriter->Replace(i, i + 1, "");
          ++i;
        }
      }
      continue;
    }
    i += length;
  }
  return facts;
}

// BMP characters that can make a text non-NFC: those whose NFC quick check is
// not "yes" and those with a non-zero combining class (they may need
// reordering). A text without any of them is NFC, so ICU need not look at it.
std::vector<uint8_t> BmpFlags(const CharRules& rules) {
  std::vector<uint8_t> flags(0x10000, 0);
  for (UChar32 cp = 0; cp < 0x10000; ++cp) {
    if (rules.Find(static_cast<char32_t>(cp)) != nullptr) flags[cp] |= kHasRule;
    if (cp >= 0x80 && (u_getIntPropertyValue(cp, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
                       u_getCombiningClass(cp) != 0)) {
      flags[cp] |= kNfcUnsafe;
    }
  }
  return flags;
}

// Stage 2. Returns false when `text` is already NFC.
bool ApplyNfc(std::string_view text, std::string* out, OffsetMap* map) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;
  icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return false;
  status = U_ZERO_ERROR;
  out->clear();
  out->reserve(text.size());
  icu::StringByteSink<std::string> sink(out);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) return false;
  *map = OffsetMap();
  map->Reserve(2 * static_cast<size_t>(edits.numberOfChanges()) + 1);
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    size_t source = static_cast<size_t>(it.sourceIndex());
    size_t old_length = static_cast<size_t>(it.oldLength());
    if (it.hasChange()) {
      map->AppendReplacement(static_cast<size_t>(it.newLength()),
                             ByteSpan{source, source + old_length});
    } else {
      map->AppendCopy(source, old_length);
    }
  }
  return true;
}

// gh and ngh, whose spelling repair (nghành -> ngành) applies whatever the tone.
bool StartsWithFrontOnlyInitial(std::string_view word) {
  size_t at = 0;
  if (!word.empty() && (word[0] | 0x20) == 'n') at = 1;
  return word.size() > at + 1 && (word[at] | 0x20) == 'g' && (word[at + 1] | 0x20) == 'h';
}

bool IsLinkToken(std::string_view token) {
  for (size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '@') return true;
    if (token[i] == ':' && token.substr(i + 1, 2) == "//") return true;
  }
  return token.substr(0, 4) == "www." || token.substr(0, 4) == "WWW.";
}

// Stage 3: words are maximal runs of letters and combining marks; only those
// with a non-ASCII character can need repair. Words touching a digit or an
// underscore (codes like F0, H5N1), and every word of a token that looks like
// a URL or an email address, are left alone.
void RepairSyllables(std::string_view text, ToneStyle style, const SyllableRules& rules,
                     Rewriter* rewriter) {
  const size_t n = text.size();
  size_t i = 0;
  size_t token_end = 0;  // the whitespace-delimited token checked last
  bool token_is_link = false;
  std::string replacement;
  const LetterTable& letters = LetterTable::Get();
  // Most texts have no link at all; then no token needs to be looked at.
  const bool may_have_links = text.find('@') != std::string_view::npos || Contains(text, "://") ||
                              Contains(text, "www.") || Contains(text, "WWW.");
  while ((i = NextNonAscii(text, i)) < n) {
    size_t begin = i;
    while (begin > 0 && IsAsciiLetter(text[begin - 1])) --begin;
    size_t end = i;
    bool foreign = false;
    // What decides whether the word can need repair at all: a tone can only be
    // misplaced when there are two vowels, and horns, loose marks and the
    // g/ngh initials have their own repairs. Everything else is skipped here
    // without a second decoding pass.
    //
    // A tone on a vowel with a modifier (â ă ê ô ơ ư) that no later modified
    // vowel follows is always right (người, tiếp, cứu), so such words skip
    // the full analysis unless a horn sits next to a bare u/o (suớt, lưong).
    //
    // Words without any modified vowel have two more settled cases: a closed
    // syllable with the tone on its last vowel (hoàn, quán), and, in the old
    // style, an open two-vowel syllable with the tone on the first (cái, hóa),
    // unless q or g begins it (qúa, gịa are slips).
    int vowels = 0, tones = 0, tone_vowel = -1;
    bool look = false, any_modified = false, last_is_vowel = false;
    bool tone_on_modified = false, modified_after_tone = false, horn_risk = false;
    bool previous_bare_uo = false, previous_horn = false;
    auto note_letter = [&](char base, uint8_t modifier, uint8_t tone) {
      const bool vowel = IsAsciiVowel(base);
      last_is_vowel = vowel;
      any_modified |= vowel && modifier != kNoModifier;
      if (tone != kNoTone) tone_vowel = vowels;
      vowels += vowel;
      const bool bare_uo = (base == 'u' || base == 'o') && modifier == kNoModifier;
      const bool horn = modifier == kHorn;
      horn_risk |= (horn && previous_bare_uo) || (bare_uo && previous_horn);
      previous_bare_uo = bare_uo;
      previous_horn = horn;
      if (tone != kNoTone) {
        ++tones;
        tone_on_modified = modifier != kNoModifier;
      } else if (tones > 0 && vowel && modifier != kNoModifier) {
        modified_after_tone = true;
      }
    };
    for (size_t k = begin; k < i; ++k) note_letter(static_cast<char>(text[k] | 0x20), 0, 0);
    while (end < n) {
      unsigned char b = text[end];
      if (b < 0x80) {
        if (!IsAsciiLetter(b)) break;
        note_letter(static_cast<char>(b | 0x20), 0, 0);
        ++end;
        continue;
      }
      Utf8Char c = DecodeUtf8(text, end);
      const LetterInfo& info = letters.Lookup(c.code_point);
      if (info.base != 0) {
        note_letter(info.base, info.modifier, info.tone);
        look |= !info.vietnamese;
      } else if (LookupMark(c.code_point).combining) {
        look = true;
      } else {
        if (!c.valid ||
            !(u_isalpha(c.code_point) || u_charType(c.code_point) == U_NON_SPACING_MARK)) {
          break;
        }
        foreign = true;  // another script: never a Vietnamese syllable
      }
      end += c.length;
    }
    if (end == i) {  // punctuation or a symbol, not a word
      i += DecodeUtf8(text, i).length;
      continue;
    }
    i = end;
    if (foreign) continue;
    unsigned char before = begin > 0 ? text[begin - 1] : ' ';
    unsigned char after = end < n ? text[end] : ' ';
    if (IsAsciiDigit(before) || IsAsciiDigit(after) || before == '_' || after == '_') continue;
    if (may_have_links && begin >= token_end) {
      size_t token_begin = begin;
      while (token_begin > 0 && !IsAsciiSpace(text[token_begin - 1])) --token_begin;
      token_end = end;
      while (token_end < n && !IsAsciiSpace(text[token_end])) ++token_end;
      token_is_link = IsLinkToken(text.substr(token_begin, token_end - token_begin));
    }
    if (token_is_link) {
      i = token_end;
      continue;
    }
    const unsigned char first = text[begin] | 0x20;
    const bool settled = (tone_on_modified && !modified_after_tone) ||
                         (!any_modified && !last_is_vowel && tone_vowel == vowels - 1) ||
                         (!any_modified && last_is_vowel && style == ToneStyle::kOld &&
                          vowels == 2 && tone_vowel == 0 && first != 'q' && first != 'g');
    look |= horn_risk || tones > 1 || (tones == 1 && vowels > 1 && !settled) ||
            StartsWithFrontOnlyInitial(text.substr(begin, end - begin));
    if (look && rules.Repair(text.substr(begin, end - begin), style, &replacement)) {
      rewriter->Replace(begin, end, replacement);
    }
  }
}

}  // namespace

struct Normalizer::Impl {
  const CharRules& rules = CharRules::Default();
  const SyllableRules& syllables = SyllableRules::Default();
  AsciiClass ascii_with_spaces{rules, true};
  AsciiClass ascii_without_spaces{rules, false};
  std::vector<uint8_t> bmp_flags = BmpFlags(rules);
};

Normalizer::Normalizer(NormalizerOptions options)
    : options_(options), impl_(std::make_unique<Impl>()) {}

Normalizer::~Normalizer() = default;

NormalizedText Normalizer::Normalize(std::string_view original) const {
  // Stage outputs alternate between two buffers so `current` stays valid.
  std::string buffers[2];
  int next_buffer = 0;
  std::string_view current = original;
  OffsetMap map;
  bool changed = false;
  auto adopt = [&](OffsetMap stage_map) {
    map = changed ? map.Then(stage_map) : std::move(stage_map);
    changed = true;
    current = buffers[next_buffer];
    next_buffer ^= 1;
  };

  Rewriter rules_pass(current);
  ScanFacts facts = ApplyCharRules(current, impl_->rules, impl_->ascii_with_spaces,
                                   impl_->ascii_without_spaces, impl_->bmp_flags, &rules_pass);
  if (rules_pass.changed()) {
    OffsetMap stage_map;
    rules_pass.Finish(&buffers[next_buffer], &stage_map);
    adopt(std::move(stage_map));
  }
  if (facts.non_ascii) {
    OffsetMap stage_map;
    if (facts.maybe_not_nfc && ApplyNfc(current, &buffers[next_buffer], &stage_map))
      adopt(std::move(stage_map));
    if (options_.repair_syllables) {
      Rewriter syllable_pass(current);
      RepairSyllables(current, options_.tone_style, impl_->syllables, &syllable_pass);
      if (syllable_pass.changed()) {
        syllable_pass.Finish(&buffers[next_buffer], &stage_map);
        adopt(std::move(stage_map));
      }
    }
  }

  NormalizedText result;
  if (changed) {
    result.text = std::move(buffers[next_buffer ^ 1]);
    result.map = std::move(map);
  } else {
    result.text = std::string(original);
    result.map = OffsetMap::Identity(original.size());
  }
  return result;
}

NormalizedText RemoveDiacritics(std::string_view nfc) {
  Rewriter rewriter(nfc);
  const LetterTable& letters = LetterTable::Get();
  size_t i = 0;
  while ((i = NextNonAscii(nfc, i)) < nfc.size()) {
    Utf8Char c = DecodeUtf8(nfc, i);
    const LetterInfo& info = letters.Lookup(c.code_point);
    if (info.base != 0) {
      char plain = info.upper ? static_cast<char>(info.base - 'a' + 'A') : info.base;
      rewriter.Replace(i, i + c.length, std::string_view(&plain, 1));
    } else {
      MarkInfo mark = LookupMark(c.code_point);
      if (mark.tone != kNoTone || mark.modifier != kNoModifier)
        rewriter.Replace(i, i + c.length, "");
    }
    i += c.length;
  }
  NormalizedText result;
  if (rewriter.changed()) {
    rewriter.Finish(&result.text, &result.map);
  } else {
    result.text = std::string(nfc);
    result.map = OffsetMap::Identity(nfc.size());
  }
  return result;
}

}  // namespace vnie
