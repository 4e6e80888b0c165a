#include "extract/cell_builder.h"

#include <algorithm>
#include <cctype>

#include "extract/text_case.h"

namespace vnie {
namespace {

// "chi bộ nhà trường", "Đảng bộ trường", "Chi bộ", "chi bộ trường liên cấp": a
// cell named by its school only. A school's own name always has a capitalized
// part, so "trường" followed by lower-case words alone names no particular one.
bool IsGenericCellName(std::string_view name) {
  const std::string lower = ToLower(name);
  for (const char* unit : {"chi bộ", "đảng bộ"}) {
    if (lower.rfind(unit, 0) != 0) continue;
    std::string_view rest = std::string_view(name).substr(std::string_view(unit).size());
    if (rest.empty()) return true;
    for (const char* school : {" nhà trường", " trường"}) {
      if (ToLower(rest.substr(0, std::string_view(school).size())) != school) continue;
      std::string_view tail = rest.substr(std::string_view(school).size());
      if (tail.empty() || (tail[0] == ' ' && ToLower(tail) == tail)) return true;
    }
  }
  return false;
}

}  // namespace

void CellBuilder::AddSchool(const Hit& hit) {
  const ByteSpan* school = hit.Group("school");
  if (school == nullptr) return;
  std::string name(text_.Normalized(*school));
  // "trường liên cấp" names no school of its own (IsGenericCellName).
  const size_t space = name.find(' ');
  if (space == std::string::npos || ToLower(name.substr(space)) == name.substr(space)) return;
  schools_.push_back({*school, std::move(name)});
}

std::string CellBuilder::TrimName(std::string_view name) const {
  // A name ends before the first word that is neither capitalized, a number,
  // nor an organization word, so "Chi bộ luôn quan tâm" is just "Chi bộ"; but
  // lower-case words right after a capitalized one, up to the end of the name
  // or the next capitalized word, are the rest of a word ("Chi bộ Tự nhiên",
  // "Khoa Hồi sức tích cực", "Công ty Cổ phần Cơ khí"): the rules let lower-case
  // words through only after a capital.
  size_t end = name.size();
  size_t start = 0;
  int word = 0;
  bool after_capital = false;
  while (start < name.size()) {
    size_t space = name.find(' ', start);
    if (space == std::string_view::npos) space = name.size();
    std::string_view w = name.substr(start, space - start);
    const bool upper = StartsUpper(w);
    // A dash between two capitalized parts joins them: "Chi bộ Hành chính – Thể chất".
    const bool joining_dash = (w == "-" || w == "–") && word >= 2 && space < name.size() &&
                              StartsUpper(name.substr(space + 1));
    bool keep = word < 2 || upper || joining_dash ||
                (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) ||
                interpreters_.IsOrgWord(ToLower(w));
    if (!keep && word >= 2 && after_capital) {
      size_t run_end = start;  // the lower-case words from here on
      while (run_end < name.size()) {
        size_t next = name.find(' ', run_end);
        if (next == std::string_view::npos) next = name.size();
        if (!IsLowerWord(name.substr(run_end, next - run_end))) break;
        run_end = next + 1;
      }
      // "Tự nhiên" at the end, or "Cổ phần" before "Cơ khí Tân Định".
      if (run_end > start && (run_end >= name.size() || StartsUpper(name.substr(run_end)))) {
        word += 1;
        after_capital = false;
        start = std::min(run_end, name.size());
        continue;
      }
    }
    if (!keep) {
      end = start == 0 ? 0 : start - 1;
      break;
    }
    after_capital = upper;
    ++word;
    start = space + 1;
  }
  return std::string(name.substr(0, end));
}

std::string CellBuilder::ResolveName(const Hit& hit, std::string name) const {
  if (!IsGenericCellName(name)) return name;
  const std::string* last = nullptr;
  for (const auto& [span, school] : schools_) {
    if (span.begin < hit.span.begin) last = &school;
  }
  if (last == nullptr) return name;
  // "chi bộ nhà trường" -> "Chi bộ Trường THCS Lê Lợi"; "Đảng bộ nhà trường" likewise.
  std::string unit = ToLower(name.substr(0, name.find(' ', name.find(' ') + 1)));
  return ProperCaseName(unit.substr(0, unit.find(' '))) + unit.substr(unit.find(' ')) + " " + *last;
}

bool CellBuilder::IsCount(ByteSpan name) const {
  // "28 chi bộ trường học với 412 đảng viên", "các chi bộ có ...": a count of
  // cells or cells in general, not one named cell.
  // Only the word right before it in the same clause counts: a name that starts
  // a line or follows "2023." is not counted by the number that ends the text
  // before it.
  std::string_view before = text_.normalized().substr(0, name.begin);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  size_t space = before.find_last_of(" \n");
  if (space != std::string_view::npos && before[space] == '\n') return false;
  std::string word = ToLower(before.substr(space == std::string_view::npos ? 0 : space + 1));
  if (!word.empty() && std::string_view(".,;:!?").find(word.back()) != std::string_view::npos) {
    return false;  // "tính đến hết năm 2024, Đảng bộ ..." ends a clause
  }
  // "Riêng 01 chi bộ Trường THPT Lạc Sơn": one cell, named.
  if (word == "1" || word == "01" || word == "một") return false;
  if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) return true;
  for (const char* quantifier : {"các", "những", "mỗi", "nhiều", "số", "tổng"}) {
    if (word == quantifier) return true;
  }
  return false;
}

void CellBuilder::DescribeSchool(Cell* cell) const {
  cell->level = interpreters_.SchoolLevel(cell->name);
  size_t school_at = ToLower(cell->name).find("trường");
  if (school_at == std::string::npos) return;
  // The school keeps its own capital: "Trường Mầm non".
  std::string first = ProperCaseName(cell->name.substr(school_at, std::string("trường").size()));
  cell->school = first + cell->name.substr(school_at + std::string("trường").size());
}

void CellBuilder::Add(const Hit& hit) {
  const ByteSpan* name = hit.Group("name");
  if (name == nullptr) {
    const ByteSpan* percent = hit.Group("percent");
    if (percent == nullptr) return;
    if (auto value = interpreters_.Number(text_.Normalized(*percent))) {
      later_shares_.push_back({text_.ToOriginal(hit.span).begin, *value});
    }
    return;
  }
  if (IsCount(*name)) return;
  // A long lower-case run is a clause, not a name ("Chi bộ phòng Chính trị công
  // tác sinh viên đã tổ chức lễ kết nạp ... trong đó có 7 đảng viên").
  std::string_view raw = text_.Normalized(*name);
  if (std::count(raw.begin(), raw.end(), ' ') >= 14) return;
  Cell cell;
  cell.name = ResolveName(hit, TrimName(text_.Normalized(*name)));
  auto number = [&](const char* group) -> std::optional<double> {
    const ByteSpan* span = hit.Group(group);
    if (span == nullptr) return std::nullopt;
    return interpreters_.Number(text_.Normalized(*span));
  };
  if (auto members = number("members")) cell.members = static_cast<int64_t>(*members);
  if (auto staff = number("staff")) cell.staff = static_cast<int64_t>(*staff);
  cell.percent = number("percent");
  if (!cell.members && !cell.staff && !cell.percent) return;
  if (const ByteSpan* place = hit.Group("place")) cell.place = std::string(text_.Normalized(*place));
  DescribeSchool(&cell);
  cell.span = text_.ToOriginal(hit.span);
  cell.rule = hit.rule->name;

  // The same cell stated twice with the same numbers is one cell.
  for (const Cell& other : cells_) {
    if (ToLower(other.name) == ToLower(cell.name) && other.members == cell.members &&
        other.staff == cell.staff && other.percent == cell.percent) {
      return;
    }
  }
  cells_.push_back(std::move(cell));
}

namespace {

// The last two words of a name, lower case: "sông tiền".
std::string NameTail(const std::string& name) {
  std::string lower = ToLower(name);
  size_t last = lower.rfind(' ');
  if (last == std::string::npos || last == 0) return lower;
  size_t before = lower.rfind(' ', last - 1);
  return before == std::string::npos ? lower : lower.substr(before + 1);
}

}  // namespace

void CellBuilder::AddFromTable(Cell cell) {
  const std::string tail = NameTail(cell.name);
  for (const Cell& other : cells_) {
    if (other.members == cell.members && NameTail(other.name) == tail) return;
  }
  DescribeSchool(&cell);
  cells_.push_back(std::move(cell));
}

std::vector<Cell> CellBuilder::Finish() {
  for (const auto& [at, percent] : later_shares_) {
    Cell* last = nullptr;
    for (Cell& cell : cells_) {
      if (cell.span.begin < at) last = &cell;
    }
    if (last != nullptr && !last->percent) last->percent = percent;
  }
  return std::move(cells_);
}

}  // namespace vnie
