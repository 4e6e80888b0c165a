// PatternSet: every rule and lexicon under a patterns/ folder, loaded and checked.
//
//   vnie::MeaningRegistry meanings = vnie::DefaultMeanings();
//   auto patterns = vnie::PatternSet::Load({.dir = "patterns"}, meanings);
//   if (!patterns.ok()) { print patterns.status(): "file:line: rule \"x\": ..." }
//
// Loading is all-or-nothing and its errors name the file and line.
#ifndef VNIE_MATCH_PATTERN_SET_H_
#define VNIE_MATCH_PATTERN_SET_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "match/meaning.h"
#include "match/rule.h"

namespace vnie {

struct PatternOptions {
  std::string dir;  // the patterns/ folder
  // RE2 memory budget per compiled rule and per dimension set. Rules that exceed
  // it fall back to slower engines; `vnie patterns check` names them.
  int64_t max_mem = 64 << 20;
};

class PatternSet {
 public:
  static StatusOr<std::unique_ptr<PatternSet>> Load(const PatternOptions& options,
                                                    const MeaningRegistry& meanings);
  ~PatternSet();

  const std::vector<Rule>& rules() const;
  std::vector<std::string> dimensions() const;
  // Entries of patterns/lexicon/NAME.txt in file order; empty if there is none.
  const std::vector<std::string>& Lexicon(std::string_view name) const;
  // Tab-separated values of lexicon lines ("một\t1"): entry -> value.
  const std::map<std::string, std::string, std::less<>>& LexiconValues(std::string_view name) const;
  const PatternOptions& options() const;

 private:
  PatternSet();
  friend class Matcher;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vnie

#endif  // VNIE_MATCH_PATTERN_SET_H_
