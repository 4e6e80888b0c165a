// VIQR: Vietnamese written in ASCII with marks typed after the letter.
//
// Mailing lists and Usenet of the 1990s wrote "Vie^.t Nam" for Việt Nam:
// ( ^ + after a vowel make ă â ê ô ơ ư, dd is đ, and ' ` ? ~ . after a vowel
// are the five tones. Since . and ? are also sentence punctuation and ' is a
// quote, a mark is applied only where the letters and marks together spell a
// Vietnamese syllable, and a backslash keeps the next mark literal (RFC 1456).
// A word-final . or ? is a tone when the word with it is a syllable, except at
// the end of a line, where it is taken as punctuation ("chi bo^. DDa?ng" is
// "chi bộ Đảng", but "ra.\n" stays "ra."): the one ambiguity VIQR leaves.
#ifndef VNIE_TEXT_LEGACY_VIQR_H_
#define VNIE_TEXT_LEGACY_VIQR_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vnie {

struct ViqrDecoded {
  std::string text;            // UTF-8, precomposed letters
  size_t words = 0;            // words of letters seen
  size_t converted_words = 0;  // of which carried VIQR marks that were applied
};

// Decodes VIQR `text` (non-ASCII bytes are copied through unchanged).
ViqrDecoded DecodeViqr(std::string_view text);

// Writes UTF-8 `text` as VIQR, escaping with a backslash every mark character
// that follows a letter in the input, so DecodeViqr gives it back; characters
// VIQR cannot write become '?'. For tests and tools.
std::string EncodeViqr(std::string_view text);

}  // namespace vnie

#endif  // VNIE_TEXT_LEGACY_VIQR_H_
