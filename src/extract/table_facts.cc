#include "extract/table_facts.h"

#include <algorithm>
#include <cctype>

#include "extract/text_case.h"
#include "extract/text_table.h"

namespace vnie {
namespace {

bool StartsWithWords(const std::string& lower, std::string_view words) {
  return lower.rfind(words, 0) == 0 &&
         (lower.size() == words.size() || lower[words.size()] == ' ');
}

// "Cộng", "Tổng cộng", "Toàn Đảng bộ": a row that sums the others.
bool IsTotal(const std::string& lower) {
  for (std::string_view word : {"cộng", "tổng", "tổng cộng", "tổng số", "toàn"}) {
    if (StartsWithWords(lower, word)) return true;
  }
  return false;
}

bool IsPartyUnit(const std::string& lower) {
  return StartsWithWords(lower, "chi bộ") || StartsWithWords(lower, "đảng bộ");
}

}  // namespace

TableFacts ReadTableFacts(const TableSource& source, const Interpreters& interpreters) {
  const std::string_view text = source.text;
  const auto& normalize = source.normalize;
  TableFacts facts;
  for (const TextTable& table : FindTextTables(text)) {
    if (!std::all_of(table.row_lines.begin(), table.row_lines.end(),
                     [&](ByteSpan line) { return source.in_body(source.to_original(line)); })) {
      continue;
    }
    std::vector<std::string> kinds;
    for (ByteSpan header : table.header) {
      kinds.push_back(interpreters.TableColumnKind(normalize(header.In(text))).value_or("other"));
    }
    const bool rows_are_cells = IsPartyUnit(ToLower(normalize(table.header[0].In(text))));
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const std::vector<ByteSpan>& row = table.rows[r];
      facts.rows.push_back(source.to_original(table.row_lines[r]));
      Cell cell;
      for (size_t c = 1; c < row.size(); ++c) {
        if (kinds[c] == "-") continue;
        std::string_view written = row[c].In(text);
        auto value = interpreters.Number(normalize(written));
        if (!value) continue;
        Figure figure;
        figure.kind = kinds[c];
        figure.value = *value;
        if (figure.kind == "percent") figure.unit = "%";
        figure.span = source.to_original(row[c]);
        figure.text = std::string(figure.span.In(source.original));
        figure.rule = "table";
        if (figure.kind == "members" && !cell.members) cell.members = static_cast<int64_t>(*value);
        if (figure.kind == "staff" && !cell.staff) cell.staff = static_cast<int64_t>(*value);
        if (figure.kind == "percent" && !cell.percent) cell.percent = *value;
        facts.figures.push_back(std::move(figure));
      }
      std::string label = normalize(row[0].In(text));
      std::string lower = ToLower(label);
      if (label.empty() || IsTotal(lower) || std::isdigit(static_cast<unsigned char>(label[0]))) {
        continue;
      }
      if (!IsPartyUnit(lower)) {
        if (!rows_are_cells) continue;
        label = "Chi bộ " + label;
      }
      if (!cell.members && !cell.staff) continue;
      cell.name = std::move(label);
      cell.span = source.to_original(table.row_lines[r]);
      cell.rule = "table";
      facts.cells.push_back(std::move(cell));
    }
  }
  return facts;
}

}  // namespace vnie
