// Reading a number the way the Vietnamese press writes it: digits with
// separators, digits with scale words, or words ("hai mươi mốt").
//
// Separator rules (ReadDigits), each decided for Vietnamese text first:
//   1. `.` groups thousands and `,` is the decimal mark: "1.889" = 1889,
//      "1.200.000" = 1200000, "74,59" = 74.59, "01,10" = 1.1, ",77" = 0.77.
//      Leading zeros are dropped: "01" = 1.
//   2. Both marks in one number: the one that comes last, written once, is the
//      decimal mark and the other must group by threes: "29.232,75" = 29232.75,
//      and an English "1,234.5" = 1234.5.
//   3. A single `.` followed by exactly three digits groups thousands, because
//      that is how "1.200" (one thousand two hundred) is written here; with any
//      other number of digits after it, or after a lone "0", it is a decimal
//      point, which is how English-style sources write "9.6" or "0.125".
//   4. A single `,` is always the decimal mark, even before three digits: "1,2"
//      and "1,200" are both 1.2. Reading "1,200" as 1200 would misread every
//      Vietnamese three-decimal figure; an English thousands comma is only
//      recognised when the number has several comma groups ("1,200,000").
//   5. Spaces separate thousands in statistical tables ("273 343",
//      "2 376,90") only when every group after the first has exactly three
//      digits and the first has one to three; "12 34" is not a number.
//   6. A space before a separator is a typing slip: "5 .000" = 5000.
//   Several dots that do not group by threes ("29.03.2019") are not a number.
//
// Words (ReadNumber) follow the grammar in vietnamese_number.cc with the lexicon
// of number_words.h: "hai mươi tư" = 24, "một trăm linh năm" = 105,
// "hai mươi mốt nghìn không trăm mười một" = 21011, "1,2 triệu" = 1200000,
// "hai triệu rưỡi" = 2500000, "100k" = 100000, "âm 5" = -5. A scale word needs a
// number before it ("tỷ lệ" is a rate, not a billion); "trăm" alone is 100. A qualifier may open
// the phrase ("gần 1,4 triệu"). The whole text must be read: "một trăm năm" is
// not 105 and not 150 (it is usually "a hundred years"); ReadNumberPrefix finds
// the longest prefix that is a number instead.
//
// All functions are pure and never throw; nullopt means "not a number".
#ifndef VNIE_INTERPRET_VIETNAMESE_NUMBER_H_
#define VNIE_INTERPRET_VIETNAMESE_NUMBER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "interpret/decimal.h"
#include "interpret/number_words.h"

namespace vnie {

struct NumberReading {
  Decimal value;
  std::string approx;  // qualifier before the number, lower case; empty when none
};

struct NumberPrefix {
  Decimal value;
  size_t length = 0;  // bytes of the input read, from its start (not trimmed)
};

// Digits and separators only (no sign, no words), by the rules above.
std::optional<Decimal> ReadDigits(std::string_view text);

// A whole number phrase: [qualifier] [- | âm] number, where number mixes digit
// groups, number words and scale words.
std::optional<NumberReading> ReadNumber(std::string_view text, const NumberWords& words);

// The longest run of whole words at the start of `text` that is a number with
// no qualifier: "86.079 học sinh" gives 86079 with length 6.
std::optional<NumberPrefix> ReadNumberPrefix(std::string_view text, const NumberWords& words);

}  // namespace vnie

#endif  // VNIE_INTERPRET_VIETNAMESE_NUMBER_H_
