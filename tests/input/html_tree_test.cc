#include "input/html_tree.h"

#include <string>

#include "gtest/gtest.h"

namespace vnie {
namespace {

TEST(HtmlTreeTest, DeepNestingIsCappedWithoutRecursion) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "sâu";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  const std::vector<HtmlNode> nodes = BuildHtmlTree(html);
  int max_depth = 0;
  size_t texts = 0;
  for (const HtmlNode& node : nodes) {
    max_depth = std::max(max_depth, node.depth);
    if (node.kind == HtmlNode::Kind::kText) {
      ++texts;
      EXPECT_EQ(node.span.In(html), "sâu");
    }
  }
  EXPECT_LE(max_depth, HtmlTreeOptions().max_depth + 1);
  EXPECT_EQ(texts, 1u);
}

}  // namespace
}  // namespace vnie
