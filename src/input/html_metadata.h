// HtmlMetadata: what a page's markup says about the article (title, date,
// author, charset), read with libxml2's HTML parser.
//
// These values are strings, not spans, so libxml2 is the right tool: it repairs
// broken markup, decodes attribute values and is well tested on the open web.
// JSON-LD blocks (schema.org NewsArticle) are parsed with simdjson.
#ifndef VNIE_INPUT_HTML_METADATA_H_
#define VNIE_INPUT_HTML_METADATA_H_

#include <optional>
#include <string>
#include <string_view>

namespace vnie {

struct HtmlMetadata {
  std::optional<std::string> og_title;       // <meta property="og:title">
  std::optional<std::string> title_element;  // <title>
  std::optional<std::string> jsonld_headline;
  // First of: <meta property="article:published_time"> (and its itemprop /
  // name="pubdate" kin), JSON-LD datePublished, <time datetime>.
  std::optional<std::string> published;
  // <meta name="author">, else JSON-LD author (name).
  std::optional<std::string> author;
  std::optional<std::string> charset;    // lower case
  std::optional<std::string> site_name;  // og:site_name
};

// `html` is UTF-8; an encoding named by the page is ignored for parsing (the
// decoder has already applied it) but reported in `charset`. Never fails: a page
// libxml2 cannot read has no metadata.
HtmlMetadata ReadHtmlMetadata(std::string_view html);

}  // namespace vnie

#endif  // VNIE_INPUT_HTML_METADATA_H_
