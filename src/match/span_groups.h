// SpanGroups: the groups of a match whose span RE2 has already found, by
// PCRE2's JIT-compiled backtracking matcher, anchored at both ends of the span.
//
// Why a second engine: RE2 finds groups with BitState only for programs of at
// most 512 instructions and with its NFA above; the people and cell rules are
// 3,000-9,000 instructions and cost 5-9 us per match there, which was a fifth
// of extraction time. PCRE2's JIT finds the same groups on the same span in
// 0.05-0.35 us.
//
// Why the groups are the same: both engines prefer alternatives and
// repetitions in Perl's leftmost-first order. The parse RE2 reports for the
// span is the most preferred parse that starts at the span's first byte; it
// ends at the span's last byte (that is how RE2 found the span), so it is also
// the most preferred parse of the whole span, which is what PCRE2 returns when
// anchored at both ends. A test compares both engines on every rule example and
// every sentence of corpus/.
//
// Why it cannot be slower or wrong by much: the span is known to match, PCRE2
// runs under a match limit, and every case it does not settle (limit reached,
// no match, a pattern PCRE2 reads differently or cannot compile, a vertical tab
// that PCRE2's \s would take and RE2's would not) is left to RE2.
#ifndef VNIE_MATCH_SPAN_GROUPS_H_
#define VNIE_MATCH_SPAN_GROUPS_H_

#include <memory>
#include <string_view>
#include <vector>

#include "base/byte_span.h"

namespace vnie {

class SpanGroups {
 public:
  // nullptr when PCRE2 cannot compile `re2_regex` (RE2 syntax PCRE2 lacks, such
  // as \C) or when it uses ^ or $ (their meaning depends on text outside the
  // span): the caller keeps RE2 for that rule.
  static std::unique_ptr<SpanGroups> Compile(std::string_view re2_regex);
  ~SpanGroups();
  SpanGroups(const SpanGroups&) = delete;
  SpanGroups& operator=(const SpanGroups&) = delete;

  // Fills `groups` (index = group number; 0 is the whole span) with spans
  // relative to `span`'s start; a group that did not take part is {npos, npos}.
  // False when PCRE2 did not settle it (see above): ask RE2. Thread-safe.
  bool Find(std::string_view span, std::vector<ByteSpan>* groups) const;

  // How many capturing groups the pattern has (not counting group 0).
  int group_count() const { return group_count_; }

 private:
  struct Code;
  explicit SpanGroups(std::unique_ptr<Code> code, int group_count);
  std::unique_ptr<Code> code_;
  int group_count_;
};

}  // namespace vnie

#endif  // VNIE_MATCH_SPAN_GROUPS_H_
