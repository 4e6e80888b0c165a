// The subcommands of the vnie binary. Each takes flags already parsed by main.cc
// and returns the process exit code:
//   0  every document was processed
//   1  some documents became error records (or, for `patterns test`, an example failed)
//   2  usage error, or the patterns could not be loaded
#ifndef VNIE_CLI_COMMANDS_H_
#define VNIE_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace vnie {

inline constexpr int kExitOk = 0;
inline constexpr int kExitDocumentErrors = 1;
inline constexpr int kExitUsage = 2;

struct CommonFlags {
  std::string patterns_dir;  // empty: the shipped patterns
  std::string tone_style = "old";
};

struct NormalizeFlags {
  CommonFlags common;
  bool offsets = false;
  std::vector<std::string> paths;
};
int RunNormalize(const NormalizeFlags& flags);

struct ExtractFlags {
  CommonFlags common;
  std::vector<std::string> paths;
  std::string output;  // empty: stdout
  bool pretty = false;
  bool rules = false;
  bool quiet = false;
  std::string encoding;
  size_t max_document_bytes = size_t{64} << 20;
  int jobs = 0;             // extraction threads; 0: all cores
  size_t batch_size = 0;    // documents per batch (flush/commit unit); 0: the default, 64
  std::string csv_dir;      // non-empty: also write CSV tables there
  std::string sqlite_path;  // non-empty: also write an SQLite database there
  std::string input_format = "auto";  // auto, text, html, jsonl, warc
  std::string text_field;             // JSONL: the article's field (default text, content, html)
  std::string id_field;               // JSONL: the id's field (default id, then url)
};
int RunExtract(const ExtractFlags& flags);

struct PatternsFlags {
  CommonFlags common;
  std::string action;  // test, list, check
  std::vector<std::string> sample_paths;  // for check: text to time the rules on
  bool regex = false;  // for list: add the boundaries and the expanded RE2 regex
};
int RunPatterns(const PatternsFlags& flags);

struct EvalFlags {
  CommonFlags common;
  std::string gold;
  std::vector<std::string> paths;
  std::string sources;
  int misses = 0;
};
int RunEval(const EvalFlags& flags);

struct ExplainFlags {
  CommonFlags common;
  std::string path;
  std::string color = "auto";  // auto, always, never
};
int RunExplain(const ExplainFlags& flags);

}  // namespace vnie

#endif  // VNIE_CLI_COMMANDS_H_
