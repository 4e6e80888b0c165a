// Character references: a bounded scan, so a stray '&' costs a few bytes only.
#include "input/html_entities.h"

#include <libxml/HTMLparser.h>

#include "text/utf8.h"

namespace vnie {
namespace {

// Longest named reference we look up; libxml2's table has none longer.
constexpr size_t kMaxNameLength = 10;

// Windows-1252 code points that browsers substitute for &#128;..&#159;.
constexpr char32_t kWindows1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Named references that browsers accept without the final ';' (the common
// subset of HTML's legacy list).
bool AllowedWithoutSemicolon(std::string_view name) {
  return name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "nbsp" ||
         name == "copy" || name == "reg";
}

size_t DecodeNumeric(std::string_view html, size_t pos, std::string* out) {
  // html[pos] == '&', html[pos + 1] == '#'.
  size_t i = pos + 2;
  const bool hex = i < html.size() && (html[i] == 'x' || html[i] == 'X');
  if (hex) ++i;
  const size_t digits_begin = i;
  uint32_t value = 0;
  bool overflow = false;
  for (; i < html.size(); ++i) {
    const int digit =
        hex ? HexValue(html[i]) : (html[i] >= '0' && html[i] <= '9' ? html[i] - '0' : -1);
    if (digit < 0) break;
    value = value * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
    if (value > 0x10FFFF) overflow = true, value = 0x110000;
  }
  if (i == digits_begin) return 0;
  if (i < html.size() && html[i] == ';') ++i;
  char32_t code_point = value;
  if (overflow || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    code_point = 0xFFFD;
  } else if (value >= 0x80 && value <= 0x9F) {
    code_point = kWindows1252[value - 0x80];
  }
  AppendUtf8(code_point, out);
  return i - pos;
}

}  // namespace

size_t DecodeCharacterReference(std::string_view html, size_t pos, std::string* out) {
  if (pos + 1 >= html.size() || html[pos] != '&') return 0;
  if (html[pos + 1] == '#') return DecodeNumeric(html, pos, out);
  size_t i = pos + 1;
  while (i < html.size() && i - pos - 1 < kMaxNameLength + 1 && IsAsciiAlnum(html[i])) ++i;
  const std::string_view name = html.substr(pos + 1, i - pos - 1);
  if (name.empty() || name.size() > kMaxNameLength) return 0;
  const bool semicolon = i < html.size() && html[i] == ';';
  if (!semicolon && !AllowedWithoutSemicolon(name)) return 0;
  const std::string key(name);
  const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(key.c_str()));
  char32_t value = 0;
  if (entity != nullptr) {
    value = entity->value;
  } else if (name == "apos") {  // XML's, accepted by HTML5 but not in HTML 4's table
    value = '\'';
  } else {
    return 0;
  }
  AppendUtf8(value, out);
  return i - pos + (semicolon ? 1 : 0);
}

std::string DecodeCharacterReferences(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      const size_t length = DecodeCharacterReference(text, i, &out);
      if (length > 0) {
        i += length;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

}  // namespace vnie
