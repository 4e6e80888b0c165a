// CellBuilder: party cells and schools with their numbers, from the cells rules.
//
// Articles about one school say "chi bộ nhà trường có 16 đảng viên": the cell is
// the school's, named earlier ("Trường THCS Đàm Quang Trung"). The builder keeps
// the schools the article names (the schools rules) and resolves such a generic
// cell name to the last school named before it.
//
// A share stated later without a name ("tỷ lệ đảng viên của chi bộ đạt 80,5%", a
// cells rule with a percent group and no name group) belongs to the last cell
// stated before it that has no share yet.
#ifndef VNIE_EXTRACT_CELL_BUILDER_H_
#define VNIE_EXTRACT_CELL_BUILDER_H_

#include <vector>

#include "extract/document_text.h"
#include "extract/interpreters.h"
#include "vnie/record.h"

namespace vnie {

class CellBuilder {
 public:
  CellBuilder(const DocumentText& text, const Interpreters& interpreters)
      : text_(text), interpreters_(interpreters) {}

  void AddSchool(const Hit& hit);
  void Add(const Hit& hit);
  // A cell read from a table row (table_facts.h); dropped when the text already
  // gave the same cell: the same members and the same last two words of name
  // ("Đảng bộ Công ty CP Thủy sản Sông Tiền" in the table, "Đảng bộ Công ty Cổ
  // phần Thủy sản Sông Tiền" in the prose).
  void AddFromTable(Cell cell);
  std::vector<Cell> Finish();

 private:
  bool IsCount(ByteSpan name) const;
  std::string TrimName(std::string_view name) const;
  // The cell's school and level, from its name ("Chi bộ Trường Mầm non X").
  void DescribeSchool(Cell* cell) const;
  std::string ResolveName(const Hit& hit, std::string name) const;

  const DocumentText& text_;
  const Interpreters& interpreters_;
  std::vector<std::pair<ByteSpan, std::string>> schools_;  // normalized span, name
  std::vector<Cell> cells_;
  // Shares without a name: original begin of the hit, percent.
  std::vector<std::pair<size_t, double>> later_shares_;
};

}  // namespace vnie

#endif  // VNIE_EXTRACT_CELL_BUILDER_H_
