// SentenceSplitter: ICU sentence breaks, minus those right after an abbreviation.
#include "segment/sentence_splitter.h"

#include <algorithm>
#include <set>

#include "base/data_lines.h"
#include "absl/strings/str_cat.h"
#include "re2/re2.h"
#include "segment/line_patterns.h"
#include "unicode/brkiter.h"
#include "unicode/locid.h"
#include "unicode/uchar.h"
#include "unicode/utext.h"
#include "unicode/utf8.h"

namespace vnie {

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> prototype;  // cloned per call: not thread-safe
  std::set<std::string, std::less<>> literals;
  std::vector<std::unique_ptr<RE2>> patterns;
};

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

ByteSpan Trim(std::string_view text, ByteSpan span) {
  while (span.begin < span.end && IsSpace(text[span.begin])) ++span.begin;
  while (span.end > span.begin && IsSpace(text[span.end - 1])) --span.end;
  // A no-break space survives normalization in some inputs; it is still a space.
  while (span.end >= span.begin + 2 && text.substr(span.end - 2, 2) == "\xC2\xA0") span.end -= 2;
  return span;
}

// The token that ends text[0, end): from the last space, without leading
// brackets and quotes, so "(TP." is checked as "TP.".
std::string_view TokenBefore(std::string_view text, size_t end) {
  while (end > 0 && IsSpace(text[end - 1])) --end;
  size_t begin = end;
  while (begin > 0 && !IsSpace(text[begin - 1])) --begin;
  std::string_view token = text.substr(begin, end - begin);
  while (!token.empty() && (token.front() == '(' || token.front() == '"' || token.front() == '[' ||
                            token.front() == '\'')) {
    token.remove_prefix(1);
  }
  if (token.substr(0, 3) == "\u201C") token.remove_prefix(3);  // left double quote
  return token;
}

// Longest single-token "sentence" that is taken for an item number and kept
// with the text after it.
constexpr size_t kMaxEnumeratorBytes = 6;

bool HasLetterOrDigit(std::string_view piece) {
  const uint8_t* bytes = reinterpret_cast<const uint8_t*>(piece.data());
  const int32_t length = static_cast<int32_t>(piece.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

// Appends `sentence` (relative to `line`) to `out`; a piece without letters or
// digits (the "/." that closes many articles) joins the sentence before it
// when there is one on this line (index >= first).
void Emit(std::string_view line, ByteSpan sentence, size_t base, size_t first,
          std::vector<ByteSpan>* out) {
  if (sentence.empty()) return;
  if (out->size() > first && !HasLetterOrDigit(sentence.In(line))) {
    out->back().end = base + sentence.end;
    return;
  }
  out->push_back({base + sentence.begin, base + sentence.end});
}

// Sentences of one line (no '\n' inside `line`); offsets relative to `line`.
// ICU reads the UTF-8 bytes through a UText, so its boundaries are already
// byte offsets into `line` (no UTF-16 copy, no offset table).
void SplitLine(const SentenceSplitter& splitter, icu::BreakIterator& breaker, std::string_view line,
               size_t base, std::vector<ByteSpan>* out) {
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, line.data(), static_cast<int64_t>(line.size()), &status);
  if (U_SUCCESS(status)) breaker.setText(&utext, status);
  if (U_FAILURE(status)) {
    // Should not happen; fall back to the whole line rather than lose it.
    utext_close(&utext);
    ByteSpan whole = Trim(line, {0, line.size()});
    if (!whole.empty()) out->push_back({base + whole.begin, base + whole.end});
    return;
  }
  const size_t first = out->size();
  size_t sentence_begin = 0;
  for (int32_t b = breaker.next(); b != icu::BreakIterator::DONE; b = breaker.next()) {
    const size_t end = static_cast<size_t>(b);
    if (end < line.size() && splitter.IsAbbreviation(TokenBefore(line, end))) continue;
    // An item number alone ("1.", "1.2.", "II.") opens the sentence after it.
    const ByteSpan pending = Trim(line, {sentence_begin, end});
    if (end < line.size() && pending.size() <= kMaxEnumeratorBytes &&
        pending.In(line).find(' ') == std::string_view::npos) {
      continue;
    }
    Emit(line, Trim(line, {sentence_begin, end}), base, first, out);
    sentence_begin = end;
  }
  if (sentence_begin < line.size()) {
    Emit(line, Trim(line, {sentence_begin, line.size()}), base, first, out);
  }
  utext_close(&utext);
}

}  // namespace

SentenceSplitter::SentenceSplitter() : impl_(std::make_unique<Impl>()) {}
SentenceSplitter::~SentenceSplitter() = default;

StatusOr<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Load(const std::string& path) {
  StatusOr<std::string> contents = ReadTextFile(path);
  if (!contents.ok()) return contents.status();
  return Parse(*contents, path);
}

StatusOr<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Parse(std::string_view contents,
                                                                    std::string_view name) {
  std::unique_ptr<SentenceSplitter> splitter(new SentenceSplitter());
  UErrorCode error = U_ZERO_ERROR;
  splitter->impl_->prototype.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale("vi"), error));
  if (U_FAILURE(error) || splitter->impl_->prototype == nullptr) {
    return absl::InternalError(
        absl::StrCat("ICU sentence break iterator for \"vi\": ", u_errorName(error)));
  }
  RE2::Options options;
  options.set_log_errors(false);
  DataLines lines(contents);
  std::string_view line;
  int line_number = 0;
  while (lines.Next(&line, &line_number)) {
    while (!line.empty() && IsSpace(line.front())) line.remove_prefix(1);
    if (line.substr(0, 3) == "re:") {
      std::string_view pattern = line.substr(3);
      auto re = std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
      if (!re->ok()) {
        return absl::InvalidArgumentError(absl::StrCat(std::string(name), ":", line_number,
                                                       ": bad regex `", std::string(pattern),
                                                       "`: ", re->error()));
      }
      splitter->impl_->patterns.push_back(std::move(re));
    } else if (line.find(' ') != std::string_view::npos) {
      return absl::InvalidArgumentError(absl::StrCat(std::string(name), ":", line_number,
                                                     ": abbreviation `", std::string(line),
                                                     "` contains a space; list one token"));
    } else {
      splitter->impl_->literals.emplace(line);
    }
  }
  return splitter;
}

bool SentenceSplitter::IsAbbreviation(std::string_view token) const {
  if (token.empty()) return false;
  if (impl_->literals.find(token) != impl_->literals.end()) return true;
  re2::StringPiece piece(token.data(), token.size());
  for (const auto& re : impl_->patterns) {
    if (RE2::FullMatch(piece, *re)) return true;
  }
  return false;
}

std::vector<ByteSpan> SentenceSplitter::Split(std::string_view text, ByteSpan span) const {
  std::vector<ByteSpan> sentences;
  std::unique_ptr<icu::BreakIterator> breaker(impl_->prototype->clone());
  size_t pos = span.begin;
  while (pos < span.end) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos || eol > span.end) eol = span.end;
    SplitLine(*this, *breaker, text.substr(pos, eol - pos), pos, &sentences);
    pos = eol + 1;
  }
  return sentences;
}

std::vector<ByteSpan> SentenceSplitter::SplitAcrossLines(std::string_view text,
                                                         ByteSpan span) const {
  // ICU ends a sentence at every line break; a copy with the breaks made spaces
  // has the same length, so its offsets are the text's.
  std::string joined(span.In(text));
  auto is_break = [](char c) { return c == '\n' || c == '\r'; };
  std::replace_if(joined.begin(), joined.end(), is_break, ' ');
  std::vector<ByteSpan> sentences;
  std::unique_ptr<icu::BreakIterator> breaker(impl_->prototype->clone());
  SplitLine(*this, *breaker, joined, span.begin, &sentences);
  return sentences;
}

}  // namespace vnie
