#include "input/jsonl_reader.h"

#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace vnie {
namespace {

std::vector<InputItem> ReadAll(const std::string& jsonl, const InputOptions& options = {}) {
  auto reader = NewJsonlReader(std::make_unique<std::istringstream>(jsonl), "tin.jsonl", options);
  std::vector<InputItem> items;
  InputItem item;
  while (reader->Next(&item)) items.push_back(item);
  return items;
}

TEST(JsonlReaderTest, ReadsArticlesAndReportsBadLinesByNumber) {
  const std::string jsonl =
      R"({"id": "a1", "url": "https://bao.vn/a1", "title": "Chi bộ mới", "published": "2024-01-02", "text": "Xã Yên Lạc có 3 chi bộ."})"
      "\n"
      "\n"  // line 2: empty
      R"({"id": 42, "content": "Nội dung thứ hai."})"
      "\n"
      R"({"text": "thiếu ngoặc")"
      "\n"  // line 4: broken
      R"({"url": "https://bao.vn/b", "html": "<p>Trang &amp; HTML</p>"})"
      "\r\n"
      R"({"id": "x", "body": "không có trường văn bản"})"
      "\n"
      R"(["not", "an", "object"])"
      "\n"
      R"({"text": "Dòng cuối không có xuống dòng."})";
  const std::vector<InputItem> items = ReadAll(jsonl);
  ASSERT_EQ(items.size(), 8u) << jsonl;

  EXPECT_TRUE(items[0].ok());
  EXPECT_EQ(items[0].document.source, "a1");
  EXPECT_EQ(items[0].document.bytes, "Xã Yên Lạc có 3 chi bộ.");
  EXPECT_EQ(items[0].document.format, "text");
  EXPECT_EQ(items[0].document.url, "https://bao.vn/a1");
  EXPECT_EQ(items[0].document.title, "Chi bộ mới");
  EXPECT_EQ(items[0].document.published, "2024-01-02");

  EXPECT_EQ(items[1].error_code, "empty-line");
  EXPECT_EQ(items[1].document.source, "tin.jsonl:2");

  EXPECT_TRUE(items[2].ok());
  EXPECT_EQ(items[2].document.source, "42");
  EXPECT_EQ(items[2].document.bytes, "Nội dung thứ hai.");

  EXPECT_EQ(items[3].error_code, "bad-json");
  EXPECT_NE(items[3].error_message->find("tin.jsonl:4"), std::string::npos)
      << *items[3].error_message;

  EXPECT_TRUE(items[4].ok());
  EXPECT_EQ(items[4].document.source, "https://bao.vn/b");
  EXPECT_EQ(items[4].document.format, "html");
  EXPECT_EQ(items[4].document.bytes, "<p>Trang &amp; HTML</p>");

  EXPECT_EQ(items[5].error_code, "no-text");
  EXPECT_EQ(items[5].document.source, "tin.jsonl:6");
  EXPECT_EQ(items[6].error_code, "bad-json");
  EXPECT_EQ(items[6].document.source, "tin.jsonl:7");

  EXPECT_TRUE(items[7].ok());
  EXPECT_EQ(items[7].document.source, "tin.jsonl:8");
}

TEST(JsonlReaderTest, FieldOptionsChooseTextAndId) {
  InputOptions options;
  options.text_field = "body";
  options.id_field = "slug";
  const std::vector<InputItem> items = ReadAll(
      R"({"slug": "bai-1", "id": "khong-dung", "body": "Thân bài.", "text": "bỏ qua"})", options);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok()) << *items[0].error_message;
  EXPECT_EQ(items[0].document.source, "bai-1");
  EXPECT_EQ(items[0].document.bytes, "Thân bài.");
}

TEST(JsonlReaderTest, EmptyStreamAndOversizedText) {
  const std::vector<InputItem> empty = ReadAll("");
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_EQ(empty[0].error_code, "no-documents");

  InputOptions options;
  options.max_document_bytes = 8;
  const std::vector<InputItem> items =
      ReadAll("{\"text\": \"quá dài cho giới hạn\"}\n{\"text\": \"ngắn\"}\n", options);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].error_code, "too-large");
  EXPECT_TRUE(items[1].ok());
}

}  // namespace
}  // namespace vnie
