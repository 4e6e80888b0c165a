#include "extract/figure_builder.h"

#include <algorithm>

#include "extract/text_case.h"

namespace vnie {
namespace {

bool Overlaps(ByteSpan a, ByteSpan b) { return a.begin < b.end && b.begin < a.end; }

std::optional<std::string> Text(const DocumentText& text, const ByteSpan* span) {
  if (span == nullptr) return std::nullopt;
  return std::string(text.Normalized(*span));
}

}  // namespace

void FigureBuilder::Add(const Hit& hit) {
  // Rules that recognise what only looks like a count ("là một đảng viên").
  if (hit.Set("kind") == "not-a-figure") {
    Block(hit.span);
    return;
  }
  // A rule may count only where the sentence is about something ("kết nạp");
  // with context_in = "previous" the sentence before counts too ("... kết nạp
  // Đảng cho 4 quần chúng. Trong đó có 3 học sinh ưu tú").
  std::string_view context = hit.Set("context");
  if (!context.empty()) {
    const std::string needle = ToLower(context);
    auto mentions = [&](size_t sentence) {
      return ToLower(text_.SentenceText(sentence)).find(needle) != std::string::npos;
    };
    const bool previous_counts = hit.Set("context_in") == "previous" && hit.sentence > 0;
    if (!mentions(hit.sentence) && !(previous_counts && mentions(hit.sentence - 1))) return;
  }
  const ByteSpan* value_span = hit.Group("value");
  if (value_span == nullptr) return;
  auto value = interpreters_.Number(text_.Normalized(*value_span));
  if (!value) return;

  Figure figure;
  figure.kind = std::string(hit.Set("kind"));
  if (figure.kind.empty()) figure.kind = "other";
  figure.value = *value;
  if (const ByteSpan* whole = hit.Group("whole")) figure.whole = interpreters_.Number(text_.Normalized(*whole));
  if (figure.kind == "ratio" && (!figure.whole || *figure.whole == 0)) return;
  figure.unit = Text(text_, hit.Group("unit"));
  if (!figure.unit && !hit.Set("unit").empty()) figure.unit = std::string(hit.Set("unit"));
  if (const ByteSpan* approx = hit.Group("approx")) {
    figure.approx = interpreters_.Qualifier(text_.Normalized(*approx));
  }
  // A rule that reads what the figure is "of" claims the figure alone
  // (percent-sign: "74,6%", not "74,6% số cán bộ ..."), so the hit's span is
  // the figure's own text.
  figure.of = Text(text_, hit.Group("of"));
  figure.span = text_.ToOriginal(hit.span);
  figure.text = std::string(figure.span.In(text_.original()));
  figure.rule = hit.rule->name;
  // What a date or a non-figure blocks is the number itself: a rule may read
  // across a period to find what is counted ("vượt mục tiêu ... giai đoạn 2015 -
  // 2020 trên 500 đảng viên").
  figures_.push_back({*value_span, figure});

  // "5-10 đảng viên", "5,8-6%": the upper end is a figure of its own.
  if (const ByteSpan* second = hit.Group("value2")) {
    if (auto upper = interpreters_.Number(text_.Normalized(*second))) {
      figure.value = *upper;
      figure.approx.reset();
      figures_.push_back({*second, figure});
    }
  }
}

std::vector<Figure> FigureBuilder::Finish() {
  std::vector<Figure> out;
  for (auto& [span, figure] : figures_) {
    bool blocked = std::any_of(blocked_.begin(), blocked_.end(),
                               [&span = span](ByteSpan b) { return Overlaps(b, span); });
    if (!blocked) out.push_back(std::move(figure));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Figure& a, const Figure& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace vnie
