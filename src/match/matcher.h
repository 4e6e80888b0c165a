// Matcher: runs the rules of a dimension over normalized text.
//
// The rules of a dimension are compiled into one RE2::Set that tells which rules
// fire on a piece of text; only those are run again with captures. Overlapping
// matches are resolved by priority, then leftmost, then longest (see
// patterns/README.md); MatchOptions::keep_all keeps every candidate.
#ifndef VNIE_MATCH_MATCHER_H_
#define VNIE_MATCH_MATCHER_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
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
  ByteSpan span;                   // the whole match (or the rule's claimed group), boundary characters excluded
  std::vector<GroupMatch> groups;  // groups that participated, in regex order

  const GroupMatch* Group(std::string_view name) const;
};

// HOOK for accent_insensitive rules: the same text with its diacritics removed
// (the text layer's RemoveDiacritics), and how to map a span of it back to the
// text given to FindAll. The Matcher itself never strips accents.
struct FoldedView {
  std::string_view text;
  std::function<ByteSpan(ByteSpan)> to_original;
};

struct MatchOptions {
  // Keep every candidate match instead of resolving overlaps (for debugging and
  // for the ambiguity check). Candidates are still sorted by span.begin.
  bool keep_all = false;
  // When set, the rules (PatternSet indexes, sorted) that Matcher::FiringRules
  // found in this same text: FindAll runs those of its dimension and skips its
  // own prefilter, so one scan serves every dimension. Not owned.
  const std::vector<int>* fired = nullptr;
  // When set, accent_insensitive rules also run on folded->text (all of them:
  // the RE2::Set prefilter only sees the original text); their spans are mapped
  // back, and a match found in both views is reported once. Not owned.
  const FoldedView* folded = nullptr;
};

struct MatcherOptions {
  // Find the groups of a match with PCRE2's JIT on its span (span_groups.h);
  // off, RE2 finds them. Both give the same groups; off is for the test that
  // says so.
  bool jit_groups = true;
  // Dimensions whose rules get a FiringRules Set of their own; the other
  // dimensions share one. A Set's DFA has a state for each combination of its
  // rules' partial matches, built as text needs it in every process: one Set
  // over all the shipped rules built 1.6 times the instructions of these four
  // on 1.2 MB of press text, for about the same cost once warm.
  std::vector<std::string> own_prefilter = {"people", "figures", "cells"};
};

class Matcher {
 public:
  // `patterns` must outlive the Matcher.
  explicit Matcher(const PatternSet& patterns, MatcherOptions options = MatcherOptions());
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // Matches of `dimension`'s rules in `text`, sorted by span.begin. Thread-safe.
  // Unknown dimensions have no matches. Each rule contributes its own
  // leftmost, non-overlapping matches; overlaps between rules are then resolved
  // greedily: higher priority first, then leftmost, then longest, then the rule
  // loaded first. A match that loses is dropped whole (its rule is not retried
  // after the winner), so accepted matches never overlap.
  std::vector<Match> FindAll(std::string_view text, std::string_view dimension,
                             const MatchOptions& options = MatchOptions()) const;

  // The rules of every dimension that match somewhere in `text` (PatternSet
  // indexes, sorted), from a few RE2::Set scans (MatcherOptions::own_prefilter):
  // give them to FindAll in MatchOptions::fired when matching several
  // dimensions over the same text. nullopt if a scan could not run (its DFA ran
  // out of memory); FindAll then filters each dimension on its own. Thread-safe.
  std::optional<std::vector<int>> FiringRules(std::string_view text) const;

  // The leftmost, non-overlapping matches of `rule` alone in `text` (no
  // prefilter, no other rules), in order. For the example runner and checks.
  // `rule` must come from the PatternSet this Matcher was built on.
  std::vector<Match> FindRule(std::string_view text, const Rule& rule) const;

  // Whether PCRE2 finds `rule`'s groups (span_groups.h) rather than RE2 alone.
  bool JitGroups(const Rule& rule) const;

  const PatternSet& patterns() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vnie

#endif  // VNIE_MATCH_MATCHER_H_
