// The vnie binary as a user runs it: exit codes, one record per document, and
// nothing lost when a document is bad.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support/shell.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "re2/re2.h"

namespace {

namespace fs = std::filesystem;

using RunResult = vnie::testing_support::ShellResult;
using vnie::testing_support::RunVnie;

class CliTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vnie_cli_test_" + std::to_string(::getpid()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  fs::path dir_;
};

size_t CountLines(const std::string& text) {
  size_t lines = 0;
  for (char c : text) lines += c == '\n';
  return lines;
}

TEST_F(CliTest, VersionAndHelpExitZero) {
  RunResult version = RunVnie("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("vnie"), std::string::npos);
  EXPECT_EQ(RunVnie("--help").exit_code, 0);
}

TEST_F(CliTest, BadOptionIsAUsageError) {
  EXPECT_EQ(RunVnie("extract --no-such-flag x.txt").exit_code, 2);
  EXPECT_EQ(RunVnie("").exit_code, 2);
}

TEST_F(CliTest, NormalizeMissingFileExitsTwo) {
  EXPECT_EQ(RunVnie("normalize " + (dir_ / "missing.txt").string()).exit_code, 2);
}

TEST_F(CliTest, NormalizeWritesNormalizedText) {
  // "Hoà" in the new style and a no-break space become "Hòa" and a space.
  std::string path = Write("a.txt", "Ho\xc3\xa0\xc2\xa0""B\xc3\xacnh\n");
  RunResult run = RunVnie("normalize " + path);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "H\xc3\xb2""a B\xc3\xacnh\n");
}

TEST_F(CliTest, ExtractWritesOneRecordPerDocumentAndKeepsBadOnes) {
  Write("docs/a.txt", "Chi bộ có 12 đảng viên.\n");
  Write("docs/b.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Write("docs/c.gold.json", "{}");  // not a document
  Write("docs/sub/d.txt", "Xã có 3 chi bộ.\n");
  RunResult run = RunVnie("extract " + (dir_ / "docs").string() + " " + (dir_ / "missing.txt").string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(CountLines(run.out), 4u) << run.out;
  EXPECT_NE(run.out.find("\"status\":\"error\""), std::string::npos);
  EXPECT_NE(run.out.find("\"undecodable\""), std::string::npos);
  EXPECT_NE(run.out.find("\"not-found\""), std::string::npos);
  // Sorted order: a.txt, b.txt, sub/d.txt, then the missing path.
  EXPECT_LT(run.out.find("a.txt"), run.out.find("b.txt"));
  EXPECT_LT(run.out.find("b.txt"), run.out.find("d.txt"));
}

TEST_F(CliTest, ExtractAllGoodExitsZero) {
  std::string path = Write("a.txt", "Chi bộ có 12 đảng viên.\n");
  RunResult run = RunVnie("extract " + path);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("\"schema\":\"vnie/1\""), std::string::npos);
  EXPECT_NE(run.out.find("\"value\":12"), std::string::npos);
}

TEST_F(CliTest, BrokenPatternsAreAUsageErrorNamingTheFile) {
  std::string patterns = (dir_ / "patterns").string();
  fs::copy(std::string(VNIE_SOURCE_DIR) + "/patterns", patterns, fs::copy_options::recursive);
  Write("patterns/figures/broken.toml", "[[rule]]\nname = \"broken\"\nregex = '''(unclosed'''\n");
  std::string article = Write("a.txt", "Chi bộ có 12 đảng viên.\n");
  std::string command = std::string(VNIE_BINARY) + " extract --patterns " + patterns + " " +
                        article + " 2>&1";
  RunResult run = vnie::testing_support::RunShell(command);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("broken.toml:"), std::string::npos) << run.out;
}

TEST_F(CliTest, PatternsTestPassesOnShippedPatterns) {
  RunResult run = RunVnie("patterns test");
  EXPECT_EQ(run.exit_code, 0) << run.out;
  EXPECT_NE(run.out.find("0 failed"), std::string::npos) << run.out;
}

// The columns of one line of `patterns list --regex`.
std::vector<std::string> Columns(const std::string& line) {
  std::vector<std::string> columns;
  size_t start = 0, tab;
  while ((tab = line.find('\t', start)) != std::string::npos && columns.size() < 5) {
    columns.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  columns.push_back(line.substr(start));
  return columns;
}

TEST_F(CliTest, PatternsListRegexGivesTheRegexesRe2Runs) {
  RunResult run = RunVnie("patterns list --regex");
  ASSERT_EQ(run.exit_code, 0);
  const std::vector<std::string> lines = vnie::testing_support::Lines(run.out);
  ASSERT_GT(lines.size(), 20u);
  bool members_count_seen = false;
  for (const std::string& line : lines) {
    const std::vector<std::string> columns = Columns(line);
    ASSERT_EQ(columns.size(), 6u) << line;
    const std::string& boundaries = columns[4];
    EXPECT_TRUE(boundaries == "-" || boundaries == "<" || boundaries == ">" || boundaries == "<>")
        << line;
    RE2 regex(columns[5]);
    EXPECT_TRUE(regex.ok()) << columns[1] << ": " << regex.error();
    EXPECT_EQ(columns[5].find("{number}"), std::string::npos) << "macros are expanded: " << line;
    if (columns[1] == "members-count") {
      members_count_seen = true;
      EXPECT_TRUE(RE2::PartialMatch("Chi bộ có 25 đảng viên.", regex)) << columns[5];
    }
  }
  EXPECT_TRUE(members_count_seen);
}

TEST_F(CliTest, PythonBaselineRunsTheExportedRules) {
  // bench/python_baseline.py is the yardstick of bench/run: it must run vnie's
  // own rules, translated to Python, and find what they find.
  const std::string rules = (dir_ / "rules.tsv").string();
  ASSERT_EQ(RunVnie("patterns list --regex > " + rules).exit_code, 0);
  const std::string article = Write("a.txt", "Chi bộ có 25 đảng viên, kết nạp 3 đảng viên mới.\n");
  RunResult run = vnie::testing_support::RunShell(
      "python3 " + std::string(VNIE_SOURCE_DIR) + "/bench/python_baseline.py --rules " + rules +
      " " + article + " 2>&1");
  ASSERT_EQ(run.exit_code, 0) << run.out;
  EXPECT_NE(run.out.find("\"rule\": \"members-count\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"value\": 25"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"value\": 3"), std::string::npos) << run.out;
}

}  // namespace
