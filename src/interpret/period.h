// Periods of years: terms of office, school years, plan periods.
//
//   giai đoạn 2017-2022    nhiệm kỳ 2025 - 2030    năm học 2016-2017    2017 -2018
//   từ năm 2015 đến năm 2023    từ năm 2017 đến nay (open end: `to` unset)
//   từ năm 2016 trở lại đây     từ năm học 2019-2020 đến nay (from the first year)
//
// The record keeps periods apart from dates because "nhiệm kỳ 2020-2025" is not a
// day and not a subtraction. Both years must be plausible (1900-2100) and
// from <= to; a short second year ("2017-18") is not read, because "2017-18"
// is as often a count range as a school year.
#ifndef VNIE_INTERPRET_PERIOD_H_
#define VNIE_INTERPRET_PERIOD_H_

#include <optional>
#include <string>
#include <string_view>

namespace vnie {

struct YearRange {
  int from = 0;
  std::optional<int> to;  // unset for "đến nay"

  // "2017-2022", or "2017-" for an open end.
  std::string ToString() const;
  friend bool operator==(const YearRange&, const YearRange&) = default;
};

// Reads `[lead] Y1 - Y2` or `từ [lead] Y1 đến|tới [lead] Y2|nay|hiện nay`, where
// lead is one of the period words (giai đoạn, nhiệm kỳ, năm học, niên khóa,
// thời kỳ, khóa, năm). Case-insensitive; nullopt for anything else.
std::optional<YearRange> ReadPeriod(std::string_view text);

}  // namespace vnie

#endif  // VNIE_INTERPRET_PERIOD_H_
