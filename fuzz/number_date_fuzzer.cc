// Fuzz target: the readers of src/interpret (numbers, percentages, ratios,
// dates, periods, qualifiers) with the shipped number lexicon.
//
// Invariants (their headers): a reader returns nullopt or a sane value: a
// number prefix never reads past the input; a ratio's whole is never zero;
// a date is a real calendar date with a year in 1800-2100 (or 0 when
// keep_missing_year) and a time of day in range; a period has
// 1900 <= from <= to <= 2100. The canonical forms never throw either.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "interpret/date.h"
#include "interpret/format.h"
#include "interpret/not_a_figure.h"
#include "interpret/number_words.h"
#include "interpret/percent.h"
#include "interpret/period.h"
#include "interpret/qualifier.h"
#include "interpret/ratio.h"
#include "interpret/vietnamese_number.h"

namespace {

void CheckDate(const std::optional<vnie::Date>& date, bool year_may_be_missing) {
  if (!date) return;
  if (!(year_may_be_missing && date->year == 0)) {
    FUZZ_CHECK(date->year >= 1800 && date->year <= 2100);
  }
  FUZZ_CHECK(date->month >= 1 && date->month <= 12);
  if (date->day != 0 && date->year != 0) {
    FUZZ_CHECK(vnie::IsValidDate(date->year, date->month, date->day));
  }
  FUZZ_CHECK(date->day >= 0 && date->day <= 31);
  FUZZ_CHECK(date->hour >= -1 && date->hour <= 23);
  FUZZ_CHECK(date->minute >= -1 && date->minute <= 59);
  FUZZ_CHECK(!date->ToIso().empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const vnie::NumberWords* words = [] {
    auto loaded =
        vnie::LoadNumberWords(vnie::fuzz::ShippedPatternsDir() + "/lexicon/number_words.txt");
    FUZZ_CHECK(loaded.ok());
    return new vnie::NumberWords(*std::move(loaded));
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);

  (void)vnie::ReadDigits(text);
  (void)vnie::ReadNumber(text, *words);
  if (auto prefix = vnie::ReadNumberPrefix(text, *words)) FUZZ_CHECK(prefix->length <= size);
  if (auto percent = vnie::ReadPercent(text, *words)) (void)percent->value.ToString();
  if (auto ratio = vnie::ReadRatio(text, *words)) FUZZ_CHECK(!ratio->whole.IsZero());
  (void)vnie::SplitSlashChain(text, *words);
  (void)vnie::ReadQualifier(text, *words);
  (void)vnie::SplitQualifier(text, *words);

  vnie::DateOptions options;
  options.words = words;
  CheckDate(vnie::ReadDate(text, options), false);
  options.reference = vnie::Date{2022, 5, 17, -1, -1};
  CheckDate(vnie::ReadDate(text, options), false);
  options.reference.reset();
  options.keep_missing_year = true;
  CheckDate(vnie::ReadDate(text, options), true);

  if (auto period = vnie::ReadPeriod(text)) {
    FUZZ_CHECK(period->from >= 1900 && period->from <= 2100);
    if (period->to) FUZZ_CHECK(period->from <= *period->to && *period->to <= 2100);
    (void)period->ToString();
  }

  (void)vnie::CanonicalNumber(text, *words);
  (void)vnie::CanonicalPercent(text, *words);
  (void)vnie::CanonicalRatio(text, *words);
  (void)vnie::CanonicalPeriod(text);
  // The text cut in three: what comes before a candidate figure, the figure, after.
  size_t third = size / 3;
  (void)vnie::WhyNotAFigure(text.substr(0, third), text.substr(third, third),
                            text.substr(2 * third));
  return 0;
}
