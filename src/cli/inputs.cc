#include "cli/inputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace vnie {
namespace {

namespace fs = std::filesystem;

// Extensions of documents vnie reads when it walks a directory. Gold records and
// other JSON beside the articles are not documents.
bool IsDocumentFile(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".text" || ext == ".html" || ext == ".htm";
}

void Walk(const fs::path& dir, std::vector<InputFile>* out) {
  std::error_code error;
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
  if (error) {
    out->push_back({dir.string(), "cannot list directory: " + error.message()});
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(error)) {
    if (error) break;
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& entry : entries) {
    std::error_code e;
    // A symlink to a directory is not followed: a link loop must not hang the walk.
    if (entry.is_symlink(e) && fs::is_directory(entry.path(), e)) continue;
    if (entry.is_directory(e)) {
      Walk(entry.path(), out);
    } else if (IsDocumentFile(entry.path())) {
      out->push_back({entry.path().string(), std::nullopt});
    }
  }
}

}  // namespace

std::vector<InputFile> ExpandInputs(const std::vector<std::string>& paths) {
  std::vector<InputFile> out;
  for (const std::string& path : paths) {
    std::error_code error;
    if (path == "-") {
      out.push_back({path, std::nullopt});
    } else if (fs::is_directory(path, error)) {
      Walk(path, &out);
    } else if (fs::exists(path, error)) {
      out.push_back({path, std::nullopt});
    } else {
      out.push_back({path, "no such file or directory"});
    }
  }
  return out;
}

bool ReadInput(const std::string& path, std::string* bytes, std::string* error) {
  if (path == "-") {
    bytes->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    *error = "read error";
    return false;
  }
  *bytes = std::move(buffer).str();
  return true;
}

}  // namespace vnie
