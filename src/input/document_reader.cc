// The input list is expanded up front (paths only, cheap); files are opened
// one at a time as the caller asks for items, so at most one file's reader is
// open at once.
#include "input/document_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <utility>

#include "input/gzip_stream.h"
#include "input/jsonl_reader.h"
#include "input/warc_reader.h"

namespace vnie {
namespace {

namespace fs = std::filesystem;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The format an extension names, or "" for none we read. A trailing ".gz"
// names the compression, not the format: "a.txt.gz" is text, "b.warc.gz" WARC.
std::string FormatOfName(const std::string& path) {
  std::string name = Lower(fs::path(path).filename().string());
  if (EndsWith(name, ".gz")) name.resize(name.size() - 3);
  if (EndsWith(name, ".txt") || EndsWith(name, ".text")) return "text";
  if (EndsWith(name, ".html") || EndsWith(name, ".htm")) return "html";
  if (EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson")) return "jsonl";
  if (EndsWith(name, ".warc")) return "warc";
  return "";
}

InputItem ErrorItem(std::string source, const char* code, std::string message) {
  InputItem item;
  item.document.source = std::move(source);
  item.error_code = code;
  item.error_message = std::move(message);
  return item;
}

// Pre-order walk of one directory tree with an explicit stack; entries sorted
// by name in each directory.
void Walk(const fs::path& root, std::vector<InputPath>* out) {
  struct Frame {
    std::vector<fs::directory_entry> entries;
    size_t next = 0;
  };
  std::vector<Frame> stack;
  auto open = [&](const fs::path& dir) {
    std::error_code error;
    Frame frame;
    fs::directory_iterator it(dir, error);
    if (error) {
      out->push_back({dir.string(), "unreadable",
                      dir.string() + ": cannot list directory: " + error.message()});
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(error)) {
      if (error) {
        out->push_back({dir.string(), "unreadable",
                        dir.string() + ": error while listing: " + error.message()});
        break;
      }
      frame.entries.push_back(*it);
    }
    std::sort(frame.entries.begin(), frame.entries.end(), [](const auto& a, const auto& b) {
      return a.path().filename().string() < b.path().filename().string();
    });
    stack.push_back(std::move(frame));
  };
  open(root);
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.next >= frame.entries.size()) {
      stack.pop_back();
      continue;
    }
    const fs::directory_entry entry = frame.entries[frame.next++];
    std::error_code error;
    // A symlink to a directory is not followed, so a link loop cannot trap us.
    if (entry.is_symlink(error)) {
      if (fs::is_directory(entry.path(), error)) continue;
    } else if (entry.is_directory(error)) {
      open(entry.path());  // may invalidate `frame`
      continue;
    }
    if (!FormatOfName(entry.path().string()).empty())
      out->push_back({entry.path().string(), {}, {}});
  }
}

// Reads a whole file, refusing files over max_bytes before reading them.
bool ReadFile(const std::string& path, size_t max_bytes, std::string* bytes, InputItem* error) {
  std::error_code size_error;
  const auto size = fs::file_size(path, size_error);
  if (!size_error && size > max_bytes) {
    *error = ErrorItem(path, "too-large",
                       path + ": " + std::to_string(size) +
                           " bytes, more than max_document_bytes " + std::to_string(max_bytes));
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = ErrorItem(path, "unreadable", path + ": " + std::strerror(errno));
    return false;
  }
  bytes->clear();
  char chunk[1 << 16];
  while (in.read(chunk, sizeof(chunk)) || in.gcount() > 0) {
    bytes->append(chunk, static_cast<size_t>(in.gcount()));
    if (bytes->size() > max_bytes) {
      *error = ErrorItem(
          path, "too-large",
          path + ": more than max_document_bytes " + std::to_string(max_bytes) + " bytes");
      return false;
    }
  }
  if (in.bad()) {
    *error = ErrorItem(path, "unreadable", path + ": read error");
    return false;
  }
  return true;
}

// Reads a whole gzipped file, refusing it once its decompressed size passes
// max_bytes. A damaged or cut stream is an error: the document is incomplete.
bool ReadGzipFile(const std::string& path, size_t max_bytes, std::string* bytes,
                  InputItem* error) {
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) {
    *error = ErrorItem(path, "unreadable", path + ": " + std::strerror(errno));
    return false;
  }
  GunzipStream in(std::move(file));
  bytes->clear();
  char chunk[1 << 16];
  while (in.read(chunk, sizeof(chunk)) || in.gcount() > 0) {
    bytes->append(chunk, static_cast<size_t>(in.gcount()));
    if (bytes->size() > max_bytes) {
      *error = ErrorItem(path, "too-large",
                         path + ": more than max_document_bytes " + std::to_string(max_bytes) +
                             " bytes once decompressed");
      return false;
    }
  }
  if (!in.error().empty()) {
    *error = ErrorItem(path, "truncated", path + ": " + in.error());
    return false;
  }
  return true;
}

// The format of a gzipped file whose name does not tell: sniffed from the
// start of its decompressed bytes.
std::string SniffGzipped(const std::string& path) {
  GunzipStream in(std::make_unique<std::ifstream>(path, std::ios::binary));
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return SniffFormat(path, head);
}

// Reads the inputs one after the other.
class InputsReader : public DocumentReader {
 public:
  InputsReader(std::vector<InputPath> paths, const InputOptions& options)
      : paths_(std::move(paths)), options_(options) {}

  bool Next(InputItem* item) override {
    for (;;) {
      if (current_ != nullptr) {
        if (current_->Next(item)) return true;
        // A gzipped JSONL file cut short: its last lines are lost, so say so.
        const std::string gzip_error = gunzip_ != nullptr ? gunzip_->error() : std::string();
        gunzip_ = nullptr;
        current_.reset();
        if (!gzip_error.empty()) {
          *item = ErrorItem(current_path_, "truncated", current_path_ + ": " + gzip_error);
          return true;
        }
      }
      if (next_ >= paths_.size()) return false;
      const InputPath& input = paths_[next_++];
      if (input.error_code) {
        *item = ErrorItem(input.path, input.error_code->c_str(), input.error_message.value_or(""));
        return true;
      }
      if (Open(input.path, item)) return true;
    }
  }

 private:
  // Opens a container reader into current_, or fills *item with a whole-file
  // document or an error (returning true).
  bool Open(const std::string& path, InputItem* item) {
    if (path == "-") return OpenStdin(item);
    std::string head;
    {
      std::ifstream probe(path, std::ios::binary);
      if (!probe) {
        *item = ErrorItem(path, "unreadable", path + ": " + std::strerror(errno));
        return true;
      }
      head.resize(4096);
      probe.read(head.data(), static_cast<std::streamsize>(head.size()));
      head.resize(static_cast<size_t>(probe.gcount()));
    }
    // Compression is told by the bytes, whatever the name says.
    const bool gzipped = LooksGzipped(head);
    std::string format = options_.input_format;
    if (format == "auto") {
      format = gzipped && FormatOfName(path).empty() ? SniffGzipped(path) : SniffFormat(path, head);
    }
    if (format == "jsonl" || format == "warc") {
      std::unique_ptr<std::istream> in = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!*in) {
        *item = ErrorItem(path, "unreadable", path + ": " + std::strerror(errno));
        return true;
      }
      if (format == "warc") {  // the WARC reader undoes gzip itself, member by member
        current_ = NewWarcReader(std::move(in), path, WarcOptionsFor());
        return false;
      }
      if (gzipped) {
        auto gunzip = std::make_unique<GunzipStream>(std::move(in));
        gunzip_ = gunzip.get();
        in = std::move(gunzip);
      }
      current_ = NewJsonlReader(std::move(in), path, options_);
      current_path_ = path;
      return false;
    }
    std::string bytes;
    const bool read = gzipped ? ReadGzipFile(path, options_.max_document_bytes, &bytes, item)
                              : ReadFile(path, options_.max_document_bytes, &bytes, item);
    if (!read) return true;
    *item = InputItem();
    item->document = Document(path, std::move(bytes));
    item->document.format = format;
    return true;
  }

  bool OpenStdin(InputItem* item) {
    const std::string& format = options_.input_format;
    auto in = std::make_unique<std::istream>(std::cin.rdbuf());
    if (format == "jsonl" || format == "warc") {
      current_ = format == "jsonl" ? NewJsonlReader(std::move(in), "-", options_)
                                   : NewWarcReader(std::move(in), "-", WarcOptionsFor());
      return false;
    }
    std::string bytes;
    char chunk[1 << 16];
    while (in->read(chunk, sizeof(chunk)) || in->gcount() > 0) {
      bytes.append(chunk, static_cast<size_t>(in->gcount()));
      if (bytes.size() > options_.max_document_bytes) {
        *item = ErrorItem("-", "too-large", "-: standard input exceeds max_document_bytes");
        return true;
      }
    }
    *item = InputItem();
    item->document = Document("-", std::move(bytes));
    item->document.format = format;  // "auto" lets the extractor sniff HTML
    return true;
  }

  WarcOptions WarcOptionsFor() const {
    WarcOptions warc;
    warc.max_record_bytes = options_.max_document_bytes + (size_t{64} << 10);
    return warc;
  }

  std::vector<InputPath> paths_;
  InputOptions options_;
  size_t next_ = 0;
  std::unique_ptr<DocumentReader> current_;
  std::string current_path_;
  GunzipStream* gunzip_ = nullptr;  // owned by current_'s stream, when gzipped JSONL
};

}  // namespace

DocumentReader::~DocumentReader() = default;

std::string SniffFormat(const std::string& path, std::string_view head) {
  if (std::string by_name = FormatOfName(path); !by_name.empty()) return by_name;
  if (head.rfind("WARC/1.", 0) == 0) return "warc";
  if (LooksGzipped(head)) return "warc";  // unsniffed: WARC archives are the usual .gz
  std::string_view rest = head;
  if (rest.rfind("\xEF\xBB\xBF", 0) == 0) rest.remove_prefix(3);
  while (!rest.empty() &&
         (rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\r' || rest[0] == '\n')) {
    rest.remove_prefix(1);
  }
  const std::string lower = Lower(rest);
  if (lower.rfind("<!doctype html", 0) == 0 || lower.rfind("<html", 0) == 0 ||
      lower.find("<body") != std::string::npos) {
    return "html";
  }
  return "text";
}

std::vector<InputPath> ExpandInputPaths(const std::vector<std::string>& paths) {
  std::vector<InputPath> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back({path, {}, {}});
      continue;
    }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      out.push_back({path, "not-found", path + ": no such file or directory"});
    } else if (fs::is_directory(status)) {
      const size_t before = out.size();
      Walk(path, &out);
      if (out.size() == before) {
        out.push_back({path, "no-documents",
                       path + ": no .txt .text .html .htm .jsonl .ndjson .warc files (gzipped or not)"});
      }
    } else {
      out.push_back({path, {}, {}});
    }
  }
  return out;
}

StatusOr<std::unique_ptr<DocumentReader>> OpenInputs(const std::vector<std::string>& paths,
                                                     const InputOptions& options) {
  const std::string& format = options.input_format;
  if (format != "auto" && format != "text" && format != "html" && format != "jsonl" &&
      format != "warc") {
    return absl::InvalidArgumentError("unknown input format \"" + format +
                                      "\" (expected auto, text, html, jsonl or warc)");
  }
  return std::unique_ptr<DocumentReader>(
      std::make_unique<InputsReader>(ExpandInputPaths(paths), options));
}

}  // namespace vnie
