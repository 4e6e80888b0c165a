// HTML character references (&amp; &#237; &#xE9;) decoded one at a time.
//
// The HTML text extractor maps every output byte back to the page, so it must
// know exactly how many source bytes a reference spans; a whole-string decoder
// would lose that. Named references come from libxml2's HTML 4 table, which
// covers what Vietnamese news sites write (&nbsp; &ndash; &hellip; ...).
#ifndef VNIE_INPUT_HTML_ENTITIES_H_
#define VNIE_INPUT_HTML_ENTITIES_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vnie {

// If a character reference starts at html[pos] (which must be '&'), appends its
// UTF-8 to *out and returns its length in bytes; otherwise returns 0 and leaves
// *out alone, and the '&' is literal text. Numeric references to 0, surrogates
// or beyond U+10FFFF give U+FFFD; &#128;..&#159; are read as Windows-1252, as
// browsers do.
size_t DecodeCharacterReference(std::string_view html, size_t pos, std::string* out);

// Decodes every reference in `text` (for attribute values and tests).
std::string DecodeCharacterReferences(std::string_view text);

}  // namespace vnie

#endif  // VNIE_INPUT_HTML_ENTITIES_H_
