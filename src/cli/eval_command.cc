// vnie eval GOLD PATH...: extract the articles and score them against gold
// records the way ../shared/tools/score.py does (src/eval/evaluator.h).
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "input/document_reader.h"
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
  auto reader = OpenInputs(flags.paths, InputOptions());
  if (!reader.ok()) {
    std::cerr << "vnie: " << reader.status().message() << "\n";
    return kExitUsage;
  }
  InputItem item;
  while ((*reader)->Next(&item)) {
    if (!item.ok()) {
      std::cerr << "vnie: " << item.error_message.value_or(item.document.source) << "\n";
      continue;
    }
    records.push_back((*extractor)->Extract(item.document));
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
