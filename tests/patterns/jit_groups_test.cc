// PCRE2 on the span (span_groups.h) finds the same groups as RE2 for every
// shipped rule: on every example and on every line of corpus/, in the text as
// matched and with its diacritics removed (the accent-insensitive twins).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/loaded_patterns.h"
#include "support/loaded_or_die.h"
#include "text/normalizer.h"

namespace vnie {
namespace {

namespace fs = std::filesystem;

const LoadedPatterns& Shipped() {
  static const LoadedPatterns* loaded =
      LoadedOrDie(LoadPatterns(std::string(VNIE_SOURCE_DIR) + "/patterns"), "the shipped patterns");
  return *loaded;
}

// "rule [begin,end) name=[begin,end) ..." per candidate, overlaps kept.
std::vector<std::string> Describe(const Matcher& matcher, std::string_view text,
                                  const FoldedView* folded) {
  static const char* const kDimensions[] = {"dates", "periods", "schools", "figures",
                                            "cells", "places",  "people"};
  std::vector<std::string> out;
  MatchOptions options;
  options.keep_all = true;
  options.folded = folded;
  for (const char* dimension : kDimensions) {
    for (const Match& match : matcher.FindAll(text, dimension, options)) {
      std::ostringstream line;
      line << match.rule->name << " [" << match.span.begin << "," << match.span.end << ")";
      for (const GroupMatch& g : match.groups) {
        line << " " << g.name << "=[" << g.span.begin << "," << g.span.end << ")";
      }
      out.push_back(line.str());
    }
  }
  return out;
}

std::vector<std::string> Texts() {
  std::vector<std::string> texts;
  for (const Rule& rule : Shipped().patterns->rules()) {
    for (const RuleExample& example : rule.examples) texts.push_back(example.text);
    for (const RuleExample& example : rule.negatives) texts.push_back(example.text);
  }
  const Normalizer normalizer(NormalizerOptions{ToneStyle::kOld, true});
  for (const auto& entry : fs::directory_iterator(std::string(VNIE_SOURCE_DIR) + "/corpus")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty()) texts.push_back(normalizer.Normalize(line).text);
    }
  }
  return texts;
}

TEST(JitGroupsTest, SameGroupsAsRe2OnExamplesAndCorpus) {
  const PatternSet& patterns = *Shipped().patterns;
  const Matcher jit(patterns, MatcherOptions{.jit_groups = true});
  const Matcher re2_only(patterns, MatcherOptions{.jit_groups = false});
  const std::vector<std::string> texts = Texts();
  ASSERT_GT(texts.size(), 500u);
  size_t with_groups = 0;
  for (const std::string& text : texts) {
    const std::vector<std::string> expected = Describe(re2_only, text, nullptr);
    EXPECT_EQ(Describe(jit, text, nullptr), expected) << text;
    for (const std::string& d : expected) with_groups += d.find('=') != std::string::npos;

    NormalizedText stripped = RemoveDiacritics(text);
    FoldedView folded{stripped.text, [&](ByteSpan s) { return stripped.map.ToOriginal(s); }};
    EXPECT_EQ(Describe(jit, stripped.text, &folded), Describe(re2_only, stripped.text, &folded))
        << stripped.text;
  }
  EXPECT_GT(with_groups, 1000u) << "the comparison must cover many matches with groups";
}

}  // namespace
}  // namespace vnie
