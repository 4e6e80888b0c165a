// The matcher with the shipped rule set (patterns/) over the corpus, next to a
// single RE2 scan of the same text: what the rules cost beyond reading the bytes.
// Text is normalized first and matched line by line, as extraction does.
#include <benchmark/benchmark.h>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/loaded_patterns.h"
#include "text/normalizer.h"

namespace {

namespace fs = std::filesystem;

// The corpus, normalized, as lines (a few hundred kB).
const std::vector<std::string>& CorpusLines() {
  static const std::vector<std::string> lines = [] {
    std::vector<std::string> out;
    vnie::Normalizer normalizer;
    for (const auto& entry : fs::directory_iterator(std::string(VNIE_SOURCE_DIR) + "/corpus")) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      std::istringstream text(normalizer.Normalize(buffer.str()).text);
      std::string line;
      while (std::getline(text, line)) {
        if (!line.empty()) out.push_back(line);
      }
    }
    return out;
  }();
  return lines;
}

size_t TotalBytes() {
  size_t total = 0;
  for (const std::string& line : CorpusLines()) total += line.size() + 1;
  return total;
}

void BM_ShippedRulesAllDimensions(benchmark::State& state) {
  auto loaded = vnie::LoadPatterns(std::string(VNIE_SOURCE_DIR) + "/patterns");
  if (!loaded.ok()) {
    state.SkipWithError(std::string(loaded.status().message()).c_str());
    return;
  }
  const auto dimensions = (*loaded)->patterns->dimensions();
  size_t matches = 0;
  for (auto _ : state) {
    for (const std::string& line : CorpusLines()) {
      for (const std::string& dimension : dimensions) {
        matches += (*loaded)->matcher->FindAll(line, dimension).size();
      }
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_ShippedRulesAllDimensions)->Unit(benchmark::kMillisecond);

void BM_SingleRe2Scan(benchmark::State& state) {
  RE2 number("([0-9]+) đảng viên");
  size_t matches = 0;
  for (auto _ : state) {
    for (const std::string& line : CorpusLines()) {
      re2::StringPiece input(line);
      std::string value;
      while (RE2::FindAndConsume(&input, number, &value)) ++matches;
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_SingleRe2Scan)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
