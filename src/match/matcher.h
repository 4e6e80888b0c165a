// Matcher: runs the rules of a dimension over normalized text.
//
// The rules of a dimension are compiled into one RE2::Set that tells which rules
// fire on a piece of text; only those are run again with captures. Overlapping
// matches are resolved by priority, then leftmost, then longest (see
// patterns/README.md); MatchOptions::keep_all keeps every candidate.
#ifndef VNIE_MATCH_MATCHER_H_
#define VNIE_MATCH_MATCHER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "base/byte_span.h"
#include "match/rule.h"

namespace vnie {

class PatternSet;

struct GroupMatch {
  std::string_view name;     // group name (owned by the rule)
  std::string_view meaning;  // group meaning (owned by the rule)
  ByteSpan span;             // into the text given to Match
};

struct Match {
  const Rule* rule = nullptr;
  ByteSpan span;  // the whole match, boundary characters excluded
  std::vector<GroupMatch> groups;  // groups that participated, in regex order

  const GroupMatch* Group(std::string_view name) const;
};

struct MatchOptions {
  // Keep every candidate match instead of resolving overlaps (for debugging).
  bool keep_all = false;
};

class Matcher {
 public:
  // `patterns` must outlive the Matcher.
  explicit Matcher(const PatternSet& patterns);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // Matches of `dimension`'s rules in `text`, sorted by span.begin. Thread-safe.
  std::vector<Match> FindAll(std::string_view text, std::string_view dimension,
                             const MatchOptions& options = MatchOptions()) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vnie

#endif  // VNIE_MATCH_MATCHER_H_
