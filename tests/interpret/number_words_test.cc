// The shipped lexicon's roles, and file:line errors for broken lexicons.
#include "interpret/number_words.h"

#include <gtest/gtest.h>

#include <string>

#include "lexicon_fixture.h"

namespace vnie {
namespace {

using Role = NumberWords::Role;

TEST(NumberWordsTest, ShippedLexiconHasTheCoreWords) {
  const NumberWords& words = ShippedNumberWords();
  struct Case {
    const char* word;
    Role role;
    int64_t value;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"một", Role::kDigit, 1},
           {"mốt", Role::kUnitTens, 1},
           {"lăm", Role::kUnit, 5},
           {"tư", Role::kDigit, 4},
           {"năm", Role::kLeadDigit, 5},
           {"mười", Role::kTen, 10},
           {"mươi", Role::kTens, 10},
           {"chục", Role::kTens, 10},
           {"trăm", Role::kHundred, 100},
           {"linh", Role::kFiller, 0},
           {"ngàn", Role::kScale, 1000},
           {"tỉ", Role::kScale, 1000000000},
           {"gần như", Role::kQualifier, 0},
           {"điểm phần trăm", Role::kPercentPoint, 0},
       }) {
    const NumberWords::Entry* e = words.Find(c.word);
    ASSERT_NE(e, nullptr) << "word: '" << c.word << "'";
    EXPECT_EQ(e->role, c.role) << "word: '" << c.word << "'";
    EXPECT_EQ(e->value, c.value) << "word: '" << c.word << "'";
  }
  EXPECT_EQ(words.Find("Một"), nullptr) << "lookups expect lower case";
  EXPECT_EQ(words.Find("đảng"), nullptr);
}

TEST(NumberWordsTest, LongestPrefersMultiWordEntries) {
  const NumberWords& words = ShippedNumberWords();
  std::vector<std::string> phrase = {"không", "dưới", "50"};
  NumberWords::WordMatch m = words.Longest(phrase, 0);
  ASSERT_NE(m.entry, nullptr);
  EXPECT_EQ(m.entry->word, "không dưới");
  EXPECT_EQ(m.word_count, 2u);
  EXPECT_EQ(words.Longest(phrase, 2).entry, nullptr);
  EXPECT_EQ(words.Longest(phrase, 3).entry, nullptr);
}

TEST(NumberWordsTest, ParsesCommentsBlankLinesAndMultiWordEntries) {
  StatusOr<NumberWords> words = NumberWords::Parse(
      "# a comment\n\nbảy\tdigit 7   # trailing comment\r\nxấp xỉ\tqualifier\n", "mini.txt");
  ASSERT_TRUE(words.ok()) << words.status();
  EXPECT_EQ(words->size(), 2u);
  EXPECT_EQ(words->max_words(), 2u);
  ASSERT_NE(words->Find("bảy"), nullptr);
  EXPECT_EQ(words->Find("bảy")->value, 7);
}

TEST(NumberWordsTest, ErrorsNameFileAndLine) {
  struct Case {
    const char* text;
    const char* message_part;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"một\tdigit 1\nhai digit 2\n", "lex.txt:2: expected word<TAB>role"},
           {"một\tdigit\n", "lex.txt:1: role 'digit' needs one value"},
           {"một\tdigit x1\n", "lex.txt:1: bad value 'x1'"},
           {"một\tdigit 1\nmột\tdigit 1\n", "lex.txt:2: duplicate word"},
           {"# only\n\nhai\tcolour 2\n", "lex.txt:3: unknown role 'colour'"},
           {"hơn\tqualifier 3\n", "lex.txt:1: role 'qualifier' takes no value"},
           {"Hai\tdigit 2\n", "lex.txt:1: word is not in lower case"},
           {"# nothing\n", "lex.txt: no entries"},
       }) {
    StatusOr<NumberWords> words = NumberWords::Parse(c.text, "lex.txt");
    ASSERT_FALSE(words.ok()) << "lexicon: '" << c.text << "'";
    EXPECT_NE(std::string(words.status().message()).find(c.message_part), std::string::npos)
        << "lexicon: '" << c.text << "' gave: " << words.status();
  }
}

TEST(NumberWordsTest, LoadReportsAMissingFile) {
  StatusOr<NumberWords> words = LoadNumberWords("/nonexistent/number_words.txt");
  ASSERT_FALSE(words.ok());
  EXPECT_TRUE(absl::IsNotFound(words.status())) << words.status();
}

}  // namespace
}  // namespace vnie
