// FigureBuilder: numbers stated with what they count, from the figures rules.
//
// The rule says what is counted (`set = { kind = "members" }`); the builder reads
// the numbers, drops a figure that is really part of a date ("17/5" in
// "17/5/2022"), and keeps only those whose sentence has the context the rule
// requires (`context = "kết nạp"`: "120 đồng chí" are admitted members only in a
// sentence about admission).
#ifndef VNIE_EXTRACT_FIGURE_BUILDER_H_
#define VNIE_EXTRACT_FIGURE_BUILDER_H_

#include <vector>

#include "extract/document_text.h"
#include "extract/interpreters.h"
#include "vnie/record.h"

namespace vnie {

class FigureBuilder {
 public:
  FigureBuilder(const DocumentText& text, const Interpreters& interpreters)
      : text_(text), interpreters_(interpreters) {}

  // A span (of a date or a period) no figure may overlap.
  void Block(ByteSpan span) { blocked_.push_back(span); }
  void Add(const Hit& hit);
  std::vector<Figure> Finish();

 private:
  const DocumentText& text_;
  const Interpreters& interpreters_;
  std::vector<ByteSpan> blocked_;
  std::vector<std::pair<ByteSpan, Figure>> figures_;  // normalized span of the value, figure
};

}  // namespace vnie

#endif  // VNIE_EXTRACT_FIGURE_BUILDER_H_
