// Writes a JSON string literal, repairing invalid UTF-8 on the way.
//
// Strings are most of the bytes of a record, and Vietnamese text is a third
// non-ASCII, so writing them is where the JSON writer spends its time.
// RapidJSON's Writer::String escapes byte by byte and cannot repair bad UTF-8,
// which we would then have to check in a second pass; this does both in one
// pass and copies runs of plain ASCII eight bytes at a time.
#ifndef VNIE_OUTPUT_JSON_STRING_H_
#define VNIE_OUTPUT_JSON_STRING_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vnie {

// Room EscapeJsonString needs for `size` input bytes: two quotes and at most
// six bytes ("\u001f") per input byte.
constexpr size_t MaxJsonStringSize(size_t size) { return 2 + 6 * size; }

// Writes `text` as a quoted JSON string to `out`, which must have room for
// MaxJsonStringSize(text.size()) bytes; returns the end of what it wrote.
// Escapes as RapidJSON does: \" \\ \b \f \n \r \t, other control characters
// as \u00XX; everything else is copied, except ill-formed UTF-8, which
// becomes U+FFFD per maximal subpart (see output/utf8_repair.h).
char* EscapeJsonString(std::string_view text, char* out);

// The same, as a std::string: for callers off the hot path (tests, the
// normalize command's offsets), so no one writes a JSON escaper of their own.
std::string JsonQuote(std::string_view text);

}  // namespace vnie

#endif  // VNIE_OUTPUT_JSON_STRING_H_
