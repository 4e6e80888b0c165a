// Python's repr() and round(); see python_repr.h.
#include "eval/python_repr.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "output/utf8_repair.h"
#include "utf8proc.h"

namespace vnie {
namespace {

bool IsPrintable(int32_t c) {
  if (c == ' ') return true;
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

void AppendHex(uint32_t value, int digits, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
    out->push_back(kHex[(value >> shift) & 15]);
}

}  // namespace

std::string PythonRepr(std::string_view text) {
  std::string valid;
  if (!IsValidUtf8(text)) {
    valid = RepairUtf8(text);
    text = valid;
  }
  char quote = '\'';
  if (text.find('\'') != std::string_view::npos && text.find('"') == std::string_view::npos) {
    quote = '"';
  }
  std::string out(1, quote);
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t n = static_cast<utf8proc_ssize_t>(text.size());
  while (n > 0) {
    int32_t c;
    utf8proc_ssize_t length = utf8proc_iterate(p, n, &c);
    if (length <= 0) length = 1, c = 0xFFFD;
    if (c == quote || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c == 0x7F) {
      out += "\\x";
      AppendHex(static_cast<uint32_t>(c), 2, &out);
    } else if (c < 0x7F || IsPrintable(c)) {
      out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(length));
    } else if (c <= 0xFF) {
      out += "\\x";
      AppendHex(static_cast<uint32_t>(c), 2, &out);
    } else if (c <= 0xFFFF) {
      out += "\\u";
      AppendHex(static_cast<uint32_t>(c), 4, &out);
    } else {
      out += "\\U";
      AppendHex(static_cast<uint32_t>(c), 8, &out);
    }
    p += length;
    n -= length;
  }
  out += quote;
  return out;
}

std::string PythonOptionalRepr(const std::optional<std::string>& text) {
  return text ? PythonRepr(std::string_view(*text)) : "None";
}

std::string PythonFloatRepr(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  // The shortest digits in scientific form, e.g. "7.459e+01", give the digits
  // and the exponent; then lay them out the way float_repr_style 'short' does.
  char sci[64];
  char* end = std::to_chars(sci, sci + sizeof sci, value, std::chars_format::scientific).ptr;
  *end = '\0';
  const char* e = std::strchr(sci, 'e');
  int exponent = std::atoi(e + 1);
  int point = exponent + 1;                   // the digits before the decimal point
  if (point <= -4 || point > 16) return sci;  // to_chars writes "1e+16", "1.5e-05" as Python
  char digits[32];
  int count = 0;
  for (const char* p = sci; p < e; ++p) {
    if (*p >= '0' && *p <= '9') digits[count++] = *p;
  }
  char out[64];
  int n = 0;
  if (std::signbit(value)) out[n++] = '-';
  if (point <= 0) {
    out[n++] = '0';
    out[n++] = '.';
    for (int i = 0; i < -point; ++i) out[n++] = '0';
    for (int i = 0; i < count; ++i) out[n++] = digits[i];
  } else {
    for (int i = 0; i < point; ++i) out[n++] = i < count ? digits[i] : '0';
    out[n++] = '.';
    if (point >= count) out[n++] = '0';
    for (int i = point; i < count; ++i) out[n++] = digits[i];
  }
  return std::string(out, static_cast<size_t>(n));
}

double PythonRound2(double value) {
  if (!std::isfinite(value)) return value;
  // glibc's printf rounds the exact binary value, ties to even, as
  // Python's round() does through dtoa; strtod reads the result back exactly.
  char buffer[400];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return std::strtod(buffer, nullptr);
}

}  // namespace vnie
