// Pattern check: the speed half of `vnie patterns check` (the lint half is
// PatternSet::Load, whose errors are fatal).
//
// RE2 is fast only while a regex stays in its DFA. A rule like [\pL ]{2,40}
// expands into thousands of instructions; its DFA cache thrashes and RE2
// silently falls back to the NFA (27 MB/s instead of 300+). Nothing fails, the
// extractor just gets ten times slower, so this check times each rule alone on
// sample text and names the slow ones.
//
// RE2 exposes no "left the DFA" flag. Two signals are used instead:
//  - a one-rule RE2::Set run over the sample: a Set has no NFA fallback and
//    reports ErrorInfo::kOutOfMemory when the DFA cannot be built in max_mem;
//  - the search throughput (spans only, no captures) against a threshold: a
//    regex whose DFA keeps resetting its cache drops to NFA speed.
#ifndef VNIE_MATCH_PATTERN_CHECK_H_
#define VNIE_MATCH_PATTERN_CHECK_H_

#include <string>
#include <string_view>
#include <vector>

#include "match/matcher.h"
#include "match/pattern_set.h"

namespace vnie {

struct CheckOptions {
  // Warn when a rule's DFA (a one-rule RE2::Set, warm) scans the sample slower
  // than this (MB/s). Warm DFA scans run at 150-1000 MB/s, the NFA at 10-50.
  double min_dfa_mb_per_s = 100;
  // Warn when a rule alone (Matcher::FindRule per line: search, captures,
  // boundaries) or a dimension (FindAll per line) runs slower than this. Lower
  // than the DFA threshold: it also pays for every match in the sample.
  double min_match_mb_per_s = 20;
  // Warn about a rule whose compiled program exceeds this many instructions: a
  // sign of counted repetition of a Unicode class ([\pL ]{2,40} compiles to
  // ~48000), whose DFA thrashes on varied text even when the sample is fine.
  // Each [\pL\pM] costs ~1300 instructions, so name rules reach 5000-10000.
  int max_program_size = 20000;
  // Time each measurement for at least this long (the sample is rescanned).
  double min_seconds = 0.02;
};

// RE2 finds the groups of a match with BitState, a bounded backtracker, only
// when the program has at most this many instructions (re2/prog.cc); larger
// programs use the NFA, which steps every live thread per byte and is several
// times slower. The matcher asks PCRE2 first (span_groups.h), so this matters
// for rules PCRE2 leaves to RE2 (those using ^ or $) and for spans it gives up on.
inline constexpr int kMaxBitStateProgram = 512;

// "bitstate" or "nfa": which of RE2's engines captures for a program this size.
const char* CaptureEngine(int program_size);

struct RuleCheck {
  const Rule* rule = nullptr;
  double search_mb_per_s = 0;   // a one-rule RE2::Set: the DFA's work alone
  double capture_mb_per_s = 0;  // Matcher::FindRule per line: search, captures, boundaries
  size_t matches = 0;           // in one pass over the sample
  int program_size = 0;
  int reverse_program_size = 0;
  bool jit_groups = false;  // PCRE2 finds the groups (Matcher::JitGroups)
  bool dfa_out_of_memory = false;     // the one-rule Set failed
  std::vector<std::string> warnings;  // each "file:line: rule \"x\": ..."
};

struct DimensionCheck {
  std::string dimension;
  size_t rules = 0;
  double set_mb_per_s = 0;         // the RE2::Set prefilter alone
  double find_all_mb_per_s = 0;    // Matcher::FindAll per line of the sample
  bool dfa_out_of_memory = false;  // FindAll then runs every rule
  std::vector<std::string> warnings;
};

struct CheckReport {
  std::vector<RuleCheck> rules;
  std::vector<DimensionCheck> dimensions;

  std::vector<std::string> Warnings() const;
  // A table: one line per dimension, then one per rule, slowest first.
  std::string ToString() const;
};

// Times every rule of `patterns` over `sample` (normalized text; FindAll is run
// per line, as the extractor runs it per sentence or paragraph).
CheckReport CheckPatterns(const PatternSet& patterns, const Matcher& matcher,
                          std::string_view sample, const CheckOptions& options = CheckOptions());

}  // namespace vnie

#endif  // VNIE_MATCH_PATTERN_CHECK_H_
