// PatternSet: every rule and lexicon under a patterns/ folder, loaded and checked.
//
//   vnie::MeaningRegistry meanings = vnie::DefaultMeanings();
//   auto patterns = vnie::PatternSet::Load({.dir = "patterns"}, meanings);
//   if (!patterns.ok()) { print patterns.status(): "file:line: rule \"x\": ..." }
//
// Loading is all-or-nothing and its errors name the file and line.
#ifndef VNIE_MATCH_PATTERN_SET_H_
#define VNIE_MATCH_PATTERN_SET_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "match/meaning.h"
#include "match/rule.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace vnie {

struct PatternOptions {
  std::string dir;  // the patterns/ folder
  // RE2 memory budget per compiled rule and per dimension set. Rules that exceed
  // it fall back to slower engines; `vnie patterns check` names them.
  // RE2 splits it: about 2/3 for the forward program and its DFA cache, 1/3 for
  // the reverse one. A dimension's RE2::Set has no slower engine to fall back on:
  // when its DFA runs out, the Matcher runs every rule of the dimension instead.
  int64_t max_mem = 64 << 20;
  // HOOK for accent_insensitive rules (wired by the text layer, default none):
  // turns a rule's expanded regex into the one run on accent-stripped text
  // (e.g. RemoveDiacritics over the literal parts). When unset, such rules run
  // their regex unchanged on the stripped text (fine for ASCII-only rules).
  std::function<std::string(std::string_view)> fold_regex = nullptr;
};

class PatternSet {
 public:
  static StatusOr<std::unique_ptr<PatternSet>> Load(const PatternOptions& options,
                                                    const MeaningRegistry& meanings);
  ~PatternSet();

  const std::vector<Rule>& rules() const;
  // The rule called `name`, or null.
  const Rule* FindRule(std::string_view name) const;
  std::vector<std::string> dimensions() const;
  // Entries of patterns/lexicon/NAME.txt in file order; empty if there is none.
  const std::vector<std::string>& Lexicon(std::string_view name) const;
  // Tab-separated values of lexicon lines ("một\t1"): entry -> value.
  const std::map<std::string, std::string, std::less<>>& LexiconValues(std::string_view name) const;
  const PatternOptions& options() const;
  // The rule's regex, compiled alone (`rule` must come from rules()).
  const re2::RE2& Regex(const Rule& rule) const;
  // The regex run on accent-stripped text; null unless rule.accent_insensitive.
  const re2::RE2* FoldedRegex(const Rule& rule) const;

  struct Impl;  // opaque; public only so the loader's helpers can fill it

 private:
  PatternSet();
  friend class Matcher;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vnie

#endif  // VNIE_MATCH_PATTERN_SET_H_
