// CSV tables of a Record; see csv_writer.h.
#include "output/csv_writer.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <optional>
#include <utility>

#include "output/utf8_repair.h"

namespace vnie {
namespace {

// Past this many buffered bytes Write() goes to the files without waiting for
// Flush(), so one huge batch cannot hold everything in memory.
constexpr size_t kMaxBufferedBytes = size_t{4} << 20;

const char* const kFileNames[kCsvTableCount] = {"articles.csv", "people.csv", "cells.csv",
                                                "figures.csv", "places.csv"};

// Builds one CSV line field by field.
class Row {
 public:
  explicit Row(std::string* out) : out_(*out) {}
  ~Row() { out_ += "\r\n"; }

  Row& Empty() {
    Separator();
    return *this;
  }
  Row& Text(std::string_view text) {
    Separator();
    if (IsValidUtf8(text)) {
      AppendCsvField(text, &out_);
    } else {
      AppendCsvField(RepairUtf8(text), &out_);
    }
    return *this;
  }
  Row& OptText(const std::optional<std::string>& text) {
    if (text) return Text(*text);
    Separator();
    return *this;
  }
  Row& Int(int64_t value) {
    Separator();
    char buffer[24];
    out_.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
    return *this;
  }
  Row& OptInt(const std::optional<int64_t>& value) {
    if (value) return Int(*value);
    Separator();
    return *this;
  }
  // Same form as the JSON writer: integral values without ".0", others in the
  // shortest form that reads back to the same double; NaN and infinities empty.
  Row& Number(double value) {
    Separator();
    constexpr double kExactIntegers = 9007199254740992.0;
    if (!std::isfinite(value)) return *this;
    char buffer[32];
    char* end;
    if (value == std::trunc(value) && std::fabs(value) <= kExactIntegers) {
      end = std::to_chars(buffer, buffer + sizeof buffer, static_cast<int64_t>(value)).ptr;
    } else {
      end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    }
    out_.append(buffer, end);
    return *this;
  }
  Row& OptNumber(const std::optional<double>& value) {
    if (value) return Number(*value);
    Separator();
    return *this;
  }
  Row& Span(const ByteSpan& span) {
    return Int(static_cast<int64_t>(span.begin)).Int(static_cast<int64_t>(span.end));
  }

 private:
  void Separator() {
    if (!first_) out_ += ',';
    first_ = false;
  }

  std::string& out_;
  bool first_ = true;
};

std::string HeaderLine(CsvTable table) {
  std::string line;
  bool first = true;
  for (std::string_view column : CsvColumns(table)) {
    if (!first) line += ',';
    first = false;
    AppendCsvField(column, &line);
  }
  line += "\r\n";
  return line;
}

}  // namespace

const char* CsvFileName(CsvTable table) { return kFileNames[static_cast<int>(table)]; }

const std::vector<std::string_view>& CsvColumns(CsvTable table) {
  static const std::vector<std::string_view> kColumns[kCsvTableCount] = {
      {"source", "status", "error_code", "error_message", "encoding", "format", "title",
       "published", "author", "people", "cells", "figures", "places", "dates", "periods"},
      {"source", "person", "name", "honorific", "role", "mentions", "first_begin", "first_end"},
      {"source", "name", "school", "level", "place", "parent", "members", "staff", "percent",
       "begin", "end"},
      {"source", "kind", "value", "whole", "unit", "of", "approx", "scope", "text", "begin", "end"},
      {"source", "kind", "name", "begin", "end"},
  };
  return kColumns[static_cast<int>(table)];
}

void AppendCsvField(std::string_view field, std::string* line) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    line->append(field);
    return;
  }
  line->push_back('"');
  for (char c : field) {
    if (c == '"') line->push_back('"');
    line->push_back(c);
  }
  line->push_back('"');
}

void AppendCsvRows(const Record& r, std::string tables[kCsvTableCount]) {
  auto count = [](size_t n) { return static_cast<int64_t>(n); };
  {
    Row row(&tables[static_cast<int>(CsvTable::kArticles)]);
    row.Text(r.source).Text(r.ok() ? "ok" : "error");
    if (r.error) {
      row.Text(r.error->code).Text(r.error->message);
    } else {
      row.Empty().Empty();
    }
    row.Text(r.encoding).Text(r.format).OptText(r.title).OptText(r.published).OptText(r.author);
    row.Int(count(r.people.size())).Int(count(r.cells.size())).Int(count(r.figures.size()));
    row.Int(count(r.places.size())).Int(count(r.dates.size())).Int(count(r.periods.size()));
  }
  std::string& people = tables[static_cast<int>(CsvTable::kPeople)];
  for (size_t i = 0; i < r.people.size(); ++i) {
    const Person& p = r.people[i];
    auto person_row = [&](std::optional<std::string> role) {
      Row row(&people);
      row.Text(r.source).Int(count(i)).Text(p.name).OptText(p.honorific).OptText(role);
      row.Int(count(p.mentions.size()));
      if (p.mentions.empty()) {
        row.Empty().Empty();
      } else {
        row.Span(p.mentions.front());
      }
    };
    if (p.roles.empty()) person_row(std::nullopt);
    for (const std::string& role : p.roles) person_row(role);
  }
  for (const Cell& c : r.cells) {
    Row row(&tables[static_cast<int>(CsvTable::kCells)]);
    row.Text(r.source).Text(c.name).OptText(c.school).OptText(c.level).OptText(c.place).OptText(
        c.parent);
    row.OptInt(c.members).OptInt(c.staff).OptNumber(c.percent).Span(c.span);
  }
  for (const Figure& f : r.figures) {
    Row row(&tables[static_cast<int>(CsvTable::kFigures)]);
    row.Text(r.source).Text(f.kind).Number(f.value).OptNumber(f.whole).OptText(f.unit).OptText(
        f.of);
    row.OptText(f.approx).OptText(f.scope).Text(f.text).Span(f.span);
  }
  for (const Place& p : r.places) {
    Row row(&tables[static_cast<int>(CsvTable::kPlaces)]);
    row.Text(r.source).Text(p.kind).Text(p.name).Span(p.span);
  }
}

StatusOr<std::unique_ptr<CsvWriter>> CsvWriter::Open(const std::string& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) {
    return absl::UnavailableError("cannot create CSV folder " + dir + ": " + error.message());
  }
  std::vector<FILE*> files;
  for (int i = 0; i < kCsvTableCount; ++i) {
    std::string path = (std::filesystem::path(dir) / kFileNames[i]).string();
    FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) {
      std::string reason = std::strerror(errno);
      for (FILE* f : files) std::fclose(f);
      return absl::UnavailableError("cannot write " + path + ": " + reason);
    }
    files.push_back(file);
  }
  std::unique_ptr<CsvWriter> writer(new CsvWriter(dir, std::move(files)));
  for (int i = 0; i < kCsvTableCount; ++i) {
    writer->buffers_[i] = HeaderLine(static_cast<CsvTable>(i));
  }
  VNIE_RETURN_IF_ERROR(writer->Flush());
  return writer;
}

CsvWriter::CsvWriter(std::string dir, std::vector<FILE*> files)
    : dir_(std::move(dir)), files_(std::move(files)) {}

CsvWriter::~CsvWriter() { Close().IgnoreError(); }

Status CsvWriter::Write(const Record& record) {
  if (files_.empty()) return absl::FailedPreconditionError("CSV writer for " + dir_ + " is closed");
  AppendCsvRows(record, buffers_);
  size_t buffered = 0;
  for (const std::string& buffer : buffers_) buffered += buffer.size();
  if (buffered > kMaxBufferedBytes) return WriteBuffers();
  return absl::OkStatus();
}

Status CsvWriter::WriteBuffers() {
  for (int i = 0; i < kCsvTableCount; ++i) {
    std::string& buffer = buffers_[i];
    if (!buffer.empty() &&
        std::fwrite(buffer.data(), 1, buffer.size(), files_[i]) != buffer.size()) {
      return absl::UnavailableError(std::string("cannot write ") + kFileNames[i] + " in " + dir_ +
                                    ": " + std::strerror(errno));
    }
    buffer.clear();
  }
  return absl::OkStatus();
}

Status CsvWriter::Flush() {
  if (files_.empty()) return absl::OkStatus();
  VNIE_RETURN_IF_ERROR(WriteBuffers());
  for (int i = 0; i < kCsvTableCount; ++i) {
    if (std::fflush(files_[i]) != 0) {
      return absl::UnavailableError(std::string("cannot write ") + kFileNames[i] + " in " + dir_ +
                                    ": " + std::strerror(errno));
    }
  }
  return absl::OkStatus();
}

Status CsvWriter::Close() {
  if (files_.empty()) return absl::OkStatus();
  Status status = Flush();
  for (FILE* file : files_) {
    if (std::fclose(file) != 0 && status.ok()) {
      status = absl::UnavailableError("cannot close a CSV file in " + dir_);
    }
  }
  files_.clear();
  return status;
}

}  // namespace vnie
