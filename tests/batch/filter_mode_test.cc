// Cluster filter mode: `vnie extract --input-format jsonl -` reads articles as
// JSON Lines on stdin and writes exactly one record per line, in order, with
// no state carried between lines. So splitting the input among processes
// (GNU parallel --pipe, Hadoop Streaming, Spark's RDD.pipe) and concatenating
// their outputs in order must give the same bytes as one process.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "output/json_string.h"
#include "support/shell.h"

namespace {

namespace fs = std::filesystem;

using vnie::testing_support::RunShell;
using RunResult = vnie::testing_support::ShellResult;

RunResult Shell(const std::string& command) { return RunShell(command); }


size_t CountLines(const std::string& text) {
  size_t lines = 0;
  for (char c : text) lines += c == '\n';
  return lines;
}

TEST(FilterModeTest, ParallelPipeEqualsOneProcess) {
  const std::string vnie = VNIE_BINARY;
  // scripts/setup installs GNU parallel; without it this test cannot say anything.
  ASSERT_EQ(std::system("command -v parallel >/dev/null 2>&1"), 0)
      << "GNU parallel is not installed (scripts/setup installs it)";

  // 40 articles as JSON Lines, made from the corpus articles with their numbers varied.
  fs::path dir = fs::temp_directory_path() / ("vnie_filter_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<fs::path> articles;
  for (const auto& entry : fs::directory_iterator(std::string(VNIE_SOURCE_DIR) + "/corpus")) {
    if (entry.path().extension() == ".txt") articles.push_back(entry.path());
  }
  std::sort(articles.begin(), articles.end());
  ASSERT_FALSE(articles.empty());
  std::string input;
  for (int i = 0; i < 40; ++i) {
    std::ifstream in(articles[i % articles.size()], std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::string body = text.str() + "\nTổng số " + std::to_string(10 + i) + " đảng viên.\n";
    input += "{\"id\":" + vnie::JsonQuote("doc-" + std::to_string(i)) + ",\"text\":" + vnie::JsonQuote(body) +
             "}\n";
  }
  fs::path input_path = dir / "in.jsonl";
  std::ofstream(input_path, std::ios::binary) << input;

  std::string single_command =
      vnie + " extract -q --input-format jsonl - < " + input_path.string() + " 2>/dev/null";
  RunResult single = Shell(single_command);
  ASSERT_EQ(CountLines(single.out), 40u) << "one record per input line: " << single_command;
  // --keep-order (-k) concatenates the chunks' outputs in input order.
  std::string parallel_command = "parallel --pipe -k -j 3 -N 5 " + vnie +
                                 " extract -q --input-format jsonl - < " + input_path.string() +
                                 " 2>/dev/null";
  RunResult split = Shell(parallel_command);
  EXPECT_EQ(split.exit_code, single.exit_code) << parallel_command;
  EXPECT_TRUE(split.out == single.out) << "outputs differ: " << parallel_command;
  fs::remove_all(dir);
}

}  // namespace
