// The tokenizer follows the HTML5 tokenizer in the cases news pages exercise
// (quoted attributes holding '>', raw-text elements whose content may hold
// "<p", comments, bogus markup); the tree builder keeps an explicit stack of
// open elements and applies only the implied-end rules that change which
// block a text run belongs to.
#include "input/html_tree.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace vnie {
namespace {

using TagSet = std::unordered_set<std::string_view>;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

const TagSet& VoidTags() {
  static const TagSet kTags = {"area", "base", "br",    "col",    "embed", "hr",  "img",   "input",
                               "link", "meta", "param", "source", "track", "wbr", "keygen"};
  return kTags;
}

// Elements whose content is text up to their end tag, never markup.
const TagSet& RawTextTags() {
  static const TagSet kTags = {"script",   "style",    "xmp",   "iframe",  "noembed",
                               "noframes", "noscript", "title", "textarea"};
  return kTags;
}

// HTML elements that a "/>" does not close (the HTML parser ignores it).
const TagSet& NotSelfClosing() {
  static const TagSet kTags = {
      "div",        "span",  "p",      "a",          "li",      "ul",     "ol",  "td",
      "th",         "tr",    "table",  "section",    "article", "main",   "h1",  "h2",
      "h3",         "h4",    "h5",     "h6",         "b",       "i",      "em",  "strong",
      "font",       "label", "figure", "figcaption", "header",  "footer", "nav", "aside",
      "blockquote", "pre",   "form",   "button",     "select",  "option"};
  return kTags;
}

// A start tag of these closes an open <p>.
const TagSet& ClosesParagraph() {
  static const TagSet kTags = {
      "address", "article", "aside",    "blockquote", "center", "details", "dialog", "dir",
      "div",     "dl",      "fieldset", "figcaption", "figure", "footer",  "form",   "h1",
      "h2",      "h3",      "h4",       "h5",         "h6",     "header",  "hgroup", "hr",
      "li",      "main",    "menu",     "nav",        "ol",     "p",       "pre",    "section",
      "table",   "ul",      "dd",       "dt",         "summary"};
  return kTags;
}

// An end tag, or an implied end, does not look past these.
const TagSet& ScopeBoundaries() {
  static const TagSet kTags = {"table",   "td",     "th",     "caption", "button",
                               "marquee", "object", "applet", "template"};
  return kTags;
}

// Where the search for an open <li>, <dd> or <dt> to close stops: a nested list.
const TagSet& ListBoundaries() {
  static const TagSet kTags = {"ul",  "ol",    "menu",       "dl",      "table",
                               "td",  "th",    "tr",         "section", "article",
                               "nav", "aside", "blockquote", "figure",  "button"};
  return kTags;
}

bool IsHeading(std::string_view tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

struct Token {
  enum class Kind { kText, kStartTag, kEndTag };
  Kind kind = Kind::kText;
  std::string name;
  ByteSpan span;
  bool self_closing = false;
  bool raw = false;
  std::vector<HtmlAttribute> attributes;
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view html) : html_(html) {}

  bool Next(Token* token) {
    token->attributes.clear();
    token->self_closing = false;
    token->raw = false;
    while (pos_ < html_.size()) {
      if (!raw_end_.empty()) {
        const size_t end = FindRawEnd();
        const bool raw = raw_no_references_;
        raw_end_.clear();
        if (end > pos_) {
          *token = Token{Token::Kind::kText, "", {pos_, end}, false, raw, {}};
          pos_ = end;
          return true;
        }
      }
      if (html_[pos_] != '<' || !StartsMarkup(pos_)) {
        size_t end = pos_ + 1;
        while (end < html_.size() && !(html_[end] == '<' && StartsMarkup(end))) ++end;
        *token = Token{Token::Kind::kText, "", {pos_, end}, false, false, {}};
        pos_ = end;
        return true;
      }
      const char next = html_[pos_ + 1];
      if (next == '!' || next == '?') {
        SkipComment();
        continue;
      }
      if (next == '/') {
        if (!IsAlpha(html_[pos_ + 2])) {  // "</>" or "</3": a bogus comment, as in HTML5
          SkipComment();
          continue;
        }
        ReadEndTag(token);
        return true;
      }
      ReadStartTag(token);
      if (RawTextTags().count(token->name) > 0 && !token->self_closing) {
        raw_end_ = token->name;
        raw_no_references_ = token->name != "title" && token->name != "textarea";
      }
      return true;
    }
    return false;
  }

 private:
  // '<' followed by a letter, '/' + letter, '!' or '?' starts markup; any other
  // '<' is text ("a < b").
  bool StartsMarkup(size_t i) const {
    if (i + 1 >= html_.size()) return false;
    const char c = html_[i + 1];
    if (IsAlpha(c) || c == '!' || c == '?') return true;
    return c == '/' && i + 2 < html_.size();
  }

  void SkipComment() {
    if (html_.compare(pos_, 4, "<!--") == 0) {
      const size_t end = html_.find("-->", pos_ + 4);
      pos_ = end == std::string_view::npos ? html_.size() : end + 3;
      return;
    }
    const size_t end = html_.find('>', pos_);
    pos_ = end == std::string_view::npos ? html_.size() : end + 1;
  }

  // The start of "</name" closing the current raw-text element, or the end.
  size_t FindRawEnd() const {
    for (size_t i = html_.find("</", pos_); i != std::string_view::npos;
         i = html_.find("</", i + 2)) {
      size_t j = 0;
      while (j < raw_end_.size() && i + 2 + j < html_.size() &&
             Lower(html_[i + 2 + j]) == raw_end_[j]) {
        ++j;
      }
      if (j < raw_end_.size()) continue;
      const size_t after = i + 2 + j;
      if (after >= html_.size() || IsSpace(html_[after]) || html_[after] == '/' ||
          html_[after] == '>') {
        return i;
      }
    }
    return html_.size();
  }

  size_t ReadName(size_t i, std::string* name) const {
    name->clear();
    while (i < html_.size() && !IsSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') {
      name->push_back(Lower(html_[i]));
      ++i;
    }
    return i;
  }

  void ReadEndTag(Token* token) {
    token->kind = Token::Kind::kEndTag;
    ReadName(pos_ + 2, &token->name);
    const size_t end = html_.find('>', pos_ + 2);
    const size_t stop = end == std::string_view::npos ? html_.size() : end + 1;
    token->span = {pos_, stop};
    pos_ = stop;
  }

  void ReadStartTag(Token* token) {
    token->kind = Token::Kind::kStartTag;
    size_t i = ReadName(pos_ + 1, &token->name);
    while (i < html_.size()) {
      while (i < html_.size() && (IsSpace(html_[i]) || html_[i] == '/')) {
        token->self_closing = html_[i] == '/';
        ++i;
      }
      if (i >= html_.size() || html_[i] == '>') break;
      token->self_closing = false;
      HtmlAttribute attribute;
      // An attribute name may start with '=' (HTML5 keeps it in the name).
      attribute.name.push_back(Lower(html_[i++]));
      while (i < html_.size() && !IsSpace(html_[i]) && html_[i] != '/' && html_[i] != '>' &&
             html_[i] != '=') {
        attribute.name.push_back(Lower(html_[i++]));
      }
      size_t j = i;
      while (j < html_.size() && IsSpace(html_[j])) ++j;
      if (j < html_.size() && html_[j] == '=') {
        ++j;
        while (j < html_.size() && IsSpace(html_[j])) ++j;
        if (j < html_.size() && (html_[j] == '"' || html_[j] == '\'')) {
          const size_t close = html_.find(html_[j], j + 1);
          const size_t value_end = close == std::string_view::npos ? html_.size() : close;
          attribute.value = {j + 1, value_end};
          i = close == std::string_view::npos ? html_.size() : close + 1;
        } else {
          size_t value_end = j;
          while (value_end < html_.size() && !IsSpace(html_[value_end]) &&
                 html_[value_end] != '>') {
            ++value_end;
          }
          attribute.value = {j, value_end};
          i = value_end;
        }
      } else {
        attribute.value = {i, i};
      }
      token->attributes.push_back(std::move(attribute));
    }
    const size_t stop = i < html_.size() ? i + 1 : html_.size();
    token->span = {pos_, stop};
    pos_ = stop;
  }

  std::string_view html_;
  size_t pos_ = 0;
  std::string raw_end_;  // the raw-text element we are in, or empty
  bool raw_no_references_ = false;
};

class TreeBuilder {
 public:
  TreeBuilder(const HtmlTreeOptions& options, std::vector<HtmlNode>* nodes)
      : options_(options), nodes_(*nodes) {
    HtmlNode root;
    nodes_.push_back(std::move(root));
    open_.push_back(0);
  }

  void Add(Token& token) {
    switch (token.kind) {
      case Token::Kind::kText:
        AddNode(HtmlNode::Kind::kText, "", token.span, token.raw, {});
        break;
      case Token::Kind::kStartTag:
        StartTag(token);
        break;
      case Token::Kind::kEndTag:
        EndTag(token);
        break;
    }
  }

  void Finish() {
    while (open_.size() > 1) Pop();
    nodes_[0].end = nodes_.size();
  }

 private:
  size_t AddNode(HtmlNode::Kind kind, std::string tag, ByteSpan span, bool raw,
                 std::vector<HtmlAttribute> attributes) {
    HtmlNode node;
    node.kind = kind;
    node.tag = std::move(tag);
    node.parent = open_.back();
    node.depth = static_cast<int>(open_.size());
    node.span = span;
    node.raw = raw;
    node.attributes = std::move(attributes);
    node.end = nodes_.size() + 1;
    nodes_.push_back(std::move(node));
    return nodes_.size() - 1;
  }

  void Push(int index) {
    open_.push_back(index);
    ++open_counts_[nodes_[index].tag];
  }
  void Pop() {
    nodes_[open_.back()].end = nodes_.size();
    --open_counts_[nodes_[open_.back()].tag];
    open_.pop_back();
  }
  // Pops open_[k] and everything above it.
  void PopThrough(size_t k) {
    while (open_.size() > k) Pop();
  }

  // Index in open_ of the nearest open element named `tag`, searching down
  // until a tag of `stop`; 0 when none.
  size_t FindOpen(std::string_view tag, const TagSet& stop) const {
    // Most searches are for an element that is not open at all (a <p> when a
    // <div> starts): the count answers those without walking the stack.
    const auto count = open_counts_.find(tag);
    if (count == open_counts_.end() || count->second == 0) return 0;
    int searched = 0;
    for (size_t k = open_.size() - 1; k > 0 && searched < options_.max_end_tag_search;
         --k, ++searched) {
      const std::string& open_tag = nodes_[open_[k]].tag;
      if (open_tag == tag) return k;
      if (stop.count(open_tag) > 0) return 0;
    }
    return 0;
  }

  void CloseImplied(const std::string& tag) {
    if (ClosesParagraph().count(tag) > 0) {
      if (size_t k = FindOpen("p", ScopeBoundaries())) PopThrough(k);
    }
    if (tag == "li") {
      if (size_t k = FindOpen("li", ListBoundaries())) PopThrough(k);
    } else if (tag == "dd" || tag == "dt") {
      size_t k = FindOpen("dd", ListBoundaries());
      if (k == 0) k = FindOpen("dt", ListBoundaries());
      if (k != 0) PopThrough(k);
    } else if (IsHeading(tag)) {
      if (IsHeading(nodes_[open_.back()].tag)) Pop();
    } else if (tag == "td" || tag == "th") {
      static const TagSet kRow = {"tr", "table"};
      size_t k = FindOpen("td", kRow);
      if (k == 0) k = FindOpen("th", kRow);
      if (k != 0) PopThrough(k);
    } else if (tag == "tr") {
      static const TagSet kTable = {"table"};
      if (size_t k = FindOpen("tr", kTable)) PopThrough(k);
    } else if (tag == "option") {
      if (nodes_[open_.back()].tag == "option") Pop();
    } else if (tag == "a") {
      if (size_t k = FindOpen("a", ScopeBoundaries())) PopThrough(k);
    }
  }

  void StartTag(Token& token) {
    // Their content belongs to the root; a page has at most one of each anyway.
    if (token.name == "html" || token.name == "head" || token.name == "body") return;
    CloseImplied(token.name);
    const bool leaf = VoidTags().count(token.name) > 0 ||
                      (token.self_closing && NotSelfClosing().count(token.name) == 0);
    AddNode(HtmlNode::Kind::kElement, token.name, token.span, false, std::move(token.attributes));
    if (!leaf && static_cast<int>(open_.size()) <= options_.max_depth) {
      Push(static_cast<int>(nodes_.size() - 1));
    }
  }

  void EndTag(const Token& token) {
    if (token.name == "html" || token.name == "head" || token.name == "body") return;
    if (token.name == "br") {  // </br> is read as <br>
      AddNode(HtmlNode::Kind::kElement, "br", token.span, false, {});
      return;
    }
    if (size_t k = FindOpen(token.name, ScopeBoundaries())) PopThrough(k);
  }

  const HtmlTreeOptions& options_;
  std::vector<HtmlNode>& nodes_;
  std::vector<int> open_;
  // How many elements of each tag are in open_ (the root excluded).
  struct TagHash {
    using is_transparent = void;
    size_t operator()(std::string_view tag) const { return std::hash<std::string_view>()(tag); }
  };
  std::unordered_map<std::string, int, TagHash, std::equal_to<>> open_counts_;
};

}  // namespace

const HtmlAttribute* HtmlNode::Attribute(std::string_view name) const {
  for (const HtmlAttribute& attribute : attributes) {
    if (attribute.name == name) return &attribute;
  }
  return nullptr;
}

std::vector<HtmlNode> BuildHtmlTree(std::string_view html, const HtmlTreeOptions& options) {
  std::vector<HtmlNode> nodes;
  TreeBuilder builder(options, &nodes);
  Tokenizer tokenizer(html);
  Token token;
  while (tokenizer.Next(&token)) builder.Add(token);
  builder.Finish();
  return nodes;
}

}  // namespace vnie
