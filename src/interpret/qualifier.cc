// Splitting a leading qualifier ("hơn", "gần như") from a figure.
#include "interpret/qualifier.h"

#include <vector>

#include "interpret/phrase.h"

namespace vnie {

QualifierSplit SplitQualifier(std::string_view text, const NumberWords& words) {
  text = TrimSpaces(text);
  std::vector<std::string_view> raw = SplitWords(text);
  std::vector<std::string> lower;
  lower.reserve(raw.size());
  for (std::string_view w : raw) lower.push_back(ToLowerVietnamese(w));
  QualifierSplit split;
  size_t i = 0;
  while (i < lower.size()) {
    NumberWords::WordMatch match = words.Longest(lower, i);
    if (match.entry == nullptr || match.entry->role != NumberWords::Role::kQualifier) break;
    for (size_t k = 0; k < match.word_count; ++k) {
      if (!split.approx.empty()) split.approx += ' ';
      split.approx += lower[i + k];
    }
    i += match.word_count;
  }
  if (i == raw.size()) {
    split.rest = text.substr(text.size());
  } else {
    split.rest = text.substr(static_cast<size_t>(raw[i].data() - text.data()));
  }
  return split;
}

std::optional<std::string> ReadQualifier(std::string_view text, const NumberWords& words) {
  QualifierSplit split = SplitQualifier(text, words);
  if (split.approx.empty() || !split.rest.empty()) return std::nullopt;
  return split.approx;
}

}  // namespace vnie
