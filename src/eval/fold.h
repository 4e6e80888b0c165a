// The loose text comparison of the official scorer (../shared/tools/score.py),
// ported to C++ so that `vnie eval` gives exactly the numbers score.py gives.
//
// score.py compares names and roles after fold(): lower case, canonical
// composition, tone marks moved to the end of each word (so "hoà" and "hòa",
// written with the two tone-placement styles, fold alike), and split on spaces,
// dashes and punctuation. "đ" stays distinct from "d". Roles and cell names are
// then compared with similar(): equal, one inside the other, or enough shared
// words, after expand() has spelled out abbreviations (BTV, UBND, THCS...).
//
// These functions reproduce score.py's quirks on purpose, because matching
// it is the point: the expansions are inserted unfolded, and the keys
// "hđnd", "gd&đt" and "gdđt" never match because fold() has already turned
// their "đ" into "d" + U+0335. Checked against score.py for every code point
// (between two letters): identical. Known difference: Python's str.lower()
// maps a capital sigma that ends a word to "ς", and we map it to "σ".
#ifndef VNIE_EVAL_FOLD_H_
#define VNIE_EVAL_FOLD_H_

#include <string>
#include <string_view>

namespace vnie {

// score.py fold(): words of the NFD lower-cased text, split on whitespace,
// NBSP, U+2000..U+200B, "-", en and em dashes, `,;:()"'` and curly double
// quotes; in each word "đ" becomes "d" + U+0335, the five tone marks (U+0300,
// U+0301, U+0303, U+0309, U+0323) move to the end in their order and the rest
// is recomposed (NFC). Words are joined by one space. Invalid UTF-8 is read
// as U+FFFD.
std::string Fold(std::string_view text);

// score.py expand(): Fold(), then each word that is a key of the abbreviation
// table ("btv" -> "ban thường vụ", ...) replaced by its expansion.
std::string Expand(std::string_view text);

// score.py jaccard(): |A ∩ B| / |A ∪ B| over the sets of space-separated words;
// 1.0 when both are empty.
double Jaccard(std::string_view a, std::string_view b);

// score.py similar(): after Expand(), equal, or both non-empty and one a
// substring of the other, or Jaccard(a, b) >= threshold.
bool Similar(std::string_view a, std::string_view b, double threshold);

}  // namespace vnie

#endif  // VNIE_EVAL_FOLD_H_
