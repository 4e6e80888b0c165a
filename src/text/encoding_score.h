// Encoding score: how Vietnamese a decoding looks, counted in syllables.
//
// Every legacy encoding decodes any byte string to *some* text, so the only way
// to tell which one a document used is to look at the result: read in the
// right encoding, nearly every word with a non-ASCII letter is a Vietnamese
// syllable (initial + nucleus + final from data/syllable_parts.tsv, one tone,
// only sắc/nặng before c ch p t, one case pattern); read in a wrong one, most
// such words become impossible letter strings ("T×nh", "Vieät", "xỮ"). Words
// of pure ASCII look the same in every candidate and are not counted.
#ifndef VNIE_TEXT_ENCODING_SCORE_H_
#define VNIE_TEXT_ENCODING_SCORE_H_

#include <cstddef>
#include <string_view>

#include "text/utf8.h"

namespace vnie {

// True if `word` (UTF-8; letters and combining marks, NFC or not) is spelled
// like one Vietnamese syllable: hà, Nội, NGHIÊNG, khuya, gì, quốc. Mixed case
// past the first letter (xỮ, tÕ), two tones, and letters Vietnamese does not
// use (ñ, ä, f) are not.
bool IsVietnameseSyllable(std::string_view word);

struct WordTally {
  size_t vietnamese = 0;  // words with a non-ASCII character that are syllables
  size_t other = 0;       // words with a non-ASCII character that are not
  size_t Total() const { return vietnamese + other; }
};

// Splits UTF-8 `text` into words and tallies those that hold a non-ASCII
// character. Words are separated by ASCII characters other than letters, by
// spaces, by ° ± and by the punctuation of U+2010..U+2027 (dashes, curly
// quotes, ellipsis); any other character belongs to the word it touches, so a symbol
// inside a word (T×nh) makes it "other". Invalid UTF-8 counts as a symbol.
WordTally TallyWords(std::string_view text);

// Calls fn(begin, end) for each word of `text` as TallyWords splits it
// (byte offsets), including pure-ASCII words.
template <typename Fn>
void ForEachWord(std::string_view text, Fn fn);

// Whether the code point at a word boundary separates words (see TallyWords).
bool IsWordSeparator(char32_t code_point);

template <typename Fn>
void ForEachWord(std::string_view text, Fn fn) {
  size_t start = std::string_view::npos;
  for (size_t i = 0; i < text.size();) {
    Utf8Char c = DecodeUtf8(text, i);
    const bool separator = c.valid && IsWordSeparator(c.code_point);
    if (separator && start != std::string_view::npos) {
      fn(start, i);
      start = std::string_view::npos;
    } else if (!separator && start == std::string_view::npos) {
      start = i;
    }
    i += c.length;
  }
  if (start != std::string_view::npos) fn(start, text.size());
}

}  // namespace vnie

#endif  // VNIE_TEXT_ENCODING_SCORE_H_
