// Example runner: checks the examples and negatives written beside each rule.
//
// The examples in patterns/ are the engine's test suite (Duckling's corpus):
// each positive example must be matched by its rule alone with every expected
// field, each negative must not be matched. A failure carries everything needed
// to fix it without a debugger: file:line, rule, text, expected vs actual.
//
//   for (const vnie::ExampleFailure& f : vnie::RunExamples(patterns, matcher, meanings))
//     std::cerr << f.ToString() << "\n";
#ifndef VNIE_MATCH_EXAMPLE_RUNNER_H_
#define VNIE_MATCH_EXAMPLE_RUNNER_H_

#include <map>
#include <string>
#include <vector>

#include "match/matcher.h"
#include "match/meaning.h"
#include "match/pattern_set.h"
#include "match/rule.h"

namespace vnie {

// Fields of one match: group name -> value (interpreted through the group's
// meaning; "!unreadable: <text>" when the interpreter refuses it), plus "match"
// -> the whole match text.
using MatchFields = std::map<std::string, std::string>;

struct ExampleFailure {
  enum class Kind {
    kMissed,           // positive example: no match of the rule has the expected fields
    kMatchedNegative,  // negative example: the rule matched
    kAmbiguous,        // warning: a higher-priority rule of the dimension overlaps the match
  };
  Kind kind = Kind::kMissed;
  std::string file;
  int line = 0;  // of the example
  std::string rule;
  std::string text;
  MatchFields expected;             // empty for negatives
  std::vector<MatchFields> actual;  // every match of the rule alone; empty = none
  std::string other_rule;           // kAmbiguous: the rule that would win

  bool is_warning() const { return kind == Kind::kAmbiguous; }
  // One line: `file:line: rule "r": example "text": expected {...}, got {...}`.
  std::string ToString() const;
};

// The fields of `match` (found in `text`).
MatchFields FieldsOf(const Match& match, std::string_view text, const MeaningRegistry& meanings);

// Checks one example of `rule` (positive, or negative when `negative`). Returns
// its failure, if any, followed by ambiguity warnings.
std::vector<ExampleFailure> RunExample(const Rule& rule, const RuleExample& example, bool negative,
                                       const Matcher& matcher, const MeaningRegistry& meanings);

// Every example and negative of `rule`.
std::vector<ExampleFailure> RunRuleExamples(const Rule& rule, const Matcher& matcher,
                                            const MeaningRegistry& meanings);

// Every example of every rule, in rule order. `matcher` must be built on `patterns`.
std::vector<ExampleFailure> RunExamples(const PatternSet& patterns, const Matcher& matcher,
                                        const MeaningRegistry& meanings);

}  // namespace vnie

#endif  // VNIE_MATCH_EXAMPLE_RUNNER_H_
