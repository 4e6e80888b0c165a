// Calendar dates (and the time of day beside them) as Vietnamese text writes them.
//
// Forms read (case-insensitive, commas and a weekday or part of day around the
// date are allowed):
//   17/5/2022  03/03/2017  3/3/17  17-5-2022  29.03.2019        day/month/year
//   17/5  ngày 17-5  ngày 5.9                                   no year (see below)
//   ngày 17 tháng 5 năm 2022  12 tháng 10 năm 2017  27 tháng 4, 2021
//   ngày mồng 3 tháng 3  mồng 7 tháng ba                        spelled months need `words`
//   tháng 10 năm 2017  tháng 3/2023  04/2006                    month only: "2017-10"
//   Thứ hai, 02/10/2023   Sáng 16/9   10:51 08-11-2019   18/05/2022 00:00 (GMT+7)
//   16:29, Thứ Hai, 22/07/2019 (GMT+7)   7:30 chiều ngày 20/4/2017  (date-time)
//   2026-03-07   2026-03-07T07:00:05+07:00                  ISO 8601 (page metadata)
//   14/09/2023 8:42 PM   9/14/2023 8:42:17 AM                   12-hour clock
// With AM/PM the month may come first, as .NET portals print it, but only when
// the second number cannot be a month ("9/14/2023 8:42:17 AM" is 14 September;
// "5/3/2023 8:42:17 AM" stays 5 March); without AM/PM "12/13/2022" is no date.
// A day/month with `-` or `.` needs "ngày", "mồng", a weekday or a part of day
// before it ("Sáng 2-7"), because "5-10" is a range and "5.9" a decimal. A
// two-digit year is 20yy below 50 and 19yy from 50 ("3/9/91" is 1991). A date
// without a year takes the year of `options.reference` (the publication date,
// never the clock); with no reference it is not read. Impossible dates
// ("31/02/2022", "45/5/2022") and years outside 1800-2100 are not dates;
// neither is "ngày" alone, nor a time alone.
#ifndef VNIE_INTERPRET_DATE_H_
#define VNIE_INTERPRET_DATE_H_

#include <optional>
#include <string>
#include <string_view>

#include "interpret/number_words.h"

namespace vnie {

struct Date {
  int year = 0;  // 0 only when DateOptions::keep_missing_year let it be unknown
  int month = 0;
  int day = 0;    // 0 when only the month is known
  int hour = -1;  // -1 when no time of day is given
  int minute = -1;

  // "2022-05-17", "2017-10" (no day), "2019-07-22T16:29" (with a time),
  // "--05-17" (no year).
  std::string ToIso() const;

  friend bool operator==(const Date&, const Date&) = default;
};

struct DateOptions {
  // Supplies the year of a date written without one. Default: unset, and such
  // dates are not read.
  std::optional<Date> reference;
  // With no reference, read a date without a year anyway, with year 0 and
  // ToIso() "--05-17" (ISO 8601's form for an unknown year). Default: false.
  bool keep_missing_year = false;
  // Lexicon for spelled-out days and months ("tháng ba"). Default: null, and only
  // digits are read. Not owned; must outlive the call.
  const NumberWords* words = nullptr;
};

// True when year/month/day is a day of the Gregorian calendar.
bool IsValidDate(int year, int month, int day);

// Reads a date, or a month of a year, possibly with a time of day.
std::optional<Date> ReadDate(std::string_view text, const DateOptions& options = {});

}  // namespace vnie

#endif  // VNIE_INTERPRET_DATE_H_
