// Syllable repair: parse word -> letters -> initial/nucleus/final -> rebuild.
#include "text/syllable.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "text/embedded_data.h"
#include "text/tsv.h"
#include "text/utf8.h"
#include "text/vietnamese_letters.h"

namespace vnie {

namespace {

void CodeToParts(char code, char* base, uint8_t* modifier) {
  switch (code) {
    case 'A':
      *base = 'a', *modifier = kCircumflex;
      return;
    case 'E':
      *base = 'e', *modifier = kCircumflex;
      return;
    case 'O':
      *base = 'o', *modifier = kCircumflex;
      return;
    case 'W':
      *base = 'a', *modifier = kBreve;
      return;
    case 'P':
      *base = 'o', *modifier = kHorn;
      return;
    case 'U':
      *base = 'u', *modifier = kHorn;
      return;
    case 'D':
      *base = 'd', *modifier = kStroke;
      return;
    default:
      *base = code, *modifier = kNoModifier;
  }
}

// Letter codes -> 1..33 (0 for anything else), for dense table indexes.
struct CodeTables {
  std::array<uint8_t, 256> slot{};
  std::array<bool, 256> vowel{};
};
constexpr CodeTables kCodes = [] {
  CodeTables t;
  int next = 1;
  for (char c = 'a'; c <= 'z'; ++c) t.slot[static_cast<uint8_t>(c)] = static_cast<uint8_t>(next++);
  for (char c : std::string_view("AEOWPUD"))
    t.slot[static_cast<uint8_t>(c)] = static_cast<uint8_t>(next++);
  for (char c : std::string_view("aAWeEioOPuUy")) t.vowel[static_cast<uint8_t>(c)] = true;
  return t;
}();
constexpr int kSlots = 34;
constexpr int kDenseSize = kSlots * kSlots * kSlots;

inline bool IsVowelCode(char code) { return kCodes.vowel[static_cast<uint8_t>(code)]; }

inline int DenseIndex(uint32_t key) {
  return kCodes.slot[key & 0xFF] + kSlots * kCodes.slot[(key >> 8) & 0xFF] +
         kSlots * kSlots * kCodes.slot[(key >> 16) & 0xFF];
}

bool IsFrontCode(char code) { return code == 'i' || code == 'e' || code == 'E' || code == 'y'; }

uint32_t PackKey(const char* codes, int length) {
  uint32_t key = 0;
  for (int i = 0; i < length; ++i)
    key |= static_cast<uint32_t>(static_cast<uint8_t>(codes[i])) << (8 * i);
  return key;
}

// "ươ" -> packed codes; fails on anything but toneless Vietnamese letters.
Status LineError(int line, const std::string& what) {
  return absl::InvalidArgumentError("syllable_parts.tsv:" + std::to_string(line) + ": " + what);
}

StatusOr<uint32_t> SpellingKey(std::string_view spelling, int line) {
  char codes[4];
  int length = 0;
  for (size_t i = 0; i < spelling.size();) {
    Utf8Char c = DecodeUtf8(spelling, i);
    const LetterInfo& info = LookupLetter(c.code_point);
    if (!c.valid || info.base == 0 || !info.vietnamese || info.tone != kNoTone || info.upper ||
        length == 3) {
      return LineError(line, "bad spelling '" + std::string(spelling) +
                                 "' (want 1 to 3 lower-case letters without tone)");
    }
    codes[length++] = LetterCode(info.base, info.modifier);
    i += c.length;
  }
  if (length == 0) {
    return LineError(line, "empty spelling");
  }
  return PackKey(codes, length);
}

StatusOr<int8_t> TonePosition(std::string_view field, int line) {
  if (field == "-") return static_cast<int8_t>(-1);
  if (field.size() == 1 && field[0] >= '0' && field[0] <= '2') {
    return static_cast<int8_t>(field[0] - '0');
  }
  return LineError(line, "bad tone position '" + std::string(field) + "'");
}

struct Letter {
  char code;
  bool upper;
};

constexpr int kMaxLetters = 8;  // nghiêng has 7

}  // namespace

StatusOr<SyllableRules> SyllableRules::Parse(std::string_view tsv) {
  SyllableRules rules;
  rules.letters_ = &LetterTable::Get();
  Status status = ForEachDataLine(tsv, [&](int line_number, std::string_view line) -> Status {
    std::vector<std::string_view> f = SplitFields(line, '\t');
    auto need = [&](size_t count) -> Status {
      if (f.size() < count) {
        return LineError(line_number, "expected " + std::to_string(count) + " fields in '" +
                                          std::string(line) + "'");
      }
      return absl::OkStatus();
    };
    if (f[0] == "initial") {
      VNIE_RETURN_IF_ERROR(need(2));
      StatusOr<uint32_t> key = SpellingKey(f[1], line_number);
      if (!key.ok()) return key.status();
      rules.initials_.push_back({*key, f.size() > 2 && f[2] == "front"});
    } else if (f[0] == "final") {
      VNIE_RETURN_IF_ERROR(need(2));
      StatusOr<uint32_t> key = SpellingKey(f[1], line_number);
      if (!key.ok()) return key.status();
      rules.finals_.push_back(*key);
    } else if (f[0] == "nucleus") {
      VNIE_RETURN_IF_ERROR(need(5));
      StatusOr<uint32_t> key = SpellingKey(f[1], line_number);
      if (!key.ok()) return key.status();
      Nucleus n{*key, 0, 0, 0};
      int8_t* positions[3] = {&n.open_old, &n.open_new, &n.closed};
      for (int i = 0; i < 3; ++i) {
        StatusOr<int8_t> p = TonePosition(f[2 + i], line_number);
        if (!p.ok()) return p.status();
        *positions[i] = *p;
      }
      rules.nuclei_.push_back(n);
    } else if (f[0] == "nucleus_repair") {
      VNIE_RETURN_IF_ERROR(need(4));
      StatusOr<uint32_t> from = SpellingKey(f[1], line_number);
      if (!from.ok()) return from.status();
      StatusOr<uint32_t> to = SpellingKey(f[2], line_number);
      if (!to.ok()) return to.status();
      if (f[3] != "closed" && f[3] != "any") {
        return LineError(line_number,
                         "condition must be closed or any, not '" + std::string(f[3]) + "'");
      }
      if ((*from > 0xFFFF) != (*to > 0xFFFF) || (*from > 0xFF) != (*to > 0xFF)) {
        return LineError(line_number, "a nucleus repair must keep the letter count");
      }
      rules.nucleus_repairs_.push_back({*from, *to, f[3] == "closed"});
    } else if (f[0] == "initial_repair") {
      VNIE_RETURN_IF_ERROR(need(3));
      StatusOr<uint32_t> from = SpellingKey(f[1], line_number);
      if (!from.ok()) return from.status();
      StatusOr<uint32_t> to = SpellingKey(f[2], line_number);
      if (!to.ok()) return to.status();
      rules.initial_repairs_.push_back({*from, *to});
    } else {
      return LineError(line_number, "unknown kind '" + std::string(f[0]) + "'");
    }
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  auto by_key = [](const auto& a, const auto& b) { return a.key < b.key; };
  std::sort(rules.initials_.begin(), rules.initials_.end(), by_key);
  std::sort(rules.nuclei_.begin(), rules.nuclei_.end(), by_key);
  std::sort(rules.finals_.begin(), rules.finals_.end());
  if (rules.initials_.size() > 127 || rules.nuclei_.size() > 127) {
    return absl::InvalidArgumentError("syllable_parts.tsv: more than 127 initials or nuclei");
  }
  rules.initial_at_.assign(kDenseSize, -1);
  rules.nucleus_at_.assign(kDenseSize, -1);
  rules.final_at_.assign(kDenseSize, false);
  for (size_t i = 0; i < rules.initials_.size(); ++i) {
    rules.initial_at_[DenseIndex(rules.initials_[i].key)] = static_cast<int8_t>(i);
  }
  for (size_t i = 0; i < rules.nuclei_.size(); ++i) {
    rules.nucleus_at_[DenseIndex(rules.nuclei_[i].key)] = static_cast<int8_t>(i);
  }
  for (uint32_t key : rules.finals_) rules.final_at_[DenseIndex(key)] = true;
  return rules;
}

const SyllableRules& SyllableRules::Default() {
  static const SyllableRules* const rules = [] {
    StatusOr<SyllableRules> parsed = Parse(EmbeddedTextData("syllable_parts.tsv"));
    // The table is compiled in, so a parse error is a bug in this repository.
    if (!parsed.ok()) throw std::logic_error(std::string(parsed.status().message()));
    return new SyllableRules(*std::move(parsed));
  }();
  return *rules;
}

const SyllableRules::Initial* SyllableRules::FindInitial(uint32_t key) const {
  int at = initial_at_[DenseIndex(key)];
  return at < 0 ? nullptr : &initials_[at];
}

const SyllableRules::Nucleus* SyllableRules::FindNucleus(uint32_t key) const {
  int at = nucleus_at_[DenseIndex(key)];
  return at < 0 ? nullptr : &nuclei_[at];
}

bool SyllableRules::IsFinal(uint32_t key) const { return final_at_[DenseIndex(key)]; }

bool SyllableRules::Repair(std::string_view word, ToneStyle style, std::string* out) const {
  Letter letters[kMaxLetters];
  int count = 0;
  uint8_t tone = kNoTone;
  int tone_count = 0;
  int tone_at = -1;  // letter that carries the (last) tone
  bool loose_marks = false;
  for (size_t i = 0; i < word.size();) {
    Utf8Char c = DecodeUtf8(word, i);
    i += c.length;
    const LetterInfo& info = letters_->Lookup(c.code_point);
    if (info.base != 0) {
      if (!info.vietnamese || count == kMaxLetters) return false;
      letters[count++] = {LetterCode(info.base, info.modifier), info.upper};
      if (info.tone != kNoTone) tone = info.tone, ++tone_count, tone_at = count - 1;
      continue;
    }
    MarkInfo mark = LookupMark(c.code_point);
    if (!mark.combining || count == 0) return false;
    loose_marks = true;
    if (mark.tone != kNoTone) {
      tone = mark.tone, ++tone_count, tone_at = count - 1;
    } else if (mark.modifier != kNoModifier) {
      char base;
      uint8_t modifier;
      CodeToParts(letters[count - 1].code, &base, &modifier);
      if (modifier != kNoModifier) return false;
      char code = LetterCode(base, mark.modifier);
      // LetterCode maps any base with a horn to ư; only o/u take one.
      if ((mark.modifier == kHorn && base != 'o' && base != 'u') ||
          (mark.modifier == kBreve && base != 'a') ||
          (mark.modifier == kCircumflex && base != 'a' && base != 'e' && base != 'o')) {
        return false;
      }
      letters[count - 1].code = code;
    } else {
      return false;
    }
  }
  // Most words of a normalized text have one vowel letter with at most one
  // tone: nothing can move. Only the front-only initials (gh, ngh) still need
  // a look.
  if (tone_count <= 1 && !loose_marks) {
    int vowels = 0;
    for (int i = 0; i < count; ++i) vowels += IsVowelCode(letters[i].code);
    if (vowels == 1 && letters[0].code != 'g' &&
        !(count > 2 && letters[0].code == 'n' && letters[1].code == 'g' &&
          letters[2].code == 'h')) {
      return false;
    }
  }
  // Initial: the consonants before the first vowel; qu and gi take their vowel
  // letter along when another vowel follows (quý, gịa -> qu+y, gi+a).
  int start = 0;
  while (start < count && !IsVowelCode(letters[start].code)) ++start;
  if (start == count || start > 3) return false;
  if (start + 1 < count && IsVowelCode(letters[start + 1].code) &&
      ((start == 1 && letters[0].code == 'q' && letters[1].code == 'u') ||
       (start == 1 && letters[0].code == 'g' && letters[1].code == 'i'))) {
    ++start;
  }
  int end = start;
  while (end < count && IsVowelCode(letters[end].code)) ++end;
  for (int i = end; i < count; ++i) {
    if (IsVowelCode(letters[i].code)) return false;
  }
  const int nucleus_length = end - start;
  const int final_length = count - end;
  if (nucleus_length > 3 || final_length > 2) return false;
  char codes[kMaxLetters];
  for (int i = 0; i < count; ++i) codes[i] = letters[i].code;
  const bool closed = final_length > 0;
  if (closed && !IsFinal(PackKey(codes + end, final_length))) return false;

  bool repaired = loose_marks;
  // Horn repairs keep the letter count, so positions stay valid.
  uint32_t nucleus_key = PackKey(codes + start, nucleus_length);
  for (const NucleusRepair& r : nucleus_repairs_) {
    if (r.from == nucleus_key && (closed || !r.closed_only)) {
      nucleus_key = r.to;
      for (int i = 0; i < nucleus_length; ++i) {
        letters[start + i].code = static_cast<char>((r.to >> (8 * i)) & 0xFF);
      }
      repaired = true;
      break;
    }
  }
  const Nucleus* nucleus = FindNucleus(nucleus_key);
  if (nucleus == nullptr) return false;
  int position =
      closed ? nucleus->closed : (style == ToneStyle::kOld ? nucleus->open_old : nucleus->open_new);
  if (position < 0) return false;

  int drop_from = 0, drop_count = 0;  // initial letters removed by a repair
  if (start > 0) {
    uint32_t initial_key = PackKey(codes, start);
    const Initial* initial = FindInitial(initial_key);
    if (initial == nullptr) return false;
    if (initial->front_only && !IsFrontCode(letters[start].code)) {
      const InitialRepair* fix = nullptr;
      for (const InitialRepair& r : initial_repairs_) {
        if (r.from == initial_key) fix = &r;
      }
      if (fix == nullptr) return false;
      int to_length = 0;
      while (to_length < 4 && ((fix->to >> (8 * to_length)) & 0xFF) != 0) ++to_length;
      // The repairs in the table only shorten an initial (ngh -> ng); letters
      // keep their own case, the surplus ones are dropped.
      if (to_length > start) return false;
      for (int i = 0; i < to_length; ++i) {
        letters[i].code = static_cast<char>((fix->to >> (8 * i)) & 0xFF);
      }
      drop_from = to_length;
      drop_count = start - to_length;
      repaired = true;
    }
  }

  const int target = start + position;
  if (!repaired && tone_count <= 1 && (tone_count == 0 || tone_at == target)) return false;

  out->clear();
  for (int i = 0; i < count; ++i) {
    if (i >= drop_from && i < drop_from + drop_count) continue;
    char base;
    uint8_t modifier;
    CodeToParts(letters[i].code, &base, &modifier);
    char32_t cp = letters_->Compose(
        base, modifier, i == target ? tone : static_cast<uint8_t>(kNoTone), letters[i].upper);
    if (cp == 0) return false;
    AppendUtf8(cp, out);
  }
  return *out != word;
}

}  // namespace vnie
