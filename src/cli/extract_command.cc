// vnie extract: one record per document, in input order; a document that
// cannot be read or decoded still gets a record, with status "error".
//
// The work is done by a BatchRunner (src/batch/): the inputs named on the
// command line become a DocumentSource, the requested outputs (JSON Lines on
// stdout or -o, --csv, --sqlite) a RecordSink, and extraction runs on --jobs
// threads with the output in input order.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "batch/batch_runner.h"
#include "batch/document_source.h"
#include "batch/record_sink.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "input/document_reader.h"
#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/sqlite_writer.h"
#include "text/decoder.h"
#include "vnie/extractor.h"

namespace vnie {
namespace {

// The inputs on the command line, read by the input layer (src/input/): files,
// folders, JSONL lines and WARC records, each a document; what cannot be read
// comes as an error item and becomes an error record.
class ReaderSource final : public DocumentSource {
 public:
  explicit ReaderSource(std::unique_ptr<DocumentReader> reader) : reader_(std::move(reader)) {}

  bool Next(Document* document, std::optional<RecordError>* error) override {
    InputItem item;
    if (!reader_->Next(&item)) return false;
    *document = std::move(item.document);
    if (!item.ok()) {
      *error = RecordError{item.error_code.value_or("unreadable"),
                           item.error_message.value_or(document->source)};
    }
    return true;
  }

 private:
  std::unique_ptr<DocumentReader> reader_;
};

// Reports each error record on stderr as it is written (as vnie always has).
class ErrorLogSink final : public RecordSink {
 public:
  explicit ErrorLogSink(bool clear_line) : clear_line_(clear_line) {}
  Status Write(const Record& record) override {
    if (!record.ok()) {
      // Over a progress line, erase it first; the meter redraws it later.
      std::fprintf(stderr, "%svnie: %s\n", clear_line_ ? "\r\033[K" : "",
                   record.error->message.c_str());
    }
    return absl::OkStatus();
  }
  Status Flush() override { return absl::OkStatus(); }

 private:
  bool clear_line_;
};

}  // namespace

int RunExtract(const ExtractFlags& flags) {
  ExtractorOptions options = ExtractorOptionsFromFlags(flags.common);
  options.encoding = flags.encoding;
  options.max_document_bytes = flags.max_document_bytes;
  if (!flags.encoding.empty()) {
    // An encoding nobody knows is a usage error, not one error record per document.
    DecodeOptions probe;
    probe.encoding = flags.encoding;
    if (auto decoded = Decode("", probe); !decoded.ok()) {
      std::cerr << "vnie: --encoding: " << decoded.status().message() << "\n";
      return kExitUsage;
    }
  }
  auto extractor = Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << "vnie: " << extractor.status().message() << "\n";
    return kExitUsage;
  }

  const bool progress = !flags.quiet && ::isatty(STDERR_FILENO) == 1;
  TeeSink sink;
  if (!flags.quiet) sink.Add(std::make_unique<ErrorLogSink>(progress));

  // JSON Lines go to -o FILE, else to stdout unless another output was asked for.
  FILE* json_file = nullptr;
  bool json_to_stdout = flags.output.empty() && flags.csv_dir.empty() && flags.sqlite_path.empty();
  if (!flags.output.empty()) {
    json_file = std::fopen(flags.output.c_str(), "wb");
    if (json_file == nullptr) {
      std::cerr << "vnie: cannot write " << flags.output << "\n";
      return kExitUsage;
    }
  }
  JsonOptions json_options;
  json_options.pretty = flags.pretty;
  json_options.include_rules = flags.rules;
  if (json_file != nullptr || json_to_stdout) {
    sink.Add(std::make_unique<JsonLinesSink>(json_file ? json_file : stdout, json_options));
  }
  if (!flags.csv_dir.empty()) {
    auto csv = CsvWriter::Open(flags.csv_dir);
    if (!csv.ok()) {
      std::cerr << "vnie: " << csv.status().message() << "\n";
      return kExitUsage;
    }
    sink.Add(std::make_unique<CsvSink>(std::move(*csv)));
  }
  if (!flags.sqlite_path.empty()) {
    auto db = SqliteWriter::Open(flags.sqlite_path);
    if (!db.ok()) {
      std::cerr << "vnie: " << db.status().message() << "\n";
      return kExitUsage;
    }
    sink.Add(std::make_unique<SqliteSink>(std::move(*db)));
  }

  BatchOptions batch_options;
  batch_options.jobs = flags.jobs;
  if (flags.batch_size > 0) batch_options.batch_documents = flags.batch_size;
  batch_options.progress = progress;
  BatchRunner runner(**extractor, batch_options);

  InputOptions input_options;
  input_options.input_format = flags.input_format;
  input_options.text_field = flags.text_field;
  input_options.id_field = flags.id_field;
  input_options.max_document_bytes = flags.max_document_bytes;
  auto reader = OpenInputs(flags.paths, input_options);
  if (!reader.ok()) {
    std::cerr << "vnie: " << reader.status().message() << "\n";
    return kExitUsage;
  }
  ReaderSource source(*std::move(reader));
  BatchSummary summary;
  Status status = runner.Run(&source, &sink, &summary);
  Status closed = sink.Close();
  if (status.ok()) status = closed;
  if (json_file != nullptr && std::fclose(json_file) != 0 && status.ok()) {
    status = absl::UnavailableError("cannot write " + flags.output);
  }

  if (!flags.quiet) {
    char line[240];
    std::snprintf(
        line, sizeof line,
        "vnie: %llu documents, %llu ok, %llu errors, %.2f s, %.1f MB/s, %d jobs\n",
        static_cast<unsigned long long>(summary.documents),
        static_cast<unsigned long long>(summary.ok),
        static_cast<unsigned long long>(summary.errors), summary.seconds,
        summary.seconds > 0 ? static_cast<double>(summary.bytes) / 1e6 / summary.seconds : 0.0,
        runner.jobs());
    std::cerr << line;
  }
  if (!status.ok()) {
    std::cerr << "vnie: " << status.message() << "\n";
    return kExitUsage;
  }
  return summary.errors == 0 ? kExitOk : kExitDocumentErrors;
}

}  // namespace vnie
