// A rule: one way the press phrases one kind of fact, as loaded from patterns/.
#ifndef VNIE_MATCH_RULE_H_
#define VNIE_MATCH_RULE_H_

#include <map>
#include <string>
#include <vector>

namespace vnie {

struct RuleExample {
  std::string text;
  // Expected value per group name (interpreted through the group's meaning), plus
  // the pseudo-field "match" for the text of the whole match.
  std::map<std::string, std::string> expect;
  int line = 0;
};

struct Rule {
  std::string name;       // unique across all pattern files
  std::string dimension;  // figures, cells, people, ... (the folder by default)
  std::string file;       // path of the pattern file, for messages
  int line = 0;           // line of the rule in `file`
  std::string regex;      // as written, with {MACRO}s
  std::string expanded;   // after macro expansion, {<} and {>} removed: what RE2 compiles
  // `{<}` opened / `{>}` closed the regex: the code point before / after a match
  // must not be a letter, digit or combining mark. Checked in C++ because RE2 has
  // no lookaround, and kept out of the match so neighbours can share a boundary.
  bool boundary_before = false;
  bool boundary_after = false;
  int priority = 0;                           // higher wins when matches overlap
  std::map<std::string, std::string> groups;  // group name -> meaning
  std::map<std::string, std::string> set;     // constant fields, e.g. kind = "members"
  bool accent_insensitive = false;            // also match accent-stripped text
  // A group whose span is the match's: what overlap resolution compares and
  // what the extractor reports. Lets a rule read context around the fact
  // without claiming it ("14 đảng viên trên tổng số (1.250 công nhân)"), as
  // lookbehind would. Empty: the whole match.
  std::string claim;
  std::vector<RuleExample> examples;
  std::vector<RuleExample> negatives;  // texts the rule must not match
  int index = -1;                      // position in PatternSet::rules()
};

}  // namespace vnie

#endif  // VNIE_MATCH_RULE_H_
