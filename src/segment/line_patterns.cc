// LinePatterns: loading and matching the one-regex-per-line files of patterns/segment/.
#include "segment/line_patterns.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/data_lines.h"
#include "absl/strings/str_cat.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace vnie {

namespace {
// Find() captures into a fixed array; Parse() rejects groups beyond it.
constexpr int kMaxGroup = 16;
}  // namespace

StatusOr<std::string> ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open file"));
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat(path, ": read error"));
  return contents.str();
}

StatusOr<LinePatterns> LinePatterns::Load(const std::string& path, std::string_view group) {
  StatusOr<std::string> contents = ReadTextFile(path);
  if (!contents.ok()) return contents.status();
  return Parse(*contents, path, group);
}

StatusOr<LinePatterns> LinePatterns::Parse(std::string_view contents, std::string_view name,
                                           std::string_view group) {
  LinePatterns result;
  RE2::Options options;
  options.set_log_errors(false);
  DataLines lines(contents);
  std::string_view line;
  int line_number = 0;
  // Trailing blanks are dropped by DataLines: they are almost always an editing
  // accident, and a regex that demands a trailing space never matches a trimmed line.
  while (lines.Next(&line, &line_number)) {
    const std::string where = absl::StrCat(std::string(name), ":", line_number);
    auto re = std::make_shared<const RE2>(re2::StringPiece(line.data(), line.size()), options);
    if (!re->ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": bad regex `", std::string(line), "`: ", re->error()));
    }
    int index = 0;
    if (!group.empty()) {
      auto it = re->NamedCapturingGroups().find(std::string(group));
      if (it == re->NamedCapturingGroups().end()) {
        return absl::InvalidArgumentError(absl::StrCat(where, ": regex `", std::string(line),
                                                       "` has no named group (?P<",
                                                       std::string(group), ">...)"));
      }
      index = it->second;
      if (index >= kMaxGroup) {
        return absl::InvalidArgumentError(absl::StrCat(
            where, ": group (?P<", std::string(group), ">...) must be among the first ",
            kMaxGroup - 1, " groups; make the others non-capturing (?:...)"));
      }
    }
    result.patterns_.push_back(LinePattern{std::move(re), where});
    result.group_index_.push_back(index);
  }
  // One scan of a line per Set tells which patterns match; most lines match none.
  auto build = [&](RE2::Anchor anchor, bool anchored, IndexedSet* out) {
    auto set = std::make_shared<RE2::Set>(options, anchor);
    for (size_t i = 0; i < result.patterns_.size(); ++i) {
      const std::string& pattern = result.patterns_[i].re->pattern();
      if (StartsAnchored(pattern) != anchored) continue;
      if (set->Add(pattern, nullptr) != static_cast<int>(out->pattern.size())) return false;
      out->pattern.push_back(i);
    }
    if (out->pattern.empty()) return true;  // no Set needed
    if (!set->Compile()) return false;
    out->set = std::move(set);
    return true;
  };
  result.sets_ok_ = build(RE2::ANCHOR_START, true, &result.anchored_) &&
                    build(RE2::UNANCHORED, false, &result.unanchored_);
  return result;
}

bool StartsAnchored(std::string_view regex) {
  size_t i = 0;
  // Flag groups: (?i) (?s) (?-m) (?im)...
  while (regex.substr(i, 2) == "(?") {
    size_t j = i + 2;
    while (j < regex.size() && std::string_view("imsU-").find(regex[j]) != std::string_view::npos) {
      ++j;
    }
    if (j == i + 2 || j >= regex.size() || regex[j] != ')') return false;  // (?:...) or (?P<
    i = j + 1;
  }
  if (i >= regex.size() || regex[i] != '^') return false;
  // "^a|b": the ^ binds to the first alternative only.
  int depth = 0;
  bool in_class = false;
  for (size_t k = i; k < regex.size(); ++k) {
    const char c = regex[k];
    if (c == '\\') {
      ++k;  // the escaped character is not syntax
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      if (k + 1 < regex.size() && regex[k + 1] == '^') ++k;
      if (k + 1 < regex.size() && regex[k + 1] == ']') ++k;  // a literal ] first
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return false;
    }
  }
  return true;
}

const LinePattern* LinePatterns::Find(std::string_view line, ByteSpan* group) const {
  re2::StringPiece text(line.data(), line.size());
  size_t first = 0;  // patterns before it are known not to match
  if (sets_ok_) {
    first = patterns_.size();
    for (const IndexedSet* indexed : {&anchored_, &unanchored_}) {
      if (indexed->set == nullptr) continue;
      std::vector<int> fired;
      RE2::Set::ErrorInfo error;
      if (indexed->set->Match(text, &fired, &error)) {
        for (int f : fired) first = std::min(first, indexed->pattern[f]);
      } else if (error.kind != RE2::Set::kNoError) {
        first = 0;  // the Set's DFA ran out of memory: try every pattern
        break;
      }
    }
  }
  for (size_t i = first; i < patterns_.size(); ++i) {
    const RE2& re = *patterns_[i].re;
    const int index = group_index_[i];
    re2::StringPiece submatch[kMaxGroup];
    const int n = (group != nullptr && index > 0 && index < kMaxGroup) ? index + 1 : 1;
    if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, submatch, n)) continue;
    if (group != nullptr) {
      const re2::StringPiece& part =
          (n > 1 && submatch[index].data() != nullptr) ? submatch[index] : submatch[0];
      group->begin = static_cast<size_t>(part.data() - line.data());
      group->end = group->begin + part.size();
    }
    return &patterns_[i];
  }
  return nullptr;
}

}  // namespace vnie
