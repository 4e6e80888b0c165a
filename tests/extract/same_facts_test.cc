// The same article, however it reaches vnie, gives the same people, figures and
// cells: as UTF-8 text, as an HTML page with site chrome and a related-news
// block, inside a JSON Lines line, inside a gzipped WARC record, and in every
// legacy Vietnamese encoding. The variants are generated here from corpus/;
// none is committed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "extract/text_table.h"
#include "input/document_reader.h"
#include "input/jsonl_reader.h"
#include "input/warc_reader.h"
#include "output/json_string.h"
#include "text/legacy_codec.h"
#include "text/normalizer.h"
#include "vnie/extractor.h"
#include "support/gzip.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace vnie {
namespace {

using vnie::testing_support::GzipMember;

namespace fs = std::filesystem;

// What must not change between formats (spans and metadata may).
struct Facts {
  std::set<std::string> people;
  std::multiset<std::pair<std::string, double>> figures;
  std::set<std::tuple<std::string, int64_t, int64_t, double>> cells;
  friend bool operator==(const Facts&, const Facts&) = default;
};

Facts FactsOf(const Record& record) {
  Facts facts;
  for (const Person& p : record.people) facts.people.insert(p.name);
  for (const Figure& f : record.figures) facts.figures.insert({f.kind, f.value});
  for (const Cell& c : record.cells) {
    facts.cells.insert({c.name, c.members.value_or(-1), c.staff.value_or(-1), c.percent.value_or(-1)});
  }
  return facts;
}

std::string Describe(const Facts& facts) {
  std::ostringstream out;
  out << "people:";
  for (const auto& p : facts.people) out << " [" << p << "]";
  out << "\nfigures:";
  for (const auto& [kind, value] : facts.figures) out << " " << kind << "=" << value;
  out << "\ncells:";
  for (const auto& [name, m, s, p] : facts.cells) out << " [" << name << " " << m << "/" << s << " " << p << "]";
  return out.str();
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

bool StartsLowercaseOrDigit(std::string_view line) {
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(line.data()), i, static_cast<int32_t>(line.size()), c);
  return u_islower(c) || u_isdigit(c);
}

// A text table as an HTML table, header cells as <th>.
std::string TableAsHtml(std::string_view article, const TextTable& table) {
  auto row = [&](const std::vector<ByteSpan>& cells, const char* tag) {
    std::string out = "<tr>";
    for (ByteSpan cell : cells) {
      out += std::string("<") + tag + ">" + EscapeHtml(cell.In(article)) + "</" + tag + ">";
    }
    return out + "</tr>\n";
  };
  std::string out = "<table>\n" + row(table.header, "th");
  for (const auto& cells : table.rows) out += row(cells, "td");
  return out + "</table>\n";
}

// The article as a news page: a site header and menu, the article's lines as
// title and paragraphs (its text tables as tables), then a related-news block
// whose numbers must not count. A line starting in lower case or with a digit
// right under a paragraph line stays in that paragraph after a <br>, as the
// text's soft line break ("... có 1.108" / "đảng viên, ...") would be printed.
std::string AsHtml(const std::string& article) {
  const std::vector<TextTable> tables = FindTextTables(article);
  std::string body, title;
  bool after_paragraph_line = false;  // the line above was put in a <p>
  size_t begin = 0;
  while (begin < article.size()) {
    size_t end = article.find('\n', begin);
    if (end == std::string::npos) end = article.size();
    std::string line = article.substr(begin, end - begin);
    const size_t line_begin = begin;
    begin = end + 1;
    auto table = std::find_if(tables.begin(), tables.end(), [&](const TextTable& t) {
      return t.header.front().begin >= line_begin && t.header.front().begin < end;
    });
    if (table != tables.end()) {
      body += TableAsHtml(article, *table);
      begin = table->row_lines.back().end + 1;
      after_paragraph_line = false;
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      after_paragraph_line = false;
      continue;
    }
    if (title.empty()) {
      title = line;
      body += "<h1>" + EscapeHtml(line) + "</h1>\n";
    } else if (after_paragraph_line && StartsLowercaseOrDigit(line)) {
      body.resize(body.size() - std::string_view("</p>\n").size());
      body += "<br>" + EscapeHtml(line) + "</p>\n";
    } else {
      body += "<p>" + EscapeHtml(line) + "</p>\n";
      after_paragraph_line = true;
    }
  }
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + EscapeHtml(title) +
         "</title></head><body><header class=\"site-header\"><a href=\"/\">Báo Tỉnh</a>"
         "<nav class=\"menu\"><a href=\"/ts\">Thời sự</a> <a href=\"/xd\">Xây dựng Đảng</a></nav>"
         "</header><article class=\"article-content\">\n" +
         body +
         "</article><aside class=\"related-news\"><h3>Tin liên quan</h3><ul>"
         "<li><a href=\"/x\">Huyện bạn kết nạp 77 đảng viên mới</a></li></ul></aside>"
         "<footer>Bản quyền thuộc Báo Tỉnh</footer></body></html>";
}

std::string AsWarcGz(const std::string& uri, const std::string& html) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                     std::to_string(html.size()) + "\r\n\r\n" + html;
  std::string record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
                       "\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; "
                       "msgtype=response\r\nContent-Length: " +
                       std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  return GzipMember(record);
}

// The first document a reader gives, extracted.
Record ExtractFirst(const Extractor& extractor, std::unique_ptr<DocumentReader> reader) {
  InputItem item;
  if (!reader->Next(&item) || !item.ok()) {
    Record failed;
    failed.error = RecordError{"test", item.error_message.value_or("no document")};
    return failed;
  }
  return extractor.Extract(item.document);
}

class SameFactsTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    ExtractorOptions options;
    options.patterns_dir = std::string(VNIE_SOURCE_DIR) + "/patterns";
    auto created = Extractor::Create(options);
    ASSERT_TRUE(created.ok()) << created.status().message();
    extractor_ = created->release();
    for (const auto& entry : fs::directory_iterator(std::string(VNIE_SOURCE_DIR) + "/corpus")) {
      if (entry.path().extension() == ".txt") articles_.push_back(entry.path());
    }
    std::sort(articles_.begin(), articles_.end());
  }
  static void TearDownTestSuite() { delete extractor_; }
  static const Extractor* extractor_;
  static std::vector<fs::path> articles_;
};
const Extractor* SameFactsTest::extractor_ = nullptr;
std::vector<fs::path> SameFactsTest::articles_;

TEST_F(SameFactsTest, JsonlAndWarcGiveTheFactsOfTheText) {
  ASSERT_GE(articles_.size(), 30u);
  for (const fs::path& path : articles_) {
    std::string text = ReadFile(path);
    Facts expected = FactsOf(extractor_->Extract({path.filename().string(), text}));
    std::string line = "{\"id\":" + JsonQuote(path.stem().string()) + ",\"text\":" + JsonQuote(text) + "}\n";
    Record from_jsonl = ExtractFirst(
        *extractor_, NewJsonlReader(std::make_unique<std::istringstream>(line), "t.jsonl", {}));
    EXPECT_EQ(FactsOf(from_jsonl), expected) << path << " as JSONL\n" << Describe(FactsOf(from_jsonl));
  }
}

TEST_F(SameFactsTest, HtmlPageAndWarcRecordGiveTheFactsOfTheText) {
  int same = 0;
  std::string report;
  for (const fs::path& path : articles_) {
    std::string text = ReadFile(path);
    Facts expected = FactsOf(extractor_->Extract({path.filename().string(), text}));
    std::string html = AsHtml(text);
    Facts from_html = FactsOf(extractor_->Extract({path.stem().string() + ".html", html}));
    Record from_warc = ExtractFirst(
        *extractor_, NewWarcReader(std::make_unique<std::istringstream>(AsWarcGz("http://x/" + path.stem().string(), html)),
                                   "t.warc.gz", {}));
    EXPECT_EQ(FactsOf(from_warc), from_html) << path << ": the WARC record differs from the page";
    if (from_html == expected) {
      ++same;
    } else {
      report += path.filename().string() + "\n  text: " + Describe(expected) + "\n  html: " +
                Describe(from_html) + "\n";
    }
  }
  EXPECT_EQ(same, static_cast<int>(articles_.size())) << report;
}

TEST_F(SameFactsTest, EveryLegacyEncodingGivesTheFactsOfTheText) {
  Normalizer nfc_only(NormalizerOptions{ToneStyle::kOld, false});
  for (const char* name : {"tcvn3", "vni", "viscii", "windows-1258"}) {
    const LegacyCodec* codec = LegacyCodec::Find(name);
    ASSERT_NE(codec, nullptr) << name;
    int compared = 0;
    for (const fs::path& path : articles_) {
      std::string text = ReadFile(path);
      std::string bytes;
      // Articles with characters the encoding cannot hold (curly quotes, emoji)
      // cannot come back the same; they are left out, and counted.
      if (codec->Encode(text, &bytes) != 0) continue;
      ++compared;
      Facts expected = FactsOf(extractor_->Extract({path.filename().string(), text}));
      Record legacy = extractor_->Extract({path.filename().string(), bytes});
      EXPECT_EQ(legacy.encoding, name) << path;
      EXPECT_EQ(FactsOf(legacy), expected) << path << " in " << name << "\n" << Describe(FactsOf(legacy));
    }
    EXPECT_GE(compared, 10) << name << ": too few articles fit the encoding to compare";
  }
}

}  // namespace
}  // namespace vnie
