#include "extract/interpreters.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/data_lines.h"
#include "extract/text_case.h"
#include "interpret/qualifier.h"
#include "interpret/vietnamese_number.h"

namespace vnie {
namespace {

struct LexiconLine {
  std::string entry;
  std::string value;
};

// Reads patterns/lexicon/NAME.txt: entries, with an optional tab-separated value.
StatusOr<std::vector<LexiconLine>> ReadLexicon(const std::string& dir, const std::string& name) {
  std::string path = dir + "/lexicon/" + name + ".txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(path + ": cannot read lexicon");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string contents = buffer.str();
  std::vector<LexiconLine> lines;
  DataLines data(contents);
  std::string_view line;
  int line_number = 0;
  while (data.Next(&line, &line_number)) {
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      lines.push_back({std::string(line), ""});
    } else {
      lines.push_back({std::string(line.substr(0, tab)), std::string(line.substr(tab + 1))});
    }
  }
  return lines;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

StatusOr<std::unique_ptr<Interpreters>> Interpreters::Load(const std::string& patterns_dir) {
  std::unique_ptr<Interpreters> interpreters(new Interpreters());
  std::string words_path = patterns_dir + "/lexicon/number_words.txt";
  auto words = NumberWords::Parse(ReadFile(words_path), words_path);
  if (!words.ok()) return words.status();
  interpreters->number_words_ = *std::move(words);

  auto kinds = ReadLexicon(patterns_dir, "place_kinds");
  if (!kinds.ok()) return kinds.status();
  for (const auto& line : *kinds) {
    std::string lower = ToLower(line.entry);
    // "TP." and "Tp" are the press's short form of "thành phố".
    interpreters->place_kinds_[lower] = lower.rfind("tp", 0) == 0 ? "thành phố" : lower;
  }
  auto committees = ReadLexicon(patterns_dir, "committees");
  if (!committees.ok()) return committees.status();
  for (const auto& line : *committees) {
    interpreters->place_kinds_[ToLower(line.entry)] = line.value;
  }
  auto levels = ReadLexicon(patterns_dir, "school_levels");
  if (!levels.ok()) return levels.status();
  for (const auto& line : *levels) {
    interpreters->school_levels_.push_back({ToLower(line.entry), line.value});
  }
  auto columns = ReadLexicon(patterns_dir, "table_columns");
  if (!columns.ok()) return columns.status();
  for (const auto& line : *columns) {
    interpreters->table_columns_.push_back({ToLower(line.entry), line.value});
  }
  // The longest entry first: "kết nạp mới" before "kết nạp", "tiểu học và trung
  // học cơ sở" before "tiểu học".
  for (auto* entries : {&interpreters->school_levels_, &interpreters->table_columns_}) {
    std::stable_sort(entries->begin(), entries->end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }
  auto blockers = ReadLexicon(patterns_dir, "name_blockers");
  if (!blockers.ok()) return blockers.status();
  for (const auto& line : *blockers) interpreters->name_blockers_.push_back(ToLower(line.entry));
  auto provinces = ReadLexicon(patterns_dir, "provinces");
  if (!provinces.ok()) return provinces.status();
  for (const auto& line : *provinces) interpreters->provinces_.push_back(line.entry);
  auto titles = ReadLexicon(patterns_dir, "role_titles");
  if (!titles.ok()) return titles.status();
  for (const auto& line : *titles) interpreters->role_titles_.push_back(ToLower(line.entry));
  auto honorifics = ReadLexicon(patterns_dir, "honorifics");
  if (!honorifics.ok()) return honorifics.status();
  for (const auto& line : *honorifics) {
    if (line.value == "title") interpreters->title_honorifics_.push_back(ToLower(line.entry));
  }
  auto org_words = ReadLexicon(patterns_dir, "org_words");
  if (!org_words.ok()) return org_words.status();
  for (const auto& line : *org_words) {
    std::string lower = ToLower(line.entry);
    size_t start = 0;
    while (start <= lower.size()) {
      size_t space = lower.find(' ', start);
      if (space == std::string::npos) space = lower.size();
      if (space > start) interpreters->org_words_.insert(lower.substr(start, space - start));
      start = space + 1;
    }
  }
  return interpreters;
}

std::optional<double> Interpreters::Number(std::string_view text) const {
  auto reading = ReadNumber(text, number_words_);
  if (!reading) return std::nullopt;
  return reading->value.ToDouble();
}

std::optional<std::string> Interpreters::Qualifier(std::string_view text) const {
  return ReadQualifier(text, number_words_);
}

std::optional<std::string> Interpreters::PlaceKind(std::string_view text) const {
  auto it = place_kinds_.find(ToLower(text));
  if (it == place_kinds_.end()) return std::nullopt;
  return it->second;
}

std::optional<Date> Interpreters::ReadDateText(std::string_view text,
                                               std::optional<Date> reference) const {
  DateOptions options;
  options.reference = reference;
  // Without a publication date a yearless date is still a date: "--09-16".
  options.keep_missing_year = !reference.has_value();
  options.words = &number_words_;
  return ReadDate(text, options);
}

std::optional<YearRange> Interpreters::Period(std::string_view text) const {
  return ReadPeriod(text);
}

std::optional<std::string> Interpreters::SchoolLevel(std::string_view name) const {
  return ValueOfWholeWords(ToLower(name), school_levels_);
}

std::optional<std::string> Interpreters::TableColumnKind(std::string_view header) const {
  return ValueOfWholeWords(ToLower(header), table_columns_);
}

std::optional<std::string> Interpreters::ValueOfWholeWords(
    const std::string& lower, const std::vector<std::pair<std::string, std::string>>& entries) {
  for (const auto& [needle, value] : entries) {
    size_t at = lower.find(needle);
    while (at != std::string::npos) {
      bool starts = at == 0 || lower[at - 1] == ' ';
      bool ends = at + needle.size() == lower.size() || lower[at + needle.size()] == ' ';
      if (starts && ends) return value;
      at = lower.find(needle, at + 1);
    }
  }
  return std::nullopt;
}

MeaningRegistry Interpreters::Registry() const {
  MeaningRegistry registry;
  for (const char* text_meaning : {"text", "roles", "honorific_raw", "cell", "place"}) {
    registry.AddTextMeaning(text_meaning);
  }
  registry.Add("number", [this](std::string_view s) -> std::optional<std::string> {
    auto value = Number(s);
    if (!value) return std::nullopt;
    return FormatNumber(*value);
  });
  registry.Add("qualifier", [this](std::string_view s) { return Qualifier(s); });
  registry.Add("honorific", [](std::string_view s) -> std::optional<std::string> {
    return ToLower(s);
  });
  registry.Add("name", [](std::string_view s) -> std::optional<std::string> {
    return ProperCaseName(s);
  });
  registry.Add("place_kind", [this](std::string_view s) { return PlaceKind(s); });
  registry.Add("date", [this](std::string_view s) -> std::optional<std::string> {
    auto date = ReadDateText(s, std::nullopt);
    if (!date) return std::nullopt;
    return date->ToIso();
  });
  registry.Add("period", [this](std::string_view s) -> std::optional<std::string> {
    auto period = Period(s);
    if (!period) return std::nullopt;
    return period->ToString();
  });
  return registry;
}

}  // namespace vnie
