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
  // One scan of a line tells which patterns match; most lines match none.
  auto set = std::make_shared<RE2::Set>(options, RE2::UNANCHORED);
  bool numbered = true;  // Set index == pattern index
  for (size_t i = 0; i < result.patterns_.size(); ++i) {
    numbered = numbered && set->Add(result.patterns_[i].re->pattern(), nullptr) == static_cast<int>(i);
  }
  if (numbered && !result.patterns_.empty() && set->Compile()) result.set_ = std::move(set);
  return result;
}

const LinePattern* LinePatterns::Find(std::string_view line, ByteSpan* group) const {
  re2::StringPiece text(line.data(), line.size());
  size_t first = 0;  // patterns before it are known not to match
  if (set_ != nullptr) {
    std::vector<int> fired;
    RE2::Set::ErrorInfo error;
    if (set_->Match(text, &fired, &error)) {
      first = static_cast<size_t>(*std::min_element(fired.begin(), fired.end()));
    } else if (error.kind == RE2::Set::kNoError) {
      return nullptr;
    }  // else the Set's DFA ran out of memory: try every pattern
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
