// Canonical strings for group meanings (see format.h).
#include "interpret/format.h"

#include <charconv>
#include <cmath>

#include "interpret/percent.h"
#include "interpret/period.h"
#include "interpret/qualifier.h"
#include "interpret/ratio.h"
#include "interpret/vietnamese_number.h"

namespace vnie {

std::string FormatNumber(double value) {
  if (value == 0) return "0";  // also -0.0
  if (!std::isfinite(value)) return "null";
  if (value == std::trunc(value) && std::fabs(value) < 9.0e15) {
    return std::to_string(static_cast<long long>(value));
  }
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (ec != std::errc()) return "null";
  return std::string(buffer, end);
}

std::optional<std::string> CanonicalNumber(std::string_view text, const NumberWords& words) {
  std::optional<NumberReading> reading = ReadNumber(text, words);
  if (!reading) return std::nullopt;
  return reading->value.ToString();
}

std::optional<std::string> CanonicalPercent(std::string_view text, const NumberWords& words) {
  std::optional<PercentReading> reading = ReadPercent(text, words);
  if (!reading || reading->is_point) return std::nullopt;
  std::string out = reading->value.ToString();
  if (reading->upper) {
    out += '-';
    out += reading->upper->ToString();
  }
  return out;
}

std::optional<std::string> CanonicalQualifier(std::string_view text, const NumberWords& words) {
  return ReadQualifier(text, words);
}

std::optional<std::string> CanonicalRatio(std::string_view text, const NumberWords& words) {
  std::optional<RatioReading> reading = ReadRatio(text, words);
  if (!reading) return std::nullopt;
  std::string out = reading->part.ToString();
  out += '/';
  out += reading->whole.ToString();
  return out;
}

std::optional<std::string> CanonicalDate(std::string_view text, const DateOptions& options) {
  std::optional<Date> date = ReadDate(text, options);
  if (!date) return std::nullopt;
  return date->ToIso();
}

std::optional<std::string> CanonicalPeriod(std::string_view text) {
  std::optional<YearRange> range = ReadPeriod(text);
  if (!range) return std::nullopt;
  return range->ToString();
}

}  // namespace vnie
