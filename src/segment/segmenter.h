// Segmenter: from the normalized text of a plain-text news article to its structure.
//
// Crawled articles arrive as lines: a site name or breadcrumb, the headline, a
// publication line ("14:05 03-12-2020 | :205"), sometimes a labelled byline
// ("Tác giả: Hoàng Yến"), the lead and the body (with photo captions, lists and
// subheadings), the byline ("K.Hương"), and then related-news lists, share
// bars, comment boxes and widgets. Only the body is evidence (spec/output.md
// "What is the body"), so every later stage reads the DocumentLayout built here
// instead of the raw lines.
//
// A line is a paragraph, except where a crawler broke a sentence across lines
// (a soft line break): a body line that stops without sentence punctuation,
// directly followed by a line starting in lower case or with a digit ("... toàn
// Đảng bộ có 1.108" / "đảng viên, chiếm ..."), is one block and one sentence
// with it, so that rules match across the break. Headlines, bylines, list
// items, captions, headings and table rows are never joined.
//
//   SegmenterOptions options;
//   options.patterns_dir = "patterns";
//   StatusOr<std::unique_ptr<Segmenter>> segmenter = Segmenter::Load(options);
//   if (!segmenter.ok()) return segmenter.status();   // names file:line
//   DocumentLayout doc = (*segmenter)->Segment(normalized_text);
//   if (doc.title) Print(doc.title->In(normalized_text));
//   for (const Block& b : doc.blocks) if (IsBody(b.kind)) ... b.sentences ...
//
// What a line is comes from the data files in <patterns_dir>/segment/ (see the
// README there); the C++ keeps only the order of decisions and the shape tests
// (a headline is short and does not end in a period, a byline is short).
#ifndef VNIE_SEGMENT_SEGMENTER_H_
#define VNIE_SEGMENT_SEGMENTER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_span.h"
#include "base/status.h"

namespace vnie {

struct SegmenterOptions {
  // The patterns/ folder; the files are read from <patterns_dir>/segment/.
  // Required (default empty): Load() fails rather than guess a location, so a
  // misconfigured tool never runs without its rules.
  std::string patterns_dir;
  // How many non-empty lines at the top are searched for the headline and the
  // publication line. Default 16: site names, breadcrumbs and weather widgets
  // can push the headline down; more would let a body line be taken for it.
  int header_lines = 16;
  // A headline is at most this long (bytes; ~40 Vietnamese words) and has at
  // least `min_title_words` words. Longer lines are the lead.
  size_t max_title_bytes = 300;
  int min_title_words = 3;
  // A short line (at most this many words) directly followed by another
  // headline-shaped line is a breadcrumb or section name, not the headline.
  // Default 5 ("Xây dựng Đảng", "Tin tức các đơn vị trực thuộc").
  int max_breadcrumb_words = 5;
  // At most this many kept lines (site names, breadcrumbs, tag headers) may sit
  // above the headline; when the first ones are not headline-shaped the excerpt
  // has no headline. Default 2.
  int max_lines_above_title = 2;
  // A byline is at most this long (bytes). Default 80: "QUANG HUY - HUYỆN ĐOÀN AN LÃO"
  // is 41; longer lines are sentences even when they match a byline pattern.
  size_t max_byline_bytes = 80;
  // A line without final punctuation and at most this many words, followed by
  // body text, is a heading (when no caption pattern claims it). Default 16.
  int max_heading_words = 16;
  // Lines longer than this (bytes) are never captions, whatever caption.txt says.
  size_t max_caption_bytes = 400;
};

enum class BlockKind {
  kTitle,        // the headline
  kPublication,  // the line carrying the publication date
  kLead,         // the first paragraph of the body
  kParagraph,
  kCaption,      // photo caption
  kListItem,     // bullet or numbered item
  kHeading,      // subheading inside the body
  kByline,       // the author line
  kBoilerplate,  // not part of the article: widgets, related news, duplicates...
};

// "title", "publication", "lead", ... for logs and test messages.
std::string_view BlockKindName(BlockKind kind);

// Whether a block of this kind is article text (title, lead, paragraph,
// caption, list item, heading): the evidence later stages may use.
bool IsBody(BlockKind kind);

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  ByteSpan span;                    // the line, trimmed, without its line break;
                                    // lines joined by soft breaks, with the breaks
  std::vector<ByteSpan> sentences;  // inside span; empty unless IsBody(kind)
  std::string rule;                 // why: "drop_lines.txt:12", "duplicate", "shape:heading"...
};

struct DocumentLayout {
  std::optional<ByteSpan> title;
  std::optional<ByteSpan> publication;           // the whole publication line
  std::optional<ByteSpan> publication_datetime;  // its date-time part, for the date parser
  std::optional<ByteSpan> byline;                // the whole byline line
  std::optional<ByteSpan> author;  // the name part ("Thanh Tâm" of "Tin, ảnh: Thanh Tâm")
  std::vector<Block> blocks;       // every non-empty line, in order, in one block
                                   // each, or one for lines joined by soft breaks
};

class Segmenter {
 public:
  // Loads and compiles the pattern files. Fails with a message naming file:line
  // for a bad regex, or the missing file.
  static StatusOr<std::unique_ptr<Segmenter>> Load(const SegmenterOptions& options);

  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Never fails: an article with no recognizable structure is all paragraphs.
  // Every span points into `normalized_text`. Thread-safe (const, immutable).
  DocumentLayout Segment(std::string_view normalized_text) const;

  const SegmenterOptions& options() const { return options_; }

 private:
  struct Rules;
  explicit Segmenter(const SegmenterOptions& options, std::unique_ptr<Rules> rules);
  SegmenterOptions options_;
  std::unique_ptr<Rules> rules_;
};

}  // namespace vnie

#endif  // VNIE_SEGMENT_SEGMENTER_H_
