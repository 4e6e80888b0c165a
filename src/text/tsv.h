// TSV helpers shared by the loaders of data/*.tsv.
//
// Debian's Abseil is built with its own absl::string_view, which does not
// accept std::string_view, so the few splitting helpers the loaders need live
// here instead of absl::StrSplit.
#ifndef VNIE_TEXT_TSV_H_
#define VNIE_TEXT_TSV_H_

#include <string_view>
#include <vector>

namespace vnie {

// Splits on every `separator`; "a\t\tb" gives {"a", "", "b"}.
inline std::vector<std::string_view> SplitFields(std::string_view text, char separator) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t at = text.find(separator, start);
    if (at == std::string_view::npos) {
      fields.push_back(text.substr(start));
      return fields;
    }
    fields.push_back(text.substr(start, at - start));
    start = at + 1;
  }
}

// Calls `line_fn(line_number, line)` for each line that is neither empty nor
// a '#' comment; stops at and returns the first non-ok status.
template <typename Fn>
auto ForEachDataLine(std::string_view text, Fn line_fn) -> decltype(line_fn(0, text)) {
  int line_number = 0;
  for (std::string_view line : SplitFields(text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto status = line_fn(line_number, line);
    if (!status.ok()) return status;
  }
  return decltype(line_fn(0, text))();
}

}  // namespace vnie

#endif  // VNIE_TEXT_TSV_H_
