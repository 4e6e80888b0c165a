// Reading year periods (see period.h).
#include "interpret/period.h"

#include <vector>

#include "interpret/phrase.h"

namespace vnie {
namespace {

// Words that name the kind of period before its years. Both tone placements of
// "khóa" are listed because the captured text keeps the article's choice.
constexpr std::string_view kLeads[] = {
    "trong giai đoạn", "giai đoạn", "nhiệm kỳ", "nhiệm kì", "năm học", "niên khóa", "niên khoá",
    "niên học",        "thời kỳ",   "thời kì",  "khóa",     "khoá",    "năm",       "các năm"};
constexpr std::string_view kUntil[] = {"đến", "tới", "cho đến"};
constexpr std::string_view kNow[] = {"nay", "hiện nay", "hiện tại", "bây giờ"};
// Open ends written without "đến": "từ năm 2016 trở lại đây".
constexpr std::string_view kSince[] = {"trở lại đây", "trở lại nay", "tới nay", "đến nay"};

bool PlausibleYear(std::string_view w, int* year) {
  if (w.size() != 4) return false;
  int y = 0;
  for (char c : w) {
    if (!IsAsciiDigit(c)) return false;
    y = y * 10 + (c - '0');
  }
  if (y < 1900 || y > 2100) return false;
  *year = y;
  return true;
}

// Consumes the phrase `p` (space-separated words) at words[i].
bool Phrase(const std::vector<std::string_view>& words, size_t& i, std::string_view p) {
  std::vector<std::string_view> parts = SplitWords(p);
  if (i + parts.size() > words.size()) return false;
  for (size_t k = 0; k < parts.size(); ++k) {
    if (words[i + k] != parts[k]) return false;
  }
  i += parts.size();
  return true;
}

template <size_t N>
bool AnyPhrase(const std::vector<std::string_view>& words, size_t& i,
               const std::string_view (&phrases)[N]) {
  for (std::string_view p : phrases) {
    if (Phrase(words, i, p)) return true;
  }
  return false;
}

}  // namespace

std::string YearRange::ToString() const {
  std::string out = std::to_string(from);
  out += '-';
  if (to) out += std::to_string(*to);
  return out;
}

std::optional<YearRange> ReadPeriod(std::string_view text) {
  std::string lower = ToLowerVietnamese(FoldDashes(TrimSpaces(text)));
  // Dashes become words of their own so "2017-2022", "2017 -2018" and
  // "2025 - 2030" split alike.
  std::string spaced;
  for (char c : lower) {
    if (c == '-') {
      spaced += " - ";
    } else {
      spaced += c;
    }
  }
  std::vector<std::string_view> words = SplitWords(spaced);
  size_t i = 0;
  YearRange range;
  if (Phrase(words, i, "từ")) {
    AnyPhrase(words, i, kLeads);
    if (i >= words.size() || !PlausibleYear(words[i], &range.from)) return std::nullopt;
    ++i;
    // "từ năm học 2019-2020 đến nay": a school year or term opens the period.
    int ignored = 0;
    if (i + 2 < words.size() && words[i] == "-" && PlausibleYear(words[i + 1], &ignored)) i += 2;
    if (AnyPhrase(words, i, kSince)) {
      return i == words.size() ? std::optional<YearRange>(range) : std::nullopt;
    }
    if (!AnyPhrase(words, i, kUntil) && !Phrase(words, i, "-")) return std::nullopt;
    if (AnyPhrase(words, i, kNow)) {
      return i == words.size() ? std::optional<YearRange>(range) : std::nullopt;
    }
    AnyPhrase(words, i, kLeads);
    // "... đến năm học 2022-2023" ends with the school year's second year.
    if (i + 3 == words.size() && words[i + 1] == "-") i += 2;
  } else {
    AnyPhrase(words, i, kLeads);
    if (i >= words.size() || !PlausibleYear(words[i], &range.from)) return std::nullopt;
    ++i;
    if (!Phrase(words, i, "-")) return std::nullopt;
  }
  int to = 0;
  if (i + 1 != words.size() || !PlausibleYear(words[i], &to) || to < range.from) {
    return std::nullopt;
  }
  range.to = to;
  return range;
}

}  // namespace vnie
