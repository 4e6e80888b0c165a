// The read -> extract -> write pipeline; see batch_runner.h.
#include "batch/batch_runner.h"

#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "batch/progress.h"

namespace vnie {
namespace {

// The unit that travels down the pipeline: documents on the way in, replaced
// by their records once extracted.
struct Batch {
  std::vector<Document> documents;
  std::vector<std::optional<RecordError>> read_errors;  // parallel to documents
  std::vector<Record> records;
  uint64_t bytes = 0;
};

Record ErrorRecord(const std::string& source, RecordError error) {
  Record record;
  record.source = source;
  record.error = std::move(error);
  return record;
}

// Everything one Run() shares between its stages.
class Pipeline {
 public:
  Pipeline(const ExtractFunction& extract, const BatchOptions& options, DocumentSource* source,
           RecordSink* sink)
      : extract_(extract), options_(options), source_(*source), sink_(*sink) {
    if (options.progress) progress_.emplace(stderr, source->TotalBytes());
  }

  // Serial: the next batch, or null at the end of the input or after a failure.
  std::unique_ptr<Batch> Read() {
    if (source_done_ || stop_.load(std::memory_order_relaxed)) return nullptr;
    auto batch = std::make_unique<Batch>();
    const size_t max_documents = std::max<size_t>(options_.batch_documents, 1);
    // A batch holds at least one document, whatever the byte limit.
    while (batch->documents.size() < max_documents &&
           (batch->documents.empty() || batch->bytes < options_.batch_bytes)) {
      Document document;
      std::optional<RecordError> error;
      bool more;
      try {
        more = source_.Next(&document, &error);
      } catch (const std::exception& e) {
        // A source should report bad inputs as errors, not throw; if one does,
        // say so in the output and end the input there, since where it stopped
        // reading is unknown.
        batch->documents.emplace_back();
        batch->read_errors.push_back(
            RecordError{"internal", std::string("the input failed: ") + e.what()});
        source_done_ = true;
        break;
      }
      if (!more) {
        source_done_ = true;
        break;
      }
      batch->bytes += document.bytes.size();
      batch->documents.push_back(std::move(document));
      batch->read_errors.push_back(std::move(error));
    }
    if (batch->documents.empty()) return nullptr;
    int live = live_.fetch_add(1) + 1;
    int peak = peak_live_.load();
    while (live > peak && !peak_live_.compare_exchange_weak(peak, live)) {
    }
    return batch;
  }

  // Parallel: replaces the batch's documents with their records.
  void Extract(Batch* batch) const {
    batch->records.reserve(batch->documents.size());
    for (size_t i = 0; i < batch->documents.size(); ++i) {
      Document& document = batch->documents[i];
      if (batch->read_errors[i]) {
        batch->records.push_back(ErrorRecord(document.source, std::move(*batch->read_errors[i])));
        continue;
      }
      try {
        batch->records.push_back(extract_(document));
      } catch (const std::exception& e) {
        batch->records.push_back(
            ErrorRecord(document.source,
                        {"internal", "internal error in " + document.source + ": " + e.what()}));
      } catch (...) {
        batch->records.push_back(
            ErrorRecord(document.source, {"internal", "internal error in " + document.source}));
      }
      // The text is no longer needed; free it before the batch waits its turn.
      std::string().swap(document.bytes);
    }
  }

  // Serial, in input order: hands the records to the sink and flushes it.
  void Write(std::unique_ptr<Batch> batch) {
    live_.fetch_sub(1);
    if (!status_.ok()) return;  // draining after a failure
    Status status;
    for (const Record& record : batch->records) {
      status = sink_.Write(record);
      if (!status.ok()) break;
      ++summary_.documents;
      if (record.ok()) {
        ++summary_.ok;
      } else {
        ++summary_.errors;
      }
    }
    if (status.ok()) status = sink_.Flush();
    summary_.bytes += batch->bytes;
    if (!status.ok()) {
      status_ = status;
      stop_.store(true, std::memory_order_relaxed);
    }
    if (progress_) progress_->Update(summary_.documents, summary_.bytes);
  }

  Status Finish(BatchSummary* summary) {
    if (progress_) progress_->Finish();
    summary_.peak_live_batches = peak_live_.load();
    if (summary) *summary = summary_;
    return status_;
  }

  BatchSummary* summary() { return &summary_; }

 private:
  const ExtractFunction& extract_;
  const BatchOptions& options_;
  DocumentSource& source_;
  RecordSink& sink_;
  std::optional<ProgressMeter> progress_;
  bool source_done_ = false;
  std::atomic<bool> stop_{false};
  std::atomic<int> live_{0};
  std::atomic<int> peak_live_{0};
  BatchSummary summary_;
  Status status_;
};

}  // namespace

BatchRunner::BatchRunner(const Extractor& extractor, const BatchOptions& options)
    : BatchRunner([&extractor](const Document& document) { return extractor.Extract(document); },
                  options) {}

BatchRunner::BatchRunner(ExtractFunction extract, const BatchOptions& options)
    : extract_(std::move(extract)), options_(options) {
  jobs_ = options.jobs > 0 ? options.jobs : std::max(tbb::info::default_concurrency(), 1);
  max_live_batches_ = options.max_live_batches > 0 ? options.max_live_batches : 2 * jobs_ + 1;
}

Status BatchRunner::Run(DocumentSource* source, RecordSink* sink, BatchSummary* summary) const {
  auto start = std::chrono::steady_clock::now();
  Pipeline run(extract_, options_, source, sink);
  if (jobs_ == 1) {
    // No pipeline: the same stages in a loop, one batch alive at a time.
    while (auto batch = run.Read()) {
      run.Extract(batch.get());
      run.Write(std::move(batch));
    }
  } else {
    // More jobs than cores is the user's call (e.g. documents that wait on I/O);
    // without raising the global limit TBB would ignore the extra threads.
    std::optional<tbb::global_control> allow;
    if (jobs_ > tbb::info::default_concurrency()) {
      allow.emplace(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(jobs_));
    }
    tbb::task_arena arena(jobs_);
    arena.execute([&] {
      tbb::parallel_pipeline(
          static_cast<size_t>(max_live_batches_),
          tbb::make_filter<void, Batch*>(tbb::filter_mode::serial_in_order,
                                         [&](tbb::flow_control& control) -> Batch* {
                                           std::unique_ptr<Batch> batch = run.Read();
                                           if (!batch) control.stop();
                                           return batch.release();
                                         }) &
              tbb::make_filter<Batch*, Batch*>(tbb::filter_mode::parallel,
                                               [&](Batch* batch) {
                                                 run.Extract(batch);
                                                 return batch;
                                               }) &
              tbb::make_filter<Batch*, void>(tbb::filter_mode::serial_in_order, [&](Batch* batch) {
                run.Write(std::unique_ptr<Batch>(batch));
              }));
    });
  }
  run.summary()->seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return run.Finish(summary);
}

}  // namespace vnie
