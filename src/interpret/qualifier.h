// Qualifiers written before a figure: "hơn 200", "gần 1,4 triệu", "gần như 100%".
//
// The record keeps the qualifier as `approx` (lower case, as written) instead of
// dropping it, because "trên 60%" and "60%" say different things. Which words are
// qualifiers is data: the `qualifier` entries of patterns/lexicon/number_words.txt.
#ifndef VNIE_INTERPRET_QUALIFIER_H_
#define VNIE_INTERPRET_QUALIFIER_H_

#include <optional>
#include <string>
#include <string_view>

#include "interpret/number_words.h"

namespace vnie {

struct QualifierSplit {
  // The qualifier words, lower case, single-spaced; empty when there are none.
  // Stacked qualifiers stay together: "ước tính khoảng 300" gives "ước tính khoảng".
  std::string approx;
  std::string_view rest;  // the text after the qualifier, trimmed; a view into the input
};

// Splits the qualifiers at the start of `text` from what follows. The longest
// lexicon entry wins, so "gần như 100%" gives "gần như" and "không dưới 50" gives
// "không dưới" although "không" alone is the digit 0. Never fails: with no
// qualifier, approx is empty and rest is the whole (trimmed) text.
QualifierSplit SplitQualifier(std::string_view text, const NumberWords& words);

// The canonical qualifier when all of `text` is qualifier words ("Gần như" ->
// "gần như"); nullopt otherwise ("gần 200", "đạt").
std::optional<std::string> ReadQualifier(std::string_view text, const NumberWords& words);

}  // namespace vnie

#endif  // VNIE_INTERPRET_QUALIFIER_H_
