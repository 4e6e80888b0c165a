// Small text operations on a captured phrase: trimming, splitting on spaces and
// Vietnamese lower-casing.
//
// The interpreters receive text that the normalizer already made NFC with single
// spaces, so they need no ICU: lower-casing only has to cover the precomposed
// Vietnamese letters ("Hai mươi", "Thứ Hai", "ĐIỂM PHẦN TRĂM"). Keeping this here
// lets vnie_interpret depend on vnie_base alone.
#ifndef VNIE_INTERPRET_PHRASE_H_
#define VNIE_INTERPRET_PHRASE_H_

#include <string>
#include <string_view>
#include <vector>

namespace vnie {

// `text` without leading and trailing ASCII spaces, tabs and newlines.
std::string_view TrimSpaces(std::string_view text);

// The space-separated words of `text`; empty words (double spaces) are dropped.
// The views point into `text`.
std::vector<std::string_view> SplitWords(std::string_view text);

// Lower case for ASCII and the precomposed Latin letters Vietnamese uses
// (À-Ý, Ă, Đ, Ĩ, Ũ, Ơ, Ư and U+1EA0-U+1EF9). Other bytes are copied unchanged, so
// byte lengths can change only where a letter's lower case has another length
// (none of the Vietnamese ones do).
std::string ToLowerVietnamese(std::string_view text);

// `text` with the en dash, em dash, figure dash and minus sign written as '-'.
// The normalizer already folds them; readers fold again so they also accept raw
// text ("2012 – 2013").
std::string FoldDashes(std::string_view text);

// True for an ASCII digit.
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace vnie

#endif  // VNIE_INTERPRET_PHRASE_H_
