// Tests for eval/evaluator.h and eval/record_loader.h.
//
// testdata/ holds three gold records, system records for two of them
// (system.jsonl, made by make_system.py with deliberate hits and misses) and
// the two articles, written for these tests. The expected_report*.{txt,json}
// files are what /work/shared/tools/score.py printed for them:
//   cd tests/eval/testdata
//   python3 /work/shared/tools/score.py gold system.jsonl --sources sources --misses 20
//   python3 /work/shared/tools/score.py gold system.jsonl --sources sources --json
//   python3 /work/shared/tools/score.py gold system.jsonl --misses 3
// so the port must reproduce them byte for byte.
#include "eval/evaluator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "eval/record_loader.h"
#include "output/json_writer.h"

namespace vnie {
namespace {

const std::string kTestData = std::string(VNIE_SOURCE_DIR) + "/tests/eval/testdata";

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << path;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<Record> LoadOrDie(const std::string& path) {
  StatusOr<std::vector<Record>> records = LoadRecords(path);
  EXPECT_TRUE(records.ok()) << path << ": " << records.status();
  return records.ok() ? *records : std::vector<Record>{};
}

TEST(EvaluatorTest, ReportWithSpansMatchesScorePy) {
  std::vector<Record> system = LoadOrDie(kTestData + "/system.jsonl");
  ASSERT_EQ(system.size(), 3u);
  EvalOptions options{.sources_dir = kTestData + "/sources", .misses = 20};
  StatusOr<EvalReport> report = Evaluate(kTestData + "/gold", system, options);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->ToText(), ReadText(kTestData + "/expected_report.txt"));
  EXPECT_EQ(report->ToJson(), ReadText(kTestData + "/expected_report.json"));

  // The headline numbers, spelled out so a failure reads plainly.
  const Tally& people = report->tally("people");
  EXPECT_EQ(people.tp, 3);
  EXPECT_EQ(people.system, 5);
  EXPECT_EQ(people.gold, 5);
  EXPECT_EQ(report->tally("roles").tp, 2);
  EXPECT_EQ(report->tally("roles").gold, 8);
  EXPECT_EQ(report->tally("figures").tp, 11);
  EXPECT_EQ(report->tally("figures:percent").tp, 3);
  EXPECT_EQ(report->tally("cells").tp, 2);
  EXPECT_EQ(report->tally("spans").tp, 17);
  EXPECT_EQ(report->tally("spans").system, 22);
  EXPECT_DOUBLE_EQ(report->overall_f1, 0.5658456486042693);
  EXPECT_EQ(report->missing_documents, std::vector<std::string>{"ha-my"});
}

TEST(EvaluatorTest, ReportWithoutSourcesMatchesScorePy) {
  std::vector<Record> system = LoadOrDie(kTestData + "/system.jsonl");
  EvalOptions options;
  options.misses = 3;
  StatusOr<EvalReport> report = Evaluate(kTestData + "/gold", system, options);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_FALSE(report->spans_checked);
  EXPECT_EQ(report->tally("spans").system, 0);
  EXPECT_EQ(report->ToText(), ReadText(kTestData + "/expected_report_nosources.txt"));
}

TEST(EvaluatorTest, RecordsWrittenByJsonWriterScoreTheSame) {
  std::vector<Record> system = LoadOrDie(kTestData + "/system.jsonl");
  std::string jsonl;
  JsonWriter writer;
  for (const Record& r : system) {
    writer.AppendTo(r, &jsonl);
    jsonl += '\n';
  }
  std::string path = (std::filesystem::temp_directory_path() / "vnie_eval_test.jsonl").string();
  std::ofstream(path, std::ios::binary) << jsonl;
  std::vector<Record> reread = LoadOrDie(path);
  std::filesystem::remove(path);
  EvalOptions options{.sources_dir = kTestData + "/sources", .misses = 20};
  StatusOr<EvalReport> report = Evaluate(kTestData + "/gold", reread, options);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->ToText(), ReadText(kTestData + "/expected_report.txt"));
}

TEST(EvaluatorTest, GoldAgainstItselfScoresOne) {
  std::vector<Record> gold = LoadOrDie(kTestData + "/gold");
  ASSERT_EQ(gold.size(), 3u);
  StatusOr<EvalReport> report = Score(gold, gold);
  ASSERT_TRUE(report.ok()) << report.status();
  for (const auto& [name, tally] : report->tallies) {
    EXPECT_EQ(tally.F1(), 1.0) << name << " tp=" << tally.tp << " sys=" << tally.system
                               << " gold=" << tally.gold;
  }
  EXPECT_EQ(report->overall_f1, 1.0);
}

TEST(EvaluatorTest, UnreadableGoldIsAnErrorNamingThePath) {
  StatusOr<EvalReport> report = Evaluate(kTestData + "/no-such-gold.json", {}, {});
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.status().message().find("no-such-gold.json"), std::string::npos)
      << report.status();
}

TEST(TallyTest, EmptyCategoriesFollowScorePy) {
  struct Case {
    Tally tally;
    double p, r, f;
  };
  const Case cases[] = {
      {{0, 0, 0}, 1.0, 1.0, 1.0},  // nothing expected, nothing proposed
      {{0, 3, 0}, 0.0, 0.0, 0.0},  // only proposals
      {{0, 0, 2}, 0.0, 0.0, 0.0},  // only gold
      {{1, 2, 4}, 0.5, 0.25, 2 * 0.5 * 0.25 / 0.75},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE("tp=" + std::to_string(c.tally.tp) + " sys=" + std::to_string(c.tally.system) +
                 " gold=" + std::to_string(c.tally.gold));
    EXPECT_EQ(c.tally.Precision(), c.p);
    EXPECT_EQ(c.tally.Recall(), c.r);
    EXPECT_EQ(c.tally.F1(), c.f);
  }
}

TEST(DocKeyTest, BaseNameWithoutExtensionLikeSplitext) {
  struct Case {
    std::string source;
    std::string key;
  };
  const Case cases[] = {
      {"corpus/articles/tam-dao.txt", "tam-dao"},
      {"tam-dao", "tam-dao"},
      {"a/b.c/d", "d"},
      {"x.tar.gz", "x.tar"},
      {".env", ".env"},
      {"..a", "..a"},
      {"dir/.hidden.txt", ".hidden"},
      {"-", "-"},
      {"", ""},
      {"dir/", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(DocKey(c.source), c.key) << "source " << c.source;
}

TEST(LoadRecordsTest, ReadsDirectoriesJsonLinesAndArrays) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "vnie_load_records_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "gold");
  std::ofstream(dir / "gold" / "b.json") << R"({"source": "b.txt"})";
  std::ofstream(dir / "gold" / "a.json") << R"({"source": "a.txt"})";
  std::ofstream(dir / "gold" / "notes.md") << "not a record";
  std::ofstream(dir / "list.json") << R"([{"source": "x"}, {"source": "y"}])";
  std::ofstream(dir / "lines.jsonl") << "{\"source\": \"p\"}\n\n  \n{\"source\": \"q\"}\n";
  std::ofstream(dir / "bad.jsonl") << "{\"source\": \"p\"}\n{\"source\": 7}\n";

  struct Case {
    std::string path;
    std::vector<std::string> sources;
  };
  const Case cases[] = {
      {"gold", {"a.txt", "b.txt"}},  // sorted by file name, *.json only
      {"list.json", {"x", "y"}},
      {"lines.jsonl", {"p", "q"}},
  };
  for (const Case& c : cases) {
    StatusOr<std::vector<Record>> records = LoadRecords((dir / c.path).string());
    ASSERT_TRUE(records.ok()) << c.path << ": " << records.status();
    std::vector<std::string> sources;
    for (const Record& r : *records) sources.push_back(r.source);
    EXPECT_EQ(sources, c.sources) << c.path;
  }
  StatusOr<std::vector<Record>> bad = LoadRecords((dir / "bad.jsonl").string());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("bad.jsonl:2: source"), std::string::npos) << bad.status();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vnie
