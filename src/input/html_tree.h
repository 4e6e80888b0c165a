// HtmlTree: an HTML page as a flat list of nodes that remember their bytes.
//
// libxml2 builds a fine tree but keeps no byte offsets, and it drops and moves
// whitespace and implied elements, so its text nodes cannot be matched back to
// the page reliably. Every span vnie reports must be an offset into the page,
// so the text extractor reads this tree instead: a small tokenizer that knows
// where each tag, attribute value and text run starts, and a tree builder with
// the few HTML5 repair rules that matter for text (a block closes an open <p>,
// <li> closes <li>, cells close cells, end tags pop to their open element).
//
// Nodes are stored in document order (pre-order), so an element's descendants
// are exactly the nodes (index, end); every walk over the tree is a loop, and
// nesting depth is capped, so a page nested 100,000 deep costs memory linear in
// its size and no recursion.
#ifndef VNIE_INPUT_HTML_TREE_H_
#define VNIE_INPUT_HTML_TREE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_span.h"

namespace vnie {

struct HtmlAttribute {
  std::string name;  // lower case
  ByteSpan value;    // raw bytes of the value, quotes excluded; may hold references
};

struct HtmlNode {
  enum class Kind { kRoot, kElement, kText };
  Kind kind = Kind::kRoot;
  std::string tag;  // lower-case element name; empty for text
  int parent = -1;
  int depth = 0;
  // One past the last descendant: the subtree of node i is [i + 1, end).
  size_t end = 0;
  // Element: its start tag "<p class=x>". Text: the raw text run.
  ByteSpan span;
  // Text inside <script>, <style> and the like: never references, never shown.
  bool raw = false;
  std::vector<HtmlAttribute> attributes;

  // The raw value of attribute `name`, or an empty span with found=false.
  const HtmlAttribute* Attribute(std::string_view name) const;
};

struct HtmlTreeOptions {
  // Elements nested deeper than this are not opened: their content belongs to
  // the deepest open element. Real pages stay under 100.
  int max_depth = 512;
  // How far down the open elements an end tag looks for its start tag; an end
  // tag with no open match within this many levels is ignored.
  int max_end_tag_search = 256;
};

// Never fails: any byte string is some HTML. Node 0 is the root.
std::vector<HtmlNode> BuildHtmlTree(std::string_view html, const HtmlTreeOptions& options = {});

}  // namespace vnie

#endif  // VNIE_INPUT_HTML_TREE_H_
