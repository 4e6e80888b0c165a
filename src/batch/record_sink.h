// Where a batch run puts its records: an interface that receives every Record
// in input order, plus the sinks vnie ships (JSON Lines, CSV, SQLite, and a
// tee that feeds several at once). All of them serialize the same Record, so
// the formats never disagree.
//
// The BatchRunner calls a sink from one thread at a time (its serial output
// stage): Write() for each record of a batch, then Flush() once per batch, so
// a consumer reading the output as it grows sees whole batches, and a
// database commits one transaction per batch.
#ifndef VNIE_BATCH_RECORD_SINK_H_
#define VNIE_BATCH_RECORD_SINK_H_

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/sqlite_writer.h"
#include "vnie/record.h"

namespace vnie {

class RecordSink {
 public:
  virtual ~RecordSink() = default;
  // Takes the next record in input order. A failure (disk full, closed pipe)
  // stops the run.
  virtual Status Write(const Record& record) = 0;
  // End of a batch: make everything written so far visible downstream.
  virtual Status Flush() = 0;
  // End of the run. Default: Flush().
  virtual Status Close() { return Flush(); }
};

// One JSON text per record, each followed by '\n' (JSON Lines; with
// options.pretty, indented records one after another). Buffers a batch and
// writes it with one fwrite + fflush at Flush(). Does not own `out`.
class JsonLinesSink final : public RecordSink {
 public:
  JsonLinesSink(FILE* out, const JsonOptions& options);
  Status Write(const Record& record) override;
  Status Flush() override;

 private:
  FILE* out_;
  JsonWriter writer_;
  std::string buffer_;
};

class CsvSink final : public RecordSink {
 public:
  explicit CsvSink(std::unique_ptr<CsvWriter> writer) : writer_(std::move(writer)) {}
  Status Write(const Record& record) override { return writer_->Write(record); }
  Status Flush() override { return writer_->Flush(); }
  Status Close() override { return writer_->Close(); }

 private:
  std::unique_ptr<CsvWriter> writer_;
};

class SqliteSink final : public RecordSink {
 public:
  explicit SqliteSink(std::unique_ptr<SqliteWriter> writer) : writer_(std::move(writer)) {}
  Status Write(const Record& record) override { return writer_->Write(record); }
  Status Flush() override { return writer_->Flush(); }
  Status Close() override { return writer_->Close(); }

 private:
  std::unique_ptr<SqliteWriter> writer_;
};

// Passes every call to each of its sinks in turn; the first failure wins.
class TeeSink final : public RecordSink {
 public:
  void Add(std::unique_ptr<RecordSink> sink) { sinks_.push_back(std::move(sink)); }
  bool empty() const { return sinks_.empty(); }
  Status Write(const Record& record) override;
  Status Flush() override;
  Status Close() override;

 private:
  std::vector<std::unique_ptr<RecordSink>> sinks_;
};

}  // namespace vnie

#endif  // VNIE_BATCH_RECORD_SINK_H_
