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

TEST(TextTableTest, AlignedColumns) {
  const std::string text =
      "Kết quả như sau:\n"
      "Chi bộ        Đảng viên   Kết nạp mới\n"
      "Khu phố 3        72            4\n"
      "Khu phố 11\t58\t2\n"
      "Cộng            130            6\n"
      "\n"
      "Đoạn sau có  hai khoảng trắng.\n";
  std::vector<TextTable> tables = FindTextTables(text);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(Texts(text, tables[0].header),
            (std::vector<std::string>{"Chi bộ", "Đảng viên", "Kết nạp mới"}));
  ASSERT_EQ(tables[0].rows.size(), 3u);
  EXPECT_EQ(Texts(text, tables[0].rows[1]), (std::vector<std::string>{"Khu phố 11", "58", "2"}));
  EXPECT_EQ(Texts(text, tables[0].row_lines)[2], "Cộng            130            6");
}

TEST(TextTableTest, PipedColumnsSkipTheRuleUnderTheHeader) {
  const std::string text =
      "| Năm | Chi bộ HTX | Đảng viên |\r\n"
      "|---|:---:|---|\r\n"
      "| 2020 | 2 | 19 |\r\n"
      "| 2023 (đến tháng 8) | 7 | 64 |\r\n";
  std::vector<TextTable> tables = FindTextTables(text);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(Texts(text, tables[0].header), (std::vector<std::string>{"Năm", "Chi bộ HTX", "Đảng viên"}));
  ASSERT_EQ(tables[0].rows.size(), 2u);
  EXPECT_EQ(Texts(text, tables[0].rows[1]),
            (std::vector<std::string>{"2023 (đến tháng 8)", "7", "64"}));
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
