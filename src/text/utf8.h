// UTF-8 helpers: decode one code point with its length and validity, encode,
// and validity checks.
//
// vnie keeps documents as the bytes it was given, so damaged UTF-8 must be
// walked over, not rejected: DecodeUtf8 always advances at least one byte and
// reports each invalid stretch as one "maximal subpart" (the Unicode
// recommendation for U+FFFD substitution), so every part of the pipeline counts
// and replaces bad bytes the same way.
#ifndef VNIE_TEXT_UTF8_H_
#define VNIE_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vnie {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct Utf8Char {
  char32_t code_point = 0;  // kReplacementCharacter when !valid
  int length = 0;           // bytes consumed, 1..4 (never 0 for a non-empty input)
  bool valid = false;
};

// Decodes the code point starting at text[pos] (pos < text.size()). Overlongs,
// surrogates, values above U+10FFFF, stray continuation bytes and truncated
// sequences are invalid; `length` then covers the maximal subpart of the bad
// sequence (at least 1 byte).
inline Utf8Char DecodeUtf8(std::string_view text, size_t pos);
// The general case of DecodeUtf8 (4-byte sequences, E0/ED/F0/F4 leads and
// every invalid sequence); DecodeUtf8 inlines the common cases.
Utf8Char DecodeUtf8Slow(std::string_view text, size_t pos);

// Writes the UTF-8 form of `code_point` (which must be a scalar value) to `out`
// and returns the number of bytes (1..4). `out` needs room for 4 bytes.
int EncodeUtf8(char32_t code_point, char* out);
void AppendUtf8(char32_t code_point, std::string* out);

// Offset of the first invalid sequence at or after `from`, or npos.
size_t FindInvalidUtf8(std::string_view text, size_t from = 0);
inline bool IsValidUtf8(std::string_view text) {
  return FindInvalidUtf8(text) == std::string_view::npos;
}

// Vietnamese text is ASCII plus 2-byte (U+00C0..U+01B0) and 3-byte (U+1EA0..
// U+1EF9) letters, so those paths are inline; the rest is out of line.
inline Utf8Char DecodeUtf8(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const size_t available = text.size() - pos;
  const unsigned char lead = s[0];
  if (lead < 0x80) return {lead, 1, true};
  if (lead >= 0xC2 && lead <= 0xDF) {
    if (available >= 2 && (s[1] & 0xC0) == 0x80) {
      return {static_cast<char32_t>(((lead & 0x1F) << 6) | (s[1] & 0x3F)), 2, true};
    }
  } else if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED) {
    if (available >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
      return {static_cast<char32_t>(((lead & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F)),
              3, true};
    }
  }
  return DecodeUtf8Slow(text, pos);
}

}  // namespace vnie

#endif  // VNIE_TEXT_UTF8_H_
