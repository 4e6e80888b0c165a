// Throughput of extraction in-process, without process start-up or pattern
// loading: Extractor::Extract on one corpus article at a time, and the
// BatchRunner over the whole corpus with 1 and 2 jobs (output discarded).
// bench/run measures the same end to end, with the binary.
//
//   cmake --build build --target extract_bench && build/bench/extract_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "batch/batch_runner.h"
#include "vnie/extractor.h"

namespace vnie {
namespace {

const Extractor& SharedExtractor() {
  static const Extractor* extractor = [] {
    ExtractorOptions options;
    options.patterns_dir = std::string(VNIE_SOURCE_DIR) + "/patterns";
    auto created = Extractor::Create(options);
    if (!created.ok()) std::abort();
    return created->release();
  }();
  return *extractor;
}

const std::vector<Document>& CorpusDocuments() {
  static const std::vector<Document> documents = [] {
    std::vector<std::filesystem::path> paths;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(VNIE_SOURCE_DIR) + "/corpus")) {
      if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<Document> docs;
    for (const auto& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      docs.emplace_back(path.filename().string(), text.str());
    }
    return docs;
  }();
  return documents;
}

void BM_ExtractCorpus(benchmark::State& state) {
  const Extractor& extractor = SharedExtractor();
  const auto& documents = CorpusDocuments();
  for (const Document& d : documents) extractor.Extract(d);  // warm caches (RE2 DFAs)
  size_t bytes = 0;
  for (auto _ : state) {
    for (const Document& d : documents) {
      benchmark::DoNotOptimize(extractor.Extract(d));
      bytes += d.bytes.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(documents.size()));
}
BENCHMARK(BM_ExtractCorpus)->Unit(benchmark::kMillisecond);

class NullSink final : public RecordSink {
 public:
  Status Write(const Record& record) override {
    benchmark::DoNotOptimize(record.figures.size());
    return absl::OkStatus();
  }
  Status Flush() override { return absl::OkStatus(); }
};

void BM_BatchRunner(benchmark::State& state) {
  const Extractor& extractor = SharedExtractor();
  const auto& documents = CorpusDocuments();
  for (const Document& d : documents) extractor.Extract(d);
  BatchOptions options;
  options.jobs = static_cast<int>(state.range(0));
  options.batch_documents = 4;
  BatchRunner runner(extractor, options);
  constexpr int kCopies = 4;
  uint64_t bytes = 0, items = 0;
  for (auto _ : state) {
    size_t next = 0;
    CallbackSource source([&](Document* document, std::optional<RecordError>*) {
      if (next == documents.size() * kCopies) return false;
      *document = documents[next++ % documents.size()];
      return true;
    });
    NullSink sink;
    BatchSummary summary;
    if (!runner.Run(&source, &sink, &summary).ok()) std::abort();
    bytes += summary.bytes;
    items += summary.documents;
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(items));
}
BENCHMARK(BM_BatchRunner)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace vnie

BENCHMARK_MAIN();
