// LinePatterns: the RE2 regexes of one patterns/segment/*.txt file.
//
// The segmenter decides what a line of an article is (boilerplate, publication
// line, byline, caption...) only by such files, so that a new site's widget or
// byline style is handled by adding a line of data, not C++. The format is the
// simplest that works: one RE2 regex per line; blank lines and lines whose first
// non-blank character is `#` are ignored (a `#` later in a line is part of the
// regex). Write `(?i)` for case-insensitive matching; remember that RE2's `\b \w
// \d` are ASCII-only, so use `\pL`, `\pN`, `\p{Lu}` and `[0-9]`.
//
//   StatusOr<LinePatterns> drop = LinePatterns::Load("patterns/segment/drop_lines.txt");
//   if (const LinePattern* p = drop->Find(line)) { ... p->where ... }
#ifndef VNIE_SEGMENT_LINE_PATTERNS_H_
#define VNIE_SEGMENT_LINE_PATTERNS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_span.h"
#include "base/status.h"

#include "re2/set.h"

namespace vnie {

struct LinePattern {
  std::shared_ptr<const re2::RE2> re;  // shared so that LinePatterns stays copyable
  std::string where;                   // "file:line", names the rule in Block::rule
};

class LinePatterns {
 public:
  LinePatterns() = default;

  // Reads `path`. When `group` is not empty every regex must have a named group of
  // that name (the part of the line the caller wants, e.g. `author`). Fails with
  // InvalidArgument "path:line: ..." on a bad regex or a missing group, NotFound
  // when the file cannot be read.
  static StatusOr<LinePatterns> Load(const std::string& path, std::string_view group = {});

  // Same as Load, from the file's contents; `name` is used in messages and rules.
  static StatusOr<LinePatterns> Parse(std::string_view contents, std::string_view name,
                                      std::string_view group = {});

  // The first pattern (in file order) that matches anywhere in `line`, or null.
  // When the file was loaded with a group and `group` is not null, *group is set
  // to that group's span relative to `line` (the whole match if the group did not
  // take part). On no match *group is left untouched.
  const LinePattern* Find(std::string_view line, ByteSpan* group = nullptr) const;

  size_t size() const { return patterns_.size(); }
  bool empty() const { return patterns_.empty(); }

 private:
  std::vector<LinePattern> patterns_;
  std::vector<int> group_index_;  // per pattern, index of the named group, or 0
  // The patterns in two RE2::Sets, or null if they could not be built: Find
  // then tries the patterns one by one. Those that start with ^ are searched
  // anchored, which stops at the first byte no pattern can take (most lines are
  // long body paragraphs that no marker starts); the others scan the whole line.
  struct IndexedSet {
    std::shared_ptr<const re2::RE2::Set> set;
    std::vector<size_t> pattern;  // Set index -> pattern index
  };
  IndexedSet anchored_, unanchored_;
  bool sets_ok_ = false;
};

// Whether `regex` can only match at the start of the text: ^ first, after any
// leading flag groups such as (?i).
bool StartsAnchored(std::string_view regex);

// Reads a whole file; NotFound naming the path when it cannot be read.
StatusOr<std::string> ReadTextFile(const std::string& path);

}  // namespace vnie

#endif  // VNIE_SEGMENT_LINE_PATTERNS_H_
