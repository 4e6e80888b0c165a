// CSV tables: RFC 4180 quoting, one row per fact (people: per role), and every
// row keyed by the article's source.
#include "output/csv_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace vnie {
namespace {

namespace fs = std::filesystem;

TEST(CsvFieldTest, QuotesOnlyWhenRfc4180Requires) {
  struct Case {
    std::string field;
    std::string expected;
  };
  const Case cases[] = {
      {"plain", "plain"},
      {"", ""},
      {"Chi bộ Trường THCS Lê Lợi", "Chi bộ Trường THCS Lê Lợi"},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"\"", "\"\"\"\""},
      {"line\nbreak", "\"line\nbreak\""},
      {"cr\rlf", "\"cr\rlf\""},
      {" spaces kept ", " spaces kept "},
  };
  for (const Case& c : cases) {
    std::string line;
    AppendCsvField(c.field, &line);
    EXPECT_EQ(line, c.expected) << "field: " << c.field;
  }
}

// Splits RFC 4180 text into rows of fields, so tests check what a CSV reader sees.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

Record SampleRecord() {
  Record r;
  r.source = "tin, \"mới\"/a.txt";
  r.encoding = "utf-8";
  r.title = "Đại hội Chi bộ\nnhiệm kỳ 2025";
  Person with_roles;
  with_roles.name = "Nguyễn Văn An";
  with_roles.honorific = "ông";
  with_roles.roles = {"Bí thư Chi bộ", "Hiệu trưởng"};
  with_roles.mentions = {{10, 27}, {90, 107}};
  Person without_roles;
  without_roles.name = "Trần Thị Bình";
  r.people = {with_roles, without_roles};
  Cell cell;
  cell.name = "Chi bộ Trường Tiểu học Hòa Bình";
  cell.members = 23;
  cell.percent = 74.6;
  cell.span = {5, 40};
  r.cells = {cell};
  Figure figure;
  figure.kind = "ratio";
  figure.value = 2;
  figure.whole = 3;
  figure.text = "2/3";
  figure.span = {50, 53};
  r.figures = {figure};
  Place place;
  place.kind = "xã";
  place.name = "Tam Dương";
  place.span = {60, 72};
  r.places = {place, place};
  return r;
}

TEST(CsvRowsTest, OneRowPerFactAndPerPersonRole) {
  Record r = SampleRecord();
  std::string tables[kCsvTableCount];
  AppendCsvRows(r, tables);
  auto rows = [&](CsvTable t) { return ParseCsv(tables[static_cast<int>(t)]); };
  EXPECT_EQ(rows(CsvTable::kArticles).size(), 1u);
  // Two roles for the first person, one empty-role row for the second.
  auto people = rows(CsvTable::kPeople);
  ASSERT_EQ(people.size(), 3u) << tables[1];
  EXPECT_EQ(people[0][4], "Bí thư Chi bộ");
  EXPECT_EQ(people[1][4], "Hiệu trưởng");
  EXPECT_EQ(people[2][2], "Trần Thị Bình");
  EXPECT_EQ(people[2][4], "");
  EXPECT_EQ(rows(CsvTable::kCells).size(), 1u);
  EXPECT_EQ(rows(CsvTable::kFigures).size(), 1u);
  EXPECT_EQ(rows(CsvTable::kPlaces).size(), 2u);
  for (int t = 0; t < kCsvTableCount; ++t) {
    for (const auto& row : ParseCsv(tables[t])) {
      ASSERT_EQ(row.size(), CsvColumns(static_cast<CsvTable>(t)).size())
          << CsvFileName(static_cast<CsvTable>(t)) << ": " << tables[t];
      EXPECT_EQ(row[0], r.source) << "every row carries the source: " << tables[t];
    }
  }
}

TEST(CsvRowsTest, FieldsSurviveQuotingAndNumbersMatchJson) {
  Record r = SampleRecord();
  std::string tables[kCsvTableCount];
  AppendCsvRows(r, tables);
  auto articles = ParseCsv(tables[static_cast<int>(CsvTable::kArticles)]);
  ASSERT_EQ(articles.size(), 1u) << tables[0];
  EXPECT_EQ(articles[0][6], *r.title) << "newline inside a quoted field";
  EXPECT_EQ(articles[0][1], "ok");
  EXPECT_EQ(articles[0][9], "2") << "people count";
  auto cells = ParseCsv(tables[static_cast<int>(CsvTable::kCells)]);
  EXPECT_EQ(cells[0][6], "23");
  EXPECT_EQ(cells[0][7], "") << "missing staff is an empty field";
  EXPECT_EQ(cells[0][8], "74.6");
  auto figures = ParseCsv(tables[static_cast<int>(CsvTable::kFigures)]);
  EXPECT_EQ(figures[0][2], "2") << "integral doubles without .0";
  EXPECT_EQ(figures[0][3], "3");
  EXPECT_EQ(figures[0][9], "50");
  EXPECT_EQ(figures[0][10], "53");
}

TEST(CsvRowsTest, ErrorRecordGetsOnlyAnArticleRow) {
  Record r;
  r.source = "missing.txt";
  r.error = RecordError{"unreadable", "missing.txt: no such file, or directory"};
  std::string tables[kCsvTableCount];
  AppendCsvRows(r, tables);
  auto articles = ParseCsv(tables[0]);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0][1], "error");
  EXPECT_EQ(articles[0][2], "unreadable");
  EXPECT_EQ(articles[0][3], r.error->message);
  for (int t = 1; t < kCsvTableCount; ++t)
    EXPECT_EQ(tables[t], "") << CsvFileName(static_cast<CsvTable>(t));
}

TEST(CsvRowsTest, InvalidUtf8IsRepaired) {
  Record r;
  r.source = "bad\xff.txt";
  std::string tables[kCsvTableCount];
  AppendCsvRows(r, tables);
  EXPECT_EQ(ParseCsv(tables[0])[0][0], "bad\xef\xbf\xbd.txt") << tables[0];
}

TEST(CsvWriterTest, WritesHeadersAndRowsToFiles) {
  fs::path dir = fs::temp_directory_path() / ("vnie_csv_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  {
    auto writer = CsvWriter::Open(dir.string());
    ASSERT_TRUE(writer.ok()) << writer.status();
    ASSERT_TRUE((*writer)->Write(SampleRecord()).ok());
    Record second = SampleRecord();
    second.source = "b.txt";
    ASSERT_TRUE((*writer)->Write(second).ok());
    ASSERT_TRUE((*writer)->Close().ok());
  }
  const size_t expected_rows[kCsvTableCount] = {2, 6, 2, 2, 4};
  for (int t = 0; t < kCsvTableCount; ++t) {
    auto table = static_cast<CsvTable>(t);
    std::ifstream in(dir / CsvFileName(table), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto rows = ParseCsv(text.str());
    ASSERT_EQ(rows.size(), expected_rows[t] + 1) << CsvFileName(table) << ":\n" << text.str();
    EXPECT_EQ(rows[0].size(), CsvColumns(table).size());
    EXPECT_EQ(rows[0][0], "source");
    EXPECT_EQ(rows.back()[0], "b.txt") << CsvFileName(table);
  }
  fs::remove_all(dir);
}

TEST(CsvWriterTest, UnwritableFolderIsAnError) {
  auto writer = CsvWriter::Open("/proc/vnie-cannot-create-this");
  EXPECT_FALSE(writer.ok());
}

}  // namespace
}  // namespace vnie
