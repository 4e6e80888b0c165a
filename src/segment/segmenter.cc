// Segmenter: the order of decisions that turns an article's lines into a DocumentLayout.
//
// Lines are decided in four passes, each using only what the earlier ones fixed:
//   1. boilerplate: a tail marker ends the body (everything after it goes), drop
//      patterns remove single lines, and a line repeated verbatim keeps only its
//      first copy (captions and teasers are often printed twice);
//   2. header: the publication line and the headline among the first lines, and
//      a labelled byline right under them;
//   3. byline: at the end of what is left, unless the header had one;
//   4. the kind of each remaining body line, which lines a soft line break joins
//      into one paragraph, and the sentences.
#include "segment/segmenter.h"

#include <algorithm>
#include <set>

#include "absl/strings/str_cat.h"
#include "segment/line_patterns.h"
#include "segment/sentence_splitter.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace vnie {

struct Segmenter::Rules {
  LinePatterns tail_markers;
  LinePatterns drop_lines;
  LinePatterns publication_line;  // group "datetime"
  LinePatterns byline;            // group "author"
  LinePatterns header_byline;     // group "author"
  LinePatterns caption;
  LinePatterns list_item;
  LinePatterns heading;
  LinePatterns not_title;
  std::unique_ptr<SentenceSplitter> splitter;
};

std::string_view BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle:
      return "title";
    case BlockKind::kPublication:
      return "publication";
    case BlockKind::kLead:
      return "lead";
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kCaption:
      return "caption";
    case BlockKind::kListItem:
      return "list_item";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kByline:
      return "byline";
    case BlockKind::kBoilerplate:
      return "boilerplate";
  }
  return "?";
}

bool IsBody(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle:
    case BlockKind::kLead:
    case BlockKind::kParagraph:
    case BlockKind::kCaption:
    case BlockKind::kListItem:
    case BlockKind::kHeading:
      return true;
    case BlockKind::kPublication:
    case BlockKind::kByline:
    case BlockKind::kBoilerplate:
      return false;
  }
  return false;
}

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// A line's span without surrounding blanks (and no-break spaces, which some
// inputs keep even after normalization).
ByteSpan TrimLine(std::string_view text, ByteSpan span) {
  for (;;) {
    if (span.begin < span.end && IsBlank(text[span.begin])) {
      ++span.begin;
    } else if (span.end >= span.begin + 2 && text.substr(span.begin, 2) == "\xC2\xA0") {
      span.begin += 2;
    } else {
      break;
    }
  }
  for (;;) {
    if (span.end > span.begin && IsBlank(text[span.end - 1])) {
      --span.end;
    } else if (span.end >= span.begin + 2 && text.substr(span.end - 2, 2) == "\xC2\xA0") {
      span.end -= 2;
    } else {
      break;
    }
  }
  return span;
}

int CountWords(std::string_view line) {
  int words = 0;
  bool in_word = false;
  for (char c : line) {
    const bool blank = c == ' ' || c == '\t';
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

UChar32 FirstCodePoint(std::string_view line) {
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(line.data()), i, static_cast<int32_t>(line.size()), c);
  return c;
}

bool StartsLowercase(std::string_view line) {
  return !line.empty() && u_islower(FirstCodePoint(line));
}

// Whether `line` ends with one of the ASCII `marks` or an ellipsis.
bool EndsWithMark(std::string_view line, std::string_view marks) {
  if (line.empty()) return false;
  if (marks.find(line.back()) != std::string_view::npos) return true;
  return line.size() >= 3 && line.substr(line.size() - 3) == "\u2026";
}

// Ends like a sentence or a clause, which a headline does not.
bool EndsWithClausePunctuation(std::string_view line) { return EndsWithMark(line, ".,;:|"); }

bool EndsSentence(std::string_view line) { return EndsWithMark(line, ".!?;,"); }

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Ends in sentence punctuation, also before closing quotes and brackets
// ("... trẻ.\"", "(... 2024.)"); a comma does not end a sentence, and neither
// does a bracket alone ("... (xã Mỹ Hòa)").
bool StopsAtSentenceEnd(std::string_view line) {
  static constexpr std::string_view kClosers[] = {"\"",     "'",      ")",     "]",
                                                  "\u201D", "\u2019", "\u00BB"};
  for (bool stripped = true; stripped && !line.empty();) {
    stripped = false;
    for (std::string_view closer : kClosers) {
      if (line.size() >= closer.size() && line.substr(line.size() - closer.size()) == closer) {
        line.remove_suffix(closer.size());
        stripped = true;
        break;
      }
    }
  }
  return EndsWithMark(line, ".!?:;");
}

bool IsNumberToken(std::string_view token) {
  bool digit = false;
  for (char c : token) {
    if (IsAsciiDigit(c)) {
      digit = true;
    } else if (c != '.' && c != ',' && c != '%') {
      return false;
    }
  }
  return digit;
}

// A row of a table flattened to text: cells between bars or tabs, or a line
// ending in two number cells ("Khu phố 3 72 51") or of one number ("2.214",
// "72,4%"), which a sentence broken mid-way does not.
bool LooksLikeTableRow(std::string_view line) {
  if (line.find_first_of("|\t") != std::string_view::npos) return true;
  for (int number_cells = 1;; ++number_cells) {
    const size_t space = line.rfind(' ');
    if (!IsNumberToken(space == std::string_view::npos ? line : line.substr(space + 1))) {
      return false;
    }
    if (number_cells == 2 || space == std::string_view::npos) return true;
    line = line.substr(0, space);
  }
}

// A number, then a capitalized word: "84 Số lượt người khám chữa bệnh", the
// numbered row of a statistics table rather than the rest of a sentence
// ("... với" / "3 đảng viên.").
bool StartsNumberedRow(std::string_view line) {
  if (line.empty() || !IsAsciiDigit(line.front())) return false;
  const size_t space = line.find(' ');
  return space != std::string_view::npos && u_isupper(FirstCodePoint(line.substr(space + 1)));
}

// Whether the line at `next` continues the sentence of the line at `line`
// across a soft line break (a crawler's hard wrap inside a paragraph): they are
// adjacent, with no blank line between; `line` stops without sentence
// punctuation; `next` starts in lower case or with a digit ("... toàn Đảng bộ
// có 1.108" / "đảng viên, ..."); neither is a table row.
bool IsSoftBreak(std::string_view text, ByteSpan line, ByteSpan next) {
  const std::string_view gap = text.substr(line.end, next.begin - line.end);
  if (std::count(gap.begin(), gap.end(), '\n') != 1) return false;
  const std::string_view first = line.In(text);
  const std::string_view second = next.In(text);
  if (StopsAtSentenceEnd(first) || second.empty()) return false;
  if (!StartsLowercase(second) && !IsAsciiDigit(second.front())) return false;
  return !LooksLikeTableRow(first) && !LooksLikeTableRow(second) && !StartsNumberedRow(second);
}

// The text two copies of a line share: without a leading bullet and a trailing
// caption bar, so "• X" and "X |" repeat "X".
std::string_view DuplicateKey(std::string_view line) {
  static constexpr std::string_view kBullets[] = {"\u2022 ", "- ", "* ", "+ ", "\u00B7 "};
  for (std::string_view bullet : kBullets) {
    if (line.substr(0, bullet.size()) == bullet) {
      line.remove_prefix(bullet.size());
      break;
    }
  }
  while (!line.empty() && (line.back() == '|' || line.back() == ' ')) line.remove_suffix(1);
  return line;
}

// The headline without markdown heading marks or bold ("# X", "**X**"),
// which mirrored posts keep.
ByteSpan StripMarkup(std::string_view text, ByteSpan span) {
  std::string_view line = span.In(text);
  size_t begin = line.find_first_not_of("# ");
  if (begin == std::string_view::npos || begin > 7) return span;
  if (begin > 0 && line[begin - 1] != ' ') return span;  // "#hashtag" stays
  size_t end = line.size();
  if (line.substr(begin, 2) == "**" && end >= begin + 4 && line.substr(end - 2) == "**") {
    begin += 2;
    end -= 2;
  }
  return ByteSpan{span.begin + begin, span.begin + end};
}

struct Line {
  ByteSpan span;
  std::string_view text;
  BlockKind kind = BlockKind::kParagraph;
  std::string rule;
  bool kept = true;         // false once decided to be boilerplate
  bool joins_next = false;  // a soft line break: the next line is the same paragraph
};

}  // namespace

Segmenter::Segmenter(const SegmenterOptions& options, std::unique_ptr<Rules> rules)
    : options_(options), rules_(std::move(rules)) {}

Segmenter::~Segmenter() = default;

StatusOr<std::unique_ptr<Segmenter>> Segmenter::Load(const SegmenterOptions& options) {
  if (options.patterns_dir.empty()) {
    return absl::InvalidArgumentError("SegmenterOptions.patterns_dir is empty");
  }
  const std::string dir = options.patterns_dir + "/segment/";
  auto rules = std::make_unique<Rules>();
  struct FileSpec {
    const char* name;
    LinePatterns* target;
    const char* group;
  };
  const FileSpec files[] = {
      {"tail_markers.txt", &rules->tail_markers, ""},
      {"drop_lines.txt", &rules->drop_lines, ""},
      {"publication_line.txt", &rules->publication_line, "datetime"},
      {"byline.txt", &rules->byline, "author"},
      {"header_byline.txt", &rules->header_byline, "author"},
      {"caption.txt", &rules->caption, ""},
      {"list_item.txt", &rules->list_item, ""},
      {"heading.txt", &rules->heading, ""},
      {"not_title.txt", &rules->not_title, ""},
  };
  for (const FileSpec& file : files) {
    StatusOr<LinePatterns> patterns = LinePatterns::Load(dir + file.name, file.group);
    if (!patterns.ok()) return patterns.status();
    *file.target = *std::move(patterns);
  }
  StatusOr<std::unique_ptr<SentenceSplitter>> splitter =
      SentenceSplitter::Load(dir + "abbreviations.txt");
  if (!splitter.ok()) return splitter.status();
  rules->splitter = *std::move(splitter);
  return std::unique_ptr<Segmenter>(new Segmenter(options, std::move(rules)));
}

DocumentLayout Segmenter::Segment(std::string_view text) const {
  const Rules& rules = *rules_;
  DocumentLayout doc;

  std::vector<Line> lines;
  for (size_t pos = 0; pos < text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    ByteSpan span = TrimLine(text, {pos, eol});
    if (!span.empty()) lines.push_back(Line{span, span.In(text), BlockKind::kParagraph, {}, true});
    pos = eol + 1;
  }

  // Pass 1: boilerplate. A tail marker only ends the body once some article text
  // has been seen: at the top of a page "Tin mới" is navigation, not the end.
  constexpr size_t kArticleTextBytes = 80;
  bool seen_text = false;
  std::string tail_rule;
  std::set<std::string_view> seen_lines;
  for (Line& line : lines) {
    if (!tail_rule.empty()) {
      line.kept = false;
      line.rule = tail_rule;
      continue;
    }
    if (const LinePattern* p = rules.tail_markers.Find(line.text)) {
      line.kept = false;
      line.rule = p->where;
      if (seen_text) tail_rule = absl::StrCat("after ", p->where);
      continue;
    }
    if (const LinePattern* p = rules.drop_lines.Find(line.text)) {
      line.kept = false;
      line.rule = p->where;
      continue;
    }
    if (!seen_lines.insert(DuplicateKey(line.text)).second) {
      line.kept = false;
      line.rule = "duplicate";
      continue;
    }
    if (line.text.size() >= kArticleTextBytes) seen_text = true;
  }

  std::vector<size_t> kept;  // indices into lines
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kept) kept.push_back(i);
  }
  const size_t window =
      std::min(kept.size(), static_cast<size_t>(std::max(0, options_.header_lines)));

  // Pass 2: the header.
  auto title_shaped = [&](size_t k) {
    const std::string_view line = lines[kept[k]].text;
    if (line.size() > options_.max_title_bytes) return false;
    if (CountWords(line) < options_.min_title_words) return false;
    if (EndsWithClausePunctuation(line) || StartsLowercase(line)) return false;
    if (rules.not_title.Find(line) || rules.list_item.Find(line)) return false;
    return true;
  };

  std::optional<size_t> publication;  // index into kept
  for (size_t k = 0; k < window && !publication; ++k) {
    Line& line = lines[kept[k]];
    ByteSpan datetime;
    if (const LinePattern* p = rules.publication_line.Find(line.text, &datetime)) {
      publication = k;
      line.kind = BlockKind::kPublication;
      line.rule = p->where;
      doc.publication = line.span;
      doc.publication_datetime =
          ByteSpan{line.span.begin + datetime.begin, line.span.begin + datetime.end};
    }
  }
  auto next_content = [&](size_t k) -> std::optional<size_t> {
    for (size_t j = k + 1; j < kept.size(); ++j) {
      if (!publication || j != *publication) return j;
    }
    return std::nullopt;
  };

  std::optional<size_t> title;
  std::string title_rule;
  // The headline sits right above the publication line when that is near the top;
  // further down, the line above is more often a document number or a heading.
  constexpr size_t kPublicationAnchorLines = 4;
  if (publication && *publication > 0 && *publication < kPublicationAnchorLines &&
      title_shaped(*publication - 1)) {
    title = *publication - 1;
    title_rule = "shape:title-above-publication";
  }
  if (!title) {
    const size_t title_window = std::min(
        window,
        static_cast<size_t>(std::max(0, options_.max_lines_above_title)) + 1 +
            (publication && *publication <= static_cast<size_t>(options_.max_lines_above_title)
                 ? 1
                 : 0));
    for (size_t k = 0; k < title_window; ++k) {
      if (publication && k == *publication) continue;
      if (!title_shaped(k)) {
        // A body line before any headline: the excerpt starts inside the article.
        if (lines[kept[k]].text.size() >= kArticleTextBytes || EndsSentence(lines[kept[k]].text))
          break;
        continue;
      }
      std::optional<size_t> next = next_content(k);
      if (next && StartsLowercase(lines[kept[*next]].text)) continue;  // a hard-wrapped fragment
      if (next && CountWords(lines[kept[k]].text) <= options_.max_breadcrumb_words &&
          title_shaped(*next)) {
        continue;  // a section name or breadcrumb above the headline
      }
      title = k;
      title_rule = "shape:title";
      break;
    }
  }
  size_t body_start = 0;  // first kept index that may be body
  if (title) {
    Line& line = lines[kept[*title]];
    line.kind = BlockKind::kTitle;
    line.rule = title_rule;
    doc.title = StripMarkup(text, line.span);
    body_start = *title + 1;
  }
  // Site names and breadcrumbs above the headline (or, without one, short lines
  // above the publication line) are not article text.
  const size_t header_end = title ? *title : (publication ? *publication : 0);
  for (size_t k = 0; k < header_end; ++k) {
    Line& line = lines[kept[k]];
    if (!title && line.text.size() >= kArticleTextBytes) continue;
    line.kept = false;
    line.rule = title ? "shape:above-title" : "shape:above-publication";
  }
  if (publication) lines[kept[*publication]].kept = false;

  // Takes `line` for the byline when `patterns` find a name in it.
  auto take_byline = [&](Line& line, const LinePatterns& patterns) {
    if (line.text.size() > options_.max_byline_bytes) return false;
    ByteSpan author;
    const LinePattern* p = patterns.Find(line.text, &author);
    if (p == nullptr || author.empty()) return false;
    line.kind = BlockKind::kByline;
    line.rule = p->where;
    doc.byline = line.span;
    doc.author = ByteSpan{line.span.begin + author.begin, line.span.begin + author.end};
    return true;
  };
  // A labelled byline under the headline or the publication line ("Tác giả:
  // Hoàng Yến"), among the few short lines before the article text.
  constexpr size_t kHeaderBylineLines = 2;
  for (size_t k = body_start, tried = 0; k < window && tried < kHeaderBylineLines; ++k) {
    Line& line = lines[kept[k]];
    if (!line.kept) continue;  // the publication line, or furniture above it
    if (line.text.size() >= kArticleTextBytes || EndsSentence(line.text)) break;
    ++tried;
    if (take_byline(line, rules.header_byline)) break;
  }

  std::vector<size_t> body;  // indices into lines, in order
  for (size_t k = body_start; k < kept.size(); ++k) {
    const Line& line = lines[kept[k]];
    if (line.kept && line.kind != BlockKind::kTitle && line.kind != BlockKind::kByline) {
      body.push_back(kept[k]);
    }
  }

  // Pass 3: the byline, among the last short lines of the body, unless the
  // header had one. Whatever short lines follow it ("Chia sẻ", a lone counter)
  // are not article text.
  constexpr size_t kBylineLookback = 2;
  for (size_t n = 0; !doc.author && n < kBylineLookback && n < body.size(); ++n) {
    Line& line = lines[body[body.size() - 1 - n]];
    if (line.text.size() > options_.max_byline_bytes) break;
    if (!take_byline(line, rules.byline)) continue;
    for (size_t m = 0; m < n; ++m) {
      Line& after = lines[body[body.size() - 1 - m]];
      after.kept = false;
      after.rule = "shape:after-byline";
    }
    body.resize(body.size() - 1 - n);
    break;
  }

  // Pass 4: kinds of body lines. List items, captions and headings are whole
  // lines; a paragraph line may go on across a soft line break.
  auto kind_by_pattern = [&](std::string_view line, std::string* rule) -> std::optional<BlockKind> {
    const LinePattern* p = rules.list_item.Find(line);
    BlockKind kind = BlockKind::kListItem;
    if (p == nullptr && line.size() <= options_.max_caption_bytes) {
      p = rules.caption.Find(line);
      kind = BlockKind::kCaption;
    }
    if (p == nullptr) {
      p = rules.heading.Find(line);
      kind = BlockKind::kHeading;
    }
    if (p == nullptr) return std::nullopt;
    if (rule != nullptr) *rule = p->where;
    return kind;
  };
  bool lead_seen = false;
  for (size_t b = 0; b < body.size(); ++b) {
    Line& line = lines[body[b]];
    const bool has_next = b + 1 < body.size();
    if (b > 0 && lines[body[b - 1]].joins_next) {
      line.kind = lines[body[b - 1]].kind;  // its block is the previous line's
    } else if (std::optional<BlockKind> kind = kind_by_pattern(line.text, &line.rule)) {
      line.kind = *kind;
      continue;
    } else if (has_next && CountWords(line.text) <= options_.max_heading_words &&
               !EndsSentence(line.text) && !StartsLowercase(line.text) &&
               !StartsLowercase(lines[body[b + 1]].text)) {
      line.kind = BlockKind::kHeading;
      line.rule = "shape:heading";
      continue;
    } else {
      line.kind = lead_seen ? BlockKind::kParagraph : BlockKind::kLead;
      line.rule = lead_seen ? "shape:paragraph" : "shape:lead";
      lead_seen = true;
    }
    if (has_next && body[b + 1] == body[b] + 1) {
      const Line& next = lines[body[b + 1]];
      line.joins_next =
          IsSoftBreak(text, line.span, next.span) && !kind_by_pattern(next.text, nullptr);
    }
  }

  // One block per line, except that lines joined by soft breaks share one.
  doc.blocks.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    Block block;
    block.kind =
        line.kept || line.kind == BlockKind::kPublication ? line.kind : BlockKind::kBoilerplate;
    block.span = line.span;
    block.rule = std::move(line.rule);
    for (size_t j = i; lines[j].joins_next; ++j) {
      block.span.end = lines[j + 1].span.end;
      i = j + 1;
    }
    const bool joined = block.span != line.span;
    if (joined) block.rule += "+shape:soft-break";
    if (IsBody(block.kind)) {
      block.sentences = joined ? rules.splitter->SplitAcrossLines(text, block.span)
                               : rules.splitter->Split(text, block.span);
    }
    doc.blocks.push_back(std::move(block));
  }
  return doc;
}

}  // namespace vnie
