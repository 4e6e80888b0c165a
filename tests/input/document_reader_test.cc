#include "input/document_reader.h"

#include <sys/fsuid.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "support/gzip.h"

namespace vnie {
namespace {

using vnie::testing_support::GzipMember;

namespace fs = std::filesystem;

class DocumentReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) /
            ("vnie_input_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void Write(const std::string& relative, const std::string& bytes) {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
  }

  std::vector<InputItem> ReadAll(const std::vector<std::string>& paths,
                                 const InputOptions& options = {}) {
    auto reader = OpenInputs(paths, options);
    EXPECT_TRUE(reader.ok()) << reader.status();
    std::vector<InputItem> items;
    if (!reader.ok()) return items;
    InputItem item;
    while ((*reader)->Next(&item)) items.push_back(item);
    return items;
  }

  std::string P(const std::string& relative) const { return (root_ / relative).string(); }

  fs::path root_;
};

TEST_F(DocumentReaderTest, WalksDirectoriesInSortedOrderWithoutFollowingLinks) {
  Write("b.txt", "Bài b.");
  Write("a/c.html", "<p>Bài c</p>");
  Write("a/d.jsonl", "{\"id\": \"d1\", \"text\": \"một\"}\n{\"id\": \"d2\", \"text\": \"hai\"}\n");
  Write("a/e.HTM", "<p>Bài e</p>");
  Write("a/ghi-chu.json", "{}");  // gold records and the like are not documents
  Write("z/anh.png", "PNG");
  fs::create_directory_symlink(root_, root_ / "a" / "loop");  // a loop if followed
  const std::vector<InputItem> items = ReadAll({root_.string()});
  std::vector<std::string> sources;
  for (const InputItem& item : items) {
    EXPECT_TRUE(item.ok()) << item.document.source << ": " << item.error_message.value_or("");
    sources.push_back(item.document.source);
  }
  EXPECT_THAT(sources, ::testing::ElementsAre(P("a/c.html"), "d1", "d2", P("a/e.HTM"), P("b.txt")));
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(items[0].document.format, "html");
  EXPECT_EQ(items[0].document.bytes, "<p>Bài c</p>");
  EXPECT_EQ(items[4].document.format, "text");
}

TEST_F(DocumentReaderTest, EveryInputYieldsAnItem) {
  Write("empty/readme.md", "không phải bài");
  Write("ok.txt", "Bài.");
  const std::vector<InputItem> items = ReadAll({P("missing.txt"), P("empty"), P("ok.txt")});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].error_code, "not-found");
  EXPECT_EQ(items[0].document.source, P("missing.txt"));
  EXPECT_EQ(items[1].error_code, "no-documents");
  EXPECT_TRUE(items[2].ok());
}

TEST_F(DocumentReaderTest, UnreadableFileIsAnErrorItem) {
  Write("secret.txt", "Bài.");
  fs::permissions(root_ / "secret.txt", fs::perms::none);
  // Root reads any file: check permissions as "nobody" (this thread only).
  const bool root = ::geteuid() == 0;
  if (root) ::setfsuid(65534);
  const std::vector<InputItem> items = ReadAll({P("secret.txt")});
  if (root) ::setfsuid(0);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error_code, "unreadable");
}

TEST_F(DocumentReaderTest, OversizedFileIsNotRead) {
  Write("big.txt", std::string(100, 'x'));
  InputOptions options;
  options.max_document_bytes = 50;
  const std::vector<InputItem> items = ReadAll({P("big.txt")}, options);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error_code, "too-large");
}

TEST_F(DocumentReaderTest, AutoFormatSniffsFilesWithoutAKnownExtension) {
  Write("page", "  <!DOCTYPE html><html><body><p>Bài</p></body></html>");
  Write("archive",
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bao.vn/x\r\n"
        "Content-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html"
        "\r\n\r\n\r\n\r\n");
  Write("notes", "Ghi chép thường.");
  const std::vector<InputItem> items = ReadAll({P("page"), P("archive"), P("notes")});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].document.format, "html");
  ASSERT_TRUE(items[1].ok()) << items[1].error_message.value_or("");
  EXPECT_EQ(items[1].document.url, "https://bao.vn/x");
  EXPECT_EQ(items[2].document.format, "text");
}

TEST_F(DocumentReaderTest, ForcedFormatOverridesTheExtension) {
  Write("dump.txt", "{\"text\": \"một\"}\n");
  InputOptions options;
  options.input_format = "jsonl";
  const std::vector<InputItem> items = ReadAll({P("dump.txt")}, options);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok());
  EXPECT_EQ(items[0].document.bytes, "một");
}

TEST(OpenInputsTest, RejectsAnUnknownFormat) {
  InputOptions options;
  options.input_format = "pdf";
  EXPECT_EQ(OpenInputs({"x"}, options).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(SniffFormatTest, ExtensionFirstThenContent) {
  struct Case {
    std::string path, head, format;
  };
  const Case cases[] = {
      {"a.txt", "<html>", "text"},
      {"a.HTML", "", "html"},
      {"a.warc.gz", "", "warc"},
      {"a.jsonl", "", "jsonl"},
      {"a", "\xEF\xBB\xBF<!doctype HTML>", "html"},
      {"a", "<div>x</div><body>", "html"},
      {"a", "WARC/1.1\r\n", "warc"},
      {"a.gz", "\x1f\x8b", "warc"},
      {"a", "Tin tức <b>", "text"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.path + " " + c.head);
    EXPECT_EQ(SniffFormat(c.path, c.head), c.format);
  }
}

TEST_F(DocumentReaderTest, GzippedTextHtmlAndJsonlReadLikeThePlainFiles) {
  const std::string text = "Chi bộ có 12 đảng viên.";
  const std::string page = "<html><body><p>Bài gốc</p></body></html>";
  Write("a.txt.gz", GzipMember(text));
  Write("b.html.gz", GzipMember(page));
  Write("c.jsonl.gz", GzipMember("{\"id\": \"c1\", \"text\": \"một\"}\n{\"id\": \"c2\", \"text\": \"hai\"}\n"));
  Write("notes.gz.bak", GzipMember(text));  // not an input when walking a folder
  Write("other/d.gz", GzipMember(page));    // named on its own: the decompressed bytes tell
  const std::vector<InputItem> folder = ReadAll({root_.string()});
  EXPECT_EQ(folder.size(), 4u) << "d.gz is not walked: its name says nothing";
  std::vector<InputItem> items = ReadAll({P("a.txt.gz"), P("b.html.gz"), P("c.jsonl.gz"), P("other/d.gz")});
  ASSERT_EQ(items.size(), 5u);
  for (const InputItem& item : items) EXPECT_TRUE(item.ok()) << item.error_message.value_or("");
  EXPECT_EQ(items[0].document.source, P("a.txt.gz"));
  EXPECT_EQ(items[0].document.bytes, text);
  EXPECT_EQ(items[0].document.format, "text");
  EXPECT_EQ(items[1].document.bytes, page);
  EXPECT_EQ(items[1].document.format, "html");
  EXPECT_EQ(items[2].document.source, "c1");
  EXPECT_EQ(items[3].document.source, "c2");
  EXPECT_EQ(items[4].document.source, P("other/d.gz"));
  EXPECT_EQ(items[4].document.format, "html");
  EXPECT_EQ(items[4].document.bytes, page);
}

TEST_F(DocumentReaderTest, CutGzipIsTruncatedAndWhatCameBeforeIsKept) {
  std::string lines;
  for (int i = 0; i < 3000; ++i) {
    lines += "{\"id\": \"n" + std::to_string(i) + "\", \"text\": \"Dòng số " + std::to_string(i * 7919) + "\"}\n";
  }
  const std::string gzipped = GzipMember(lines);
  Write("cut.jsonl.gz", gzipped.substr(0, gzipped.size() / 2));
  Write("cut.txt.gz", gzipped.substr(0, gzipped.size() / 2));
  Write("z.txt", "sau");
  const std::vector<InputItem> items = ReadAll({P("cut.jsonl.gz"), P("cut.txt.gz"), P("z.txt")});
  ASSERT_GE(items.size(), 4u);
  // The JSONL lines that arrived whole are documents, then one error says the rest is lost.
  size_t documents = 0;
  while (documents < items.size() && items[documents].ok()) ++documents;
  EXPECT_GT(documents, 100u);
  EXPECT_LT(documents, 3000u);
  ASSERT_LT(documents + 2, items.size());
  // The line cut in the middle may be a bad-json item before the truncation.
  size_t truncated = documents;
  while (truncated < items.size() && items[truncated].error_code != "truncated") ++truncated;
  ASSERT_LT(truncated, items.size());
  EXPECT_EQ(items[truncated].document.source, P("cut.jsonl.gz"));
  ASSERT_LT(truncated + 1, items.size());
  EXPECT_EQ(items[truncated + 1].error_code, "truncated");
  EXPECT_EQ(items[truncated + 1].document.source, P("cut.txt.gz"));
  EXPECT_EQ(items.back().document.bytes, "sau");
}

TEST_F(DocumentReaderTest, GzipBombIsTooLargeOnceDecompressed) {
  Write("bomb.txt.gz", GzipMember(std::string(size_t{4} << 20, 'a')));  // 4 MiB of 'a', a few KiB packed
  InputOptions options;
  options.max_document_bytes = size_t{1} << 20;
  const std::vector<InputItem> items = ReadAll({P("bomb.txt.gz")}, options);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error_code, "too-large");
  EXPECT_THAT(items[0].error_message.value_or(""), ::testing::HasSubstr("decompressed"));
}

}  // namespace
}  // namespace vnie
