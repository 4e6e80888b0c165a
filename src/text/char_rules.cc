// Character rules: TSV parsing and the dense lookup index.
#include "text/char_rules.h"

#include <stdexcept>
#include <string>

#include "text/embedded_data.h"
#include "text/tsv.h"
#include "text/utf8.h"

namespace vnie {

namespace {

bool ParseCodePoint(std::string_view hex, char32_t* out) {
  if (hex.empty() || hex.size() > 6) return false;
  uint32_t value = 0;
  for (char c : hex) {
    int digit = (c >= '0' && c <= '9')   ? c - '0'
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                                         : -1;
    if (digit < 0) return false;
    value = value * 16 + static_cast<uint32_t>(digit);
  }
  if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return false;
  *out = value;
  return true;
}

}  // namespace

Status CharRules::Add(char32_t source, std::string replacement) {
  if (replacements_.size() >= 0xFFFF) return absl::ResourceExhaustedError("too many rules");
  uint16_t index = static_cast<uint16_t>(replacements_.size());
  replacements_.push_back(std::move(replacement));
  if (source < kBmpSize) {
    bmp_index_[source] = index;
  } else {
    astral_[source] = index;
  }
  ++rule_count_;
  return absl::OkStatus();
}

StatusOr<CharRules> CharRules::Parse(std::string_view tsv) {
  CharRules rules;
  Status status = ForEachDataLine(tsv, [&](int line_number, std::string_view line) -> Status {
    std::vector<std::string_view> fields = SplitFields(line, '\t');
    auto error = [&](std::string_view what) {
      return absl::InvalidArgumentError("char_rules.tsv:" + std::to_string(line_number) + ": " +
                                        std::string(what) + " in '" + std::string(line) + "'");
    };
    if (fields.size() < 2) return error("expected source<TAB>target");
    char32_t first, last;
    std::string_view source = fields[0];
    size_t dots = source.find("..");
    if (!ParseCodePoint(source.substr(0, dots), &first)) return error("bad source");
    last = first;
    if (dots != std::string_view::npos &&
        (!ParseCodePoint(source.substr(dots + 2), &last) || last < first)) {
      return error("bad source range");
    }
    std::string_view target = fields[1];
    while (!target.empty() && target.back() == ' ') target.remove_suffix(1);
    if (target.size() > 2 && target.substr(target.size() - 2) == "..") {
      char32_t shifted;
      if (!ParseCodePoint(target.substr(0, target.size() - 2), &shifted)) {
        return error("bad shifted target");
      }
      for (char32_t cp = first; cp <= last; ++cp) {
        std::string replacement;
        AppendUtf8(shifted + (cp - first), &replacement);
        VNIE_RETURN_IF_ERROR(rules.Add(cp, std::move(replacement)));
      }
      return absl::OkStatus();
    }
    std::string replacement;
    for (std::string_view hex : SplitFields(target, ' ')) {
      if (hex.empty()) continue;
      char32_t cp;
      if (!ParseCodePoint(hex, &cp)) return error("bad target code point");
      AppendUtf8(cp, &replacement);
    }
    for (char32_t cp = first; cp <= last; ++cp) {
      VNIE_RETURN_IF_ERROR(rules.Add(cp, replacement));
    }
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  return rules;
}

const CharRules& CharRules::Default() {
  static const CharRules* const rules = [] {
    StatusOr<CharRules> parsed = Parse(EmbeddedTextData("char_rules.tsv"));
    // The table is compiled in, so a parse error is a bug in this repository.
    if (!parsed.ok()) throw std::logic_error(std::string(parsed.status().message()));
    return new CharRules(*std::move(parsed));
  }();
  return *rules;
}

}  // namespace vnie
