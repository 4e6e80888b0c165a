#include "input/html_text.h"

#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "input/html_entities.h"

namespace vnie {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

HtmlOptions Options() {
  auto options = LoadHtmlOptions(VNIE_SOURCE_DIR "/patterns");
  EXPECT_TRUE(options.ok()) << options.status();
  return options.ok() ? *options : HtmlOptions();
}

// What a reader sees of an HTML fragment, without any blank: tags removed
// (unless `keep_tags`, for text inside <title>), references decoded.
std::string Visible(std::string_view html, bool keep_tags = false) {
  std::string without_tags;
  bool in_tag = false;
  for (size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    // As in HTML, '<' opens a tag only before a letter, '/' or '!'.
    if (c == '<' && !keep_tags && i + 1 < html.size() &&
        (std::isalpha(static_cast<unsigned char>(html[i + 1])) || html[i + 1] == '/' ||
         html[i + 1] == '!')) {
      in_tag = true;
    }
    if (!in_tag) without_tags.push_back(c);
    if (c == '>') in_tag = false;
  }
  const std::string decoded = DecodeCharacterReferences(without_tags);
  std::string out;
  for (size_t i = 0; i < decoded.size(); ++i) {
    if (decoded[i] == ' ' || decoded[i] == '\n' || decoded[i] == '\r' || decoded[i] == '\t') {
      continue;
    }
    if (decoded.compare(i, 2, "\xC2\xA0") == 0) {
      ++i;
      continue;
    }
    out.push_back(decoded[i]);
  }
  return out;
}

// The offset property: every word of the text maps to page bytes that show
// exactly that word, and the map covers both texts whole. The "|" that joins a
// table row's cells stands for the cell's start tag instead.
void ExpectOffsetsHold(std::string_view html, const HtmlText& result, bool damaged = false) {
  EXPECT_EQ(result.map.normalized_size(), result.text.size());
  EXPECT_EQ(result.map.original_size(), html.size());
  const std::string& text = result.text;
  size_t words = 0;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '\n') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
    const ByteSpan original = result.map.ToOriginal({i, j});
    const std::string word = text.substr(i, j - i);
    if (word == "|" && (original.In(html).rfind("<td", 0) == 0 || original.In(html).rfind("<th", 0) == 0)) {
      i = j;
      continue;
    }
    // A damaged page may leave its <title> open: markup then is title text.
    if (damaged && Visible(original.In(html), /*keep_tags=*/true) == word) {
      i = j;
      continue;
    }
    EXPECT_EQ(Visible(original.In(html)), word)
        << "word at " << i << " maps to [" << original.begin << ", " << original.end << ") \""
        << original.In(html) << "\"";
    ++words;
    i = j;
  }
  if (!damaged) {
    EXPECT_GT(words, 0u);
  }
}

// A news page with the usual chrome around a short story.
constexpr char kArticlePage[] = R"(<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="UTF-8">
<title>Huyện Đông Sơn kết nạp đảng viên mới - Báo Thử Nghiệm</title>
<meta property="og:title" content="Huyện Đông Sơn kết nạp 45 đảng viên mới">
<meta property="og:site_name" content="Báo Thử Nghiệm">
<meta name="author" content="Báo Thử Nghiệm">
<meta property="article:published_time" content="2024-04-12T08:30:00+07:00">
<script>var html = "<p>không phải bài</p>";</script>
<style>p { color: red }</style>
</head>
<body>
<header class="site-header"><a href="/">Trang chủ</a><ul class="menu"><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></header>
<nav><a href="/chinh-tri">Chính trị</a> | <a href="/the-thao">Thể thao</a></nav>
<div class="wrapper"><div class="main-col"><div class="story">
<h1 class="title">Huyện Đông Sơn kết nạp 45 đảng viên mới</h1>
<div class="byline">Hải Yến</div>
<p class="lead">Trong quý I, Đảng bộ huyện Đông Sơn đã kết nạp 45 đảng viên mới, đạt 30% chỉ tiêu cả năm &amp; vượt kế hoạch đề ra.</p>
<div><div><p>Theo Ban Tổ chức Huyện ủy, 12 chi bộ trường học đã có đảng viên mới;<br>
trong đó có 3 chi bộ lần đầu kết nạp giáo viên trẻ.</p></div></div>
<figure><img src="a.jpg" alt="Lễ kết nạp"><figcaption>Lễ kết nạp đảng viên tại xã Đông Hòa. Ảnh: H.Y</figcaption></figure>
<p>Bí thư Huyện ủy Lê Văn Nam yêu cầu các chi bộ tiếp tục quan tâm bồi dưỡng quần chúng ưu tú, nhất là trong đoàn viên thanh niên.</p>
<h2>Nâng chất lượng sinh hoạt chi bộ</h2>
<p>Các chi bộ duy trì sinh hoạt chuyên đề mỗi quý một lần,&nbsp;với nội dung gắn với nhiệm vụ chính trị của đơn vị.</p>
<ul><li>Chi bộ Trường THCS Đông Sơn: 4 đảng viên mới.</li><li>Chi bộ Trường Tiểu học Đông Hòa: 2 đảng viên mới.</li></ul>
</div>
<div class="box-related-news"><h3>Tin liên quan</h3><ul>
<li><a href="/1">Xã Đông Tiến kết nạp 17 đảng viên</a></li>
<li><a href="/2">Huyện bên cạnh có 99 đảng viên mới trong năm</a></li></ul></div>
<div id="comment-box"><h3>Bình luận</h3><form><textarea>Ý kiến của bạn</textarea></form>
<p>Bạn đọc Nguyễn Văn A: rất mừng khi 45 đồng chí được kết nạp, mong huyện tiếp tục phát huy.</p></div>
</div><aside class="col-right"><p>Đọc nhiều nhất: 88 bài viết nổi bật trong tuần được bạn đọc quan tâm.</p></aside></div>
<footer>Bản quyền thuộc Báo Thử Nghiệm. Giấy phép số 123/GP-BTTTT.</footer>
</body></html>
)";

TEST(HtmlToTextTest, KeepsTheStoryAsLinesAndDropsChrome) {
  auto result = HtmlToText(kArticlePage, Options());
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->text,
            "Huyện Đông Sơn kết nạp 45 đảng viên mới\n"
            "\n"
            "Hải Yến\n"
            "\n"
            "Trong quý I, Đảng bộ huyện Đông Sơn đã kết nạp 45 đảng viên mới, đạt 30% chỉ tiêu "
            "cả năm & vượt kế hoạch đề ra.\n"
            "\n"
            "Theo Ban Tổ chức Huyện ủy, 12 chi bộ trường học đã có đảng viên mới;\n"
            "trong đó có 3 chi bộ lần đầu kết nạp giáo viên trẻ.\n"
            "\n"
            "Lễ kết nạp đảng viên tại xã Đông Hòa. Ảnh: H.Y\n"
            "\n"
            "Bí thư Huyện ủy Lê Văn Nam yêu cầu các chi bộ tiếp tục quan tâm bồi dưỡng quần "
            "chúng ưu tú, nhất là trong đoàn viên thanh niên.\n"
            "\n"
            "Nâng chất lượng sinh hoạt chi bộ\n"
            "\n"
            "Các chi bộ duy trì sinh hoạt chuyên đề mỗi quý một lần, với nội dung gắn với nhiệm "
            "vụ chính trị của đơn vị.\n"
            "\n"
            "Chi bộ Trường THCS Đông Sơn: 4 đảng viên mới.\n"
            "\n"
            "Chi bộ Trường Tiểu học Đông Hòa: 2 đảng viên mới.\n");
  for (const char* dropped : {"17", "99", "Bình luận", "Nguyễn Văn A", "88", "Trang chủ",
                              "Thể thao", "Bản quyền", "không phải bài", "color"}) {
    EXPECT_THAT(result->text, Not(HasSubstr(dropped)));
  }
  ExpectOffsetsHold(kArticlePage, *result);
}

// A data table reaches the text as one line per row, on consecutive lines, its
// cells joined by " | " (one per cell, empty ones too); offsets still hold.
TEST(HtmlToTextTest, TableRowsAreLinesOfCells) {
  const std::string page =
      "<html><body><article><h1>Sơ kết công tác xây dựng Đảng năm 2024</h1>"
      "<p>Đảng bộ phường có 15 chi bộ trực thuộc, kết quả từng chi bộ như sau, theo báo cáo.</p>"
      "<table><tr><th>Chi bộ</th><th>Đảng viên</th><th>Kết nạp mới</th></tr>"
      "<tr><td>Khu phố 3</td><td>72</td><td>4</td></tr>"
      "<tr><td>Khu phố 5</td><td></td><td> 3 </td></tr></table>"
      "<p>Hội nghị kết thúc lúc 11 giờ cùng ngày, sau khi thông qua nghị quyết.</p>"
      "</article></body></html>";
  auto result = HtmlToText(page, Options());
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(result->text, HasSubstr("\n\nChi bộ | Đảng viên | Kết nạp mới\n"
                                      "Khu phố 3 | 72 | 4\nKhu phố 5 |  | 3\n\n"));
  ExpectOffsetsHold(page, *result);
}

TEST(HtmlToTextTest, ReadsMetadata) {
  auto result = HtmlToText(kArticlePage, Options());
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->title, "Huyện Đông Sơn kết nạp 45 đảng viên mới");  // og:title first
  EXPECT_EQ(result->published, "2024-04-12T08:30:00+07:00");
  // <meta name="author"> names the site, so the byline element is used.
  EXPECT_EQ(result->author, "Hải Yến");
  EXPECT_EQ(result->charset, "utf-8");
}

TEST(HtmlToTextTest, EntityAndBreakOffsetsPointAtTheirSource) {
  const std::string html = "<p>Tr&#432;&#7901;ng A&amp;B<br/>d&ograve;ng hai</p>";
  auto result = HtmlToText(html, Options());
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->text, "Trường A&B\ndòng hai\n");
  const auto original = [&](size_t begin, size_t end) {
    return std::string(result->map.ToOriginal({begin, end}).In(html));
  };
  const size_t amp = result->text.find('&');
  EXPECT_EQ(original(amp, amp + 1), "&amp;");
  const size_t newline = result->text.find('\n');
  EXPECT_EQ(original(newline, newline + 1), "<br/>");
  EXPECT_EQ(original(0, result->text.find(' ')), "Tr&#432;&#7901;ng");
  ExpectOffsetsHold(html, *result);
}

TEST(HtmlToTextTest, OffsetsHoldOnAwkwardMarkup) {
  const std::vector<std::string> pages = {
      // Unclosed paragraphs and list items, CRLF, a comment holding tags.
      "<html><body>\r\n<div class=content><p>Đoạn một có 12 người\r\n<p>Đoạn hai &lt;b&gt; "
      "thử<!-- <p>ẩn</p> -->\r\n<ul><li>mục một<li>mục hai</ul></div></body></html>",
      // Attribute values holding '>', a script holding "</p>", a stray '<'.
      "<div title='a > b'><p data-x=\"</p>\">Giá tăng 5 < 7 lần</p><script>if (a</p>) {}"
      "</script><p>Hết</div>",
      // Inline markup splitting words, &nbsp; runs, a lone &.
      "<article><p><b>Ch</b>i b&#7897; &nbsp;&nbsp; <i>xã</i>&nbsp;Yên Định & huyện</p>"
      "<p>Câu <a href=#>liên kết</a> ngắn trong một đoạn văn khá dài để không bị coi là liên "
      "kết.</p></article>",
      // Text straight in the body and in table cells.
      "Chữ ngoài thẻ<table><tr><td>Ô một<td>Ô hai</table>",
  };
  HtmlOptions options = Options();
  options.main_content_only = false;
  for (const std::string& html : pages) {
    SCOPED_TRACE(html);
    auto result = HtmlToText(html, options);
    ASSERT_TRUE(result.ok()) << result.status();
    ExpectOffsetsHold(html, *result);
  }
}

TEST(HtmlToTextTest, OffsetsHoldOnRandomlyDamagedPages) {
  // Deterministic damage: bytes that matter to the tokenizer, inserted,
  // deleted or overwritten at random places of the article page.
  const std::string alphabet = "<>&;/\"'=!-# ax\n";
  std::mt19937 random(20240412);
  const HtmlOptions options = Options();
  for (int round = 0; round < 300; ++round) {
    std::string html = kArticlePage;
    for (int edit = 0; edit < 8; ++edit) {
      const size_t at = random() % html.size();
      const char c = alphabet[random() % alphabet.size()];
      switch (random() % 3) {
        case 0:
          html.insert(html.begin() + at, c);
          break;
        case 1:
          html.erase(at, 1 + random() % 20);
          break;
        default:
          html[at] = c;
          break;
      }
    }
    SCOPED_TRACE("round " + std::to_string(round) + ": " + html);
    auto result = HtmlToText(html, options);
    ASSERT_TRUE(result.ok()) << result.status();
    ExpectOffsetsHold(html, *result, /*damaged=*/true);
  }
}

TEST(HtmlToTextTest, NfdTitleIsComposedInMetadataButKeptInText) {
  // "Hà Nội" with combining marks (as tuoitre.vn writes some titles).
  const std::string nfd = "Ha\xCC\x80 N\xC3\xB4\xCC\xA3i";
  const std::string html = "<html><head><title>" + nfd +
                           " đón 2 triệu khách</title></head>"
                           "<body><p>Thủ đô đón hơn 2 triệu lượt khách trong dịp nghỉ lễ, tăng 10% "
                           "so với cùng kỳ năm trước.</p></body></html>";
  auto result = HtmlToText(html, Options());
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->title, "Hà Nội đón 2 triệu khách");
  EXPECT_EQ(result->text.substr(0, result->text.find('\n')), nfd + " đón 2 triệu khách");
  ExpectOffsetsHold(html, *result);
}

TEST(HtmlToTextTest, DatesFromJsonLdAndTimeElements) {
  struct Case {
    std::string head;
    std::string body;
    std::optional<std::string> published, author;
  };
  const std::string paragraph =
      "<p>Hội nghị tổng kết công tác năm với sự tham dự của 120 đại biểu đến từ các xã.</p>";
  const Case cases[] = {
      {R"(<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
         {"@type":"NewsArticle","headline":"Tổng kết","datePublished":"2023-12-30T10:00:00+07:00",
          "author":[{"@type":"Person","name":"Minh Châu"}]}]}</script>)",
       paragraph, "2023-12-30T10:00:00+07:00", "Minh Châu"},
      {"", "<time datetime=\"2022-05-18\">18/5/2022</time>" + paragraph, "2022-05-18",
       std::nullopt},
      {R"(<script type="application/ld+json">{broken json</script>)", paragraph, std::nullopt,
       std::nullopt},
  };
  for (const Case& c : cases) {
    const std::string html = "<html><head>" + c.head + "</head><body>" + c.body + "</body></html>";
    SCOPED_TRACE(html);
    auto result = HtmlToText(html, Options());
    ASSERT_TRUE(result.ok()) << result.status();
    EXPECT_EQ(result->published, c.published);
    EXPECT_EQ(result->author, c.author);
  }
}

TEST(HtmlToTextTest, CharsetFromHttpEquiv) {
  const std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=Windows-1258\"></head><body><p>Chữ</p></body></html>";
  auto result = HtmlToText(html, Options());
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->charset, "windows-1258");
}

TEST(HtmlToTextTest, SurvivesDeepNesting) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>Đoạn văn nằm rất sâu trong trang, có 7 chi bộ và 80 đảng viên.</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  auto result = HtmlToText(html, Options());
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_THAT(result->text, HasSubstr("có 7 chi bộ và 80 đảng viên."));
  ExpectOffsetsHold(html, *result);
}

TEST(HtmlToTextTest, EmptyAndOversizedPages) {
  auto empty = HtmlToText("", Options());
  ASSERT_TRUE(empty.ok()) << empty.status();
  EXPECT_EQ(empty->text, "");
  EXPECT_EQ(empty->title, std::nullopt);

  HtmlOptions small = Options();
  small.max_bytes = 10;
  auto big = HtmlToText("<p>mười một byte</p>", small);
  EXPECT_EQ(big.status().code(), absl::StatusCode::kResourceExhausted) << big.status();
}

TEST(HtmlToTextTest, MarkerFilesLoad) {
  const HtmlOptions options = Options();
  EXPECT_THAT(options.boilerplate_words, ::testing::Contains("relate"));
  EXPECT_THAT(options.byline_words, ::testing::Contains("byline"));
  EXPECT_EQ(LoadHtmlOptions("/nonexistent").status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace vnie
