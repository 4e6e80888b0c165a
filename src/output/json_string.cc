// One-pass JSON string escaping with UTF-8 repair; see json_string.h.
#include "output/json_string.h"

#include <cstdint>
#include <cstring>

#include "output/utf8_repair.h"

namespace vnie {
namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

// Whether any byte of `word` is non-ASCII, a control character, '"' or '\\'
// (the classic "has a zero byte" bit tricks, per byte class).
bool NeedsCare(uint64_t word) {
  uint64_t quote = word ^ (kOnes * '"');
  uint64_t backslash = word ^ (kOnes * '\\');
  uint64_t special = (word - kOnes * 0x20) | (quote - kOnes) | (backslash - kOnes);
  special &= ~word;  // a byte that borrowed but had its high bit clear
  return ((special | word) & kHighs) != 0;
}

// The escape of control character c, or 0 when it takes the \u00XX form.
char ShortEscape(unsigned char c) {
  switch (c) {
    case '\b':
      return 'b';
    case '\f':
      return 'f';
    case '\n':
      return 'n';
    case '\r':
      return 'r';
    case '\t':
      return 't';
    default:
      return 0;
  }
}

}  // namespace

char* EscapeJsonString(std::string_view text, char* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  *out++ = '"';
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (!NeedsCare(word)) {
        std::memcpy(out, p + i, 8);
        out += 8;
        i += 8;
        continue;
      }
    }
    unsigned char c = p[i];
    // Vietnamese letters are two bytes (ă đ ơ ư) or three (ả ệ ữ ...):
    // check those forms inline, and leave the rest to Utf8SequenceLength.
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      std::memcpy(out, p + i, 2);
      out += 2;
      i += 2;
    } else if (c >= 0xE1 && c <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
               (p[i + 2] & 0xC0) == 0x80) {
      std::memcpy(out, p + i, 3);
      out += 3;
      i += 3;
    } else if (c >= 0x80) {
      size_t subpart;
      size_t length = Utf8SequenceLength(p + i, n - i, &subpart);
      if (length != 0) {
        std::memcpy(out, p + i, length);
        out += length;
        i += length;
      } else {
        std::memcpy(out, "\xEF\xBF\xBD", 3);  // U+FFFD
        out += 3;
        i += subpart;
      }
    } else if (c == '"' || c == '\\') {
      *out++ = '\\';
      *out++ = static_cast<char>(c);
      ++i;
    } else if (c < 0x20) {
      *out++ = '\\';
      if (char e = ShortEscape(c)) {
        *out++ = e;
      } else {
        std::memcpy(out, "u00", 3);
        out[3] = kHex[c >> 4];
        out[4] = kHex[c & 15];
        out += 5;
      }
      ++i;
    } else {
      *out++ = static_cast<char>(c);
      ++i;
    }
  }
  *out++ = '"';
  return out;
}

std::string JsonQuote(std::string_view text) {
  std::string out(MaxJsonStringSize(text.size()), '\0');
  out.resize(static_cast<size_t>(EscapeJsonString(text, out.data()) - out.data()));
  return out;
}

}  // namespace vnie
