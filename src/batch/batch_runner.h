// Extracts many documents on all cores and writes their records in input
// order, with memory bounded however large the input is.
//
//   vnie::BatchOptions options;                       // all cores
//   vnie::BatchRunner runner(*extractor, options);
//   vnie::BatchSummary summary;
//   vnie::Status status = runner.Run(&source, &sink, &summary);
//
// Why batches and a pipeline: reading and writing must stay serial and
// ordered (a stream on stdin, one output file, one SQLite transaction at a
// time), while extraction is pure and parallel. oneTBB's parallel_pipeline
// runs exactly that shape, serial_in_order read -> parallel extract ->
// serial_in_order write, on a bounded number of batches in flight
// (max_live_batches), so at most that many batches of documents and records
// are in memory at once. Documents travel in batches rather than one by one so
// that the sink is flushed (and SQLite commits) once per batch.
//
// Accounting is exact: one record per document the source produced, in the
// source's order, also when the source reports an unreadable input (an error
// record with the source's code) or when extraction throws (a bug: an error
// record with code "internal"). With jobs = 1 no TBB threads are started.
#ifndef VNIE_BATCH_BATCH_RUNNER_H_
#define VNIE_BATCH_BATCH_RUNNER_H_

#include <cstddef>
#include <cstdint>
#include <functional>

#include "base/status.h"
#include "batch/document_source.h"
#include "batch/record_sink.h"
#include "vnie/extractor.h"
#include "vnie/record.h"

namespace vnie {

struct BatchOptions {
  // Threads extracting at once. 0 (default): every core this process may use
  // (oneTBB's default concurrency). 1: a plain loop on the calling thread.
  int jobs = 0;
  // A batch closes at whichever limit it reaches first: this many documents
  // (default 64) or this many input bytes (default 1 MiB). Larger batches mean
  // fewer flushes and commits; smaller ones, fresher output and less memory.
  size_t batch_documents = 64;
  size_t batch_bytes = size_t{1} << 20;
  // Batches in flight at once (read, extracting or waiting to be written).
  // 0 (default): 2 * jobs + 1, enough to keep every thread busy while the
  // writer waits for the oldest batch. Memory is about this times a batch.
  int max_live_batches = 0;
  // Draw a progress line on stderr (the caller decides: a TTY and not --quiet).
  bool progress = false;
};

struct BatchSummary {
  uint64_t documents = 0;  // records written, one per input
  uint64_t ok = 0;
  uint64_t errors = 0;        // records with `error` set
  uint64_t bytes = 0;         // input bytes of the documents read
  double seconds = 0;         // wall time of Run()
  int peak_live_batches = 0;  // the most batches that were in flight at once
};

// The extraction step, injectable so that tests can make it throw.
using ExtractFunction = std::function<Record(const Document&)>;

class BatchRunner {
 public:
  // Extracts with `extractor`, which must outlive the runner.
  BatchRunner(const Extractor& extractor, const BatchOptions& options);
  // Extracts with any function; it is called from several threads at once.
  BatchRunner(ExtractFunction extract, const BatchOptions& options);

  // Pulls every document from `source`, extracts it and hands the records to
  // `sink` in input order, flushing the sink after each batch (the sink is not
  // closed: the caller may write more). Returns the sink's first failure, which
  // stops the run early; *summary (optional) is filled in either way.
  Status Run(DocumentSource* source, RecordSink* sink, BatchSummary* summary = nullptr) const;

  // The concurrency `options.jobs` resolves to (>= 1).
  int jobs() const { return jobs_; }
  int max_live_batches() const { return max_live_batches_; }

 private:
  ExtractFunction extract_;
  BatchOptions options_;
  int jobs_;
  int max_live_batches_;
};

}  // namespace vnie

#endif  // VNIE_BATCH_BATCH_RUNNER_H_
