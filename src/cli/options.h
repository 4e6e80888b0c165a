// Turns the CLI's flags into library options (ripgrep's LowArgs -> HiArgs step).
#ifndef VNIE_CLI_OPTIONS_H_
#define VNIE_CLI_OPTIONS_H_

#include <string>

#include "cli/commands.h"
#include "text/normalizer.h"
#include "vnie/extractor.h"

namespace vnie {

inline ToneStyle ToneStyleFromFlag(const std::string& flag) {
  return flag == "new" ? ToneStyle::kNew : ToneStyle::kOld;
}

inline std::string PatternsDirFromFlags(const CommonFlags& flags) {
  return flags.patterns_dir.empty() ? DefaultPatternsDir() : flags.patterns_dir;
}

inline ExtractorOptions ExtractorOptionsFromFlags(const CommonFlags& flags) {
  ExtractorOptions options;
  options.patterns_dir = PatternsDirFromFlags(flags);
  options.tone_style = ToneStyleFromFlag(flags.tone_style);
  return options;
}

}  // namespace vnie

#endif  // VNIE_CLI_OPTIONS_H_
