// The corpus doubles as the end-to-end suite: every article in corpus/ is
// extracted and scored against its gold record the way ../shared/tools/score.py
// scores, and the scores must stay at or above the floors committed here.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/evaluator.h"
#include "eval/record_loader.h"
#include "vnie/extractor.h"

namespace vnie {
namespace {

namespace fs = std::filesystem;

// Floors under which the suite fails. Raise them when extraction improves;
// never lower them to make a change pass.
constexpr double kMinOverallF1 = 0.90;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class CorpusTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    ExtractorOptions options;
    options.patterns_dir = std::string(VNIE_SOURCE_DIR) + "/patterns";
    auto extractor = Extractor::Create(options);
    ASSERT_TRUE(extractor.ok()) << extractor.status().message();
    std::vector<fs::path> articles;
    for (const auto& entry : fs::directory_iterator(corpus_dir())) {
      if (entry.path().extension() == ".txt") articles.push_back(entry.path());
    }
    std::sort(articles.begin(), articles.end());
    records_ = new std::vector<Record>();
    for (const fs::path& path : articles) {
      records_->push_back((*extractor)->Extract({path.filename().string(), ReadFile(path)}));
    }
  }
  static void TearDownTestSuite() { delete records_; }
  static std::string corpus_dir() { return std::string(VNIE_SOURCE_DIR) + "/corpus"; }
  static std::vector<Record>* records_;
};

std::vector<Record>* CorpusTest::records_ = nullptr;

TEST_F(CorpusTest, HasThirtyArticlesWithGold) {
  ASSERT_NE(records_, nullptr);
  EXPECT_GE(records_->size(), 30u);
  for (const Record& record : *records_) {
    fs::path gold = fs::path(corpus_dir()) / record.source;
    gold.replace_extension(".gold.json");
    EXPECT_TRUE(fs::exists(gold)) << "no gold record for " << record.source;
    EXPECT_TRUE(record.ok()) << record.source;
  }
}

TEST_F(CorpusTest, ScoresStayAboveTheFloors) {
  ASSERT_NE(records_, nullptr);
  EvalOptions options;
  options.sources_dir = corpus_dir();
  options.misses = 20;
  auto report = Evaluate(corpus_dir(), *records_, options);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_GE(report->overall_f1, kMinOverallF1) << report->ToText();
  const Tally& spans = report->tally("spans");
  EXPECT_EQ(spans.tp, spans.system) << "every span must hold its evidence\n" << report->ToText();
}

}  // namespace
}  // namespace vnie
