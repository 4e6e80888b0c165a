// The digit-separator rules and the spelled-out number grammar (see the header).
//
// Grammar, over tokens that are digit literals or lexicon entries (roles from
// number_words.h; words in brackets are examples only, the code never names one):
//   number  := [negative] part (scale [half | filler digit] part?)*
//   part    := literal | group [decimal-point digit+]
//   group   := digit hundred [half | filler digit | tens-part]
//            | hundred [...]                      ("trăm" alone is 100)
//            | tens-part
//            | digit
//   tens-part := digit tens [digit | unit | unit-tens]     (hai mươi mốt)
//              | ten [digit | unit]                        (mười lăm)
// where `digit` includes lead-digit except in the units place of a tens-part.
// A scale multiplies what was read since the previous scale, and scales must
// fall ("ba triệu hai trăm nghìn"); a larger scale straight after another
// compounds it ("một nghìn tỷ" = 10^12).
#include "interpret/vietnamese_number.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "interpret/phrase.h"
#include "interpret/qualifier.h"

namespace vnie {
namespace {

using Role = NumberWords::Role;

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

// Splits `s` at every `sep`.
std::vector<std::string_view> SplitAt(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

// True when parts[1..] are groups of exactly three digits after a first group
// of one to three digits.
bool GroupsOfThree(const std::vector<std::string_view>& parts) {
  if (parts.size() < 2 || !AllDigits(parts[0]) || parts[0].size() > 3) return false;
  for (size_t i = 1; i < parts.size(); ++i) {
    if (parts[i].size() != 3 || !AllDigits(parts[i])) return false;
  }
  return true;
}

std::string Join(const std::vector<std::string_view>& parts) {
  std::string out;
  for (std::string_view p : parts) out += p;
  return out;
}

// Reads digits that contain at most the separators `thousands` (grouping by
// three) and one `decimal` mark after them.
std::optional<Decimal> ReadWithMarks(std::string_view s, char thousands, char decimal) {
  size_t point = s.find(decimal);
  if (point != std::string_view::npos && s.find(decimal, point + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view int_part = s.substr(0, point);
  std::string_view frac_part =
      point == std::string_view::npos ? std::string_view() : s.substr(point + 1);
  if (point != std::string_view::npos && !AllDigits(frac_part)) return std::nullopt;
  std::string int_digits;
  if (int_part.find(thousands) != std::string_view::npos) {
    std::vector<std::string_view> groups = SplitAt(int_part, thousands);
    if (!GroupsOfThree(groups)) return std::nullopt;
    int_digits = Join(groups);
  } else {
    if (!int_part.empty() && !AllDigits(int_part)) return std::nullopt;
    int_digits = std::string(int_part);
  }
  return Decimal::FromDigits(int_digits, frac_part);
}

// A word made of digits and separators, possibly opened by a separator
// (",77") and possibly closed by letters (the suffix of "100k").
bool StartsNumeric(std::string_view w) {
  if (w.empty()) return false;
  if (IsAsciiDigit(w[0])) return true;
  return (w[0] == ',' || w[0] == '.') && w.size() > 1 && IsAsciiDigit(w[1]);
}

bool OnlyDigitsAndMarks(std::string_view w) {
  for (char c : w) {
    if (!IsAsciiDigit(c) && c != '.' && c != ',') return false;
  }
  return true;
}

struct Token {
  std::optional<Decimal> literal;             // a digit group
  const NumberWords::Entry* entry = nullptr;  // otherwise a lexicon word
};

bool HasRole(const std::vector<Token>& t, size_t i, Role role) {
  return i < t.size() && t[i].entry != nullptr && t[i].entry->role == role;
}

// Any digit word, as it may stand before a place word or alone.
std::optional<int64_t> DigitAt(const std::vector<Token>& t, size_t i) {
  if (HasRole(t, i, Role::kDigit) || HasRole(t, i, Role::kLeadDigit)) return t[i].entry->value;
  return std::nullopt;
}

// A digit word that may stand as the units after a ten.
std::optional<int64_t> UnitAfterTenAt(const std::vector<Token>& t, size_t i) {
  if (HasRole(t, i, Role::kDigit)) return t[i].entry->value;
  return std::nullopt;
}

// Splits `text` (already free of qualifier and sign) into tokens.
std::optional<std::vector<Token>> Tokenize(std::string_view text, const NumberWords& words) {
  std::vector<std::string_view> raw = SplitWords(text);
  std::vector<std::string> lower;
  for (std::string_view w : raw) lower.push_back(ToLowerVietnamese(w));
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < raw.size()) {
    if (StartsNumeric(raw[i])) {
      // Letters glued to the last digit word are a suffix scale ("1,2M").
      size_t end = i + 1;
      while (end < raw.size() && StartsNumeric(raw[end]) && OnlyDigitsAndMarks(raw[end - 1])) {
        ++end;
      }
      // Longest run of words that reads as one spaced number ("273 343").
      bool found = false;
      for (size_t j = end; j > i && !found; --j) {
        std::string joined;
        for (size_t k = i; k < j; ++k) {
          if (k > i) joined += ' ';
          joined += raw[k];
        }
        std::string_view digits = joined;
        size_t letters = digits.size();
        while (letters > 0 && !IsAsciiDigit(digits[letters - 1]) && digits[letters - 1] != '.' &&
               digits[letters - 1] != ',') {
          --letters;
        }
        std::string_view suffix = digits.substr(letters);
        // A suffix closes a single word ("100k"), never a spaced number.
        if (!suffix.empty() && j != i + 1) continue;
        std::optional<Decimal> value = ReadDigits(digits.substr(0, letters));
        if (!value) continue;
        const NumberWords::Entry* suffix_entry = nullptr;
        if (!suffix.empty()) {
          suffix_entry = words.Find(ToLowerVietnamese(suffix));
          if (suffix_entry == nullptr || suffix_entry->role != Role::kSuffix) continue;
        }
        tokens.push_back(Token{value, nullptr});
        if (suffix_entry != nullptr) tokens.push_back(Token{std::nullopt, suffix_entry});
        i = j;
        found = true;
      }
      if (!found) return std::nullopt;
      continue;
    }
    NumberWords::WordMatch match = words.Longest(lower, i);
    // A suffix stands only glued to digits: a lone "m" is a metre, not a million.
    if (match.entry == nullptr || match.entry->role == Role::kSuffix) return std::nullopt;
    tokens.push_back(Token{std::nullopt, match.entry});
    i += match.word_count;
  }
  return tokens;
}

// Reads one group below a thousand (or one digit literal) at t[i].
std::optional<Decimal> ParseGroup(const std::vector<Token>& t, size_t& i) {
  if (i < t.size() && t[i].literal) return *t[i++].literal;
  int64_t value = 0;
  bool hundreds = false;
  if (std::optional<int64_t> d = DigitAt(t, i); d && HasRole(t, i + 1, Role::kHundred)) {
    value = *d * t[i + 1].entry->value;
    i += 2;
    hundreds = true;
  } else if (HasRole(t, i, Role::kHundred)) {
    value = t[i].entry->value;
    i += 1;
    hundreds = true;
  }
  if (hundreds) {
    if (HasRole(t, i, Role::kHalf)) {
      ++i;
      return Decimal::FromInt(value + 50);
    }
    if (HasRole(t, i, Role::kFiller)) {
      std::optional<int64_t> d = DigitAt(t, i + 1);
      if (!d || *d == 0) return std::nullopt;
      i += 2;
      return Decimal::FromInt(value + *d);
    }
  }
  bool tens = false;
  bool ten_word = false;
  if (std::optional<int64_t> d = DigitAt(t, i); d && *d > 0 && HasRole(t, i + 1, Role::kTens)) {
    value += *d * t[i + 1].entry->value;
    i += 2;
    tens = true;
  } else if (HasRole(t, i, Role::kTen)) {
    value += t[i].entry->value;
    i += 1;
    tens = true;
    ten_word = true;
  }
  if (tens) {
    if (std::optional<int64_t> d = UnitAfterTenAt(t, i); d && *d > 0) {
      value += *d;
      ++i;
    } else if (HasRole(t, i, Role::kUnit) || (!ten_word && HasRole(t, i, Role::kUnitTens))) {
      value += t[i].entry->value;
      ++i;
    }
    return Decimal::FromInt(value);
  }
  if (hundreds) return Decimal::FromInt(value);
  if (std::optional<int64_t> d = DigitAt(t, i)) {
    ++i;
    return Decimal::FromInt(*d);
  }
  return std::nullopt;
}

std::optional<Decimal> ParseTokens(const std::vector<Token>& t) {
  size_t i = 0;
  bool negative = false;
  if (HasRole(t, i, Role::kNegative)) {
    negative = true;
    ++i;
  }
  if (i == t.size()) return std::nullopt;
  Decimal total;
  std::optional<Decimal> current;
  int64_t last_scale = std::numeric_limits<int64_t>::max();
  bool any_scale = false;
  while (i < t.size()) {
    if (HasRole(t, i, Role::kScale) || HasRole(t, i, Role::kSuffix)) {
      int64_t s = t[i].entry->value;
      if (!current) {
        // A scale needs a number before it: "tỷ" opens "tỷ lệ" (rate) far more
        // often than it means one billion. Straight after a smaller scale it
        // compounds ("một nghìn tỷ").
        if (!any_scale || s <= last_scale || total.IsZero()) return std::nullopt;
        std::optional<Decimal> compound = total.Times(Decimal::FromInt(s));
        if (!compound) return std::nullopt;
        total = *compound;
        if (__builtin_mul_overflow(last_scale, s, &last_scale)) {
          last_scale = std::numeric_limits<int64_t>::max();
        }
        ++i;
        continue;
      }
      if (s >= last_scale) return std::nullopt;
      std::optional<Decimal> scaled = current->Times(Decimal::FromInt(s));
      if (!scaled) return std::nullopt;
      std::optional<Decimal> sum = total.Plus(*scaled);
      if (!sum) return std::nullopt;
      total = *sum;
      current.reset();
      last_scale = s;
      any_scale = true;
      ++i;
      if (HasRole(t, i, Role::kHalf)) {
        std::optional<Decimal> half = total.Plus(Decimal::FromParts(s * 5, -1));
        if (!half || i + 1 != t.size()) return std::nullopt;
        total = *half;
        ++i;
      } else if (HasRole(t, i, Role::kFiller)) {
        std::optional<int64_t> d = DigitAt(t, i + 1);
        if (!d || *d == 0 || i + 2 != t.size()) return std::nullopt;
        total = *total.Plus(Decimal::FromInt(*d));
        i += 2;
      }
      continue;
    }
    if (current) return std::nullopt;  // two groups with no scale between ("hai ba")
    bool literal = t[i].literal.has_value();
    current = ParseGroup(t, i);
    if (!current) return std::nullopt;
    if (!literal && HasRole(t, i, Role::kDecimalPoint)) {
      ++i;
      std::string frac;
      while (std::optional<int64_t> d = DigitAt(t, i)) {
        frac += static_cast<char>('0' + *d);
        ++i;
      }
      std::optional<int64_t> whole = current->ToInt();
      std::optional<Decimal> with_frac =
          whole ? Decimal::FromDigits(std::to_string(*whole), frac) : std::nullopt;
      if (frac.empty() || !with_frac) return std::nullopt;
      current = with_frac;
    }
  }
  if (current) {
    std::optional<Decimal> sum = total.Plus(*current);
    if (!sum) return std::nullopt;
    total = *sum;
  }
  return negative ? total.Negated() : total;
}

}  // namespace

std::optional<Decimal> ReadDigits(std::string_view text) {
  text = TrimSpaces(text);
  if (text.empty()) return std::nullopt;
  // Rule 6: drop a space between a digit and a separator that a digit follows.
  std::string s;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' && i > 0 && IsAsciiDigit(text[i - 1]) && i + 2 < text.size() &&
        (text[i + 1] == '.' || text[i + 1] == ',') && IsAsciiDigit(text[i + 2])) {
      continue;
    }
    s += text[i];
  }
  for (char c : s) {
    if (!IsAsciiDigit(c) && c != '.' && c != ',' && c != ' ') return std::nullopt;
  }
  if (s.back() == '.' || s.back() == ',' || s.front() == ' ') return std::nullopt;
  // Rule 5: spaces group thousands; what follows the last group may be a decimal.
  if (s.find(' ') != std::string::npos) {
    std::vector<std::string_view> groups = SplitAt(s, ' ');
    std::string_view last = groups.back();
    size_t mark = last.find_first_of(".,");
    std::string_view fraction;
    if (mark != std::string_view::npos) {
      fraction = last.substr(mark + 1);
      groups.back() = last.substr(0, mark);
    }
    if (!GroupsOfThree(groups) || (mark != std::string_view::npos && !AllDigits(fraction))) {
      return std::nullopt;
    }
    return Decimal::FromDigits(Join(groups), fraction);
  }
  size_t dots = 0, commas = 0;
  for (char c : s) {
    dots += c == '.';
    commas += c == ',';
  }
  if (dots > 0 && commas > 0) {  // Rule 2.
    bool comma_last = s.rfind(',') > s.rfind('.');
    return comma_last ? ReadWithMarks(s, '.', ',') : ReadWithMarks(s, ',', '.');
  }
  if (dots > 1) return ReadWithMarks(s, '.', ',');    // 1.200.000
  if (commas > 1) return ReadWithMarks(s, ',', '.');  // 1,200,000 (English)
  if (dots == 1) {                                    // Rule 3.
    size_t dot = s.find('.');
    std::string_view int_part = std::string_view(s).substr(0, dot);
    std::string_view frac = std::string_view(s).substr(dot + 1);
    bool lone_zero = !int_part.empty() && int_part.find_first_not_of('0') == std::string::npos;
    if (frac.size() == 3 && !int_part.empty() && int_part.size() <= 3 && !lone_zero) {
      return ReadWithMarks(s, '.', ',');
    }
    return ReadWithMarks(s, ',', '.');
  }
  return ReadWithMarks(s, '.', ',');  // Rules 1 and 4: a lone `,` is the decimal mark.
}

std::optional<NumberReading> ReadNumber(std::string_view raw_text, const NumberWords& words) {
  std::string text = FoldDashes(raw_text);
  QualifierSplit split = SplitQualifier(text, words);
  std::string_view rest = split.rest;
  bool minus = false;
  if (!rest.empty() && rest.front() == '-') {
    minus = true;
    rest = TrimSpaces(rest.substr(1));
  }
  std::optional<std::vector<Token>> tokens = Tokenize(rest, words);
  if (!tokens || tokens->empty()) return std::nullopt;
  if (minus && HasRole(*tokens, 0, Role::kNegative)) return std::nullopt;
  std::optional<Decimal> value = ParseTokens(*tokens);
  if (!value) return std::nullopt;
  return NumberReading{minus ? value->Negated() : *value, split.approx};
}

std::optional<NumberPrefix> ReadNumberPrefix(std::string_view text, const NumberWords& words) {
  std::vector<std::string_view> raw = SplitWords(text);
  // Twelve words cover "bảy trăm hai mươi mốt nghìn không trăm mười hai".
  constexpr size_t kMaxWords = 16;
  for (size_t n = std::min(raw.size(), kMaxWords); n > 0; --n) {
    size_t end = static_cast<size_t>(raw[n - 1].data() + raw[n - 1].size() - text.data());
    std::string_view candidate = text.substr(0, end);
    if (!SplitQualifier(candidate, words).approx.empty()) return std::nullopt;
    if (std::optional<NumberReading> reading = ReadNumber(candidate, words)) {
      return NumberPrefix{reading->value, end};
    }
  }
  return std::nullopt;
}

}  // namespace vnie
