// The label-not-count predicate (see not_a_figure.h). The context words below are
// the grammar of Vietnamese labels, not vocabulary that varies by source.
#include "interpret/not_a_figure.h"

#include <algorithm>
#include <string>

#include "interpret/phrase.h"

namespace vnie {
namespace {

// Words after which a number is a label or a position, not a count.
constexpr std::string_view kNameWords[] = {"số",      "tổ",         "thôn",  "xóm",     "ấp",
                                           "khu phố", "tổ dân phố", "phòng", "huy hiệu"};
constexpr std::string_view kOrdinalWords[] = {"thứ", "khóa", "khoá", "lần", "kỳ họp", "kì họp"};
constexpr std::string_view kDateWords[] = {"ngày", "tháng", "mồng", "mùng"};
constexpr std::string_view kYearWords[] = {
    "năm", "nhiệm kỳ", "nhiệm kì", "giai đoạn", "năm học", "niên khóa", "niên khoá",
    "từ",  "đến",      "tới",      "cuối",      "đầu",     "trước",     "sau"};

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// An upper-case letter at the start of `s`: ASCII or a Vietnamese capital such
// as Đ (document codes use "QĐ", "ĐU").
bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  if (IsUpperAscii(s[0])) return true;
  std::string first = std::string(s.substr(0, std::min<size_t>(3, s.size())));
  std::string lower = ToLowerVietnamese(first);
  return static_cast<unsigned char>(s[0]) >= 0x80 && lower != first;
}

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

// True when lower-cased `before` ends with the whole word or phrase `word`.
bool EndsWithWord(const std::string& before, std::string_view word) {
  if (before.size() < word.size()) return false;
  if (before.compare(before.size() - word.size(), word.size(), word) != 0) return false;
  size_t start = before.size() - word.size();
  return start == 0 || before[start - 1] == ' ' || before[start - 1] == '(';
}

template <size_t N>
bool EndsWithAny(const std::string& before, const std::string_view (&words)[N]) {
  for (std::string_view w : words) {
    if (EndsWithWord(before, w)) return true;
  }
  return false;
}

size_t CountDigits(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += IsAsciiDigit(c);
  return n;
}

bool IsRoman(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (std::string_view("IVXLCDM").find(c) == std::string_view::npos) return false;
  }
  return true;
}

// The digits, dots and spaces that continue `candidate` into `after` (a phone
// number split by the candidate regex: "0912" + " 345 678").
std::string_view Continuation(std::string_view after) {
  size_t i = 0;
  while (i < after.size() && (IsAsciiDigit(after[i]) || after[i] == '.' || after[i] == ' ')) {
    if (after[i] == ' ' && (i + 1 >= after.size() || !IsAsciiDigit(after[i + 1]))) break;
    ++i;
  }
  return after.substr(0, i);
}

}  // namespace

std::string_view NotAFigureName(NotAFigure reason) {
  switch (reason) {
    case NotAFigure::kDocumentCode:
      return "document-code";
    case NotAFigure::kPhoneNumber:
      return "phone-number";
    case NotAFigure::kClassName:
      return "class-name";
    case NotAFigure::kRomanNumeral:
      return "roman-numeral";
    case NotAFigure::kYear:
      return "year";
    case NotAFigure::kTimeOfDay:
      return "time-of-day";
    case NotAFigure::kDate:
      return "date";
    case NotAFigure::kOrdinal:
      return "ordinal";
    case NotAFigure::kName:
      return "name";
  }
  return "unknown";
}

std::optional<NotAFigure> WhyNotAFigure(std::string_view before, std::string_view candidate,
                                        std::string_view after) {
  candidate = TrimSpaces(candidate);
  if (candidate.empty()) return std::nullopt;
  std::string lower_before = ToLowerVietnamese(before);
  while (!lower_before.empty() && lower_before.back() == ' ') lower_before.pop_back();
  std::string_view after_trim = TrimLeft(after);

  if (IsRoman(candidate)) return NotAFigure::kRomanNumeral;

  // Codes: the number runs into "-" or "/" and then capitals (25-NQ/TW, 24- CT/HU).
  // A year may sit between number and letters: "43/2006/NĐ-CP".
  auto code_follows = [](std::string_view s) {
    for (int step = 0; step < 2; ++step) {
      s = TrimLeft(s);
      if (s.empty() || (s.front() != '-' && s.front() != '/')) return false;
      s = TrimLeft(s.substr(1));
      if (StartsUpper(s)) return true;
      size_t digits = 0;
      while (digits < s.size() && IsAsciiDigit(s[digits])) ++digits;
      if (digits == 0) return false;
      s.remove_prefix(digits);
    }
    return false;
  };
  if (code_follows(after)) return NotAFigure::kDocumentCode;
  for (size_t i = 0; i < candidate.size(); ++i) {
    if ((candidate[i] == '-' || candidate[i] == '/') && code_follows(candidate.substr(i))) {
      return NotAFigure::kDocumentCode;
    }
  }

  // Phones: ten or eleven digits that open with 0 (or +84), whatever the grouping.
  std::string phone = std::string(candidate) + std::string(Continuation(after));
  size_t digits = CountDigits(phone);
  bool opens_phone = (phone.size() > 1 && phone[0] == '0' && IsAsciiDigit(phone[1])) ||
                     EndsWithWord(lower_before, "+84");
  if (opens_phone && phone.find(',') == std::string::npos && digits >= 9 && digits <= 11) {
    return NotAFigure::kPhoneNumber;
  }

  // Class names: digits glued to a capital letter (12A1, 9B).
  if (!after.empty() && IsUpperAscii(after[0]) &&
      (after.size() == 1 || !(after[1] >= 'a' && after[1] <= 'z'))) {
    return NotAFigure::kClassName;
  }

  // Times of day.
  if (candidate.find(':') != std::string_view::npos ||
      (after.size() >= 2 && after[0] == ':' && IsAsciiDigit(after[1])) ||
      (!after.empty() && after[0] == 'h' && (after.size() == 1 || IsAsciiDigit(after[1]))) ||
      (!lower_before.empty() && lower_before.back() == ':')) {
    return NotAFigure::kTimeOfDay;
  }

  // Dates: a day or month word before, "tháng" after a day, or day/month/year.
  bool small =
      CountDigits(candidate) <= 2 && candidate.find_first_of(".,") == std::string_view::npos;
  if (small && EndsWithAny(lower_before, kDateWords)) return NotAFigure::kDate;
  std::string lower_after = ToLowerVietnamese(after_trim);
  if (small && lower_after.rfind("tháng ", 0) == 0 && lower_after.size() > 7 &&
      IsAsciiDigit(lower_after[7])) {
    return NotAFigure::kDate;  // "17 tháng 5"; "3 tháng" alone is a duration
  }
  if (candidate.find('/') != std::string_view::npos &&
      candidate.find('/') != candidate.rfind('/')) {
    return NotAFigure::kDate;
  }

  // Years: four digits 1900-2100 in a year context.
  bool year_like = candidate.size() == 4 && CountDigits(candidate) == 4 && candidate >= "1900" &&
                   candidate <= "2100";
  if (year_like) {
    bool period_follows = !after_trim.empty() && after_trim.front() == '-' &&
                          CountDigits(TrimLeft(after_trim.substr(1)).substr(0, 4)) == 4;
    bool period_precedes = lower_before.size() >= 5 && lower_before.back() == '-';
    bool clause_ends = after_trim.empty() ||
                       std::string_view(",.;:)").find(after_trim[0]) != std::string_view::npos;
    bool month_before = !lower_before.empty() && lower_before.back() == '/';
    if (period_follows || period_precedes || clause_ends || month_before ||
        EndsWithAny(lower_before, kYearWords)) {
      return NotAFigure::kYear;
    }
  }

  // Numbers inside names and ordinals.
  if (EndsWithAny(lower_before, kNameWords)) return NotAFigure::kName;
  if (lower_after.rfind("năm tuổi đảng", 0) == 0) return NotAFigure::kName;
  if (EndsWithAny(lower_before, kOrdinalWords)) return NotAFigure::kOrdinal;
  return std::nullopt;
}

}  // namespace vnie
