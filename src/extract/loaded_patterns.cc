#include "extract/loaded_patterns.h"

#include "text/normalizer.h"

namespace vnie {

StatusOr<std::unique_ptr<LoadedPatterns>> LoadPatterns(const std::string& patterns_dir) {
  auto loaded = std::make_unique<LoadedPatterns>();
  auto interpreters = Interpreters::Load(patterns_dir);
  if (!interpreters.ok()) return interpreters.status();
  loaded->interpreters = *std::move(interpreters);
  loaded->meanings = loaded->interpreters->Registry();
  PatternOptions options;
  options.dir = patterns_dir;
  // accent_insensitive rules also run on text whose diacritics were lost
  // ("co 120 dang vien"): their regex is stripped the same way as the text.
  options.fold_regex = [](std::string_view regex) { return RemoveDiacritics(regex).text; };
  auto patterns = PatternSet::Load(options, loaded->meanings);
  if (!patterns.ok()) return patterns.status();
  loaded->patterns = *std::move(patterns);
  loaded->matcher = std::make_unique<Matcher>(*loaded->patterns);
  return loaded;
}

}  // namespace vnie
