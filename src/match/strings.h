// Small string helpers over std::string_view for the match part.
//
// Debian's Abseil 20220623 is built with its own absl::string_view (not
// std::string_view), so absl::StrCat / StrSplit do not accept std::string_view.
// These few helpers keep the pattern code readable without conversions.
#ifndef VNIE_MATCH_STRINGS_H_
#define VNIE_MATCH_STRINGS_H_

#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "absl/strings/string_view.h"

namespace vnie::strings {

inline void AppendPiece(std::string& out, std::string_view piece) { out.append(piece); }
template <typename T>
requires std::same_as<T, absl::string_view>
void AppendPiece(std::string& out, const T& piece) { out.append(piece.data(), piece.size()); }
template <typename T>
requires(std::is_arithmetic_v<T> && !std::same_as<T, char> &&
         !std::same_as<T, bool>) void AppendPiece(std::string& out, T number) {
  out += std::to_string(number);
}

// Concatenates strings, string views and numbers.
template <typename... Args>
std::string Cat(const Args&... args) {
  std::string out;
  (AppendPiece(out, args), ...);
  return out;
}

// Splits on `separator`, keeping empty pieces.
inline std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  size_t begin = 0;
  while (true) {
    size_t end = text.find(separator, begin);
    if (end == std::string_view::npos) {
      pieces.push_back(text.substr(begin));
      return pieces;
    }
    pieces.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
}

// `text` without leading and trailing ASCII spaces, tabs, CR and LF.
inline std::string_view Strip(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n\f\v";
  size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(kSpace) - begin + 1);
}

// Joins `pieces` with `separator`.
template <typename Container>
std::string Join(const Container& pieces, std::string_view separator) {
  std::string out;
  bool first = true;
  for (const auto& piece : pieces) {
    if (!first) out.append(separator);
    AppendPiece(out, piece);
    first = false;
  }
  return out;
}

}  // namespace vnie::strings

#endif  // VNIE_MATCH_STRINGS_H_
