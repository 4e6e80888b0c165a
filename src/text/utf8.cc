// UTF-8 decoding per Unicode 15 Table 3-7 (well-formed byte sequences).
#include "text/utf8.h"

#include <cstdint>
#include <cstring>

namespace vnie {

namespace {

// The valid range of the second byte depends on the lead byte (Table 3-7); this
// is what excludes overlongs, surrogates and values above U+10FFFF.
inline bool SecondByteOk(unsigned char lead, unsigned char b) {
  switch (lead) {
    case 0xE0:
      return b >= 0xA0 && b <= 0xBF;
    case 0xED:
      return b >= 0x80 && b <= 0x9F;
    case 0xF0:
      return b >= 0x90 && b <= 0xBF;
    case 0xF4:
      return b >= 0x80 && b <= 0x8F;
    default:
      return b >= 0x80 && b <= 0xBF;
  }
}

inline bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

Utf8Char DecodeUtf8Slow(std::string_view text, size_t pos) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const unsigned char lead = s[pos];
  if (lead < 0x80) return {lead, 1, true};
  int need;
  char32_t cp;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
    cp = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    cp = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    cp = lead & 0x07;
  } else {
    // Stray continuation byte, C0/C1 (always overlong) or F5..FF.
    return {kReplacementCharacter, 1, false};
  }
  int length = 1;
  for (int i = 0; i < need; ++i) {
    if (pos + length >= n) return {kReplacementCharacter, length, false};
    const unsigned char b = s[pos + length];
    const bool ok = (i == 0) ? SecondByteOk(lead, b) : IsContinuation(b);
    if (!ok) return {kReplacementCharacter, length, false};
    cp = (cp << 6) | (b & 0x3F);
    ++length;
  }
  return {cp, length, true};
}

int EncodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

void AppendUtf8(char32_t code_point, std::string* out) {
  char buffer[4];
  out->append(buffer, EncodeUtf8(code_point, buffer));
}

size_t FindInvalidUtf8(std::string_view text, size_t from) {
  const size_t n = text.size();
  size_t i = from;
  while (i < n) {
    // Most of a Vietnamese article is ASCII; skip it eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    Utf8Char c = DecodeUtf8(text, i);
    if (!c.valid) return i;
    i += c.length;
  }
  return std::string_view::npos;
}

}  // namespace vnie
