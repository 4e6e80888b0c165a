// Ratios written with a slash ("29/36 chi bộ", "90/90") and slash chains whose
// sides carry their own units ("86.079 học sinh/3.118 lớp").
//
// A bare "a/b" is the press's way of saying "a out of b". The same shape also
// writes dates, so ReadRatio refuses the forms only a date takes: a third part
// ("17/5/2022"), zero-padded day/month pairs ("07/03"), month/year pairs
// ("6/2024") and year/month pairs ("2023/09"). "17/5" stays readable as a ratio: only the context
// (a "ngày" before it, or a unit after) can tell, so the extractor asks ReadDate first where a date
// can stand, and ReadRatio where a count can.
#ifndef VNIE_INTERPRET_RATIO_H_
#define VNIE_INTERPRET_RATIO_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "interpret/decimal.h"
#include "interpret/number_words.h"

namespace vnie {

struct RatioReading {
  Decimal part;   // a in "a/b": the record's `value`
  Decimal whole;  // b: the record's `whole`; never zero
};

// Reads "a/b" where both sides are digit numbers ("29/36", "1.234/1.500",
// "29 / 36"). nullopt for date-like forms (above), a zero or negative whole, or
// anything else around the numbers.
std::optional<RatioReading> ReadRatio(std::string_view text, const NumberWords& words);

struct SlashPart {
  Decimal value;
  std::string unit;  // the words after the number, trimmed; empty when none
};

// Splits a slash chain into number+unit parts: "23 đảng viên/32 cán bộ" gives
// {23, "đảng viên"}, {32, "cán bộ"}; "19/29 CB, GV, NV" gives {19, ""},
// {29, "CB, GV, NV"}. Every part must open with a number; nullopt otherwise
// ("1989/QĐ-BGDĐT") or when there is no slash.
std::optional<std::vector<SlashPart>> SplitSlashChain(std::string_view text,
                                                      const NumberWords& words);

}  // namespace vnie

#endif  // VNIE_INTERPRET_RATIO_H_
