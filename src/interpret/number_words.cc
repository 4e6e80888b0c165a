// Parsing of the number-word lexicon (format in patterns/lexicon/number_words.txt).
#include "interpret/number_words.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "interpret/phrase.h"

namespace vnie {
namespace {

// Debian's Abseil is built with its own string_view, which absl::StrCat would
// not accept from std::string_view, so messages are assembled here.
template <typename... Parts>
std::string Cat(const Parts&... parts) {
  std::ostringstream out;
  (out << ... << parts);
  return out.str();
}

struct RoleSpec {
  std::string_view name;
  NumberWords::Role role;
  bool has_value;
};

constexpr RoleSpec kRoles[] = {
    {"digit", NumberWords::Role::kDigit, true},
    {"lead-digit", NumberWords::Role::kLeadDigit, true},
    {"unit", NumberWords::Role::kUnit, true},
    {"unit-tens", NumberWords::Role::kUnitTens, true},
    {"ten", NumberWords::Role::kTen, true},
    {"tens", NumberWords::Role::kTens, true},
    {"hundred", NumberWords::Role::kHundred, true},
    {"filler", NumberWords::Role::kFiller, false},
    {"scale", NumberWords::Role::kScale, true},
    {"suffix", NumberWords::Role::kSuffix, true},
    {"half", NumberWords::Role::kHalf, false},
    {"decimal-point", NumberWords::Role::kDecimalPoint, false},
    {"negative", NumberWords::Role::kNegative, false},
    {"qualifier", NumberWords::Role::kQualifier, false},
    {"percent", NumberWords::Role::kPercent, false},
    {"percent-point", NumberWords::Role::kPercentPoint, false},
};

}  // namespace

StatusOr<NumberWords> NumberWords::Parse(std::string_view lexicon_text,
                                         std::string_view file_name_for_errors) {
  NumberWords words;
  int line_number = 0;
  while (!lexicon_text.empty()) {
    size_t newline = lexicon_text.find('\n');
    std::string_view line = lexicon_text.substr(0, newline);
    lexicon_text.remove_prefix(newline == std::string_view::npos ? lexicon_text.size()
                                                                 : newline + 1);
    ++line_number;
    auto error = [&](std::string_view what) {
      return absl::InvalidArgumentError(
          Cat(file_name_for_errors, ":", line_number, ": ", what, ": '", line, "'"));
    };
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (TrimSpaces(line).empty()) continue;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return error("expected word<TAB>role");
    std::string_view word = TrimSpaces(line.substr(0, tab));
    std::vector<std::string_view> spec = SplitWords(line.substr(tab + 1));
    if (word.empty()) return error("empty word");
    if (spec.empty()) return error("missing role");
    const RoleSpec* role = nullptr;
    for (const RoleSpec& r : kRoles) {
      if (r.name == spec[0]) role = &r;
    }
    if (role == nullptr) return error(Cat("unknown role '", spec[0], "'"));
    Entry entry;
    entry.role = role->role;
    if (role->has_value) {
      if (spec.size() != 2) return error(Cat("role '", role->name, "' needs one value"));
      auto [end, ec] =
          std::from_chars(spec[1].data(), spec[1].data() + spec[1].size(), entry.value);
      if (ec != std::errc() || end != spec[1].data() + spec[1].size() || entry.value < 0) {
        return error(Cat("bad value '", spec[1], "'"));
      }
    } else if (spec.size() != 1) {
      return error(Cat("role '", role->name, "' takes no value"));
    }
    std::vector<std::string_view> parts = SplitWords(word);
    std::string canonical;
    for (std::string_view part : parts) {
      if (!canonical.empty()) canonical += ' ';
      canonical += part;
    }
    if (ToLowerVietnamese(canonical) != canonical) return error("word is not in lower case");
    if (words.index_.count(canonical) > 0) return error("duplicate word");
    entry.word = canonical;
    words.index_.emplace(canonical, words.entries_.size());
    words.entries_.push_back(std::move(entry));
    words.max_words_ = std::max(words.max_words_, parts.size());
  }
  if (words.entries_.empty()) {
    return absl::InvalidArgumentError(Cat(file_name_for_errors, ": no entries"));
  }
  return words;
}

const NumberWords::Entry* NumberWords::Find(std::string_view lower_word) const {
  auto it = index_.find(lower_word);
  return it == index_.end() ? nullptr : &entries_[it->second];
}

NumberWords::WordMatch NumberWords::Longest(const std::vector<std::string>& words,
                                            size_t start) const {
  for (size_t n = std::min(max_words_, words.size() - std::min(start, words.size())); n > 0; --n) {
    std::string phrase = words[start];
    for (size_t k = 1; k < n; ++k) {
      phrase += ' ';
      phrase += words[start + k];
    }
    if (const Entry* entry = Find(phrase)) return WordMatch{entry, n};
  }
  return WordMatch{};
}

std::vector<const NumberWords::Entry*> NumberWords::WithRole(Role role) const {
  std::vector<const Entry*> out;
  for (const Entry& entry : entries_) {
    if (entry.role == role) out.push_back(&entry);
  }
  return out;
}

StatusOr<NumberWords> LoadNumberWords(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(Cat(path, ": cannot read the number lexicon"));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return NumberWords::Parse(buffer.str(), path);
}

}  // namespace vnie
