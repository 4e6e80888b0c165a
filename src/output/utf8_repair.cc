// Strict UTF-8 validation and repair; see utf8_repair.h for why.
#include "output/utf8_repair.h"

#include <cstdint>
#include <cstring>

namespace vnie {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

// Follows Table 3-7 of the Unicode standard.
size_t Utf8SequenceLength(const unsigned char* p, size_t n, size_t* subpart) {
  unsigned char lead = p[0];
  size_t length;
  unsigned char low = 0x80, high = 0xBF;  // range of the second byte
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    *subpart = 1;
    return 0;
  }
  size_t i = 1;
  for (; i < length && i < n; ++i) {
    unsigned char lo = i == 1 ? low : 0x80;
    unsigned char hi = i == 1 ? high : 0xBF;
    if (p[i] < lo || p[i] > hi) break;
  }
  if (i == length) return length;
  *subpart = i;
  return 0;
}

namespace {

// Index of the first byte that is not ASCII, 8 bytes at a time.
size_t AsciiPrefix(const unsigned char* p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (word & 0x8080808080808080ULL) break;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

bool IsValidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  size_t i = AsciiPrefix(p, n);
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    size_t subpart;
    size_t length = Utf8SequenceLength(p + i, n - i, &subpart);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

void AppendRepairedUtf8(std::string_view text, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  size_t i = 0;
  size_t good = 0;  // start of the run of valid bytes not yet copied
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    size_t subpart;
    size_t length = Utf8SequenceLength(p + i, n - i, &subpart);
    if (length != 0) {
      i += length;
      continue;
    }
    out->append(text.data() + good, i - good);
    out->append(kReplacement);
    i += subpart;
    good = i;
  }
  out->append(text.data() + good, n - good);
}

std::string RepairUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendRepairedUtf8(text, &out);
  return out;
}

}  // namespace vnie
