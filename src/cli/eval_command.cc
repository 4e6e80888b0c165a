// vnie eval GOLD PATH...: extract the articles and score them against gold
// records the way ../shared/tools/score.py does (src/eval/evaluator.h).
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/options.h"
#include "eval/evaluator.h"
#include "vnie/extractor.h"

namespace vnie {

int RunEval(const EvalFlags& flags) {
  auto extractor = Extractor::Create(ExtractorOptionsFromFlags(flags.common));
  if (!extractor.ok()) {
    std::cerr << "vnie: " << extractor.status().message() << "\n";
    return kExitUsage;
  }
  std::vector<Record> records;
  for (const InputFile& input : ExpandInputs(flags.paths)) {
    std::string bytes, error;
    if (input.error || !ReadInput(input.path, &bytes, &error)) {
      std::cerr << "vnie: " << input.path << ": " << (input.error ? *input.error : error) << "\n";
      continue;
    }
    records.push_back((*extractor)->Extract(Document{input.path, std::move(bytes)}));
  }
  EvalOptions options;
  options.sources_dir = flags.sources;
  options.misses = flags.misses;
  // Scoring one folder of articles: its files are the sources spans point into.
  std::error_code error;
  if (options.sources_dir.empty() && flags.paths.size() == 1 &&
      std::filesystem::is_directory(flags.paths[0], error)) {
    options.sources_dir = flags.paths[0];
  }
  auto report = Evaluate(flags.gold, records, options);
  if (!report.ok()) {
    std::cerr << "vnie: " << report.status().message() << "\n";
    return kExitUsage;
  }
  std::cout << report->ToText();
  return kExitOk;
}

}  // namespace vnie
