#include "text/syllable.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "text/normalizer.h"
#include "text/press_text.h"

namespace vnie {
namespace {

using testing::HasSubstr;

// Every word of the canonical paragraphs is already canonical: the full
// analysis agrees with the normalizer's shortcuts that skip it.
TEST(SyllableRulesTest, CanonicalWordsNeedNoRepair) {
  const SyllableRules& rules = SyllableRules::Default();
  std::string out;
  for (std::string_view paragraph : kPressParagraphs) {
    size_t start = 0;
    while (start < paragraph.size()) {
      size_t end = paragraph.find_first_of(" ,.;%/", start);
      if (end == std::string_view::npos) end = paragraph.size();
      std::string_view word = paragraph.substr(start, end - start);
      if (!word.empty()) {
        EXPECT_FALSE(rules.Repair(word, ToneStyle::kOld, &out))
            << "input: " << word << " -> " << out;
      }
      start = end + 1;
    }
  }
}

TEST(SyllableRulesTest, RepairsEachKindOfSlip) {
  const SyllableRules& rules = SyllableRules::Default();
  const std::pair<std::string, std::string> cases[] = {
      {"qúa", "quá"},     {"gìa", "già"},   {"hóan", "hoán"},    {"hoá", "hóa"},
      {"ngừơi", "người"}, {"Thuỷ", "Thủy"}, {"nghành", "ngành"}, {"khuỷu", "khuỷu"},
  };
  for (const auto& [input, expected] : cases) {
    std::string out;
    bool changed = rules.Repair(input, ToneStyle::kOld, &out);
    EXPECT_EQ(changed, input != expected) << "input: " << input;
    if (changed) {
      EXPECT_EQ(out, expected) << "input: " << input;
    }
  }
}

TEST(SyllableRulesTest, ShortcutCasesMatchTheFullAnalysisInText) {
  // Words chosen to hit each shortcut of the normalizer and its exclusions.
  Normalizer normalizer;
  const std::pair<std::string, std::string> cases[] = {
      {"quán qúa gìa già hóan hoàn hoá cái caí của cuả suớt sướt",
       "quán quá già già hoán hoàn hóa cái cái của của sướt sướt"},
  };
  for (const auto& [input, expected] : cases) {
    EXPECT_EQ(normalizer.Normalize(input).text, expected) << "input: " << input;
  }
}

TEST(SyllableRulesTest, ParseErrorsNameTheLine) {
  const std::pair<std::string, std::string> cases[] = {
      {"initial\tb\nnucleus\tâ\t0\t0\n", "syllable_parts.tsv:2"},
      {"# comment\nfinal\tX1\n", "syllable_parts.tsv:2: bad spelling"},
      {"nucleus\toa\t0\t7\t1\n", "bad tone position"},
      {"vowel\ta\n", "unknown kind 'vowel'"},
      {"nucleus_repair\tuơ\tươ\tsometimes\n", "condition must be closed or any"},
  };
  for (const auto& [tsv, message] : cases) {
    StatusOr<SyllableRules> rules = SyllableRules::Parse(tsv);
    ASSERT_FALSE(rules.ok()) << "input: " << tsv;
    EXPECT_THAT(std::string(rules.status().message()), HasSubstr(message)) << "input: " << tsv;
  }
}

}  // namespace
}  // namespace vnie
