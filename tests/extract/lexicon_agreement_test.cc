// Lexicons that state the same words for two readers must not drift apart: the
// regex macro {qualifiers} finds a qualifier, number_words.txt reads it.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace vnie {
namespace {

// Entries of patterns/lexicon/NAME.txt whose tab-separated value is `value`
// (any value when empty).
std::set<std::string> LexiconEntries(const std::string& name, const std::string& value = "") {
  std::ifstream in(std::string(VNIE_SOURCE_DIR) + "/patterns/lexicon/" + name + ".txt");
  std::set<std::string> entries;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (!value.empty() && (tab == std::string::npos || line.substr(tab + 1) != value)) continue;
    entries.insert(line.substr(0, tab));
  }
  return entries;
}

TEST(LexiconAgreementTest, QualifiersAreTheNumberReadersQualifiers) {
  const std::set<std::string> matched = LexiconEntries("qualifiers");
  const std::set<std::string> read = LexiconEntries("number_words", "qualifier");
  ASSERT_FALSE(matched.empty());
  EXPECT_EQ(matched, read);
}

}  // namespace
}  // namespace vnie
