// vnie patterns test | list | check: the analyst's loop over patterns/.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "input/document_reader.h"
#include "cli/options.h"
#include "extract/loaded_patterns.h"
#include "match/example_runner.h"
#include "match/pattern_check.h"

namespace vnie {
namespace {

int Test(const LoadedPatterns& loaded) {
  size_t examples = 0;
  for (const Rule& rule : loaded.patterns->rules()) {
    examples += rule.examples.size() + rule.negatives.size();
  }
  size_t failures = 0, warnings = 0;
  for (const ExampleFailure& failure :
       RunExamples(*loaded.patterns, *loaded.matcher, loaded.meanings)) {
    std::cout << failure.ToString() << "\n";
    if (failure.is_warning()) {
      ++warnings;
    } else {
      ++failures;
    }
  }
  std::cout << "patterns: " << loaded.patterns->rules().size() << " rules, " << examples
            << " examples: " << (examples - failures) << " passed, " << failures << " failed, "
            << warnings << " warnings\n";
  return failures == 0 ? kExitOk : kExitDocumentErrors;
}

int List(const LoadedPatterns& loaded, bool with_regex) {
  for (const Rule& rule : loaded.patterns->rules()) {
    std::cout << rule.dimension << "\t" << rule.name << "\t" << rule.priority << "\t" << rule.file
              << ":" << rule.line;
    if (with_regex) {
      std::string boundaries;
      if (rule.boundary_before) boundaries += '<';
      if (rule.boundary_after) boundaries += '>';
      std::cout << "\t" << (boundaries.empty() ? "-" : boundaries) << "\t" << rule.expanded;
    }
    std::cout << "\n";
  }
  return kExitOk;
}

int Check(const LoadedPatterns& loaded, const PatternsFlags& flags) {
  std::vector<std::string> paths = flags.sample_paths;
  if (paths.empty()) paths.push_back(std::string(VNIE_SOURCE_DIR) + "/corpus");
  std::string sample;
  auto reader = OpenInputs(paths, InputOptions());
  InputItem item;
  while (reader.ok() && (*reader)->Next(&item)) {
    if (item.ok()) sample += item.document.bytes + "\n";
  }
  if (sample.empty()) {
    std::cerr << "vnie: no sample text to time the rules on\n";
    return kExitUsage;
  }
  CheckReport report = CheckPatterns(*loaded.patterns, *loaded.matcher, sample);
  std::cout << report.ToString();
  return report.Warnings().empty() ? kExitOk : kExitDocumentErrors;
}

}  // namespace

int RunPatterns(const PatternsFlags& flags) {
  auto loaded = LoadPatterns(PatternsDirFromFlags(flags.common));
  if (!loaded.ok()) {
    std::cerr << "vnie: " << loaded.status().message() << "\n";
    return kExitUsage;
  }
  if (flags.action == "list") return List(**loaded, flags.regex);
  if (flags.action == "check") return Check(**loaded, flags);
  return Test(**loaded);
}

}  // namespace vnie
