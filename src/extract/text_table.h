// Tables written as text, as crawlers save them from pages and reports:
//
//   Chi bộ        Đảng viên   Kết nạp mới          | Năm  | Chi bộ HTX | Đảng viên |
//   Khu phố 3        72            4               |---|---|---|
//   Khu phố 5        83            3               | 2020 | 2          | 19        |
//
// A header row, then two or more rows with as many cells, on consecutive lines.
// Cells are separated by "|" or by a tab or two or more spaces. Tables are found
// in the text as written, because normalization joins the runs of spaces that
// make the columns; what the cells say is for the caller to read.
#ifndef VNIE_EXTRACT_TEXT_TABLE_H_
#define VNIE_EXTRACT_TEXT_TABLE_H_

#include <string_view>
#include <vector>

#include "base/byte_span.h"

namespace vnie {

struct TextTable {
  std::vector<ByteSpan> header;             // one span per column, trimmed
  std::vector<std::vector<ByteSpan>> rows;  // each as wide as the header
  std::vector<ByteSpan> row_lines;          // the line of each row
};

// The tables in `text`, in order; spans are byte offsets into `text`.
std::vector<TextTable> FindTextTables(std::string_view text);

}  // namespace vnie

#endif  // VNIE_EXTRACT_TEXT_TABLE_H_
