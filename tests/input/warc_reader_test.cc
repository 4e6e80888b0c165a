#include "input/warc_reader.h"

#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "support/gzip.h"

namespace vnie {
namespace {

using vnie::testing_support::GzipMember;

// One WARC record; content_length < 0 means the true length.
std::string Record(const std::string& type, const std::string& uri, const std::string& block,
                   long content_length = -1) {
  const size_t length = content_length < 0 ? block.size() : static_cast<size_t>(content_length);
  return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Record-ID: <urn:uuid:" + uri.substr(uri.size() - 1) +
         ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(length) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string Http(const std::string& content_type, const std::string& body,
                 const std::string& extra_headers = "") {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + content_type + "\r\n" + extra_headers + "\r\n" +
         body;
}

std::vector<InputItem> ReadAll(const std::string& archive, const WarcOptions& options = {}) {
  auto reader = NewWarcReader(std::make_unique<std::istringstream>(archive), "crawl.warc", options);
  std::vector<InputItem> items;
  InputItem item;
  while (reader->Next(&item)) items.push_back(item);
  return items;
}

const std::string kPage = "<html><body><p>Chi bộ thôn có 25 đảng viên.</p></body></html>";

std::vector<std::string> Records() {
  return {
      Record("warcinfo", "x:0", "software: test\r\n"),
      Record("request", "https://bao.vn/a", "GET /a HTTP/1.1\r\nHost: bao.vn\r\n\r\n"),
      Record("response", "https://bao.vn/a", Http("text/html; charset=UTF-8", kPage)),
      Record("response", "https://bao.vn/logo", Http("image/png", "\x89PNG....")),
      Record("response", "https://bao.vn/moved",
             "HTTP/1.1 301 Moved\r\nLocation: /b\r\nContent-Type: text/html\r\n\r\n<a>b</a>"),
      Record("response", "https://bao.vn/b",
             Http("text/plain", "6\r\nDòng \r\n6\r\nmột.\r\n0\r\n\r\n",
                  "Transfer-Encoding: chunked\r\n")),
  };
}

void ExpectTwoDocuments(const std::vector<InputItem>& items) {
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].ok()) << *items[0].error_message;
  EXPECT_EQ(items[0].document.source, "https://bao.vn/a <urn:uuid:a>");
  EXPECT_EQ(items[0].document.url, "https://bao.vn/a");
  EXPECT_EQ(items[0].document.format, "html");
  EXPECT_EQ(items[0].document.charset, "utf-8");
  EXPECT_EQ(items[0].document.bytes, kPage);
  ASSERT_TRUE(items[1].ok()) << *items[1].error_message;
  EXPECT_EQ(items[1].document.format, "text");
  EXPECT_EQ(items[1].document.bytes, "Dòng một.");
}

TEST(WarcReaderTest, PlainArchiveYieldsHtmlAndTextResponsesOnly) {
  std::string archive;
  for (const std::string& record : Records()) archive += record;
  ExpectTwoDocuments(ReadAll(archive));
}

TEST(WarcReaderTest, GzipArchiveReadsMemberAfterMember) {
  std::string archive;
  for (const std::string& record : Records()) archive += GzipMember(record);
  ExpectTwoDocuments(ReadAll(archive));
  // One member for the whole archive works too.
  std::string whole;
  for (const std::string& record : Records()) whole += record;
  ExpectTwoDocuments(ReadAll(GzipMember(whole)));
}

TEST(WarcReaderTest, TruncatedGzipIsAnErrorAfterTheGoodRecords) {
  std::string archive;
  for (const std::string& record : Records()) archive += GzipMember(record);
  const std::string last = GzipMember(Record("response", "https://bao.vn/c", Http("text/html", kPage)));
  archive += last.substr(0, last.size() / 2);
  const std::vector<InputItem> items = ReadAll(archive);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_TRUE(items[0].ok());
  EXPECT_TRUE(items[1].ok());
  EXPECT_EQ(items[2].error_code, "truncated");
  EXPECT_NE(items[2].error_message->find("gzip"), std::string::npos) << *items[2].error_message;
}

TEST(WarcReaderTest, WrongContentLengthIsAnErrorAndReadingGoesOn) {
  const std::string good = Record("response", "https://bao.vn/d", Http("text/html", kPage));
  const std::string block = Http("text/html", kPage);
  const std::vector<long> wrong_lengths = {static_cast<long>(block.size()) - 5,
                                           static_cast<long>(block.size()) + 3};
  for (long length : wrong_lengths) {
    SCOPED_TRACE(length);
    const std::string archive = Record("response", "https://bao.vn/a", block, length) + good;
    const std::vector<InputItem> items = ReadAll(archive);
    ASSERT_GE(items.size(), 1u);
    EXPECT_EQ(items[0].error_code, "bad-warc") << items[0].error_message.value_or("");
    EXPECT_EQ(items[0].document.source, "https://bao.vn/a <urn:uuid:a>");
    if (length < static_cast<long>(block.size())) {
      // Too short: the reader finds the next record's "WARC/1." line.
      ASSERT_EQ(items.size(), 2u);
      EXPECT_TRUE(items[1].ok());
      EXPECT_EQ(items[1].document.url, "https://bao.vn/d");
    }
  }
}

TEST(WarcReaderTest, DamagedArchivesGiveErrorsNotCrashes) {
  const std::string good = Record("response", "https://bao.vn/a", Http("text/html", kPage));
  struct Case {
    std::string archive;
    std::string first_code;
  };
  const Case cases[] = {
      {good.substr(0, good.size() - 20), "truncated"},
      {"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\n" + good, "bad-warc"},
      {"WARC/1.0\r\nWARC-Type: response\r\n\r\n" + good, "bad-warc"},
      {"rác ở đầu tệp\r\n" + good, "bad-warc"},
      {"", "no-documents"},
      {Record("request", "https://bao.vn/r", "GET / HTTP/1.1\r\n\r\n"), "no-documents"},
      {std::string("\x1f\x8b\x08\x00garbage", 12), "truncated"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.archive.substr(0, 60));
    const std::vector<InputItem> items = ReadAll(c.archive);
    ASSERT_GE(items.size(), 1u);
    EXPECT_EQ(items[0].error_code, c.first_code) << items[0].error_message.value_or("");
  }
}

TEST(WarcReaderTest, EveryTruncationEndsWithAnItemAndNoCrash) {
  std::string plain;
  for (const std::string& record : Records()) plain += record;
  std::string gzipped;
  for (const std::string& record : Records()) gzipped += GzipMember(record);
  for (const std::string* archive : {&plain, &gzipped}) {
    for (size_t cut = 0; cut < archive->size(); ++cut) {
      const std::vector<InputItem> items = ReadAll(archive->substr(0, cut));
      ASSERT_GE(items.size(), 1u) << "cut at " << cut;
      ASSERT_LE(items.size(), 3u) << "cut at " << cut;
      for (const InputItem& item : items) EXPECT_FALSE(item.document.source.empty());
    }
  }
}

TEST(WarcReaderTest, OversizedRecordIsSkippedWithAnError) {
  WarcOptions options;
  options.max_record_bytes = 60;  // the second block has 51 bytes
  const std::string archive = Record("response", "https://bao.vn/a", Http("text/html", kPage)) +
                              Record("response", "https://bao.vn/b", Http("text/plain", "ngắn"));
  const std::vector<InputItem> items = ReadAll(archive, options);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error_code, "too-large");
  ASSERT_TRUE(items[1].ok()) << *items[1].error_message;
  EXPECT_EQ(items[1].document.bytes, "ngắn");
}

}  // namespace
}  // namespace vnie
