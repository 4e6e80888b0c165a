// Percentages as the press writes them: "74,59%", "74,59 %", "9.6%",
// "bảy mươi phần trăm", ranges "5,8-6%", and percentage points.
//
// A percentage point ("tăng 2,5 điểm phần trăm") is a difference between two
// shares, not a share, so it is read but flagged: a figure of kind `percent` must
// not be made from it, and the members/staff consistency check must ignore it.
// Values above 100 are kept ("đạt 137,5%" of a plan is normal).
#ifndef VNIE_INTERPRET_PERCENT_H_
#define VNIE_INTERPRET_PERCENT_H_

#include <optional>
#include <string>
#include <string_view>

#include "interpret/decimal.h"
#include "interpret/number_words.h"

namespace vnie {

struct PercentReading {
  Decimal value;                 // 74.59 for "74,59%"; the lower end of a range
  std::optional<Decimal> upper;  // 6 for "5,8-6%"; unset for a single value
  bool is_point = false;         // "điểm phần trăm", "điểm %": a percentage point
  std::string approx;            // qualifier before it, lower case; empty when none
};

// Reads `[qualifier] number [- number] (% | phần trăm | điểm phần trăm | điểm %)`.
// The sign may be glued or spaced, and a range may repeat it ("5,8% - 6%").
// A range must rise ("6-5,8%" is not read). Leading words other than
// qualifiers are not skipped: "đạt 137,5%" is not read, "137,5%" is.
std::optional<PercentReading> ReadPercent(std::string_view text, const NumberWords& words);

}  // namespace vnie

#endif  // VNIE_INTERPRET_PERCENT_H_
