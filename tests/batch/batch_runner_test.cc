// BatchRunner: records come out in input order whatever the thread count, one
// per document even when extraction throws, flushed per batch, and with a
// bounded number of batches in memory.
#include "batch/batch_runner.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "batch/progress.h"

namespace vnie {
namespace {

// `count` small documents "doc-0" ... with varied sizes; documents whose
// index is in `unreadable` come with a read error instead.
class GeneratedSource final : public DocumentSource {
 public:
  explicit GeneratedSource(int count, std::vector<int> unreadable = {})
      : count_(count), unreadable_(std::move(unreadable)) {}
  bool Next(Document* document, std::optional<RecordError>* error) override {
    if (next_ == count_) return false;
    int i = next_++;
    document->source = "doc-" + std::to_string(i);
    for (int u : unreadable_) {
      if (u == i) {
        *error = RecordError{"unreadable", document->source + ": cannot read"};
        return true;
      }
    }
    document->bytes =
        "Chi bộ số " + std::to_string(i) + std::string(static_cast<size_t>(i % 37), '.');
    read_.fetch_add(1);
    return true;
  }
  int read() const { return read_.load(); }

 private:
  int count_;
  std::vector<int> unreadable_;
  int next_ = 0;
  std::atomic<int> read_{0};
};

// Keeps what it is given; optionally fails at the n-th record.
class CollectingSink final : public RecordSink {
 public:
  Status Write(const Record& record) override {
    if (fail_at_ >= 0 && static_cast<int>(records.size()) == fail_at_) {
      return absl::UnavailableError("disk full");
    }
    records.push_back(record);
    return absl::OkStatus();
  }
  Status Flush() override {
    ++flushes;
    return absl::OkStatus();
  }
  void FailAt(int n) { fail_at_ = n; }

  std::vector<Record> records;
  int flushes = 0;

 private:
  int fail_at_ = -1;
};

// A stand-in extractor: echoes the document, after a delay that varies by
// document so that parallel batches finish out of order.
Record SlowEcho(const Document& document) {
  size_t n = document.bytes.size();
  std::this_thread::sleep_for(std::chrono::microseconds((n * 7919) % 300));
  Record record;
  record.source = document.source;
  record.title = document.bytes;
  return record;
}

TEST(BatchRunnerTest, OutputOrderIsInputOrderForAnyJobs) {
  for (int jobs : {1, 4}) {
    SCOPED_TRACE("jobs=" + std::to_string(jobs));
    BatchOptions options;
    options.jobs = jobs;
    options.batch_documents = 3;  // many batches, so order across batches is exercised
    BatchRunner runner(SlowEcho, options);
    GeneratedSource source(200);
    CollectingSink sink;
    BatchSummary summary;
    ASSERT_TRUE(runner.Run(&source, &sink, &summary).ok());
    ASSERT_EQ(sink.records.size(), 200u);
    for (int i = 0; i < 200; ++i) {
      ASSERT_EQ(sink.records[i].source, "doc-" + std::to_string(i)) << "position " << i;
      ASSERT_TRUE(sink.records[i].title.has_value());
    }
    EXPECT_EQ(summary.documents, 200u);
    EXPECT_EQ(summary.ok, 200u);
    EXPECT_EQ(summary.errors, 0u);
    EXPECT_GT(summary.bytes, 0u);
    EXPECT_EQ(runner.jobs(), jobs);
  }
}

TEST(BatchRunnerTest, ThrowingExtractionStillGivesOneRecordPerDocument) {
  for (int jobs : {1, 4}) {
    SCOPED_TRACE("jobs=" + std::to_string(jobs));
    BatchOptions options;
    options.jobs = jobs;
    options.batch_documents = 8;
    BatchRunner runner(
        [](const Document& document) {
          if (document.source == "doc-57" || document.source == "doc-130") {
            throw std::runtime_error("index out of range");
          }
          return SlowEcho(document);
        },
        options);
    GeneratedSource source(200);
    CollectingSink sink;
    BatchSummary summary;
    ASSERT_TRUE(runner.Run(&source, &sink, &summary).ok());
    ASSERT_EQ(sink.records.size(), 200u);
    EXPECT_EQ(summary.documents, 200u);
    EXPECT_EQ(summary.errors, 2u);
    for (int i : {57, 130}) {
      const Record& r = sink.records[i];
      EXPECT_EQ(r.source, "doc-" + std::to_string(i));
      ASSERT_FALSE(r.ok()) << r.source;
      EXPECT_EQ(r.error->code, "internal");
      EXPECT_NE(r.error->message.find("index out of range"), std::string::npos) << r.error->message;
    }
    EXPECT_TRUE(sink.records[58].ok());
  }
}

TEST(BatchRunnerTest, UnreadableInputsBecomeErrorRecordsWithoutExtraction) {
  std::atomic<int> extracted{0};
  BatchOptions options;
  options.jobs = 2;
  BatchRunner runner(
      [&](const Document& document) {
        ++extracted;
        return SlowEcho(document);
      },
      options);
  GeneratedSource source(20, {0, 7, 19});
  CollectingSink sink;
  BatchSummary summary;
  ASSERT_TRUE(runner.Run(&source, &sink, &summary).ok());
  ASSERT_EQ(sink.records.size(), 20u);
  EXPECT_EQ(extracted.load(), 17);
  EXPECT_EQ(summary.errors, 3u);
  for (int i : {0, 7, 19}) {
    ASSERT_FALSE(sink.records[i].ok()) << i;
    EXPECT_EQ(sink.records[i].error->code, "unreadable");
    EXPECT_EQ(sink.records[i].source, "doc-" + std::to_string(i));
  }
}

TEST(BatchRunnerTest, SinkIsFlushedOncePerBatch) {
  BatchOptions options;
  options.jobs = 2;
  options.batch_documents = 16;
  BatchRunner runner(SlowEcho, options);
  GeneratedSource source(200);
  CollectingSink sink;
  ASSERT_TRUE(runner.Run(&source, &sink).ok());
  EXPECT_EQ(sink.flushes, 13);  // ceil(200 / 16)
}

TEST(BatchRunnerTest, BatchClosesAtByteLimit) {
  BatchOptions options;
  options.jobs = 1;
  options.batch_documents = 1000;
  options.batch_bytes = 0;  // every document fills a batch
  BatchRunner runner(SlowEcho, options);
  GeneratedSource source(30);
  CollectingSink sink;
  ASSERT_TRUE(runner.Run(&source, &sink).ok());
  EXPECT_EQ(sink.flushes, 30);
}

// The runner must not read ahead of the writer by more than its live batches,
// whatever the input size: that is what bounds memory.
TEST(BatchRunnerTest, BatchesInFlightAreBounded) {
  BatchOptions options;
  options.jobs = 4;
  options.batch_documents = 2;
  options.max_live_batches = 3;
  GeneratedSource* source_ptr = nullptr;
  std::atomic<int> max_ahead{0};
  int written = 0;
  class WatchingSink final : public RecordSink {
   public:
    WatchingSink(GeneratedSource** source, std::atomic<int>* max_ahead, int* written)
        : source_(source), max_ahead_(max_ahead), written_(written) {}
    Status Write(const Record&) override {
      int ahead = (*source_)->read() - *written_;
      if (ahead > max_ahead_->load()) max_ahead_->store(ahead);
      ++*written_;
      return absl::OkStatus();
    }
    Status Flush() override { return absl::OkStatus(); }

   private:
    GeneratedSource** source_;
    std::atomic<int>* max_ahead_;
    int* written_;
  } sink(&source_ptr, &max_ahead, &written);
  BatchRunner runner(SlowEcho, options);
  GeneratedSource source(300);
  source_ptr = &source;
  BatchSummary summary;
  ASSERT_TRUE(runner.Run(&source, &sink, &summary).ok());
  EXPECT_EQ(written, 300);
  EXPECT_LE(summary.peak_live_batches, 3);
  EXPECT_GE(summary.peak_live_batches, 1);
  // Documents read but not yet written: at most 3 batches of 2.
  EXPECT_LE(max_ahead.load(), 6);
}

TEST(BatchRunnerTest, SinkFailureStopsTheRun) {
  BatchOptions options;
  options.jobs = 2;
  options.batch_documents = 4;
  options.max_live_batches = 2;
  BatchRunner runner(SlowEcho, options);
  GeneratedSource source(500);
  CollectingSink sink;
  sink.FailAt(10);
  BatchSummary summary;
  Status status = runner.Run(&source, &sink, &summary);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("disk full"), std::string_view::npos) << status;
  EXPECT_EQ(summary.documents, 10u);
  EXPECT_LT(source.read(), 100) << "the run went on reading after the sink failed";
}

TEST(BatchRunnerTest, ThrowingSourceEndsWithAnInternalRecord) {
  int calls = 0;
  CallbackSource source([&](Document* document, std::optional<RecordError>*) {
    if (calls == 5) throw std::runtime_error("truncated archive");
    document->source = "doc-" + std::to_string(calls++);
    document->bytes = "x";
    return true;
  });
  BatchOptions options;
  options.jobs = 2;
  BatchRunner runner(SlowEcho, options);
  CollectingSink sink;
  ASSERT_TRUE(runner.Run(&source, &sink).ok());
  ASSERT_EQ(sink.records.size(), 6u);
  ASSERT_FALSE(sink.records[5].ok());
  EXPECT_EQ(sink.records[5].error->code, "internal");
  EXPECT_NE(sink.records[5].error->message.find("truncated archive"), std::string::npos);
}

TEST(BatchRunnerTest, EmptyInputWritesNothing) {
  BatchRunner runner(SlowEcho, BatchOptions{});
  GeneratedSource source(0);
  CollectingSink sink;
  BatchSummary summary;
  ASSERT_TRUE(runner.Run(&source, &sink, &summary).ok());
  EXPECT_TRUE(sink.records.empty());
  EXPECT_EQ(summary.documents, 0u);
  EXPECT_GE(runner.jobs(), 1);
  EXPECT_EQ(runner.max_live_batches(), 2 * runner.jobs() + 1);
}

TEST(ProgressTest, FormatsRateAndEta) {
  struct Case {
    uint64_t documents, bytes;
    double seconds;
    std::optional<uint64_t> total;
    std::string expected;
  };
  const Case cases[] = {
      {10, 5000000, 1.0, std::nullopt, "vnie: 10 documents, 5.0 MB, 5.0 MB/s"},
      {10, 5000000, 1.0, 65000000, "vnie: 10 documents, 5.0 MB, 5.0 MB/s, ETA 0:12"},
      {0, 0, 0.0, 100, "vnie: 0 documents, 0.0 MB, 0.0 MB/s"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FormatProgress(c.documents, c.bytes, c.seconds, c.total), c.expected)
        << c.documents << " documents, " << c.bytes << " bytes";
  }
}

}  // namespace
}  // namespace vnie
