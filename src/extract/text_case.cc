#include "extract/text_case.h"

#include <utf8proc.h>

namespace vnie {
namespace {

// Applies `map` to every code point; invalid bytes are copied unchanged.
template <typename Map>
std::string MapCodePoints(std::string_view text, Map map) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      out.push_back(text[i]);
      ++i;
      continue;
    }
    utf8proc_uint8_t buffer[4];
    auto m = utf8proc_encode_char(map(cp), buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(m));
    i += static_cast<size_t>(n);
  }
  return out;
}

bool IsLetter(utf8proc_int32_t cp) {
  auto category = utf8proc_category(cp);
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

}  // namespace

std::string ToLower(std::string_view utf8) {
  // Builders compare names and sentences case-blind many times per article;
  // most of their bytes are ASCII, which needs no decoding.
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    size_t ascii_end = i;
    while (ascii_end < utf8.size() && static_cast<unsigned char>(utf8[ascii_end]) < 0x80) {
      const char c = utf8[ascii_end++];
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
    }
    size_t other_end = ascii_end;
    while (other_end < utf8.size() && static_cast<unsigned char>(utf8[other_end]) >= 0x80) {
      ++other_end;
    }
    if (other_end > ascii_end) {
      out += MapCodePoints(utf8.substr(ascii_end, other_end - ascii_end),
                           [](utf8proc_int32_t cp) { return utf8proc_tolower(cp); });
    }
    i = other_end;
  }
  return out;
}

std::string ProperCaseName(std::string_view utf8) {
  // A letter starts a word after anything that is not a letter or a combining mark,
  // so the letter after an apostrophe (K'Lăng) or a hyphen is capitalized too.
  bool at_word_start = true;
  return MapCodePoints(utf8, [&at_word_start](utf8proc_int32_t cp) {
    if (IsLetter(cp)) {
      utf8proc_int32_t mapped = at_word_start ? utf8proc_toupper(cp) : utf8proc_tolower(cp);
      at_word_start = false;
      return mapped;
    }
    if (utf8proc_category(cp) != UTF8PROC_CATEGORY_MN) at_word_start = true;
    return cp;
  });
}

bool IsAllUpper(std::string_view utf8) {
  bool any_letter = false;
  bool any_lower = false;
  MapCodePoints(utf8, [&](utf8proc_int32_t cp) {
    if (IsLetter(cp)) {
      any_letter = true;
      if (utf8proc_category(cp) == UTF8PROC_CATEGORY_LL) any_lower = true;
    }
    return cp;
  });
  return any_letter && !any_lower;
}

bool StartsUpper(std::string_view utf8) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                            static_cast<utf8proc_ssize_t>(utf8.size()), &cp);
  return n > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

bool IsLowerWord(std::string_view utf8) {
  if (utf8.empty()) return false;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
  utf8proc_ssize_t at = 0;
  const auto size = static_cast<utf8proc_ssize_t>(utf8.size());
  while (at < size) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(bytes + at, size - at, &cp);
    if (n <= 0) return false;
    const auto category = utf8proc_category(cp);
    if (category != UTF8PROC_CATEGORY_LL && category != UTF8PROC_CATEGORY_MN) return false;
    at += n;
  }
  return true;
}

}  // namespace vnie
