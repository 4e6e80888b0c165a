// DocumentText: one document's original bytes, its normalized text, and the
// rule hits found in it, with the conversions between the two texts.
//
// Rules run on the normalized text; the record points into the original. Every
// builder (people, figures, cells, ...) reads hits through this one view so that
// span conversion is done in one place.
#ifndef VNIE_EXTRACT_DOCUMENT_TEXT_H_
#define VNIE_EXTRACT_DOCUMENT_TEXT_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/byte_span.h"
#include "match/rule.h"
#include "text/normalizer.h"

namespace vnie {

// A match of a rule, with spans in the normalized document text.
struct Hit {
  const Rule* rule = nullptr;
  ByteSpan span;
  std::vector<std::pair<std::string_view, ByteSpan>> groups;
  size_t sentence = 0;  // index into DocumentText::sentences()

  // The span of group `name`, or nullptr when it did not participate.
  const ByteSpan* Group(std::string_view name) const;
  // The constant field `key` the rule sets, or "".
  std::string_view Set(std::string_view key) const;
};

class DocumentText {
 public:
  DocumentText(std::string_view original, NormalizedText normalized)
      : original_(original), normalized_(std::move(normalized)) {}

  std::string_view original() const { return original_; }
  std::string_view normalized() const { return normalized_.text; }

  std::string_view Normalized(ByteSpan span) const { return span.In(normalized_.text); }
  ByteSpan ToOriginal(ByteSpan normalized) const { return normalized_.map.ToOriginal(normalized); }
  std::string OriginalText(ByteSpan normalized) const {
    return std::string(ToOriginal(normalized).In(original_));
  }

  // Sentences of the body, in order, as spans of the normalized text.
  const std::vector<ByteSpan>& sentences() const { return sentences_; }
  void AddSentence(ByteSpan span) { sentences_.push_back(span); }
  std::string_view SentenceText(size_t index) const { return Normalized(sentences_[index]); }

 private:
  std::string_view original_;
  NormalizedText normalized_;
  std::vector<ByteSpan> sentences_;
};

}  // namespace vnie

#endif  // VNIE_EXTRACT_DOCUMENT_TEXT_H_
