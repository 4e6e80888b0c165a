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

// Publication lines of other sites: a weekday with the date in words, "ngày"
// and "lúc" around the date, section labels after the time, and the US order
// of .NET portals. None may stay in the body, where its date would be read.
TEST(SegmenterTest, PublicationLinesInWordsWithLucAndUsOrder) {
  const struct {
    const char* line;
    const char* datetime;
  } cases[] = {
      {"Thứ hai, ngày 03 tháng 02 năm 2025 | 06:50", "Thứ hai, ngày 03 tháng 02 năm 2025 | 06:50"},
      {"Chủ nhật, ngày 9 tháng 11 năm 2025 - 21:05", "Chủ nhật, ngày 9 tháng 11 năm 2025 - 21:05"},
      {"Cập nhật ngày 9-2-2025 lúc 16:30", "9-2-2025 lúc 16:30"},
      {"Xuất bản ngày 03/01/2025 lúc 08:40 | Thời sự - Xây dựng Đảng", "03/01/2025 lúc 08:40"},
      {"10/23/2024 3:05:48 PM", "10/23/2024 3:05:48 PM"},
  };
  for (const auto& c : cases) {
    const std::string text = std::string("Xã Nậm Kè có thêm hai chi bộ bản\n\n") + c.line +
                             "\n\nSáng 2/2, Đảng ủy xã Nậm Kè công bố quyết định thành lập hai chi "
                             "bộ bản mới với 14 đảng viên.\n";
    const DocumentLayout doc = Shipped().Segment(text);
    SCOPED_TRACE(Dump(doc, text));
    EXPECT_EQ(Text(text, doc.title), "Xã Nậm Kè có thêm hai chi bộ bản");
    EXPECT_EQ(Text(text, doc.publication_datetime), c.datetime);
    EXPECT_EQ(BodyText(doc, text).find(c.line), std::string::npos);
  }
}

// Bylines the end-of-body search alone missed: a labelled one under the
// publication line, and names followed by page furniture (a like counter,
// hashtags, a print / mail / top-of-page bar) and by dated related news. The
// `gone` texts are not body.
TEST(SegmenterTest, BylinesAtTheTopAndBeforePageFurniture) {
  const std::string lead =
      "Sáng 2/2, Đảng bộ phường Quyết Thắng tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho 60 đảng "
      "viên, trong đó có 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng.\n";
  const struct {
    const char* name;
    std::string text;
    const char* author;  // nullptr: no byline
    std::vector<const char*> gone;
  } cases[] = {
      {"labelled, under the publication line",
       "Phường Quyết Thắng trao Huy hiệu Đảng cho 60 đảng viên\n\n"
       "Thứ hai, ngày 03 tháng 02 năm 2025 | 06:50\nTác giả: Minh Châu\n\n" +
           lead,
       "Minh Châu",
       {"Minh Châu"}},
      {"a bare name at the top is no byline",
       "Phường Quyết Thắng trao Huy hiệu Đảng cho 60 đảng viên\n"
       "Thứ hai, ngày 03 tháng 02 năm 2025 | 06:50\nMinh Châu\n" +
           lead,
       nullptr,
       {}},
      {"an interview's, then a like counter and hashtags",
       "Mường Nhé: Bản nào cũng có đảng viên\n\nP.V: Xin cảm ơn ông!\n\n" + lead +
           "\nTRẦN MAI (thực hiện)\n\nThích 7 Chia sẻ\n\n#Mường Nhé #chi bộ bản #đảng viên trẻ\n\n"
           "Tin cùng chuyên mục\nNậm Pồ: 52 đảng viên mới trong 6 tháng\n",
       "TRẦN MAI",
       {"TRẦN MAI", "Thích 7", "#Mường Nhé", "52 đảng viên"}},
      {"a bare name, then the print bar and dated related news",
       "Châu Thành: Thêm ba chi bộ hợp tác xã\n\n" + lead +
           "\nMinh Châu\n\nBản in Gửi email Về đầu trang\n\nCác tin đã đưa ngày:\n"
           "Lai Vung kết nạp 14 đảng viên là chủ trang trại (2/3/2024)\n"
           "Tân Hồng tổng kết 10 năm thực hiện Chỉ thị 10 (28/2/2024)\n",
       "Minh Châu",
       {"Minh Châu", "Bản in", "Các tin đã đưa", "14 đảng viên", "2/3/2024"}},
  };
  for (const auto& c : cases) {
    const DocumentLayout doc = Shipped().Segment(c.text);
    SCOPED_TRACE(std::string(c.name) + "\n" + Dump(doc, c.text));
    EXPECT_EQ(Text(c.text, doc.author), c.author ? c.author : "<none>");
    if (doc.byline) {
      const Block* byline = FindBlock(doc, c.text, doc.byline->In(c.text));
      ASSERT_NE(byline, nullptr);
      EXPECT_EQ(byline->kind, BlockKind::kByline);
    }
    const std::string body = BodyText(doc, c.text);
    for (const char* gone : c.gone) EXPECT_EQ(body.find(gone), std::string::npos) << gone;
  }
}

// The body block whose text starts with `prefix`, or null.
const Block* BlockStarting(const DocumentLayout& doc, std::string_view text,
                           std::string_view prefix) {
  for (const Block& block : doc.blocks) {
    if (IsBody(block.kind) && block.span.In(text).substr(0, prefix.size()) == prefix) return &block;
  }
  return nullptr;
}

// A crawler broke sentences across lines: a line that stops without sentence
// punctuation, directly followed by one that starts in lower case or with a
// digit, continues the same paragraph and sentence.
TEST(SegmenterTest, SoftLineBreaksJoinLinesOfOneSentence) {
  const std::string text =
      "Đảng bộ xã Tam Thanh kết nạp 32 đảng viên\n"
      "\n"
      "Năm 2024, toàn Đảng bộ xã Tam Thanh có 21 chi bộ trực thuộc với 1.215\n"
      "đảng viên, tăng 29 đảng viên so với đầu năm. Các chi bộ thôn đều có chi ủy.\n"
      "\n"
      "Từ đầu nhiệm kỳ, Đảng bộ đã kết nạp được\r\n"
      "ba mươi hai đảng viên, đạt 106% chỉ tiêu.\n";
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));

  const Block* first = BlockStarting(doc, text, "Năm 2024,");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->kind, BlockKind::kLead);
  EXPECT_EQ(first->rule, "shape:lead+shape:soft-break");
  EXPECT_EQ(first->span.In(text),
            "Năm 2024, toàn Đảng bộ xã Tam Thanh có 21 chi bộ trực thuộc với 1.215\n"
            "đảng viên, tăng 29 đảng viên so với đầu năm. Các chi bộ thôn đều có chi ủy.");
  ASSERT_EQ(first->sentences.size(), 2u);
  EXPECT_EQ(first->sentences[0].In(text),
            "Năm 2024, toàn Đảng bộ xã Tam Thanh có 21 chi bộ trực thuộc với 1.215\n"
            "đảng viên, tăng 29 đảng viên so với đầu năm.");
  EXPECT_EQ(first->sentences[1].In(text), "Các chi bộ thôn đều có chi ủy.");

  const Block* second = BlockStarting(doc, text, "Từ đầu nhiệm kỳ,");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->kind, BlockKind::kParagraph);
  ASSERT_EQ(second->sentences.size(), 1u);
  EXPECT_EQ(
      second->sentences[0].In(text),
      "Từ đầu nhiệm kỳ, Đảng bộ đã kết nạp được\r\nba mươi hai đảng viên, đạt 106% chỉ tiêu.");
  // The continuation lines have no block of their own.
  EXPECT_EQ(BlockStarting(doc, text, "đảng viên, tăng"), nullptr);
  EXPECT_EQ(BlockStarting(doc, text, "ba mươi hai"), nullptr);
  EXPECT_EQ(doc.blocks.size(), 3u);
}

// What a soft break is not: a blank line between, a line ending a sentence
// (also before a closing quote), a next line in capitals, list items,
// captions, headings, table rows and numbered rows of a statistics table.
TEST(SegmenterTest, LinesThatAreNotSoftBreaksStayApart) {
  const std::string text =
      "Đảng bộ xã Tam Thanh kết nạp 32 đảng viên\n"
      "\n"
      "Năm 2024, toàn Đảng bộ xã Tam Thanh có 21 chi bộ trực thuộc với 1.215 đảng viên\n"
      "\n"
      "đảng viên trẻ chiếm gần một phần ba, theo báo cáo của Đảng ủy xã trình bày tại hội nghị.\n"
      "Ông Lê Văn Tám nói: \"Chi bộ nào cũng phải có đảng viên trẻ.\"\n"
      "tôi nghĩ đó là việc cần làm ngay, không thể chậm trễ hơn được nữa, ông Tám nói thêm.\n"
      "Kết quả phát triển đảng viên theo từng năm của Đảng bộ xã Tam Thanh trong ba năm qua "
      "được tổng hợp như sau\n"
      "2022 6 18 5\n"
      "2023 7 21 6\n"
      "Số liệu của các xã được tổng hợp trong bảng dưới đây theo từng chỉ tiêu của ngành y tế "
      "tỉnh\n"
      "84 Số lượt người khám chữa bệnh tại trạm y tế xã\n"
      "- Chi bộ thôn Đông: kết nạp 4 đảng viên, cao nhất xã trong năm vừa qua\n"
      "trong đó có hai đảng viên là đoàn viên thanh niên.\n"
      "Đồng chí Lê Văn Tám phát biểu tại hội nghị\n"
      "tổng kết năm 2024 của Đảng bộ xã.\n"
      "Kết quả nổi bật\n"
      "12 chi bộ thôn có đảng viên mới trong năm, tăng 3 chi bộ so với năm trước đó.\n";
  const DocumentLayout doc = Shipped().Segment(text);
  SCOPED_TRACE(Dump(doc, text));
  // Every non-empty line is its own block.
  size_t lines = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t eol = text.find('\n', pos);
    lines += eol > pos;
    pos = eol + 1;
  }
  EXPECT_EQ(doc.blocks.size(), lines);
  for (const Block& block : doc.blocks) {
    EXPECT_EQ(block.span.In(text).find('\n'), std::string_view::npos) << block.span.In(text);
  }
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
