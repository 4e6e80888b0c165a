// Tests for Segmenter on articles written for these tests in the style of the
// provincial press: site furniture above the headline, publication lines, photo
// captions printed twice, bylines, and related-news tails full of numbers.
#include "segment/segmenter.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "support/loaded_or_die.h"

namespace vnie {
namespace {

const Segmenter& Shipped() {
  static const Segmenter* segmenter = [] {
    SegmenterOptions options;
    options.patterns_dir = std::string(VNIE_SOURCE_DIR) + "/patterns";
    StatusOr<std::unique_ptr<Segmenter>> loaded = Segmenter::Load(options);
    return LoadedOrDie(std::move(loaded), "the shipped segment markers");
  }();
  return *segmenter;
}

std::string Text(std::string_view text, const std::optional<ByteSpan>& span) {
  return span ? std::string(span->In(text)) : std::string("<none>");
}

// The block whose line is exactly `line`, or null; `nth` picks a repeated line.
const Block* FindBlock(const DocumentLayout& doc, std::string_view text, std::string_view line,
                       int nth = 0) {
  for (const Block& block : doc.blocks) {
    if (block.span.In(text) == line && nth-- == 0) return &block;
  }
  return nullptr;
}

// All body text, for checking that nothing of a tail leaks into it.
std::string BodyText(const DocumentLayout& doc, std::string_view text) {
  std::string body;
  for (const Block& block : doc.blocks) {
    if (IsBody(block.kind)) body.append(block.span.In(text)).append("\n");
  }
  return body;
}

std::string Dump(const DocumentLayout& doc, std::string_view text) {
  std::string out;
  for (const Block& block : doc.blocks) {
    out.append("  [").append(BlockKindName(block.kind)).append(" ").append(block.rule);
    out.append("] ").append(block.span.In(text)).append("\n");
  }
  return out;
}

// A full page: furniture, headline, publication line, lead, captions (one
// printed twice and one ending in " |"), an image file name, a ">>" related
// link inside the body, a list, a byline, then a related-news tail with numbers.
const char kFullPage[] =
    "Báo Miền Núi điện tử\n"
    "Xây dựng Đảng\n"
    "\n"
    "Huyện Khánh Sơn kết nạp 64 đảng viên trong năm học mới\n"
    "\n"
    "Thứ Năm, 14/03/2024, 07:45 [GMT+7]\n"
    "\n"
    "Năm học vừa qua, Huyện ủy Khánh Sơn chỉ đạo các chi bộ trường học rà soát nguồn quần "
    "chúng ưu tú và kết nạp được 64 đảng viên, vượt 12% chỉ tiêu đề ra.\n"
    "\n"
    "Theo ThS. Đinh Văn Quý, Trưởng Ban Tổ chức Huyện ủy, các chi bộ ở TP. Cam Ranh cũ đã "
    "chuyển về huyện từ tháng 7. Việc bàn giao hồ sơ đảng viên hoàn thành sớm.\n"
    "\n"
    "khanhson-ketnap.jpg\n"
    "Đồng chí Đinh Văn Quý phát biểu tại lễ kết nạp\n"
    "Đồng chí Đinh Văn Quý phát biểu tại lễ kết nạp\n"
    "\n"
    ">> Huyện Khánh Sơn tổng kết công tác xây dựng Đảng năm 2023\n"
    "\n"
    "Các chi bộ có số đảng viên mới nhiều nhất gồm:\n"
    "- Chi bộ Trường THCS Sơn Lâm: 9 đảng viên;\n"
    "- Chi bộ Trường Tiểu học Ba Cụm Bắc: 7 đảng viên.\n"
    "\n"
    "Học sinh Trường THCS Sơn Lâm dự lễ chào cờ đầu tuần. |\n"
    "\n"
    "Trong thời gian tới, đ/c Quý đề nghị các chi ủy quan tâm bồi dưỡng giáo viên trẻ, nhất là "
    "giáo viên người đồng bào Raglai, để tạo nguồn phát triển đảng viên lâu dài.\n"
    "\n"
    "Tin, ảnh: Thanh Tâm\n"
    "\n"
    "Tin liên quan\n"
    "\n"
    "Huyện Cam Lâm có 1.250 đảng viên là giáo viên\n"
    "Thị xã Ninh Hòa kết nạp 318 đảng viên, đạt 105% kế hoạch\n"
    "\n"
    "fb yt zl tw\n";

TEST(SegmenterTest, FullPageHeaderBodyBylineAndTail) {
  const std::string text = kFullPage;
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));
  EXPECT_EQ(Text(text, doc.title), "Huyện Khánh Sơn kết nạp 64 đảng viên trong năm học mới");
  EXPECT_EQ(Text(text, doc.publication), "Thứ Năm, 14/03/2024, 07:45 [GMT+7]");
  EXPECT_EQ(Text(text, doc.publication_datetime), "Thứ Năm, 14/03/2024, 07:45");
  EXPECT_EQ(Text(text, doc.byline), "Tin, ảnh: Thanh Tâm");
  EXPECT_EQ(Text(text, doc.author), "Thanh Tâm");

  // Furniture above the headline and the tail are not body; numbers in the tail
  // ("1.250", "318", "105%") must not reach the extractors.
  const std::string body = BodyText(doc, text);
  for (const char* gone :
       {"Báo Miền Núi điện tử", "Xây dựng Đảng\n", "khanhson-ketnap.jpg", ">> Huyện",
        "Tin liên quan", "1.250", "318", "105%", "fb yt zl tw", "Thanh Tâm"}) {
    EXPECT_EQ(body.find(gone), std::string::npos) << gone;
  }
  for (const char* kept : {"vượt 12% chỉ tiêu", "9 đảng viên;", "7 đảng viên.", "đ/c Quý"}) {
    EXPECT_NE(body.find(kept), std::string::npos) << kept;
  }
}

TEST(SegmenterTest, FullPageBlockKinds) {
  const std::string text = kFullPage;
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));
  struct Expect {
    const char* line;
    int nth;
    BlockKind kind;
  };
  const Expect expects[] = {
      {"Huyện Khánh Sơn kết nạp 64 đảng viên trong năm học mới", 0, BlockKind::kTitle},
      {"Thứ Năm, 14/03/2024, 07:45 [GMT+7]", 0, BlockKind::kPublication},
      {"Đồng chí Đinh Văn Quý phát biểu tại lễ kết nạp", 0, BlockKind::kCaption},
      {"Đồng chí Đinh Văn Quý phát biểu tại lễ kết nạp", 1, BlockKind::kBoilerplate},
      {"- Chi bộ Trường THCS Sơn Lâm: 9 đảng viên;", 0, BlockKind::kListItem},
      {"Học sinh Trường THCS Sơn Lâm dự lễ chào cờ đầu tuần. |", 0, BlockKind::kCaption},
      {"Tin, ảnh: Thanh Tâm", 0, BlockKind::kByline},
      {"Huyện Cam Lâm có 1.250 đảng viên là giáo viên", 0, BlockKind::kBoilerplate},
      {"fb yt zl tw", 0, BlockKind::kBoilerplate},
      {"Báo Miền Núi điện tử", 0, BlockKind::kBoilerplate},
  };
  for (const Expect& e : expects) {
    const Block* block = FindBlock(doc, text, e.line, e.nth);
    ASSERT_NE(block, nullptr) << e.line;
    EXPECT_EQ(BlockKindName(block->kind), BlockKindName(e.kind))
        << e.line << " rule " << block->rule;
  }
  const Block* duplicate =
      FindBlock(doc, text, "Đồng chí Đinh Văn Quý phát biểu tại lễ kết nạp", 1);
  ASSERT_NE(duplicate, nullptr);
  EXPECT_EQ(duplicate->rule, "duplicate");
  // The first paragraph after the header is the lead.
  const Block* lead = nullptr;
  for (const Block& block : doc.blocks) {
    if (block.kind == BlockKind::kLead) lead = &block;
  }
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(lead->span.In(text).substr(0, 20), "Năm học vừa qua");
}

TEST(SegmenterTest, SentencesKeepAbbreviationsAndMapToBytes) {
  const std::string text = kFullPage;
  const DocumentLayout doc = Shipped().Segment(text);
  const size_t begin = text.find("Theo ThS.");
  const Block* block = nullptr;
  for (const Block& b : doc.blocks) {
    if (b.span.begin == begin) block = &b;
  }
  ASSERT_NE(block, nullptr) << Dump(doc, text);
  ASSERT_EQ(block->sentences.size(), 2u) << block->span.In(text);
  EXPECT_EQ(block->sentences[0].In(text),
            "Theo ThS. Đinh Văn Quý, Trưởng Ban Tổ chức Huyện ủy, các chi bộ ở TP. Cam Ranh cũ đã "
            "chuyển về huyện từ tháng 7.");
  EXPECT_EQ(block->sentences[1].In(text), "Việc bàn giao hồ sơ đảng viên hoàn thành sớm.");
  for (const Block& b : doc.blocks) {
    if (!IsBody(b.kind)) {
      EXPECT_TRUE(b.sentences.empty()) << b.span.In(text);
    }
    for (ByteSpan s : b.sentences) EXPECT_TRUE(b.span.Contains(s)) << b.span.In(text);
  }
}

// A short item from another site: CRLF line ends, a time-first publication line,
// a stray "." above the headline and "," and "." after the byline.
const char kCrlfPage[] =
    ".\r\n"
    "\r\n"
    "Xã Tà Xùa có thêm 5 đảng viên là người Mông\r\n"
    "\r\n"
    "16:20, Thứ Sáu, 09/08/2019 (GMT+7)\r\n"
    "\r\n"
    "Ngày 8/8, Đảng ủy xã Tà Xùa tổ chức lễ kết nạp 5 đảng viên mới. Cả 5 đồng chí đều "
    "là thanh niên người Mông đang sinh sống tại các bản vùng cao.\r\n"
    "\r\n"
    "Hiện Đảng bộ xã có 14 chi bộ với 212 đảng viên.\r\n"
    "\r\n"
    "K.Hương\r\n"
    "\r\n"
    ",\r\n"
    ".\r\n";

TEST(SegmenterTest, CrlfArticleSpansExcludeCarriageReturns) {
  const std::string text = kCrlfPage;
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));
  EXPECT_EQ(Text(text, doc.title), "Xã Tà Xùa có thêm 5 đảng viên là người Mông");
  EXPECT_EQ(Text(text, doc.publication_datetime), "16:20, Thứ Sáu, 09/08/2019");
  EXPECT_EQ(Text(text, doc.author), "K.Hương");
  for (const Block& block : doc.blocks) {
    EXPECT_EQ(block.span.In(text).find('\r'), std::string_view::npos) << block.span.In(text);
    for (ByteSpan s : block.sentences) {
      EXPECT_EQ(s.In(text).find('\r'), std::string_view::npos) << s.In(text);
    }
  }
  const Block* lead = FindBlock(
      doc, text,
      "Ngày 8/8, Đảng ủy xã Tà Xùa tổ chức lễ kết nạp 5 đảng viên mới. Cả 5 đồng chí đều là "
      "thanh niên người Mông đang sinh sống tại các bản vùng cao.");
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(lead->kind, BlockKind::kLead);
  EXPECT_EQ(lead->sentences.size(), 2u);
}

TEST(SegmenterTest, ArticleWithoutBylineOrPublicationLine) {
  const std::string text =
      "Trường Mầm non Hoa Sen có chi bộ độc lập\n"
      "\n"
      "Sau ba năm là chi bộ ghép, Chi bộ Trường Mầm non Hoa Sen nay có 11 đảng viên và "
      "được Đảng ủy xã quyết định tách thành chi bộ độc lập.\n"
      "\n"
      "Bà Vi Thị Hằng, Bí thư Chi bộ, cho biết nhà trường sẽ tập trung bồi dưỡng 4 quần "
      "chúng ưu tú trong năm tới để tiếp tục phát triển đảng viên.\n";
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));
  EXPECT_EQ(Text(text, doc.title), "Trường Mầm non Hoa Sen có chi bộ độc lập");
  EXPECT_FALSE(doc.publication.has_value());
  EXPECT_FALSE(doc.publication_datetime.has_value());
  EXPECT_FALSE(doc.byline.has_value());
  EXPECT_FALSE(doc.author.has_value());
  EXPECT_EQ(doc.blocks.size(), 3u);
}

TEST(SegmenterTest, ExcerptsWithoutHeadline) {
  const char* cases[] = {
      // Starts with the lead.
      "Trong năm qua, công tác phát triển đảng viên ở các trường học của thị xã được chú "
      "trọng, góp phần nâng cao chất lượng dạy và học.\n"
      "Chi bộ Trường THCS Lê Lợi có 18 đảng viên trong tổng số 40 cán bộ, giáo viên.\n",
      // Starts with a photo caption closed by the image-box bar.
      "Lãnh đạo xã trao quyết định kết nạp cho đảng viên mới. Ảnh: Văn Tín |\n"
      "Kết quả này có được là nhờ các chi bộ kiên trì bồi dưỡng quần chúng ưu tú trong "
      "đoàn viên thanh niên và giáo viên trẻ.\n",
      // A report flattened to short hard-wrapped lines.
      "12 (Tiếp theo) Giáo dục phổ thông\n"
      "chia theo cấp học\n"
      "Đơn vị Tổng\n"
      "tính số\n"
      "45 Số trường học Trường 120\n",
  };
  for (const char* input : cases) {
    const std::string text = input;
    const DocumentLayout doc = Shipped().Segment(text);
    EXPECT_FALSE(doc.title.has_value()) << text << "\ngot title: " << Text(text, doc.title);
  }
}

TEST(SegmenterTest, BreadcrumbsAndTagHeadersAboveTheHeadline) {
  const std::string text =
      "Chủ đề nóng\n"
      "Công tác Đảng\n"
      "\n"
      "Đảng bộ phường Đông Hải tổng kết nhiệm kỳ\n"
      "Ngày đăng 11/02/2023 | 08:30 | View count: 12\n"
      "\n"
      "Sáng 10/2, Đảng bộ phường Đông Hải tổ chức hội nghị tổng kết công tác xây dựng Đảng "
      "nhiệm kỳ 2020-2025 với sự tham dự của 120 đại biểu.\n";
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));
  EXPECT_EQ(Text(text, doc.title), "Đảng bộ phường Đông Hải tổng kết nhiệm kỳ");
  EXPECT_EQ(Text(text, doc.publication_datetime), "11/02/2023 | 08:30");
  const Block* crumb = FindBlock(doc, text, "Công tác Đảng");
  ASSERT_NE(crumb, nullptr);
  EXPECT_EQ(crumb->kind, BlockKind::kBoilerplate);
}

TEST(SegmenterTest, BracketPrefixTitleAndDoubleByline) {
  const std::string text =
      "[Infographics] - Kết quả kết nạp đảng viên của tỉnh năm 2024\n"
      "Năm 2024, toàn tỉnh kết nạp 2.140 đảng viên, trong đó 31% là đoàn viên thanh niên.\n"
      "Thu Trang - Văn Toàn\n";
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));
  EXPECT_EQ(Text(text, doc.title), "[Infographics] - Kết quả kết nạp đảng viên của tỉnh năm 2024");
  EXPECT_EQ(Text(text, doc.author), "Thu Trang - Văn Toàn");
}

TEST(SegmenterTest, RepeatedTeaserKeepsOnlyTheHeadline) {
  const std::string text =
      "Giữ chân giáo viên giỏi ở vùng cao\n"
      "\n"
      "  \u2022 Giữ chân giáo viên giỏi ở vùng cao\n"
      "\n"
      "    Giữ chân giáo viên giỏi ở vùng cao\n"
      "\n"
      "Năm nay huyện Mường Tè bố trí thêm 26 căn nhà công vụ cho giáo viên ở các điểm trường "
      "xa trung tâm.\n";
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));
  EXPECT_EQ(Text(text, doc.title), "Giữ chân giáo viên giỏi ở vùng cao");
  int body_copies = 0;
  for (const Block& block : doc.blocks) {
    if (IsBody(block.kind) && block.span.In(text).find("Giữ chân") != std::string_view::npos) {
      ++body_copies;
    }
  }
  EXPECT_EQ(body_copies, 1);
}

TEST(SegmenterTest, WidgetsCountersAndCommentBoxesAreBoilerplate) {
  const std::string text =
      "Thời tiết\n"
      "Hà Nội 24°C\n"
      "Đà Nẵng 29°C\n"
      "TP Hồ Chí Minh 33°C\n"
      "Đường dây nóng: 0987 654 321\n"
      "\n"
      "Chi bộ thôn Nà Pồng ra mắt mô hình dân vận khéo\n"
      "\n"
      "Lượt xem: 1.234\n"
      "{keywords}\n"
      "Chi bộ thôn Nà Pồng vừa ra mắt mô hình dân vận khéo với sự tham gia của 37 hộ gia đình "
      "và 15 đảng viên trong thôn.\n"
      "\n"
      "Minh Khôi\n"
      "\n"
      "Ý kiến bạn đọc\n"
      "Họ và tên\n"
      "Email\n"
      "Gửi bình luận\n"
      "Từ khóa: dân vận khéo, chi bộ thôn, 2024\n";
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));
  EXPECT_EQ(Text(text, doc.title), "Chi bộ thôn Nà Pồng ra mắt mô hình dân vận khéo");
  EXPECT_EQ(Text(text, doc.author), "Minh Khôi");
  const std::string body = BodyText(doc, text);
  for (const char* gone : {"Hà Nội", "Đà Nẵng", "Hồ Chí Minh", "0987", "1.234", "{keywords}",
                           "Ý kiến", "Họ và tên", "Email", "2024"}) {
    EXPECT_EQ(body.find(gone), std::string::npos) << gone;
  }
  EXPECT_NE(body.find("37 hộ gia đình"), std::string::npos);
}

TEST(SegmenterTest, TailMarkerAtTheTopOnlyDropsItself) {
  const std::string text =
      "Tin mới\n"
      "Hội Cựu chiến binh xã trao 20 suất quà cho hội viên khó khăn\n"
      "\n"
      "Nhân dịp Tết, Hội Cựu chiến binh xã Hòa Tiến đã trao 20 suất quà, mỗi suất trị giá "
      "500.000 đồng, cho hội viên có hoàn cảnh khó khăn.\n";
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));
  EXPECT_EQ(Text(text, doc.title), "Hội Cựu chiến binh xã trao 20 suất quà cho hội viên khó khăn");
  EXPECT_NE(BodyText(doc, text).find("500.000 đồng"), std::string::npos);
}

TEST(SegmenterTest, BlocksCoverEveryNonEmptyLineInOrder) {
  for (const char* input : {kFullPage, kCrlfPage}) {
    const std::string text = input;
    const DocumentLayout doc = Shipped().Segment(text);
    size_t lines = 0;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t eol = text.find('\n', pos);
      if (eol == std::string::npos) eol = text.size();
      std::string_view line = std::string_view(text).substr(pos, eol - pos);
      if (line.find_first_not_of(" \r") != std::string_view::npos) ++lines;
      pos = eol + 1;
    }
    EXPECT_EQ(doc.blocks.size(), lines) << text;
    for (size_t i = 1; i < doc.blocks.size(); ++i) {
      EXPECT_LT(doc.blocks[i - 1].span.end, doc.blocks[i].span.begin) << text;
    }
  }
}

TEST(SegmenterTest, EmptyAndBlankInputs) {
  for (const char* input : {"", "\n\n", "  \r\n \r\n"}) {
    const DocumentLayout doc = Shipped().Segment(input);
    EXPECT_TRUE(doc.blocks.empty()) << '"' << input << '"';
    EXPECT_FALSE(doc.title.has_value()) << '"' << input << '"';
  }
}

TEST(SegmenterTest, SegmentIsThreadSafe) {
  const std::string text = kFullPage;
  const DocumentLayout expected = Shipped().Segment(text);
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        const DocumentLayout doc = Shipped().Segment(text);
        bool equal = doc.title == expected.title && doc.author == expected.author &&
                     doc.blocks.size() == expected.blocks.size();
        for (size_t b = 0; equal && b < doc.blocks.size(); ++b) {
          equal = doc.blocks[b].sentences == expected.blocks[b].sentences;
        }
        same[t] += equal;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(same[t], 20) << "thread " << t;
}

TEST(SegmenterLoadTest, EmptyPatternsDirIsAnError) {
  StatusOr<std::unique_ptr<Segmenter>> segmenter = Segmenter::Load(SegmenterOptions());
  ASSERT_FALSE(segmenter.ok());
  EXPECT_EQ(segmenter.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(SegmenterLoadTest, MissingFileIsNamed) {
  SegmenterOptions options;
  options.patterns_dir = "/nonexistent/vnie-patterns";
  StatusOr<std::unique_ptr<Segmenter>> segmenter = Segmenter::Load(options);
  ASSERT_FALSE(segmenter.ok());
  EXPECT_EQ(segmenter.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(segmenter.status().message().find("/nonexistent/vnie-patterns/segment/"),
            std::string::npos)
      << segmenter.status();
}

TEST(SegmenterLoadTest, BadRegexInAShippedFileNamesFileAndLine) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "vnie_segmenter_load_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "segment");
  for (const auto& entry :
       fs::directory_iterator(fs::path(VNIE_SOURCE_DIR) / "patterns" / "segment")) {
    fs::copy_file(entry.path(), dir / "segment" / entry.path().filename());
  }
  size_t lines = 0;
  {
    std::ifstream in(dir / "segment" / "drop_lines.txt");
    for (std::string line; std::getline(in, line);) ++lines;
  }
  std::ofstream(dir / "segment" / "drop_lines.txt", std::ios::app) << "^[unclosed\n";
  SegmenterOptions options;
  options.patterns_dir = dir.string();
  StatusOr<std::unique_ptr<Segmenter>> segmenter = Segmenter::Load(options);
  fs::remove_all(dir);
  ASSERT_FALSE(segmenter.ok());
  const std::string where = "drop_lines.txt:" + std::to_string(lines + 1);
  EXPECT_NE(segmenter.status().message().find(where), std::string::npos)
      << segmenter.status() << " (want " << where << ")";
}

}  // namespace
}  // namespace vnie
