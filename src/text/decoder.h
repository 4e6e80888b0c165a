// Decoder: the bytes of a document to the UTF-8 text vnie works on.
//
// The decoded text is "the document as read": spans in records are offsets into
// it. Valid or damaged UTF-8 is passed through unchanged (BOM included), so for
// UTF-8 input spans are offsets into the file itself; damaged sequences are
// reported as warnings with their byte offsets and become U+FFFD in the
// normalizer. Other encodings, including the pre-Unicode Vietnamese ones
// (TCVN3, VNI, VISCII, windows-1258, VIQR), are converted to UTF-8, and so is
// UTF-8 that an old tool garbled (mojibake), when the whole document is.
//
// Detection, when no encoding is forced:
//   1. A BOM decides (UTF-8, UTF-16LE, UTF-16BE); binary signatures and NUL
//      patterns are handled as before (refused, or UTF-16 without a BOM).
//   2. Valid UTF-8 stays UTF-8, unless (a) it is pure ASCII and reads as VIQR
//      (at least 3 words and 40% of the words carry VIQR marks that spell
//      syllables; or the hint says viqr), or (b) MayBeMojibake() fires and
//      RepairMojibake() finds mojibake within options.mojibake.
//   3. Invalid UTF-8 with at least as many valid multi-byte characters as
//      invalid sequences is damaged UTF-8 (kept, warnings).
//   4. Otherwise TCVN3, VNI, VISCII and windows-1258 decodings are scored by
//      how many words with non-ASCII letters are Vietnamese syllables
//      (encoding_score.h): syllables minus other words. The best wins if its
//      syllables outnumber its other words 3 to 1; on a tie the hint decides
//      if it names a tied candidate, else the order above. If none qualifies,
//      the hint is used when it names an encoding we can decode; else the
//      bytes are damaged UTF-8 (kept, warnings).
//   A detected legacy encoding or a repair adds a warning saying so.
#ifndef VNIE_TEXT_DECODER_H_
#define VNIE_TEXT_DECODER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/encoding_mojibake.h"

namespace vnie {

struct DecodeOptions {
  // Empty: detect. Otherwise an encoding name: "utf-8", "utf-16le",
  // "utf-16be", "windows-1258" (or "cp1258"), "tcvn3" (or "abc"), "vni",
  // "viscii", "viqr", or any name ICU knows; an unknown name is an
  // InvalidArgument error naming it.
  std::string encoding;
  // Optional charset label from HTTP headers or <meta charset>; used only
  // when detection is not sure (see above), since legacy Vietnamese pages were
  // routinely labelled iso-8859-1 or utf-8. An unknown label is ignored.
  std::string hint;
  // Which UTF-8 mojibake to repair. Default kDominant: only a document that is
  // mostly mojibake, since repair changes the text and spans then no longer
  // point into the file; a few broken lines are left and reported as a warning.
  MojibakeScope mojibake = MojibakeScope::kDominant;
};

struct DecodedText {
  std::string text;  // UTF-8 (possibly with invalid sequences, see above)
  // What it was decoded from: utf-8, utf-16le, utf-16be, windows-1258, tcvn3,
  // vni, viscii, viqr, or for repaired UTF-8 utf-8-mojibake (UTF-8 read as
  // windows-1252), tcvn3-mojibake, vni-mojibake (legacy text read so).
  std::string encoding;
  std::vector<std::string> warnings;  // e.g. "invalid UTF-8 at byte 1042"
};

// Fails (InvalidArgument / DataLoss) only when the bytes are not text at all,
// e.g. a binary file, or cannot be converted; the message says why.
StatusOr<DecodedText> Decode(std::string_view bytes, const DecodeOptions& options = {});

}  // namespace vnie

#endif  // VNIE_TEXT_DECODER_H_
