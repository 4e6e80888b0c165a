// Decoder: the bytes of a document to the UTF-8 text vnie works on.
//
// The decoded text is "the document as read": spans in records are offsets into
// it. Valid or damaged UTF-8 is passed through unchanged (BOM included), so for
// UTF-8 input spans are offsets into the file itself; damaged sequences are
// reported as warnings with their byte offsets and become U+FFFD in the
// normalizer. Other encodings are converted to UTF-8.
#ifndef VNIE_TEXT_DECODER_H_
#define VNIE_TEXT_DECODER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace vnie {

struct DecodeOptions {
  // Empty: detect. Otherwise an encoding name such as "utf-8", "utf-16le",
  // "windows-1258"; an unknown name is an InvalidArgument error.
  std::string encoding;
};

struct DecodedText {
  std::string text;       // UTF-8 (possibly with invalid sequences, see above)
  std::string encoding;   // what it was decoded from: utf-8, utf-16le, utf-16be, ...
  std::vector<std::string> warnings;  // e.g. "invalid UTF-8 at byte 1042"
};

// Fails (InvalidArgument / DataLoss) only when the bytes are not text at all,
// e.g. a binary file, or cannot be converted; the message says why.
StatusOr<DecodedText> Decode(std::string_view bytes, const DecodeOptions& options = {});

}  // namespace vnie

#endif  // VNIE_TEXT_DECODER_H_
