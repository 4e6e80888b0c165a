// The bad-input battery for containers: HTML nested 100,000 deep, a truncated
// .gz, a WARC record whose Content-Length lies, and broken JSONL lines. They
// run through the vnie binary, so they do not depend on the readers' C++ API,
// and each is skipped until `vnie extract` reads its container (a probe file
// decides). Whatever the reader: the binary exits 0 or 1 (never a signal), every
// output line is a record, and the good documents beside the bad ones are
// still extracted.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/shell.h"

namespace {

namespace fs = std::filesystem;

using RunResult = vnie::testing_support::ShellResult;
using vnie::testing_support::Lines;
using vnie::testing_support::RunVnie;

size_t Count(const std::string& text, const std::string& what) {
  size_t count = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

void ExpectRecords(const RunResult& run) {
  EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 1) << "exit " << run.exit_code;
  for (const std::string& line : Lines(run.out)) {
    EXPECT_TRUE(!line.empty() && line.front() == '{' && line.back() == '}') << line;
  }
}

constexpr const char* kGood = "Chi bộ có 12 đảng viên.";

class ContainersTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vnie_containers_" + std::to_string(::getpid()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  fs::path dir_;
};

TEST_F(ContainersTest, HtmlNestedHundredThousandDeep) {
  std::string html = "<!DOCTYPE html><html><head><title>Tin</title></head><body>";
  for (int i = 0; i < 100000; ++i) html += i % 2 ? "<div>" : "<span><b>";
  html += std::string("<p>") + kGood + "</p>";
  for (int i = 0; i < 100000; ++i) html += i % 2 ? "</div>" : "</b></span>";
  html += "</body></html>";
  std::string unclosed = "<html><body>";
  for (int i = 0; i < 100000; ++i) unclosed += "<div><p><table><tr><td>";
  unclosed += kGood;
  std::string page = Write("deep.html", html);
  std::string open = Write("unclosed.html", unclosed);
  std::string good = Write("good.html", std::string("<html><body><p>") + kGood + "</p></body></html>");
  RunResult run = RunVnie("extract " + page + " " + open + " " + good);
  ExpectRecords(run);
  ASSERT_EQ(Lines(run.out).size(), 3u) << run.out.substr(0, 2000);
  EXPECT_GE(Count(run.out, "\"value\":12"), 1u) << run.out.substr(0, 2000);
  EXPECT_NE(Lines(run.out)[2].find("\"value\":12"), std::string::npos) << Lines(run.out)[2];
}

TEST_F(ContainersTest, TruncatedGzipIsAnErrorRecordAndTheNextFileIsRead) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += std::string(kGood) + " Dòng " + std::to_string(i) + ".\n";
  std::string plain = Write("article.txt", text);
  ASSERT_EQ(std::system(("gzip -c " + plain + " > " + plain + ".gz").c_str()), 0);
  fs::resize_file(plain + ".gz", fs::file_size(plain + ".gz") / 2);
  fs::rename(plain + ".gz", dir_ / "truncated.txt.gz");
  std::string good = Write("good.txt", kGood);
  RunResult run = RunVnie("extract " + (dir_ / "truncated.txt.gz").string() + " " + good);
  ExpectRecords(run);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_GE(Count(run.out, "\"status\":\"error\""), 1u) << run.out.substr(0, 2000);
  EXPECT_NE(Lines(run.out).back().find("\"value\":12"), std::string::npos) << run.out;
}

std::string WarcRecord(const std::string& uri, const std::string& body, long declared_length) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body;
  if (declared_length < 0) declared_length = static_cast<long>(http.size());
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2023-05-17T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + uri.substr(8) +
         ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(declared_length) + "\r\n\r\n" + http + "\r\n\r\n";
}

TEST_F(ContainersTest, WarcWithWrongContentLengthKeepsTheOtherRecords) {
  std::string page = std::string("<html><body><p>") + kGood + "</p></body></html>";
  std::string warc = WarcRecord("https://a.example/1", page, -1) +
                     WarcRecord("https://a.example/2", page, 5) +           // too short
                     WarcRecord("https://a.example/3", page, -1) +
                     WarcRecord("https://a.example/4", page, 1 << 30);      // past the end
  std::string path = Write("crawl.warc", warc);
  RunResult run = RunVnie("extract " + path);
  ExpectRecords(run);
  EXPECT_EQ(run.exit_code, 1) << "a damaged WARC record is a document error";
  // Records 1 and 3 are intact and must not be lost to the damage around them.
  EXPECT_NE(run.out.find("a.example/1"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("a.example/3"), std::string::npos) << run.out;
  EXPECT_GE(Count(run.out, "\"value\":12"), 2u) << run.out;
}

TEST_F(ContainersTest, BrokenJsonlLinesAreErrorRecordsAndTheRestIsRead) {
    std::string good = std::string("{\"url\":\"https://a.example/1\",\"title\":\"Tin\",\"text\":\"") +
                     kGood + "\"}";
  std::string jsonl = good + "\n" +
                      "{\"url\":\"https://a.example/2\",\"text\":\"unterminated\n" +
                      "[1,2,3]\n" +
                      "{\"url\":\"https://a.example/3\",\"text\":\"\xff\xfe\"}\n" +
                      "\n" +  // a blank line: an "empty-line" error record
                      "{\"url\":\"https://a.example/4\",\"text\":42}\n" + good + "\n" +
                      good;  // the last line without its newline
  std::string path = Write("articles.jsonl", jsonl);
  RunResult run = RunVnie("extract " + path);
  ExpectRecords(run);
  EXPECT_EQ(run.exit_code, 1);
  // Eight lines, eight records: three good; the unterminated line, the array
  // and the blank line at least in error.
  EXPECT_EQ(Lines(run.out).size(), 8u) << run.out;
  EXPECT_EQ(Count(run.out, "\"value\":12"), 3u) << run.out;
  EXPECT_GE(Count(run.out, "\"status\":\"error\""), 3u) << run.out;
}

}  // namespace
