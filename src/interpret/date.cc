// Reading dates (see date.h). A small scanner over the lower-cased text: first
// the words that may surround a date (weekday, part of day, time, "vào",
// "lúc", "ngày"), then the date itself, then what may follow it (time, time
// zone). Anything left over means the text is not (only) a date.
#include "interpret/date.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "interpret/phrase.h"
#include "interpret/vietnamese_number.h"

namespace vnie {
namespace {

// Words that name a weekday after "thứ" (thứ hai ... thứ bảy, or a digit).
constexpr std::string_view kWeekdayNumbers[] = {"hai", "ba", "tư", "năm", "sáu", "bảy", "bẩy",
                                                "2",   "3",  "4",  "5",   "6",   "7"};
constexpr std::string_view kSundays[] = {"chủ nhật", "chúa nhật", "cn"};
// Parts of the day. The press uses a 12-hour clock with them, so each says
// which hours it moves on by twelve: "1 giờ trưa" is 13:00 but "11 giờ trưa"
// 11:00; "10 giờ đêm" is 22:00 but "2 giờ đêm" 02:00.
struct DayPart {
  std::string_view word;
  int pm_from;  // hours in [pm_from, pm_until) get 12 added
  int pm_until;
};
constexpr DayPart kDayParts[] = {{"rạng sáng", 0, 0}, {"sáng", 0, 0}, {"trưa", 1, 6},
                                 {"chiều", 1, 12},    {"tối", 1, 12}, {"đêm", 6, 12}};
// Words that introduce a date without changing it.
constexpr std::string_view kLeadWords[] = {"vào", "lúc", "hôm"};
constexpr std::string_view kDayWords[] = {"mồng", "mùng"};
constexpr std::string_view kTimeZones[] = {"(gmt+7)", "gmt+7",    "(utc+7)",
                                           "utc+7",   "(gmt +7)", "(giờ hà nội)"};

bool IsLetterByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (static_cast<unsigned char>(c) >= 0x80);
}

class Scanner {
 public:
  Scanner(std::string text, const DateOptions& options) : s_(std::move(text)), options_(options) {}

  std::optional<Date> Run() {
    SkipSeparators();
    bool lead = true;
    while (lead) lead = SkipDecoration();
    if (!ReadCore()) return std::nullopt;
    SkipSeparators();
    bool trail = true;
    while (trail) trail = SkipDecoration();
    if (pos_ != s_.size()) return std::nullopt;
    // The month first is read only in the .NET form, with its 12-hour clock.
    if (month_first_ && !twelve_hour_clock_) return std::nullopt;
    if (hour_ >= 0) {
      if (!twelve_hour_clock_ && hour_ >= pm_from_ && hour_ < pm_until_) hour_ += 12;
      date_.hour = hour_;
      date_.minute = minute_;
    }
    return date_;
  }

 private:
  bool AtEnd() const { return pos_ >= s_.size(); }

  void SkipSpaces() {
    while (!AtEnd() && s_[pos_] == ' ') ++pos_;
  }
  void SkipSeparators() {
    while (!AtEnd() && (s_[pos_] == ' ' || s_[pos_] == ',' || s_[pos_] == '|' || s_[pos_] == '-' ||
                        s_[pos_] == '(' || s_[pos_] == ')' || s_[pos_] == '[' || s_[pos_] == ']')) {
      ++pos_;
    }
  }

  // Consumes `word` when it stands at pos_ as a whole word.
  bool Word(std::string_view word) {
    if (s_.compare(pos_, word.size(), word) != 0) return false;
    size_t end = pos_ + word.size();
    if (end < s_.size() && (IsLetterByte(s_[end]) || IsAsciiDigit(s_[end])) &&
        (IsLetterByte(word.back()) || IsAsciiDigit(word.back()))) {
      return false;
    }
    pos_ = end;
    return true;
  }

  template <size_t N>
  bool AnyWord(const std::string_view (&words)[N]) {
    for (std::string_view w : words) {
      if (Word(w)) return true;
    }
    return false;
  }

  const DayPart* AnyDayPart() {
    for (const DayPart& part : kDayParts) {
      if (Word(part.word)) return &part;
    }
    return nullptr;
  }

  // Reads 1..max_digits ASCII digits; count receives how many.
  std::optional<int> Int(size_t max_digits, size_t* count = nullptr) {
    size_t start = pos_;
    int value = 0;
    while (!AtEnd() && IsAsciiDigit(s_[pos_]) && pos_ - start < max_digits) {
      value = value * 10 + (s_[pos_] - '0');
      ++pos_;
    }
    if (pos_ == start || (!AtEnd() && IsAsciiDigit(s_[pos_]))) {
      pos_ = start;
      return std::nullopt;
    }
    if (count) *count = pos_ - start;
    return value;
  }

  // A time of day: 16:29, 15:23:24, 10h45, 10h, 10 giờ 45 (phút).
  bool Time() {
    size_t start = pos_;
    std::optional<int> h = Int(2);
    if (h) {
      int m = 0;
      bool ok = false;
      if (!AtEnd() && s_[pos_] == ':') {
        ++pos_;
        size_t n = 0;
        std::optional<int> mm = Int(2, &n);
        if (mm && n == 2) {
          m = *mm;
          ok = true;
          if (!AtEnd() && s_[pos_] == ':') {
            ++pos_;
            size_t k = 0;
            ok = Int(2, &k) && k == 2;
          }
        }
      } else if (!AtEnd() && (s_[pos_] == 'h' || s_[pos_] == 'g') &&
                 (pos_ + 1 == s_.size() || s_[pos_ + 1] == ' ' || s_[pos_ + 1] == ',' ||
                  IsAsciiDigit(s_[pos_ + 1]))) {
        ++pos_;  // 10h45, 10g45, 10h
        ok = true;
        if (std::optional<int> mm = Int(2)) m = *mm;
      } else {
        SkipSpaces();
        if (Word("giờ")) {
          ok = true;
          size_t mark = pos_;
          SkipSpaces();
          if (std::optional<int> mm = Int(2)) {
            m = *mm;
            size_t after_minutes = pos_;
            SkipSpaces();
            if (!Word("phút")) pos_ = after_minutes;
          } else {
            pos_ = mark;
          }
        }
      }
      if (ok && *h <= 24 && m <= 59 && hour_ < 0) {
        hour_ = *h == 24 ? 0 : *h;
        minute_ = m;
        if (std::optional<bool> pm = AmPm()) {
          // 12 AM is midnight and 12 PM noon; 0 and 13+ are not on this clock.
          if (*h < 1 || *h > 12) {
            pos_ = start;
            hour_ = minute_ = -1;
            return false;
          }
          hour_ = *h % 12 + (*pm ? 12 : 0);
          twelve_hour_clock_ = true;
        }
        return true;
      }
    }
    pos_ = start;
    return false;
  }

  // "AM" / "PM" (lower-cased here) after a time: whether it is PM, or nothing
  // when neither follows.
  std::optional<bool> AmPm() {
    const size_t start = pos_;
    SkipSpaces();
    if (Word("am") || Word("a.m.")) return false;
    if (Word("pm") || Word("p.m.")) return true;
    pos_ = start;
    return std::nullopt;
  }

  // One thing that may stand around a date. True when something was consumed.
  bool SkipDecoration() {
    size_t start = pos_;
    bool consumed = false;
    // A weekday, a part of day or "ngày" makes "2-7" and "5.9" dates (day_context_).
    if (Word("thứ")) {
      SkipSpaces();
      consumed = AnyWord(kWeekdayNumbers);
      day_context_ = day_context_ || consumed;
    } else if (AnyWord(kSundays)) {
      consumed = day_context_ = true;
    } else if (const DayPart* part = AnyDayPart()) {
      pm_from_ = part->pm_from;
      pm_until_ = part->pm_until;
      consumed = day_context_ = true;
    } else if (AnyWord(kTimeZones)) {
      consumed = true;
    } else if (Time()) {
      consumed = true;
    } else if (Word("ngày")) {
      day_context_ = true;
      consumed = true;
    } else if (AnyWord(kLeadWords)) {
      consumed = true;
    }
    if (!consumed) {
      pos_ = start;
      return false;
    }
    SkipSeparators();
    return true;
  }

  // A day (1-31) or month (1-12) in digits or, with a lexicon, in words.
  std::optional<int> DayOrMonth(int max) {
    size_t start = pos_;
    if (std::optional<int> v = Int(2)) {
      if (*v >= 1 && *v <= max) return v;
      pos_ = start;
      return std::nullopt;
    }
    if (options_.words == nullptr) return std::nullopt;
    // Try the longest run of up to three words that reads as a valid value:
    // "tháng mười năm 2017" must read "mười", not "mười năm" (15).
    std::vector<std::string_view> rest = SplitWords(std::string_view(s_).substr(pos_));
    for (size_t n = std::min<size_t>(3, rest.size()); n > 0; --n) {
      size_t end = static_cast<size_t>(rest[n - 1].data() + rest[n - 1].size() - s_.data());
      std::string_view phrase = std::string_view(s_).substr(pos_, end - pos_);
      if (phrase.find(',') != std::string_view::npos) continue;
      std::optional<NumberReading> r = ReadNumber(phrase, *options_.words);
      if (!r || !r->approx.empty()) continue;
      std::optional<int64_t> v = r->value.ToInt();
      if (v && *v >= 1 && *v <= max) {
        pos_ = end;
        return static_cast<int>(*v);
      }
    }
    return std::nullopt;
  }

  // A year after "năm", "/", "-" or ",": four digits, or two for 20yy/19yy.
  std::optional<int> Year() {
    size_t n = 0;
    std::optional<int> y = Int(4, &n);
    if (!y) return std::nullopt;
    if (n == 2) return *y < 50 ? 2000 + *y : 1900 + *y;
    if (n != 4) return std::nullopt;
    return *y;
  }

  // Optional "năm YYYY", "/YYYY", "-YYYY" or ", YYYY" after a month.
  std::optional<int> YearAfterMonth() {
    size_t start = pos_;
    SkipSpaces();
    if (Word("năm")) {
      SkipSpaces();
      if (std::optional<int> y = Year()) return y;
    } else if (!AtEnd() && (s_[pos_] == '/' || s_[pos_] == '-')) {
      ++pos_;
      if (std::optional<int> y = Year()) return y;
    } else if (!AtEnd() && s_[pos_] == ',') {
      ++pos_;
      SkipSpaces();
      size_t n = 0;
      size_t mark = pos_;
      if (std::optional<int> y = Int(4, &n); y && n == 4) return y;
      pos_ = mark;
    }
    pos_ = start;
    return std::nullopt;
  }

  bool Finish(int year, int month, int day) {
    if (year == 0 && !options_.reference) {
      // 2000 is a leap year, so "29/2" stays readable.
      if (!options_.keep_missing_year || day == 0 || !IsValidDate(2000, month, day)) return false;
      date_.month = month;
      date_.day = day;
      return true;
    }
    if (year == 0) year = options_.reference->year;
    if (year < 1800 || year > 2100) return false;
    if (day == 0 ? (month < 1 || month > 12) : !IsValidDate(year, month, day)) return false;
    date_.year = year;
    date_.month = month;
    date_.day = day;
    return true;
  }

  // ISO 8601 from page metadata: 2026-03-07, 2026-03-07T07:00:05+07:00. The
  // time is kept as written (local to the page), the offset dropped.
  bool IsoCore() {
    size_t start = pos_;
    size_t n = 0;
    std::optional<int> y = Int(4, &n);
    if (!y || n != 4 || AtEnd() || s_[pos_] != '-') {
      pos_ = start;
      return false;
    }
    ++pos_;
    size_t mn = 0, dn = 0;
    std::optional<int> m = Int(2, &mn);
    if (!m || mn != 2 || AtEnd() || s_[pos_] != '-') return false;
    ++pos_;
    std::optional<int> d = Int(2, &dn);
    if (!d || dn != 2) return false;
    if (!AtEnd() && s_[pos_] == 't') {
      ++pos_;
      if (!Time()) return false;
      if (!AtEnd() && s_[pos_] == 'z') {
        ++pos_;
      } else if (!AtEnd() && (s_[pos_] == '+' || s_[pos_] == '-')) {
        ++pos_;
        size_t hn = 0, zn = 0;
        if (!Int(2, &hn) || hn != 2 || AtEnd() || s_[pos_] != ':') return false;
        ++pos_;
        if (!Int(2, &zn) || zn != 2) return false;
      }
    }
    return Finish(*y, *m, *d);
  }

  bool ReadCore() {
    size_t start = pos_;
    if (IsoCore()) return true;
    if (pos_ != start) return false;
    bool day_word = day_context_;
    if (AnyWord(kDayWords)) {
      day_word = true;
      SkipSpaces();
    }
    // day sep month [sep year]
    size_t n = 0;
    if (std::optional<int> d = Int(2, &n);
        d && !AtEnd() && (s_[pos_] == '/' || s_[pos_] == '-' || s_[pos_] == '.')) {
      char sep = s_[pos_++];
      if (*d == 0) return false;  // Finish() reads day 0 as "month only"
      // month/year: "04/2006", "6-2024".
      size_t year_digits = 0;
      size_t before_year = pos_;
      if (std::optional<int> y = Int(4, &year_digits);
          y && year_digits == 4 && sep != '.' && !day_word) {
        return Finish(*y, *d, 0);
      }
      pos_ = before_year;
      if (std::optional<int> m = Int(2)) {
        int year = 0;
        size_t mark = pos_;
        if (!AtEnd() && s_[pos_] == sep) {
          ++pos_;
          std::optional<int> y = Year();
          if (!y) return false;
          year = *y;
        } else {
          pos_ = mark;
          if (sep != '/' && !day_word) return false;
        }
        // "9/14/2023 8:42:17 AM": no 14th month, so .NET's month/day/year;
        // Run() keeps it only with the 12-hour clock that form prints.
        if (sep == '/' && year != 0 && *m > 12 && *d <= 12) {
          month_first_ = true;
          return Finish(year, *d, *m);
        }
        return Finish(year, *m, *d);
      }
      return false;
    }
    pos_ = start;
    if (AnyWord(kDayWords)) SkipSpaces();
    // [day] tháng month [year]
    int day = 0;
    size_t before_day = pos_;
    if (std::optional<int> d = DayOrMonth(31)) {
      SkipSpaces();
      if (Word("tháng")) {
        day = *d;
      } else {
        pos_ = before_day;
        return false;
      }
    } else if (!Word("tháng")) {
      return false;
    }
    SkipSpaces();
    std::optional<int> month = DayOrMonth(12);
    if (!month) return false;
    std::optional<int> year = YearAfterMonth();
    return Finish(year.value_or(0), *month, day);
  }

  std::string s_;
  size_t pos_ = 0;
  const DateOptions& options_;
  Date date_;
  int hour_ = -1;
  int minute_ = -1;
  // No part of day: the hour is on a 24-hour clock and nothing moves.
  int pm_from_ = 0;
  int pm_until_ = 0;
  bool day_context_ = false;  // a word before the date that says it is a day
  bool twelve_hour_clock_ = false;  // the time had AM or PM
  bool month_first_ = false;        // read as month/day/year
};

}  // namespace

std::string Date::ToIso() const {
  char buffer[40];
  if (year == 0) {
    std::snprintf(buffer, sizeof buffer, "--%02d-%02d", month, day);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else if (hour < 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", year, month, day, hour,
                  minute < 0 ? 0 : minute);
  }
  return buffer;
}

bool IsValidDate(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int limit = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= limit;
}

std::optional<Date> ReadDate(std::string_view text, const DateOptions& options) {
  std::string lower = ToLowerVietnamese(FoldDashes(TrimSpaces(text)));
  if (lower.empty()) return std::nullopt;
  return Scanner(std::move(lower), options).Run();
}

}  // namespace vnie
