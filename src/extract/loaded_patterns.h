// LoadedPatterns: a patterns/ folder ready to match: its interpreters, the
// meaning registry built on them, the checked rules and their matcher.
//
// The extractor, `vnie patterns` and the pattern tests all load patterns this
// one way, so an example that passes in the tests reads its groups exactly as
// extraction does.
#ifndef VNIE_EXTRACT_LOADED_PATTERNS_H_
#define VNIE_EXTRACT_LOADED_PATTERNS_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "extract/interpreters.h"
#include "match/matcher.h"
#include "match/meaning.h"
#include "match/pattern_set.h"

namespace vnie {

struct LoadedPatterns {
  std::unique_ptr<Interpreters> interpreters;
  MeaningRegistry meanings;  // refers to *interpreters
  std::unique_ptr<PatternSet> patterns;
  std::unique_ptr<Matcher> matcher;  // refers to *patterns
};

StatusOr<std::unique_ptr<LoadedPatterns>> LoadPatterns(const std::string& patterns_dir);

}  // namespace vnie

#endif  // VNIE_EXTRACT_LOADED_PATTERNS_H_
