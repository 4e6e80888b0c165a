#include "extract/text_table.h"

#include <algorithm>

namespace vnie {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

ByteSpan Trim(std::string_view text, ByteSpan span) {
  while (span.begin < span.end && IsSpace(text[span.begin])) ++span.begin;
  while (span.end > span.begin && IsSpace(text[span.end - 1])) --span.end;
  return span;
}

// The cells of one line: split at "|" when the line has two or more of them,
// else at a tab or a run of two or more spaces. Empty cells at the edges of a
// piped line ("| a | b |") are not cells.
std::vector<ByteSpan> SplitCells(std::string_view text, ByteSpan line) {
  std::vector<ByteSpan> cells;
  std::string_view content = line.In(text);
  const bool piped = std::count(content.begin(), content.end(), '|') >= 2;
  size_t start = line.begin;
  size_t i = line.begin;
  while (i < line.end) {
    size_t gap = 0;  // bytes of the separator at i
    if (piped) {
      if (text[i] == '|') gap = 1;
    } else if (text[i] == '\t') {
      gap = 1;
    } else if (text[i] == ' ' && i + 1 < line.end && IsSpace(text[i + 1])) {
      gap = 2;
      while (i + gap < line.end && IsSpace(text[i + gap])) ++gap;
    }
    if (gap == 0) {
      ++i;
      continue;
    }
    cells.push_back(Trim(text, {start, i}));
    i += gap;
    start = i;
  }
  cells.push_back(Trim(text, {start, line.end}));
  if (piped) {
    if (!cells.empty() && cells.front().empty()) cells.erase(cells.begin());
    if (!cells.empty() && cells.back().empty()) cells.pop_back();
  }
  return cells;
}

// "|---|:--:|": the line under a Markdown header.
bool IsRuleRow(std::string_view text, const std::vector<ByteSpan>& cells) {
  for (ByteSpan cell : cells) {
    std::string_view s = cell.In(text);
    if (s.empty() || s.find_first_not_of("-:") != std::string_view::npos) return false;
  }
  return !cells.empty();
}

// "72", "1.286", "33,7", "45%": a cell that is a number and nothing else.
bool IsBareNumber(std::string_view s) {
  if (!s.empty() && s.back() == '%') s.remove_suffix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty() || s[0] < '0' || s[0] > '9') return false;
  return s.find_first_not_of("0123456789.,") == std::string_view::npos;
}

// Every row has a bare number past its label, and the header has none: prose
// lines that happen to hold a double space do not.
bool LooksNumeric(std::string_view text, const TextTable& table) {
  auto bare = [&](ByteSpan cell) { return IsBareNumber(cell.In(text)); };
  if (std::any_of(table.header.begin(), table.header.end(), bare)) return false;
  return std::all_of(table.rows.begin(), table.rows.end(), [&](const std::vector<ByteSpan>& row) {
    return std::any_of(row.begin() + 1, row.end(), bare);
  });
}

}  // namespace

std::vector<TextTable> FindTextTables(std::string_view text) {
  std::vector<TextTable> tables;
  TextTable current;
  auto finish = [&] {
    // A header and two rows at least, of numbers.
    if (current.rows.size() >= 2 && LooksNumeric(text, current)) tables.push_back(std::move(current));
    current = TextTable();
  };
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    ByteSpan line{begin, end};
    if (line.end > line.begin && text[line.end - 1] == '\r') --line.end;
    // Most lines are prose with no separator at all: one cell, nothing to split.
    const std::string_view content = line.In(text);
    std::vector<ByteSpan> cells;
    if (content.find_first_of("|\t") != std::string_view::npos ||
        content.find("  ") != std::string_view::npos) {
      cells = SplitCells(text, line);
    }
    if (cells.size() < 2) {
      finish();
    } else if (current.header.empty()) {
      current.header = std::move(cells);
    } else if (IsRuleRow(text, cells)) {
      // part of the header's markup
    } else if (cells.size() == current.header.size()) {
      current.rows.push_back(std::move(cells));
      current.row_lines.push_back(line);
    } else {
      // Another width: this line may head a table of its own.
      finish();
      current.header = std::move(cells);
    }
    begin = end + 1;
  }
  finish();
  return tables;
}

}  // namespace vnie
