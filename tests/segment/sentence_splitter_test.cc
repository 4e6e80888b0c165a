// Tests for SentenceSplitter: ICU sentence breaks on Vietnamese text, the
// abbreviation list, and UTF-16 -> UTF-8 offsets.
#include "segment/sentence_splitter.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "support/loaded_or_die.h"

namespace vnie {
namespace {

const SentenceSplitter& Shipped() {
  static const SentenceSplitter* splitter = [] {
    StatusOr<std::unique_ptr<SentenceSplitter>> loaded = SentenceSplitter::Load(
        std::string(VNIE_SOURCE_DIR) + "/patterns/segment/abbreviations.txt");
    return LoadedOrDie(std::move(loaded), "the shipped abbreviations");
  }();
  return *splitter;
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (ByteSpan s : Shipped().Split(text, {0, text.size()})) out.emplace_back(s.In(text));
  return out;
}

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> sentences;
};

TEST(SentenceSplitterTest, SplitsVietnameseText) {
  const Case cases[] = {
      {"plain breaks",
       "Chi bộ có 15 đảng viên. Năm nay kết nạp thêm 3 người. Tỷ lệ đạt 20%.",
       {"Chi bộ có 15 đảng viên.", "Năm nay kết nạp thêm 3 người.", "Tỷ lệ đạt 20%."}},
      {"TP. before a name",
       "Đoàn đã đến TP. Buôn Ma Thuột để làm việc. Buổi chiều, đoàn về huyện.",
       {"Đoàn đã đến TP. Buôn Ma Thuột để làm việc.", "Buổi chiều, đoàn về huyện."}},
      {"ThS. and PGS.TS.",
       "Phát biểu có ThS. Lê Văn Hòa và PGS.TS. Nguyễn Minh Châu. Hội thảo kết thúc lúc 11 giờ.",
       {"Phát biểu có ThS. Lê Văn Hòa và PGS.TS. Nguyễn Minh Châu.",
        "Hội thảo kết thúc lúc 11 giờ."}},
      {"Th.S and TS.",
       "Cô Th.S Đỗ Ngọc Lan cùng TS. Vũ Hải dự lễ. Lễ diễn ra trang trọng.",
       {"Cô Th.S Đỗ Ngọc Lan cùng TS. Vũ Hải dự lễ.", "Lễ diễn ra trang trọng."}},
      {"đ/c in brackets",
       "Chi bộ giao (đ/c. Hùng) theo dõi. Việc này hoàn thành trong tháng.",
       {"Chi bộ giao (đ/c. Hùng) theo dõi.", "Việc này hoàn thành trong tháng."}},
      {"single initial",
       "Theo anh Lê V. Hùng, chi bộ có 12 đảng viên. Chị T. Lan đồng ý.",
       {"Theo anh Lê V. Hùng, chi bộ có 12 đảng viên.", "Chị T. Lan đồng ý."}},
      {"question and exclamation",
       "Vì sao tỷ lệ còn thấp? Cần cố gắng hơn! Đó là ý kiến chung.",
       {"Vì sao tỷ lệ còn thấp?", "Cần cố gắng hơn!", "Đó là ý kiến chung."}},
      {"closing quote stays with its sentence",
       "Bà Hạnh nói: \"Chúng tôi sẽ làm tốt.\" Sau đó bà rời hội trường.",
       {"Bà Hạnh nói: \"Chúng tôi sẽ làm tốt.\"", "Sau đó bà rời hội trường."}},
      {"item number stays with its text",
       "1. Đặc điểm tình hình chung",
       {"1. Đặc điểm tình hình chung"}},
      {"closing /. joins the last sentence",
       "Hội nghị kết thúc tốt đẹp. /.",
       {"Hội nghị kết thúc tốt đẹp. /."}},
      {"decimal comma and dotted thousands are not breaks",
       "Toàn tỉnh có 1.409 đảng viên, chiếm 74,59% tổng số.",
       {"Toàn tỉnh có 1.409 đảng viên, chiếm 74,59% tổng số."}},
      {"never across a line break",
       "Dòng thứ nhất không có dấu chấm\nDòng thứ hai có dấu chấm.",
       {"Dòng thứ nhất không có dấu chấm", "Dòng thứ hai có dấu chấm."}},
      {"CRLF line ends", "Câu một.\r\nCâu hai.\r\n", {"Câu một.", "Câu hai."}},
      {"empty", "", {}},
      {"blank only", "   \n  ", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.name) + ": \"" + c.text + "\"");
    EXPECT_EQ(Sentences(c.text), c.sentences);
  }
}

TEST(SentenceSplitterTest, OffsetsAreUtf8BytesAfterAstralAndCombiningCharacters) {
  // "😀" is 4 UTF-8 bytes and 2 UTF-16 units; "ệ" is 3 bytes and 1 unit; a
  // decomposed "ế" (e + U+0302 + U+0301) is 5 bytes and 3 units.
  const std::string text =
      "Ảnh 😀 đẹp. Tiếp tục kết nạp đảng viên. Chi bộ xe\xCC\x82\xCC\x81p loại tốt.";
  const std::vector<ByteSpan> spans = Shipped().Split(text, {0, text.size()});
  ASSERT_EQ(spans.size(), 3u) << text;
  EXPECT_EQ(spans[0].In(text), "Ảnh 😀 đẹp.");
  EXPECT_EQ(spans[1].In(text), "Tiếp tục kết nạp đảng viên.");
  EXPECT_EQ(spans[2].In(text), "Chi bộ xe\xCC\x82\xCC\x81p loại tốt.");
  EXPECT_EQ(spans[0].begin, 0u);
  EXPECT_EQ(spans[2].end, text.size());
}

TEST(SentenceSplitterTest, SpansAreIntoTheWholeTextWhenSplittingAPart) {
  const std::string text = "Tiêu đề bài\nĐoạn một có TP. Vinh. Đoạn một câu hai.\nCuối.";
  const size_t begin = text.find("Đoạn");
  const size_t end = text.find("\nCuối");
  const std::vector<ByteSpan> spans = Shipped().Split(text, {begin, end});
  ASSERT_EQ(spans.size(), 2u) << text;
  EXPECT_EQ(spans[0].In(text), "Đoạn một có TP. Vinh.");
  EXPECT_EQ(spans[1].In(text), "Đoạn một câu hai.");
  EXPECT_EQ(spans[0].begin, begin);
}

// A paragraph a crawler broke in mid-sentence: SplitAcrossLines reads the
// breaks as spaces, and its sentences still point into the text, breaks
// included; Split keeps to the lines.
TEST(SentenceSplitterTest, SplitAcrossLinesRunsSentencesOverLineBreaks) {
  const struct {
    const char* text;
    std::vector<std::string> across_lines;
    size_t by_lines;
  } cases[] = {
      {"Xã có 15\nđảng viên. Ở TP.\nVinh, năm nay kết nạp thêm\r\n3 người.",
       {"Xã có 15\nđảng viên.", "Ở TP.\nVinh, năm nay kết nạp thêm\r\n3 người."},
       5},
      {"Chi bộ đã kết nạp được\nba mươi hai đảng viên.\n",
       {"Chi bộ đã kết nạp được\nba mươi hai đảng viên."},
       2},
      {"Một câu.\nHai câu.", {"Một câu.", "Hai câu."}, 2},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const std::string text = std::string("Tiêu đề\n") + c.text + "\nCuối.";
    const ByteSpan paragraph{text.find('\n') + 1, text.rfind('\n')};
    std::vector<std::string> got;
    for (ByteSpan s : Shipped().SplitAcrossLines(text, paragraph)) got.emplace_back(s.In(text));
    EXPECT_EQ(got, c.across_lines);
    EXPECT_EQ(Shipped().Split(text, paragraph).size(), c.by_lines);
  }
}

TEST(SentenceSplitterTest, AbbreviationListIsCaseSensitiveAndTakesRegexes) {
  StatusOr<std::unique_ptr<SentenceSplitter>> splitter =
      SentenceSplitter::Parse("# test list\nTP.\nre:[0-9]+[.]\n", "abbr.txt");
  ASSERT_TRUE(splitter.ok()) << splitter.status();
  EXPECT_TRUE((*splitter)->IsAbbreviation("TP."));
  EXPECT_FALSE((*splitter)->IsAbbreviation("tp."));
  EXPECT_TRUE((*splitter)->IsAbbreviation("12."));
  EXPECT_FALSE((*splitter)->IsAbbreviation("12.a"));  // the regex must match the whole token
}

TEST(SentenceSplitterTest, BadAbbreviationFileNamesFileAndLine) {
  const std::pair<const char*, const char*> cases[] = {
      {"TP.\nre:(\n", "abbr.txt:2"},
      {"TP.\n\n# c\nGS. TS.\n", "abbr.txt:4"},
  };
  for (const auto& [contents, where] : cases) {
    SCOPED_TRACE(contents);
    StatusOr<std::unique_ptr<SentenceSplitter>> splitter =
        SentenceSplitter::Parse(contents, "abbr.txt");
    ASSERT_FALSE(splitter.ok());
    EXPECT_NE(splitter.status().message().find(where), std::string::npos) << splitter.status();
  }
}

}  // namespace
}  // namespace vnie
