// Canonical strings for the group meanings of the pattern engine.
//
// A rule names what each captured group means ("number", "percent",
// "qualifier", "date", "period", "ratio"); the engine turns the capture into
// the canonical string its examples are written against, and the extractor
// into record fields. These functions are that bridge, one per meaning, each a
// thin wrapper over its reader:
//   CanonicalNumber("1.889")                -> "1889"
//   CanonicalNumber("gần 1,4 triệu")        -> "1400000"   (the qualifier is its own group)
//   CanonicalPercent("74,59 %")             -> "74.59";  "5,8-6%" -> "5.8-6"
//   CanonicalQualifier("Gần như")           -> "gần như"
//   CanonicalRatio("29/36")                 -> "29/36"
//   CanonicalDate("ngày 17 tháng 5 năm 2022") -> "2022-05-17"
//   CanonicalPeriod("nhiệm kỳ 2025 - 2030") -> "2025-2030"; "từ năm 2017 đến nay" -> "2017-"
// nullopt means the capture cannot be read as that meaning.
#ifndef VNIE_INTERPRET_FORMAT_H_
#define VNIE_INTERPRET_FORMAT_H_

#include <optional>
#include <string>
#include <string_view>

#include "interpret/date.h"
#include "interpret/number_words.h"

namespace vnie {

// The shortest decimal that round-trips: 1889.0 -> "1889", 74.6 -> "74.6",
// -0.0 -> "0". For doubles that came from the readers (Decimal::ToDouble) this
// equals Decimal::ToString().
std::string FormatNumber(double value);

std::optional<std::string> CanonicalNumber(std::string_view text, const NumberWords& words);
// A percentage point is not a percentage: nullopt.
std::optional<std::string> CanonicalPercent(std::string_view text, const NumberWords& words);
std::optional<std::string> CanonicalQualifier(std::string_view text, const NumberWords& words);
std::optional<std::string> CanonicalRatio(std::string_view text, const NumberWords& words);
std::optional<std::string> CanonicalDate(std::string_view text, const DateOptions& options);
std::optional<std::string> CanonicalPeriod(std::string_view text);

}  // namespace vnie

#endif  // VNIE_INTERPRET_FORMAT_H_
