// Inputs: the documents named on the command line, in a stable order.
//
// Directories are walked recursively in sorted order and contribute the files
// whose extension vnie reads; "-" is standard input. A path that cannot be read
// still yields an input, carrying the error, so that it gets an error record
// instead of vanishing from the output.
#ifndef VNIE_CLI_INPUTS_H_
#define VNIE_CLI_INPUTS_H_

#include <optional>
#include <string>
#include <vector>

namespace vnie {

struct InputFile {
  std::string path;                  // as it will appear in `source`
  std::optional<std::string> error;  // why it cannot be read, if it cannot
};

// Expands `paths` (files, directories, "-") into the files to read.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths);

// Reads a whole file, or standard input for "-". Returns false and sets *error
// when it cannot.
bool ReadInput(const std::string& path, std::string* bytes, std::string* error);

}  // namespace vnie

#endif  // VNIE_CLI_INPUTS_H_
