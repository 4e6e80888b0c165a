#include "base/data_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace vnie {
namespace {

TEST(DataLinesTest, SkipsCommentsAndBlanksAndKeepsLineNumbers) {
  DataLines lines("# a comment\r\n\nNguyễn\r\n   # indented comment\n  Trần \t\nLê");
  std::vector<std::pair<int, std::string>> seen;
  std::string_view line;
  int number = 0;
  while (lines.Next(&line, &number)) seen.emplace_back(number, std::string(line));
  const std::vector<std::pair<int, std::string>> expected = {
      {3, "Nguyễn"}, {5, "  Trần"}, {6, "Lê"}};
  EXPECT_EQ(seen, expected);
}

TEST(DataLinesTest, EmptyTextHasNoLines) {
  DataLines lines("");
  std::string_view line;
  int number = 0;
  EXPECT_FALSE(lines.Next(&line, &number));
}

}  // namespace
}  // namespace vnie
