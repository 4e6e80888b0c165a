// Meanings and paths shared by the match tests: a small stand-in for the real
// registry (src/extract/meanings.h), so the engine is tested without domain code.
#ifndef VNIE_TESTS_MATCH_TEST_MEANINGS_H_
#define VNIE_TESTS_MATCH_TEST_MEANINGS_H_

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "gtest/gtest.h"
#include "match/meaning.h"

namespace vnie::testing {

// "1.889" -> "1889", "74,6" -> "74.6"; anything but digits, dots and commas is
// unreadable.
inline std::optional<std::string> ReadTestNumber(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool has_comma = false;
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      out.push_back(c);
    } else if (c == ',') {
      if (has_comma) return std::nullopt;
      has_comma = true;
      out.push_back('.');
    } else if (c != '.') {
      return std::nullopt;
    }
  }
  return out;
}

inline MeaningRegistry TestMeanings() {
  MeaningRegistry meanings;
  meanings.AddTextMeaning("text");
  meanings.Add("number", ReadTestNumber);
  meanings.Add("magnitude", [](std::string_view text) -> std::optional<std::string> {
    static const std::map<std::string_view, std::string_view> kValues = {
        {"trăm", "100"},
        {"nghìn", "1000"},
        {"ngàn", "1000"},
        {"triệu", "1000000"},
        {"tỷ", "1000000000"},
        {"tỉ", "1000000000"},
        {"nghìn tỷ", "1000000000000"}};
    auto it = kValues.find(text);
    if (it == kValues.end()) return std::nullopt;
    return std::string(it->second);
  });
  return meanings;
}

inline std::string TestDataDir(std::string_view tree) {
  return std::string(VNIE_SOURCE_DIR) + "/tests/match/testdata/" + std::string(tree);
}

// A fresh patterns folder under the test temp dir holding one rule file,
// figures/rules.toml, with `toml`; returns the folder.
inline std::string OneRuleFileTree(std::string_view name, std::string_view toml) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / std::string(name);
  fs::remove_all(dir);
  fs::create_directories(dir / "figures");
  std::ofstream(dir / "figures" / "rules.toml") << toml;
  return dir.string();
}

}  // namespace vnie::testing

#endif  // VNIE_TESTS_MATCH_TEST_MEANINGS_H_
