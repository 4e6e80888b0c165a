#include "extract/apostrophes.h"

#include <vector>

namespace vnie {
namespace {

// The marks the normalizer turns into "'": ' ’ ‘ ʼ ´ `.
constexpr std::string_view kMarks[] = {"'", "\xe2\x80\x99", "\xe2\x80\x98", "\xca\xbc",
                                       "\xc2\xb4", "`"};

}  // namespace

std::string RestoreApostrophes(std::string normalized, std::string_view original) {
  if (normalized.find('\'') == std::string::npos) return normalized;
  std::vector<std::string_view> marks;
  for (size_t i = 0; i < original.size();) {
    bool found = false;
    for (std::string_view mark : kMarks) {
      if (original.substr(i, mark.size()) == mark) {
        marks.push_back(mark);
        i += mark.size();
        found = true;
        break;
      }
    }
    if (!found) ++i;
  }
  size_t count = 0;
  for (char c : normalized) count += c == '\'';
  if (count != marks.size()) return normalized;
  std::string out;
  out.reserve(normalized.size() + 2 * marks.size());
  size_t k = 0;
  for (char c : normalized) {
    if (c == '\'') {
      out.append(marks[k++]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace vnie
