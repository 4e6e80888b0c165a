// Every example of every shipped rule, as its own test case named after the rule.
// A failure quotes file:line, the example text, and the expected and actual fields.
#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <vector>

#include "extract/loaded_patterns.h"
#include "match/example_runner.h"

namespace vnie {
namespace {

// The shipped patterns, loaded once for all cases; null when they do not load
// (ShippedPatternsTest.LoadsWithoutErrors then says why).
const LoadedPatterns* Shipped() {
  static const LoadedPatterns* loaded = [] {
    auto result = LoadPatterns(std::string(VNIE_SOURCE_DIR) + "/patterns");
    return result.ok() ? result->release() : nullptr;
  }();
  return loaded;
}

struct ExampleCase {
  const Rule* rule;
  size_t index;
  bool negative;
};

std::vector<ExampleCase> AllExamples() {
  std::vector<ExampleCase> cases;
  if (Shipped() == nullptr) return cases;
  for (const Rule& rule : Shipped()->patterns->rules()) {
    for (size_t i = 0; i < rule.examples.size(); ++i) cases.push_back({&rule, i, false});
    for (size_t i = 0; i < rule.negatives.size(); ++i) cases.push_back({&rule, i, true});
  }
  return cases;
}

TEST(ShippedPatternsTest, LoadsWithoutErrors) {
  auto loaded = LoadPatterns(std::string(VNIE_SOURCE_DIR) + "/patterns");
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_GT((*loaded)->patterns->rules().size(), 20u);
}

TEST(ShippedPatternsTest, EveryRuleHasAPositiveExample) {
  ASSERT_NE(Shipped(), nullptr);
  for (const Rule& rule : Shipped()->patterns->rules()) {
    EXPECT_FALSE(rule.examples.empty()) << rule.file << ":" << rule.line << ": rule \"" << rule.name
                                        << "\" has no example";
  }
}

class PatternExampleTest : public testing::TestWithParam<ExampleCase> {};

TEST_P(PatternExampleTest, Holds) {
  const ExampleCase& c = GetParam();
  const RuleExample& example = c.negative ? c.rule->negatives[c.index] : c.rule->examples[c.index];
  const LoadedPatterns& loaded = *Shipped();
  for (const ExampleFailure& failure :
       RunExample(*c.rule, example, c.negative, *loaded.matcher, loaded.meanings)) {
    if (!failure.is_warning()) ADD_FAILURE() << failure.ToString();
  }
}

std::string CaseName(const testing::TestParamInfo<ExampleCase>& info) {
  std::string name = info.param.rule->name + (info.param.negative ? "_negative_" : "_example_") +
                     std::to_string(info.param.index);
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Shipped, PatternExampleTest, testing::ValuesIn(AllExamples()), CaseName);

}  // namespace
}  // namespace vnie
