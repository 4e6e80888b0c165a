// TableFacts: figures and cells from a document's text tables (text_table.h).
//
// Each number in a column whose header says what it counts ("Số ĐV", "Kết nạp
// mới": patterns/lexicon/table_columns.txt) is a figure of that kind; other
// numbers are "other". A row is a party cell when its label says so ("Chi bộ
// Công ty X") or when the label column is headed "Chi bộ" ("Khu phố 3" is
// "Chi bộ Khu phố 3"); totals ("Cộng") and years are not cells. The cell takes
// the row's first members and staff numbers.
#ifndef VNIE_EXTRACT_TABLE_FACTS_H_
#define VNIE_EXTRACT_TABLE_FACTS_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/interpreters.h"
#include "vnie/record.h"

namespace vnie {

struct TableFacts {
  std::vector<Figure> figures;
  std::vector<Cell> cells;
  std::vector<ByteSpan> rows;  // the lines of every row read: the rules' hits there are not figures
};

// How to read a document's tables.
struct TableSource {
  std::string_view text;      // where the tables are: the text as written, or a page's text
  std::string_view original;  // the document's bytes, which records point into
  std::function<ByteSpan(ByteSpan)> to_original;  // a span of `text` in `original`
  std::function<bool(ByteSpan)> in_body;          // whether an original span is article text
  // A cell's text in the form the interpreters read (NFC, one tone style).
  std::function<std::string(std::string_view)> normalize;
};

// The facts of the tables whose rows are all article text. Spans are original.
TableFacts ReadTableFacts(const TableSource& source, const Interpreters& interpreters);

}  // namespace vnie

#endif  // VNIE_EXTRACT_TABLE_FACTS_H_
