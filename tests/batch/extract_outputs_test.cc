// `vnie extract` as a user runs it at scale: --jobs does not change the output,
// and the JSON Lines, CSV and SQLite outputs of one run describe the same
// records.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "rapidjson/document.h"

#include "support/shell.h"

namespace {

namespace fs = std::filesystem;

using vnie::testing_support::RunShell;
using RunResult = vnie::testing_support::ShellResult;

RunResult Shell(const std::string& command) { return RunShell(command + " 2>/dev/null"); }

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

size_t CountLines(const std::string& text, const char* end = "\n") {
  size_t lines = 0;
  for (size_t at = text.find(end); at != std::string::npos; at = text.find(end, at + 1)) ++lines;
  return lines;
}

int64_t QueryCount(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  int64_t value = -1;
  if (sqlite3_open(db_path.c_str(), &db) == SQLITE_OK) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
      value = sqlite3_column_int64(statement, 0);
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(db);
  return value;
}

class ExtractOutputsTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() / ("vnie_outputs_test_" + std::to_string(::getpid()) + "_" +
                                     testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  const std::string vnie_ = VNIE_BINARY;
  const std::string corpus_ = std::string(VNIE_SOURCE_DIR) + "/corpus";
  fs::path dir_;
};

TEST_F(ExtractOutputsTest, JobsDoNotChangeTheOutput) {
  RunResult one = Shell(vnie_ + " extract -j 1 " + corpus_);
  ASSERT_EQ(one.exit_code, 0) << one.out.substr(0, 300);
  ASSERT_GT(CountLines(one.out), 10u);
  for (const char* flags : {"-j 2 --batch-size 3", "--jobs 4 --batch-size 1"}) {
    RunResult many = Shell(vnie_ + " extract " + flags + " " + corpus_);
    EXPECT_EQ(many.exit_code, 0) << flags;
    EXPECT_TRUE(many.out == one.out) << "output differs with " << flags;
  }
}

TEST_F(ExtractOutputsTest, MissingFileStillGetsARecordInPlace) {
  std::string first = corpus_ + "/01-tam-duong-truong-hoc.txt";
  RunResult run =
      Shell(vnie_ + " extract -j 2 " + first + " " + (dir_ / "missing.txt").string() + " " + first);
  EXPECT_EQ(run.exit_code, 1);
  ASSERT_EQ(CountLines(run.out), 3u) << run.out.substr(0, 300);
  std::string second_line = run.out.substr(run.out.find('\n') + 1);
  EXPECT_EQ(second_line.find("\"status\":\"error\""), second_line.find("\"status\""))
      << second_line.substr(0, 200);
}

TEST_F(ExtractOutputsTest, JsonCsvAndSqliteDescribeTheSameRecords) {
  std::string jsonl = (dir_ / "out.jsonl").string();
  std::string csv = (dir_ / "csv").string();
  std::string db = (dir_ / "facts.db").string();
  RunResult run = Shell(vnie_ + " extract -q -j 2 -o " + jsonl + " --csv " + csv + " --sqlite " +
                        db + " " + corpus_);
  ASSERT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "") << "with -o nothing goes to stdout";

  size_t records = 0, people_rows = 0, cells = 0, figures = 0, places = 0, dates = 0, roles = 0,
         people = 0;
  std::istringstream lines(ReadFile(jsonl));
  for (std::string line; std::getline(lines, line);) {
    rapidjson::Document doc;
    doc.Parse(line.c_str(), line.size());
    ASSERT_FALSE(doc.HasParseError()) << line.substr(0, 200);
    ++records;
    for (const auto& person : doc["people"].GetArray()) {
      size_t n = person["roles"].GetArray().Size();
      people_rows += n == 0 ? 1 : n;
      roles += n;
      ++people;
    }
    cells += doc["cells"].GetArray().Size();
    figures += doc["figures"].GetArray().Size();
    places += doc["places"].GetArray().Size();
    dates += doc["dates"].GetArray().Size();
  }
  ASSERT_GT(records, 10u);
  ASSERT_GT(figures, 0u);
  // CSV: a header row plus one row per item (people: per role); CRLF line ends.
  EXPECT_EQ(CountLines(ReadFile(fs::path(csv) / "articles.csv"), "\r\n"), records + 1);
  EXPECT_EQ(CountLines(ReadFile(fs::path(csv) / "people.csv"), "\r\n"), people_rows + 1);
  EXPECT_EQ(CountLines(ReadFile(fs::path(csv) / "cells.csv"), "\r\n"), cells + 1);
  EXPECT_EQ(CountLines(ReadFile(fs::path(csv) / "figures.csv"), "\r\n"), figures + 1);
  EXPECT_EQ(CountLines(ReadFile(fs::path(csv) / "places.csv"), "\r\n"), places + 1);
  EXPECT_EQ(QueryCount(db, "SELECT count(*) FROM articles"), static_cast<int64_t>(records));
  EXPECT_EQ(QueryCount(db, "SELECT count(*) FROM people"), static_cast<int64_t>(people));
  EXPECT_EQ(QueryCount(db, "SELECT count(*) FROM roles"), static_cast<int64_t>(roles));
  EXPECT_EQ(QueryCount(db, "SELECT count(*) FROM cells"), static_cast<int64_t>(cells));
  EXPECT_EQ(QueryCount(db, "SELECT count(*) FROM figures"), static_cast<int64_t>(figures));
  EXPECT_EQ(QueryCount(db, "SELECT count(*) FROM places"), static_cast<int64_t>(places));
  EXPECT_EQ(QueryCount(db, "SELECT count(*) FROM dates"), static_cast<int64_t>(dates));

  // The same sources again: rows are replaced, not added.
  RunResult again = Shell(vnie_ + " extract -q --sqlite " + db + " " + corpus_);
  ASSERT_EQ(again.exit_code, 0);
  EXPECT_EQ(again.out, "") << "with --sqlite alone nothing goes to stdout";
  EXPECT_EQ(QueryCount(db, "SELECT count(*) FROM articles"), static_cast<int64_t>(records));
  EXPECT_EQ(QueryCount(db, "SELECT count(*) FROM figures"), static_cast<int64_t>(figures));
}

TEST_F(ExtractOutputsTest, UnwritableCsvFolderIsAUsageError) {
  RunResult run = Shell(vnie_ + " extract --csv /proc/vnie-no " + corpus_);
  EXPECT_EQ(run.exit_code, 2);
}

}  // namespace
