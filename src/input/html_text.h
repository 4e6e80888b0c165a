// HtmlToText: the article text of an HTML page, with offsets into the page.
//
// vnie's segmenter and rules read plain text, but its evidence spans must be
// byte offsets into the file the user gave. HtmlToText keeps the main article
// (blocks scored by text and link density; navigation, related-news boxes and
// comment blocks dropped) and writes it the way a .txt article looks: the
// headline on the first line, then one line per paragraph, heading, caption or
// list item, with a blank line between blocks. Every byte of the text maps back
// to the bytes of the page it came from (entities like &amp; map to their
// whole reference, inserted line breaks to the tag that caused them).
//
// Structure and text come from our own offset-keeping tokenizer (html_tree.h);
// metadata (title, date, author, charset) from libxml2's HTML parser, which
// handles the head of a page robustly and needs no offsets.
#ifndef VNIE_INPUT_HTML_TEXT_H_
#define VNIE_INPUT_HTML_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/offset_map.h"

namespace vnie {

struct HtmlOptions {
  // Class or id words of elements that are not the article: related news,
  // comments, share bars, tag lists (patterns/html/boilerplate.txt). A word
  // matches when a class or id token contains it; a word written "=ad" must be
  // the whole token. Empty: no element is dropped for its class or id.
  std::vector<std::string> boilerplate_words;
  // Class or id words of the byline element (patterns/html/byline.txt).
  std::vector<std::string> byline_words;
  // true: only the best-scoring content block (the article); false: every
  // block that is not boilerplate (for pages without one main article).
  bool main_content_only = true;
  // Pages larger than this are refused (ResourceExhausted) rather than parsed.
  size_t max_bytes = size_t{64} << 20;
  // Elements nested deeper than this are flattened into their ancestor.
  int max_depth = 512;
};

// Reads patterns_dir/html/*.txt into the word lists (one word a line, '#'
// comments and blank lines ignored). Unreadable files are errors naming them.
StatusOr<HtmlOptions> LoadHtmlOptions(const std::string& patterns_dir);

struct HtmlText {
  std::string text;                      // UTF-8 lines, see above
  OffsetMap map;                         // text -> bytes of the HTML
  std::optional<std::string> title;      // NFC, spaces collapsed
  std::optional<std::string> published;  // as the page writes it (ISO 8601 usually)
  std::optional<std::string> author;
  std::optional<std::string> charset;  // from <meta charset> or http-equiv, lower case
};

// `html` must be UTF-8 (the decoder's output). Fails only for pages larger
// than options.max_bytes; broken markup is read as browsers would, roughly.
StatusOr<HtmlText> HtmlToText(std::string_view html, const HtmlOptions& options);

}  // namespace vnie

#endif  // VNIE_INPUT_HTML_TEXT_H_
