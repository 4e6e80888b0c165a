// Character rules: code point -> replacement, loaded from data/char_rules.tsv.
//
// Look-alike letters (Ð for Đ), exotic spaces, dashes, curly quotes, invisible
// characters and control characters each have one plain spelling that the
// patterns are written against. Keeping the rules as a TSV (the format of
// SentencePiece's normalization maps) means adding one is a one-line data
// change, reviewed as a diff, with no C++ touched.
#ifndef VNIE_TEXT_CHAR_RULES_H_
#define VNIE_TEXT_CHAR_RULES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace vnie {

class CharRules {
 public:
  // Parses the format described at the top of data/char_rules.tsv; errors
  // name the line ("char_rules.tsv:12: ...").
  static StatusOr<CharRules> Parse(std::string_view tsv);
  // The embedded data/char_rules.tsv (parsed once).
  static const CharRules& Default();

  // The UTF-8 replacement for `code_point` (possibly empty: delete), or
  // nullptr when no rule applies.
  const std::string* Find(char32_t code_point) const {
    if (code_point < kBmpSize) {
      uint16_t index = bmp_index_[code_point];
      return index == 0 ? nullptr : &replacements_[index];
    }
    auto it = astral_.find(code_point);
    return it == astral_.end() ? nullptr : &replacements_[it->second];
  }

  size_t size() const { return rule_count_; }

 private:
  static constexpr char32_t kBmpSize = 0x10000;
  Status Add(char32_t source, std::string replacement);

  // A dense index keeps the lookup one load for every BMP character: 128 KiB,
  // of which a Vietnamese text touches a handful of cache lines.
  std::vector<uint16_t> bmp_index_ = std::vector<uint16_t>(kBmpSize, 0);
  std::unordered_map<char32_t, uint16_t> astral_;
  std::vector<std::string> replacements_ = {std::string()};  // [0] unused
  size_t rule_count_ = 0;
};

}  // namespace vnie

#endif  // VNIE_TEXT_CHAR_RULES_H_
