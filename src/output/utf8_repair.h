// Strict UTF-8 validation and repair for strings that leave vnie as JSON.
//
// JSON must be valid UTF-8, but a record can carry bytes that are not: a legacy
// document decoded with the wrong guess, or a span cut in the middle of a
// character. Rather than fail the whole record we replace each bad piece with
// U+FFFD, the way Python's `bytes.decode("utf-8", "replace")` does (one U+FFFD
// per "maximal subpart", Unicode 15 section 3.9), so the scorer and we agree.
// Validation is strict: overlong forms, surrogates (ED A0..BF) and code points
// above U+10FFFF are errors, exactly as in Python's strict decoder.
#ifndef VNIE_OUTPUT_UTF8_REPAIR_H_
#define VNIE_OUTPUT_UTF8_REPAIR_H_

#include <string>
#include <string_view>

namespace vnie {

// Length (1..4) of the well-formed UTF-8 sequence that starts at p[0]
// within p[0..n) (n >= 1), or 0 when it is ill-formed; then
// *subpart is the number of bytes (>= 1) that one U+FFFD replaces.
size_t Utf8SequenceLength(const unsigned char* p, size_t n, size_t* subpart);

// True when `text` is well-formed UTF-8 (the empty string is).
bool IsValidUtf8(std::string_view text);

// Appends `text` to `*out`, each ill-formed subsequence replaced by U+FFFD.
// Valid input is appended unchanged.
void AppendRepairedUtf8(std::string_view text, std::string* out);

// `text` with ill-formed subsequences replaced by U+FFFD.
std::string RepairUtf8(std::string_view text);

}  // namespace vnie

#endif  // VNIE_OUTPUT_UTF8_REPAIR_H_
