// Text tables: where the columns are, in aligned and piped layouts.
#include "extract/text_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vnie {
namespace {

std::vector<std::string> Texts(std::string_view text, const std::vector<ByteSpan>& spans) {
  std::vector<std::string> out;
  for (ByteSpan span : spans) out.emplace_back(span.In(text));
  return out;
}

// One table per case: its header, how many rows, and the cells of its last row.
struct TableCase {
  const char* layout;
  std::string text;
  std::vector<std::string> header;
  size_t rows;
  std::vector<std::string> last_row;
};

TEST(TextTableTest, FindsTheColumns) {
  const TableCase cases[] = {
      {"aligned by spaces or tabs, ended by a blank line",
       "Kết quả như sau:\n"
       "Chi bộ        Đảng viên   Kết nạp mới\n"
       "Khu phố 3        72            4\n"
       "Khu phố 11\t58\t2\n"
       "Cộng            130            6\n"
       "\n"
       "Đoạn sau có  hai khoảng trắng.\n",
       {"Chi bộ", "Đảng viên", "Kết nạp mới"},
       3,
       {"Cộng", "130", "6"}},
      {"piped, the Markdown rule under the header skipped",
       "| Năm | Chi bộ HTX | Đảng viên |\r\n"
       "|---|:---:|---|\r\n"
       "| 2020 | 2 | 19 |\r\n"
       "| 2023 (đến tháng 8) | 7 | 64 |\r\n",
       {"Năm", "Chi bộ HTX", "Đảng viên"},
       2,
       {"2023 (đến tháng 8)", "7", "64"}},
  };
  for (const TableCase& c : cases) {
    std::vector<TextTable> tables = FindTextTables(c.text);
    ASSERT_EQ(tables.size(), 1u) << c.layout;
    EXPECT_EQ(Texts(c.text, tables[0].header), c.header) << c.layout;
    ASSERT_EQ(tables[0].rows.size(), c.rows) << c.layout;
    EXPECT_EQ(Texts(c.text, tables[0].rows.back()), c.last_row) << c.layout;
    // A row's line holds its cells, without the line break.
    std::string_view line = tables[0].row_lines.back().In(c.text);
    EXPECT_NE(line.find(c.last_row.front()), std::string_view::npos) << c.layout;
    EXPECT_EQ(line.find_first_of("\r\n"), std::string_view::npos) << c.layout;
  }
}

// Prose with a stray double space, a single row, rows of another width, or rows
// without numbers make no table.
TEST(TextTableTest, NotTables) {
  for (const char* text : {
           "Chi bộ có  11 đảng viên.\nNăm nay  kết nạp 2.\nĐến nay  có 3 chi bộ.\n",
           "Chi bộ   Đảng viên\nKhu phố 3   72\n",
           "Chi bộ   Đảng viên\nKhu phố 3   72   4\nKhu phố 5   83   3\n",
           "Họ tên   Chức vụ\nLê Văn A   Bí thư\nTrần Thị B   Phó Bí thư\n",
       }) {
    EXPECT_TRUE(FindTextTables(text).empty()) << text;
  }
}

}  // namespace
}  // namespace vnie
