// Extractor: the pipeline from a document's bytes to its record.
//
//   decode -> normalize (old tone style, with an offset map) -> segment ->
//   match every dimension per sentence -> build people, figures, cells, places,
//   dates and periods -> map every span back to the document as read.
//
// Everything an Extractor holds is immutable after Create(), so Extract() is
// safe from many threads.
#include "vnie/extractor.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

#include "extract/apostrophes.h"
#include "extract/cell_builder.h"
#include "extract/document_text.h"
#include "extract/figure_builder.h"
#include "extract/interpreters.h"
#include "extract/loaded_patterns.h"
#include "extract/people_builder.h"
#include "extract/table_facts.h"
#include "extract/text_case.h"
#include "input/document_reader.h"
#include "input/html_text.h"
#include "match/matcher.h"
#include "match/pattern_set.h"
#include "segment/segmenter.h"
#include "text/decoder.h"

namespace vnie {
namespace {

namespace fs = std::filesystem;

std::string_view TrimText(std::string_view s) {
  const char* kSpace = " \t\r\n";
  size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(kSpace) - b + 1);
}

Record ErrorRecord(const Document& document, std::string code, std::string message) {
  Record record;
  record.source = document.source;
  record.error = RecordError{std::move(code), document.source + ": " + std::move(message)};
  return record;
}

// The dimensions, in the order their hits are needed: dates and periods block
// figures; schools name cells; places tell people from place names.
constexpr const char* kDimensions[] = {"dates", "periods", "schools", "figures",
                                       "cells", "places",  "people"};

// True for text that lost its diacritics ("Toan huyen co 120 dang vien"):
// Vietnamese prose is about a third non-ASCII letters, such text has none or
// almost none. Only then do accent_insensitive rules also run on stripped text.
bool LostDiacritics(std::string_view text) {
  size_t ascii_letters = 0, other_letters = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {  // not std::isalpha: a locale call per byte
      ++ascii_letters;
    } else if (c >= 0xC0) {  // a lead byte: count each non-ASCII character once
      ++other_letters;
    }
  }
  return ascii_letters >= 40 && other_letters * 50 < ascii_letters;
}

}  // namespace

struct Extractor::Impl {
  ExtractorOptions options;
  Normalizer match_normalizer{NormalizerOptions{ToneStyle::kOld, true}};
  std::unique_ptr<Normalizer> output_normalizer;  // only for the new tone style
  std::unique_ptr<LoadedPatterns> loaded;
  std::unique_ptr<Segmenter> segmenter;
  HtmlOptions html;

  // Names and roles in the tone style the user asked for; matching always runs
  // on the old style, which the lexicons are written in.
  std::string Canonical(std::string text) const {
    if (!output_normalizer) return text;
    return output_normalizer->Normalize(text).text;
  }
};

Extractor::Extractor() : impl_(new Impl) {}
Extractor::~Extractor() = default;

const ExtractorOptions& Extractor::options() const { return impl_->options; }

StatusOr<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions& options) {
  std::unique_ptr<Extractor> extractor(new Extractor());
  Impl& impl = *extractor->impl_;
  impl.options = options;
  if (impl.options.patterns_dir.empty()) impl.options.patterns_dir = DefaultPatternsDir();
  const std::string& dir = impl.options.patterns_dir;
  if (options.tone_style == ToneStyle::kNew) {
    impl.output_normalizer = std::make_unique<Normalizer>(NormalizerOptions{ToneStyle::kNew, true});
  }
  auto loaded = LoadPatterns(dir);
  if (!loaded.ok()) return loaded.status();
  impl.loaded = *std::move(loaded);
  SegmenterOptions segmenter_options;
  segmenter_options.patterns_dir = dir;
  auto segmenter = Segmenter::Load(segmenter_options);
  if (!segmenter.ok()) return segmenter.status();
  impl.segmenter = *std::move(segmenter);
  auto html = LoadHtmlOptions(dir);
  if (!html.ok()) return html.status();
  impl.html = *std::move(html);
  return extractor;
}

Record Extractor::Extract(const Document& document) const {
  const Impl& impl = *impl_;
  if (document.bytes.size() > impl.options.max_document_bytes) {
    return ErrorRecord(document, "too-large",
                       "document of " + std::to_string(document.bytes.size()) +
                           " bytes is over --max-document-bytes (" +
                           std::to_string(impl.options.max_document_bytes) + ")");
  }
  DecodeOptions decode_options;
  decode_options.encoding = impl.options.encoding;
  decode_options.hint = document.charset;
  auto decoded = Decode(document.bytes, decode_options);
  if (!decoded.ok()) {
    return ErrorRecord(document, "undecodable", std::string(decoded.status().message()));
  }
  Record record;
  record.source = document.source;
  record.encoding = decoded->encoding;
  record.warnings = decoded->warnings;
  record.format = document.format;
  if (record.format == "auto") {
    std::string_view head = std::string_view(decoded->text).substr(0, 4096);
    record.format = SniffFormat(document.source, head) == "html" ? "html" : "text";
  }

  // The document as read is the decoded text (for HTML, the page itself); rules
  // run on normalized text whose map leads back to it.
  const std::string& original = decoded->text;
  std::optional<HtmlText> page;
  NormalizedText normalized;
  if (record.format == "html") {
    auto html = HtmlToText(original, impl.html);
    if (!html.ok()) return ErrorRecord(document, "bad-html", std::string(html.status().message()));
    page = *std::move(html);
    NormalizedText body = impl.match_normalizer.Normalize(page->text);
    normalized.text = std::move(body.text);
    normalized.map = page->map.Then(body.map);
  } else {
    normalized = impl.match_normalizer.Normalize(original);
  }
  DocumentText text(original, std::move(normalized));
  DocumentLayout layout = impl.segmenter->Segment(text.normalized());

  // Metadata.
  if (layout.title) {
    std::string title(TrimText(text.Normalized(*layout.title)));
    if (!title.empty()) record.title = impl.Canonical(std::move(title));
  }
  std::optional<Date> published;
  // A page's published_time is more reliable than a date line found in its text.
  if (layout.publication_datetime && !(page && page->published)) {
    published = impl.loaded->interpreters->ReadDateText(text.Normalized(*layout.publication_datetime),
                                                std::nullopt);
    if (published && published->year > 0) {
      record.published = published->ToIso();
    } else {
      published.reset();
    }
  }
  if (layout.author) {
    // The byline's own apostrophes ("H’Xuân"), as for people's names.
    std::string author = RestoreApostrophes(std::string(TrimText(text.Normalized(*layout.author))),
                                            text.OriginalText(*layout.author));
    if (!author.empty()) record.author = std::move(author);
  }
  // A page's own metadata, then what the container knew, fill what the text
  // did not say.
  auto read_published = [&](const std::optional<std::string>& value) {
    if (record.published || !value) return;
    auto date = impl.loaded->interpreters->ReadDateText(*value, std::nullopt);
    if (date && date->year > 0) {
      published = date;
      record.published = date->ToIso();
    }
  };
  if (page) {
    if (page->title) record.title = impl.Canonical(impl.match_normalizer.Normalize(*page->title).text);
    read_published(page->published);
    if (!record.author && page->author) record.author = page->author;
  }
  if (!record.title && document.title) {
    record.title = impl.Canonical(impl.match_normalizer.Normalize(*document.title).text);
  }
  read_published(document.published);

  // The body's sentences (the title counts: headlines state figures too).
  for (const auto& block : layout.blocks) {
    if (!IsBody(block.kind)) continue;
    if (block.sentences.empty()) {
      text.AddSentence(block.span);
    } else {
      for (ByteSpan sentence : block.sentences) text.AddSentence(sentence);
    }
  }

  const bool lost_diacritics = LostDiacritics(text.normalized());
  std::vector<std::vector<Hit>> hits(std::size(kDimensions));
  for (size_t s = 0; s < text.sentences().size(); ++s) {
    ByteSpan sentence = text.sentences()[s];
    std::string_view sentence_text = text.Normalized(sentence);
    MatchOptions match_options;
    // One prefilter scan of the sentence for all dimensions.
    const std::optional<std::vector<int>> fired = impl.loaded->matcher->FiringRules(sentence_text);
    if (fired) match_options.fired = &*fired;
    NormalizedText folded;
    FoldedView folded_view;
    if (lost_diacritics) {
      folded = RemoveDiacritics(sentence_text);
      folded_view.text = folded.text;
      folded_view.to_original = [&folded](ByteSpan span) { return folded.map.ToOriginal(span); };
      match_options.folded = &folded_view;
    }
    for (size_t d = 0; d < std::size(kDimensions); ++d) {
      for (const Match& match :
           impl.loaded->matcher->FindAll(sentence_text, kDimensions[d], match_options)) {
        Hit hit;
        hit.rule = match.rule;
        hit.sentence = s;
        hit.span = {sentence.begin + match.span.begin, sentence.begin + match.span.end};
        for (const GroupMatch& group : match.groups) {
          hit.groups.push_back(
              {group.name, {sentence.begin + group.span.begin, sentence.begin + group.span.end}});
        }
        hits[d].push_back(std::move(hit));
      }
    }
  }
  const auto& date_hits = hits[0];
  const auto& period_hits = hits[1];
  const auto& school_hits = hits[2];
  const auto& figure_hits = hits[3];
  const auto& cell_hits = hits[4];
  const auto& place_hits = hits[5];
  const auto& people_hits = hits[6];

  FigureBuilder figures(text, *impl.loaded->interpreters);
  for (const Hit& hit : date_hits) {
    const ByteSpan* group = hit.Group("date");
    if (group == nullptr) continue;
    auto date = impl.loaded->interpreters->ReadDateText(text.Normalized(*group), published);
    if (!date) continue;
    figures.Block(hit.span);
    DateMention mention;
    mention.value = date->ToIso();
    mention.span = text.ToOriginal(*group);
    mention.text = std::string(mention.span.In(original));
    mention.rule = hit.rule->name;
    record.dates.push_back(std::move(mention));
  }
  for (const Hit& hit : period_hits) {
    const ByteSpan* group = hit.Group("period");
    if (group == nullptr) continue;
    auto period = impl.loaded->interpreters->Period(text.Normalized(*group));
    if (!period) continue;
    figures.Block(hit.span);
    Period out;
    out.from = period->from;
    out.to = period->to;
    out.span = text.ToOriginal(*group);
    out.text = std::string(out.span.In(original));
    out.rule = hit.rule->name;
    record.periods.push_back(std::move(out));
  }
  // Tables: in the text as written (normalization joins the spaces that make
  // its columns), or in a page's text, where a row's cells are joined by " | ".
  // The rules' hits on a table's rows give way to what the columns say.
  std::vector<ByteSpan> body_lines;
  for (const auto& block : layout.blocks) {
    if (IsBody(block.kind)) body_lines.push_back(text.ToOriginal(block.span));
  }
  TableSource table_source;
  table_source.text = page ? std::string_view(page->text) : original;
  table_source.original = original;
  table_source.to_original = [&](ByteSpan span) { return page ? page->map.ToOriginal(span) : span; };
  table_source.in_body = [&](ByteSpan line) {
    return std::any_of(body_lines.begin(), body_lines.end(),
                       [&](ByteSpan b) { return b.begin < line.end && line.begin < b.end; });
  };
  table_source.normalize = [&](std::string_view s) { return impl.match_normalizer.Normalize(s).text; };
  TableFacts tables = ReadTableFacts(table_source, *impl.loaded->interpreters);
  auto on_table_row = [&](const Hit& hit) {
    const ByteSpan span = text.ToOriginal(hit.span);
    return std::any_of(tables.rows.begin(), tables.rows.end(),
                       [&](ByteSpan row) { return row.begin < span.end && span.begin < row.end; });
  };
  for (const Hit& hit : figure_hits) {
    if (!on_table_row(hit)) figures.Add(hit);
  }
  record.figures = figures.Finish();
  if (!tables.figures.empty()) {
    for (Figure& figure : tables.figures) record.figures.push_back(std::move(figure));
    std::stable_sort(record.figures.begin(), record.figures.end(),
                     [](const Figure& a, const Figure& b) { return a.span.begin < b.span.begin; });
  }

  CellBuilder cells(text, *impl.loaded->interpreters);
  for (const Hit& hit : school_hits) cells.AddSchool(hit);
  for (const Hit& hit : cell_hits) {
    if (!on_table_row(hit)) cells.Add(hit);
  }
  for (Cell& cell : tables.cells) cells.AddFromTable(std::move(cell));
  record.cells = cells.Finish();

  // A name with a title or an honorific is a person even where a place rule
  // reads it as a place ("Huyện ủy Lưu Đức Long" is not huyện "Lưu Đức Long").
  std::vector<ByteSpan> titled_names;
  for (const Hit& hit : people_hits) {
    const ByteSpan* name = hit.Group("name");
    if (name != nullptr && (hit.Group("roles") != nullptr || hit.Group("honorific") != nullptr)) {
      titled_names.push_back(*name);
    }
  }
  struct PlaceMention {
    ByteSpan span;  // original
    size_t sentence;
    std::string label;  // "huyện Tam Đảo"
  };
  std::vector<PlaceMention> place_mentions;
  PeopleOptions people_options;
  people_options.name_blockers = impl.loaded->interpreters->name_blockers();
  people_options.place_names = impl.loaded->interpreters->provinces();
  people_options.role_titles = impl.loaded->interpreters->role_titles();
  people_options.title_honorifics = impl.loaded->interpreters->title_honorifics();
  // One place per name the hit gives; `evidence` is what the record points to.
  auto add_place = [&](const Hit& hit, ByteSpan kind, ByteSpan name, ByteSpan evidence) {
    bool is_person = std::any_of(titled_names.begin(), titled_names.end(), [&](ByteSpan p) {
      return p.begin < name.end && name.begin < p.end;
    });
    if (is_person) return;
    auto place_kind = impl.loaded->interpreters->PlaceKind(text.Normalized(kind));
    if (!place_kind) return;
    // A table header "Xã Xã Xã" repeats the unit word; no place is named so.
    std::string_view name_text = text.Normalized(name);
    if (impl.loaded->interpreters->PlaceKind(name_text.substr(0, name_text.find(' ')))) return;
    Place place;
    place.kind = *place_kind;
    // A heading in capitals ("UBND HUYỆN NGA SƠN") names "Nga Sơn".
    std::string written(name_text);
    if (IsAllUpper(written)) written = ProperCaseName(written);
    place.name = impl.Canonical(RestoreApostrophes(std::move(written), text.OriginalText(name)));
    place.span = text.ToOriginal(evidence);
    place.rule = hit.rule->name;
    people_options.place_names.push_back(place.name);
    // Every mention (not only the first of each place) can be a figure's scope.
    place_mentions.push_back({place.span, hit.sentence, place.kind + " " + place.name});
    bool seen = std::any_of(record.places.begin(), record.places.end(), [&](const Place& p) {
      return p.kind == place.kind && ToLower(p.name) == ToLower(place.name);
    });
    if (!seen) record.places.push_back(std::move(place));
  };
  for (const Hit& hit : place_hits) {
    const ByteSpan* kind = hit.Group("kind");
    const ByteSpan* name = hit.Group("name");
    if (kind == nullptr || name == nullptr) continue;
    add_place(hit, *kind, *name, {hit.span.begin, name->end});
    // A unit word shared by a list names one place per item: "các xã A, B và C"
    // gives the groups name, name2 and name3; each later item is its own evidence.
    for (const char* group : {"name2", "name3", "name4", "name5"}) {
      if (const ByteSpan* item = hit.Group(group)) add_place(hit, *kind, *item, *item);
    }
  }

  PeopleBuilder people(text, std::move(people_options));
  for (const Hit& hit : people_hits) people.Add(hit);
  record.people = people.Finish();
  for (Person& person : record.people) {
    person.name = impl.Canonical(person.name);
    for (std::string& role : person.roles) role = impl.Canonical(role);
  }
  // The byline names the author, who is not a person of the article.
  if (record.author) {
    std::string author = ToLower(*record.author);
    std::erase_if(record.people, [&](const Person& p) { return ToLower(p.name) == author; });
  }

  // A figure's scope: the cell whose statement holds it, else the last place
  // named before it in its sentence ("Huyện Bảo Thắng hiện có 67 chi bộ").
  std::vector<ByteSpan> sentence_spans;
  for (ByteSpan sentence : text.sentences()) sentence_spans.push_back(text.ToOriginal(sentence));
  for (Figure& figure : record.figures) {
    for (const Cell& cell : record.cells) {
      if (cell.span.Contains(figure.span)) {
        figure.scope = cell.name;
        break;
      }
    }
    if (figure.scope) continue;
    auto sentence = std::find_if(sentence_spans.begin(), sentence_spans.end(),
                                 [&](ByteSpan s) { return s.Contains(figure.span); });
    if (sentence == sentence_spans.end()) continue;
    size_t index = static_cast<size_t>(sentence - sentence_spans.begin());
    for (const PlaceMention& place : place_mentions) {
      if (place.sentence == index && place.span.end <= figure.span.begin) figure.scope = place.label;
    }
  }

  for (const Cell& cell : record.cells) {
    if (cell.members && cell.staff && cell.percent && *cell.staff > 0) {
      double computed = 100.0 * static_cast<double>(*cell.members) / static_cast<double>(*cell.staff);
      if (std::fabs(computed - *cell.percent) > 0.5) {
        record.warnings.push_back(cell.name + ": stated " + FormatNumber(*cell.percent) +
                                  "% but " + std::to_string(*cell.members) + "/" +
                                  std::to_string(*cell.staff) + " is " +
                                  FormatNumber(std::round(computed * 100) / 100) + "%");
      }
    }
  }
  return record;
}

std::string DefaultPatternsDir() {
  if (const char* env = std::getenv("VNIE_PATTERNS"); env != nullptr && *env != '\0') return env;
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "vnie" / "patterns";
    if (fs::is_directory(installed, error)) return installed.string();
  }
  return std::string(VNIE_SOURCE_DIR) + "/patterns";
}

std::string Version() { return VNIE_VERSION; }

}  // namespace vnie
