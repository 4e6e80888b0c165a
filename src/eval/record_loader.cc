// Loading records as score.py does; see record_loader.h.
#include "eval/record_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "output/json_reader.h"

namespace vnie {
namespace {

namespace fs = std::filesystem;

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat(path, ": read error"));
  return contents.str();
}

Status WithPlace(const Status& status, std::string_view place) {
  return Status(status.code(), absl::StrCat(std::string(place), ": ", status.message()));
}

Status ReadJsonLines(std::istream& in, const std::string& name, std::vector<Record>* records) {
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    // Python's line.strip() would also drop Unicode spaces; JSON lines hold
    // none outside strings, so ASCII whitespace is enough.
    if (line.find_first_not_of(" \t\r\n\f\v") == std::string::npos) continue;
    StatusOr<Record> record = ParseRecord(line);
    if (!record.ok()) return WithPlace(record.status(), absl::StrCat(name, ":", number));
    records->push_back(*std::move(record));
  }
  return Status();
}

}  // namespace

std::string DocKey(std::string_view source) {
  size_t slash = source.rfind('/');
  std::string_view base = slash == std::string_view::npos ? source : source.substr(slash + 1);
  size_t dot = base.rfind('.');
  if (dot == std::string_view::npos) return std::string(base);
  // An extension needs something other than dots before it.
  if (base.find_first_not_of('.') >= dot) return std::string(base);
  return std::string(base.substr(0, dot));
}

StatusOr<std::vector<Record>> LoadRecords(const std::string& path) {
  std::vector<Record> records;
  std::error_code error;
  if (path != "-" && fs::is_directory(path, error)) {
    std::vector<std::string> names;
    for (const fs::directory_entry& entry : fs::directory_iterator(path, error)) {
      std::string name = entry.path().filename().string();
      if (name.size() >= 5 && name.ends_with(".json")) names.push_back(name);
    }
    if (error) return absl::NotFoundError(absl::StrCat(path, ": ", error.message()));
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      std::string file = (fs::path(path) / name).string();
      StatusOr<std::string> text = ReadFile(file);
      if (!text.ok()) return text.status();
      StatusOr<Record> record = ParseRecord(*text);
      if (!record.ok()) return WithPlace(record.status(), file);
      records.push_back(*std::move(record));
    }
    return records;
  }
  if (path == "-") {
    VNIE_RETURN_IF_ERROR(ReadJsonLines(std::cin, "<stdin>", &records));
    return records;
  }
  if (path.ends_with(".jsonl")) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
    VNIE_RETURN_IF_ERROR(ReadJsonLines(in, path, &records));
    return records;
  }
  StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  StatusOr<std::vector<Record>> parsed = ParseRecords(*text);
  if (!parsed.ok()) return WithPlace(parsed.status(), path);
  return parsed;
}

}  // namespace vnie
