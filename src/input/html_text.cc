// HtmlToText in four passes over the flat tree: mark dropped elements, cut the
// text into blocks at block-level element boundaries, score containers by the
// blocks under them (readability-style), then emit the chosen blocks in
// document order while building the OffsetMap.
#include "input/html_text.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unordered_set>

#include "input/html_entities.h"
#include "input/html_metadata.h"
#include "input/html_tree.h"

namespace vnie {
namespace {

using TagSet = std::unordered_set<std::string_view>;

// Never article text, whatever their class.
const TagSet& DroppedTags() {
  static const TagSet kTags = {"script", "style",  "noscript", "template", "nav",     "aside",
                               "footer", "form",   "iframe",   "button",   "select",  "textarea",
                               "svg",    "canvas", "object",   "embed",    "audio",   "video",
                               "map",    "title",  "label",    "input",    "noembed", "noframes",
                               "dialog", "menu",   "head",     "link",     "meta",    "option"};
  return kTags;
}

// Never text, even around the headline.
const TagSet& RawTags() {
  static const TagSet kTags = {"script",   "style", "noscript", "template", "title",  "head",
                               "textarea", "svg",   "noembed",  "noframes", "select", "option"};
  return kTags;
}

// Elements whose start and end break the text into blocks. A table row is one
// block, its cells joined by " | " (Emitter::CellBreak), so that a data table
// reaches the text as rows of columns (src/extract/text_table.h).
const TagSet& BlockTags() {
  static const TagSet kTags = {
      "address", "article", "aside",   "blockquote", "caption",  "center",     "dd",     "details",
      "dialog",  "div",     "dl",      "dt",         "fieldset", "figcaption", "figure", "footer",
      "form",    "h1",      "h2",      "h3",         "h4",       "h5",         "h6",     "header",
      "hgroup",  "hr",      "li",      "main",       "nav",      "ol",         "p",      "pre",
      "section", "summary", "table",   "tbody",      "thead",    "tfoot",      "tr",     "ul",
      "picture", "img"};
  return kTags;
}

// Block owners whose text counts for their parent container rather than
// themselves when scoring.
const TagSet& ParagraphTags() {
  static const TagSet kTags = {"p",          "h2",  "h3", "h4", "h5",      "h6", "li", "figcaption",
                               "blockquote", "pre", "dd", "dt", "caption", "td", "th", "tr"};
  return kTags;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// True when a class or id token of the element matches one of `words`.
bool HasMarker(std::string_view html, const HtmlNode& node, const std::vector<std::string>& words) {
  if (words.empty()) return false;
  for (const char* name : {"class", "id"}) {
    const HtmlAttribute* attribute = node.Attribute(name);
    if (attribute == nullptr) continue;
    const std::string value = LowerAscii(attribute->value.In(html));
    size_t i = 0;
    while (i < value.size()) {
      while (i < value.size() && IsAsciiSpace(value[i])) ++i;
      size_t j = i;
      while (j < value.size() && !IsAsciiSpace(value[j])) ++j;
      const std::string_view token = std::string_view(value).substr(i, j - i);
      for (const std::string& word : words) {
        if (word.empty()) continue;
        if (word[0] == '=' ? token == std::string_view(word).substr(1)
                           : token.find(word) != std::string_view::npos) {
          return true;
        }
      }
      i = j;
    }
  }
  return false;
}

bool IsHidden(std::string_view html, const HtmlNode& node) {
  if (node.Attribute("hidden") != nullptr) return true;
  if (const HtmlAttribute* aria = node.Attribute("aria-hidden")) {
    if (LowerAscii(aria->value.In(html)) == "true") return true;
  }
  if (const HtmlAttribute* style = node.Attribute("style")) {
    std::string value = LowerAscii(style->value.In(html));
    value.erase(std::remove_if(value.begin(), value.end(), IsAsciiSpace), value.end());
    if (value.find("display:none") != std::string::npos) return true;
  }
  return false;
}

// Length of the whitespace character at html[i] (ASCII blanks and U+00A0), or 0.
size_t SpaceLength(std::string_view html, size_t i) {
  if (IsAsciiSpace(html[i])) return 1;
  if (html[i] == '\xC2' && i + 1 < html.size() && html[i + 1] == '\xA0') return 2;
  return 0;
}

bool IsSpaceText(std::string_view decoded) {
  return decoded == " " || decoded == "\xC2\xA0" || decoded == "\t" || decoded == "\n";
}

// A run of text cut out by block boundaries: a paragraph, heading, list item...
struct Block {
  int owner = 0;           // the nearest block element around the text
  std::vector<int> items;  // text nodes and <br> elements, in order
  size_t text_bytes = 0;   // non-blank bytes
  size_t link_bytes = 0;   // of which inside <a>
  int commas = 0;
  double LinkDensity() const {
    return text_bytes == 0 ? 0.0 : static_cast<double>(link_bytes) / text_bytes;
  }
};

// Writes text and its OffsetMap, advancing through the page in order: the
// map's original side must be contiguous, so every byte not emitted is
// skipped explicitly.
class Emitter {
 public:
  Emitter(std::string_view html, HtmlText* out) : html_(html), out_(*out) {}

  // A block starts after a blank line, or on the next line when `tight` (the
  // rows of one table).
  void BeginBlock(size_t position, bool tight = false) {
    pending_space_ = false;
    line_has_text_ = false;
    if (out_.text.empty()) return;
    const size_t wanted = tight ? 1 : 2;
    size_t newlines = 0;
    while (newlines < wanted && newlines < out_.text.size() &&
           out_.text[out_.text.size() - 1 - newlines] == '\n') {
      ++newlines;
    }
    SkipTo(position);
    out_.text.append(wanted - newlines, '\n');
    out_.map.AppendReplacement(wanted - newlines, {cursor_, cursor_});
  }

  // Text of `span`; references decoded unless `raw`.
  void AddText(ByteSpan span) {
    size_t i = span.begin;
    while (i < span.end) {
      if (size_t length = SpaceLength(html_, i)) {
        NoteSpace({i, i + length});
        i += length;
        continue;
      }
      if (html_[i] == '&') {
        std::string decoded;
        const size_t length = DecodeCharacterReference(html_.substr(0, span.end), i, &decoded);
        if (length > 0) {
          if (IsSpaceText(decoded)) {
            NoteSpace({i, i + length});
          } else {
            FlushSpace();
            SkipTo(i);
            out_.text += decoded;
            out_.map.AppendReplacement(decoded.size(), {i, i + length});
            cursor_ = i + length;
            line_has_text_ = true;
          }
          i += length;
          continue;
        }
      }
      size_t j = i + 1;
      while (j < span.end && html_[j] != '&' && SpaceLength(html_, j) == 0) ++j;
      FlushSpace();
      SkipTo(i);
      out_.text.append(html_.substr(i, j - i));
      out_.map.AppendCopy(i, j - i);
      cursor_ = j;
      line_has_text_ = true;
      i = j;
    }
  }

  void LineBreak(ByteSpan tag) {
    pending_space_ = false;
    if (!line_has_text_) return;
    SkipTo(tag.begin);
    out_.text.push_back('\n');
    out_.map.AppendReplacement(1, tag);
    cursor_ = tag.end;
    line_has_text_ = false;
  }

  // " | " before a table cell that follows another on the same line; it stands
  // for the cell's start tag.
  void CellBreak(ByteSpan tag) {
    pending_space_ = false;
    if (!line_has_text_) return;
    SkipTo(tag.begin);
    out_.text += " | ";
    out_.map.AppendReplacement(3, tag);
    cursor_ = tag.end;
    at_cell_start_ = true;
  }

  void Finish() {
    if (!out_.text.empty() && out_.text.back() != '\n') {
      out_.text.push_back('\n');
      out_.map.AppendReplacement(1, {cursor_, cursor_});
    }
    SkipTo(html_.size());
  }

  size_t cursor() const { return cursor_; }

 private:
  void SkipTo(size_t position) {
    if (position > cursor_) {
      out_.map.AppendReplacement(0, {cursor_, position});
      cursor_ = position;
    }
  }
  void NoteSpace(ByteSpan span) {
    if (!pending_space_) {
      pending_space_ = true;
      space_ = span;
    } else if (space_.end == span.begin) {
      space_.end = span.end;
    }
  }
  // Writes the one space that stands for the blanks since the last text, if
  // the line has text before it (blanks at a line's ends are dropped).
  void FlushSpace() {
    // Blanks at the start of a cell are dropped like those at a line's start.
    if (pending_space_ && line_has_text_ && !at_cell_start_) {
      SkipTo(space_.begin);
      out_.text.push_back(' ');
      if (space_.size() == 1 && html_[space_.begin] == ' ') {
        out_.map.AppendCopy(space_.begin, 1);
      } else {
        out_.map.AppendReplacement(1, space_);
      }
      cursor_ = space_.end;
    }
    pending_space_ = false;
    at_cell_start_ = false;
  }

  std::string_view html_;
  HtmlText& out_;
  size_t cursor_ = 0;
  bool line_has_text_ = false;
  bool pending_space_ = false;
  bool at_cell_start_ = false;
  ByteSpan space_;
};

std::string Nfc(std::string_view text) {
  utf8proc_uint8_t* composed =
      utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(std::string(text).c_str()));
  if (composed == nullptr) return std::string(text);
  std::string out(reinterpret_cast<const char*>(composed));
  std::free(composed);
  return out;
}

// Trims and collapses blanks (ASCII and U+00A0) to single spaces.
std::string CollapseBlanks(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t length = SpaceLength(text, i);
    if (length > 0) {
      space = !out.empty();
      i += length - 1;
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(text[i]);
  }
  return out;
}

// The decoded text of a subtree, blanks collapsed (for the headline).
std::string SubtreeText(std::string_view html, const std::vector<HtmlNode>& nodes, int index) {
  std::string raw;
  for (size_t i = index + 1; i < nodes[index].end; ++i) {
    const HtmlNode& node = nodes[i];
    if (node.kind == HtmlNode::Kind::kText && !node.raw) {
      raw += DecodeCharacterReferences(node.span.In(html));
    } else if (node.kind == HtmlNode::Kind::kElement) {
      raw.push_back(' ');
    }
  }
  return CollapseBlanks(raw);
}

// Metadata as the record shows it: references decoded, blanks collapsed, NFC.
std::optional<std::string> CleanMetadata(const std::optional<std::string>& value) {
  if (!value) return std::nullopt;
  std::string text = CollapseBlanks(DecodeCharacterReferences(*value));
  if (text.empty()) return std::nullopt;
  return Nfc(text);
}

StatusOr<std::vector<std::string>> ReadWordList(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return absl::NotFoundError("cannot read " + path.string());
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && IsAsciiSpace(line.back())) line.pop_back();
    size_t start = 0;
    while (start < line.size() && IsAsciiSpace(line[start])) ++start;
    line = line.substr(start);
    if (line.empty() || line[0] == '#') continue;
    words.push_back(LowerAscii(line));
  }
  return words;
}

}  // namespace

StatusOr<HtmlOptions> LoadHtmlOptions(const std::string& patterns_dir) {
  HtmlOptions options;
  const std::filesystem::path dir = std::filesystem::path(patterns_dir) / "html";
  auto boilerplate = ReadWordList(dir / "boilerplate.txt");
  if (!boilerplate.ok()) return boilerplate.status();
  options.boilerplate_words = *std::move(boilerplate);
  auto byline = ReadWordList(dir / "byline.txt");
  if (!byline.ok()) return byline.status();
  options.byline_words = *std::move(byline);
  return options;
}

StatusOr<HtmlText> HtmlToText(std::string_view html, const HtmlOptions& options) {
  if (html.size() > options.max_bytes) {
    return absl::ResourceExhaustedError("HTML page of " + std::to_string(html.size()) +
                                        " bytes exceeds max_bytes " +
                                        std::to_string(options.max_bytes));
  }
  HtmlTreeOptions tree_options;
  tree_options.max_depth = options.max_depth;
  const std::vector<HtmlNode> nodes = BuildHtmlTree(html, tree_options);
  const size_t n = nodes.size();

  // Pass 0, children before parents: which elements hold the article's key
  // parts (the headline, a sizeable <article> or <main>, itemprop=articleBody).
  // A class word cannot drop those: VnExpress wraps its whole story in
  // "sidebar-1", and a site may call its story box "content-comment".
  std::vector<size_t> text_under(n, 0);
  std::vector<bool> holds_article(n, false);
  for (size_t i = n - 1; i >= 1; --i) {
    const HtmlNode& node = nodes[i];
    if (node.kind == HtmlNode::Kind::kText && !node.raw) text_under[i] = node.span.size();
    if (node.kind == HtmlNode::Kind::kElement) {
      const HtmlAttribute* itemprop = node.Attribute("itemprop");
      if (node.tag == "h1" ||
          ((node.tag == "article" || node.tag == "main") && text_under[i] >= 500) ||
          (itemprop != nullptr && LowerAscii(itemprop->value.In(html)) == "articlebody")) {
        holds_article[i] = true;
      }
    }
    text_under[node.parent] += text_under[i];
    if (holds_article[i]) holds_article[node.parent] = true;
  }

  // Pass 1: inherited flags (parents come before children).
  std::vector<bool> dropped(n, false), in_link(n, false), in_article(n, false);
  std::vector<int> table_cell(n, -1);  // the <td> or <th> a node is in
  for (size_t i = 1; i < n; ++i) {
    const HtmlNode& node = nodes[i];
    const int parent = node.parent;
    dropped[i] = dropped[parent];
    in_link[i] = in_link[parent];
    in_article[i] = in_article[parent];
    table_cell[i] = table_cell[parent];
    if (node.kind != HtmlNode::Kind::kElement) continue;
    if (node.tag == "td" || node.tag == "th") table_cell[i] = static_cast<int>(i);
    if (node.tag == "article" || node.tag == "main") in_article[i] = true;
    if (node.tag == "a") in_link[i] = true;
    if (!dropped[i]) {
      dropped[i] = RawTags().count(node.tag) > 0 || IsHidden(html, node) ||
                   (!holds_article[i] && (DroppedTags().count(node.tag) > 0 ||
                                          (node.tag == "header" && !in_article[parent]) ||
                                          HasMarker(html, node, options.boilerplate_words)));
    }
  }

  // Pass 2: blocks.
  std::vector<Block> blocks;
  {
    std::vector<int> open = {0};
    Block current;
    auto flush = [&](int next_owner) {
      if (current.text_bytes > 0) blocks.push_back(std::move(current));
      current = Block();
      current.owner = next_owner;
    };
    for (size_t i = 1; i < n; ++i) {
      while (open.size() > 1 && nodes[open.back()].end <= i) {
        open.pop_back();
        flush(open.back());
      }
      const HtmlNode& node = nodes[i];
      if (node.kind == HtmlNode::Kind::kElement) {
        if (node.tag == "br") {
          if (!dropped[i]) current.items.push_back(static_cast<int>(i));
        } else if (BlockTags().count(node.tag) > 0) {
          flush(static_cast<int>(i));
          if (node.end > i + 1)
            open.push_back(static_cast<int>(i));
          else
            flush(open.back());
        }
        continue;
      }
      if (node.raw || dropped[i]) continue;
      size_t bytes = 0;
      for (size_t b = node.span.begin; b < node.span.end; ++b) {
        if (!IsAsciiSpace(html[b])) ++bytes;
        if (html[b] == ',') ++current.commas;
      }
      if (bytes == 0 && current.items.empty()) continue;
      current.items.push_back(static_cast<int>(i));
      current.text_bytes += bytes;
      if (in_link[i]) current.link_bytes += bytes;
    }
    flush(0);
  }

  // Pass 3: score containers.
  std::vector<double> score(n, 0.0);
  for (const Block& block : blocks) {
    if (block.text_bytes < 25) continue;
    double value = 1.0 + block.commas + std::min(block.text_bytes / 100.0, 3.0);
    value *= 1.0 - block.LinkDensity();
    int container = block.owner;
    if (ParagraphTags().count(nodes[container].tag) > 0 && container != 0) {
      container = nodes[container].parent;
    }
    for (int level = 1; level <= 3 && container > 0; ++level) {
      score[container] += value / level;
      container = nodes[container].parent;
    }
  }
  int best = 0;
  for (size_t i = 1; i < n; ++i) {
    if (score[i] > score[best]) best = static_cast<int>(i);
  }
  auto inside = [&](int node, int container) {
    return container == 0 ||
           (node >= container && static_cast<size_t>(node) < nodes[container].end);
  };

  // The blocks to emit, in document order.
  std::vector<const Block*> kept;
  // Besides the best container, its siblings may hold article text: a lead
  // paragraph outside the story box, or a story split in two by an advert.
  // A sibling is kept whole when it scores at least a fifth of the best; a
  // lone paragraph of it when it is long and has few links (readability's
  // rule).
  const int best_parent = best == 0 ? 0 : nodes[best].parent;
  auto sibling_of_best = [&](int node) {
    while (node > 0 && nodes[node].parent != best_parent) node = nodes[node].parent;
    return node;
  };
  for (const Block& block : blocks) {
    if (block.LinkDensity() > 0.5) continue;
    if (options.main_content_only && !inside(block.owner, best)) {
      if (best_parent == 0 && best == 0) continue;
      if (!inside(block.owner, best_parent) || block.owner == best_parent) continue;
      const int sibling = sibling_of_best(block.owner);
      const bool strong_sibling = score[sibling] >= 0.2 * score[best];
      const bool lead_paragraph =
          nodes[block.owner].tag == "p" && block.text_bytes >= 80 && block.LinkDensity() < 0.25;
      if (!strong_sibling && !lead_paragraph) continue;
    }
    kept.push_back(&block);
  }

  HtmlText out;
  HtmlMetadata metadata = ReadHtmlMetadata(html);

  // The headline: the first <h1> with real text, when it comes before the
  // article or inside it (text in front of it is then a kicker or a
  // breadcrumb); else the <title> or og:title.
  int headline = -1;
  for (size_t i = 1; i < n; ++i) {
    if (nodes[i].tag != "h1" || nodes[i].kind != HtmlNode::Kind::kElement) continue;
    const std::string text = SubtreeText(html, nodes, static_cast<int>(i));
    if (text.size() < 10) continue;
    size_t linked = 0, total = 0;
    for (size_t j = i + 1; j < nodes[i].end; ++j) {
      if (nodes[j].kind != HtmlNode::Kind::kText || nodes[j].raw) continue;
      total += nodes[j].span.size();
      if (in_link[j]) linked += nodes[j].span.size();
    }
    if (total > 0 && linked * 2 > total) continue;  // a logo or a link to another story
    if (!kept.empty() && !inside(static_cast<int>(i), best) &&
        nodes[kept.front()->items.front()].span.begin < nodes[i].span.begin) {
      continue;
    }
    headline = static_cast<int>(i);
    break;
  }

  Emitter emitter(html, &out);
  auto emit_items = [&](const std::vector<int>& items, bool breaks) {
    int cell = -1;
    for (int item : items) {
      const HtmlNode& node = nodes[item];
      if (node.kind == HtmlNode::Kind::kText) {
        // One " | " per cell of the row begun since the last text, empty ones too.
        const int next_cell = table_cell[item];
        if (cell >= 0 && next_cell > cell && nodes[next_cell].parent == nodes[cell].parent) {
          for (int j = cell + 1; j <= next_cell; ++j) {
            if (nodes[j].parent == nodes[cell].parent &&
                (nodes[j].tag == "td" || nodes[j].tag == "th")) {
              emitter.CellBreak(nodes[j].span);
            }
          }
        }
        cell = next_cell;
        emitter.AddText(node.span);
      } else if (breaks) {
        emitter.LineBreak(node.span);
      }
    }
  };
  size_t body_from = 0;  // where the kept blocks may start
  if (headline >= 0) {
    std::vector<int> items;
    for (size_t j = headline + 1; j < nodes[headline].end; ++j) {
      if (nodes[j].kind == HtmlNode::Kind::kText && !nodes[j].raw) items.push_back(j);
    }
    emitter.BeginBlock(nodes[headline].span.begin);
    emit_items(items, false);
    body_from = nodes[headline].end;
  } else {
    // <title> text, or the og:title attribute: both sit in the head, before
    // every kept block.
    ByteSpan title_span;
    for (size_t i = 1; i < n && title_span.empty(); ++i) {
      const HtmlNode& node = nodes[i];
      if (node.kind != HtmlNode::Kind::kElement) continue;
      if (node.tag == "title" && node.end > i + 1) title_span = nodes[i + 1].span;
      if (node.tag == "meta") {
        const HtmlAttribute* property = node.Attribute("property");
        const HtmlAttribute* content = node.Attribute("content");
        if (property && content && LowerAscii(property->value.In(html)) == "og:title") {
          title_span = content->value;
        }
      }
    }
    if (!title_span.empty() &&
        (kept.empty() || title_span.end <= nodes[kept.front()->items.front()].span.begin)) {
      emitter.BeginBlock(title_span.begin);
      emitter.AddText(title_span);
    }
  }
  // The <table> a row block belongs to, or -1.
  auto table_of_row = [&](const Block* block) {
    if (nodes[block->owner].tag != "tr") return -1;
    int node = nodes[block->owner].parent;
    while (node > 0 && nodes[node].tag != "table") node = nodes[node].parent;
    return node;
  };
  int previous_table = -1;
  for (const Block* block : kept) {
    if (nodes[block->items.front()].span.begin < emitter.cursor()) continue;
    if (static_cast<size_t>(block->items.front()) < body_from) continue;
    const int table = table_of_row(block);
    emitter.BeginBlock(nodes[block->items.front()].span.begin,
                       /*tight=*/table > 0 && table == previous_table);
    previous_table = table;
    emit_items(block->items, true);
  }
  emitter.Finish();

  // Metadata.
  std::optional<std::string> h1_title;
  if (headline >= 0) h1_title = SubtreeText(html, nodes, headline);
  out.title = CleanMetadata(metadata.og_title        ? metadata.og_title
                            : metadata.title_element ? metadata.title_element
                            : h1_title               ? h1_title
                                                     : metadata.jsonld_headline);
  out.published = CleanMetadata(metadata.published);
  out.charset = metadata.charset;
  std::optional<std::string> author = metadata.author;
  // Many sites put their own name in <meta name="author">.
  if (author && metadata.site_name) {
    const std::string lower_author = LowerAscii(*author);
    const std::string lower_site = LowerAscii(*metadata.site_name);
    if (lower_site.find(lower_author) != std::string::npos ||
        lower_author.find(lower_site) != std::string::npos) {
      author.reset();
    }
  }
  if (!author && !options.byline_words.empty()) {
    for (size_t i = 1; i < n && !author; ++i) {
      if (nodes[i].kind != HtmlNode::Kind::kElement || dropped[i]) continue;
      if (!HasMarker(html, nodes[i], options.byline_words)) continue;
      // The first text of the element: bylines often go on with "and 2
      // others" or "more from this author" links.
      for (size_t j = i + 1; j < nodes[i].end; ++j) {
        if (nodes[j].kind != HtmlNode::Kind::kText || nodes[j].raw || dropped[j]) continue;
        std::optional<std::string> text = CleanMetadata(std::string(nodes[j].span.In(html)));
        if (!text) continue;
        if (text->size() <= 80) author = std::move(text);
        break;
      }
    }
  }
  out.author = CleanMetadata(author);
  return out;
}

}  // namespace vnie
