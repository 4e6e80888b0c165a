// SentenceSplitter: the sentences of a paragraph of Vietnamese text, as UTF-8 byte spans.
//
// ICU's sentence BreakIterator (locale "vi") does the Unicode work (quotes,
// closing brackets, "?!", ellipses), but it ends a sentence after every ". "
// followed by a capital, and Vietnamese press is full of abbreviations before
// names: "TP. Vinh", "ThS. Lê Văn A", "PGS.TS. Trần B", "T. Lan". Those are
// listed in patterns/segment/abbreviations.txt and a break right after one is
// dropped. We filter ICU's breaks ourselves rather than use
// FilteredBreakIteratorBuilder because the list also holds regexes (every single
// capital initial), which that builder cannot express.
//
// ICU counts in UTF-16 code units; every span returned here is in UTF-8 bytes of
// the caller's string. Split never lets a sentence cross a line break;
// SplitAcrossLines does, for a paragraph a crawler broke in mid-sentence.
//
//   auto splitter = SentenceSplitter::Load(dir + "/segment/abbreviations.txt");
//   for (ByteSpan s : (*splitter)->Split(text, paragraph)) Use(s.In(text));
#ifndef VNIE_SEGMENT_SENTENCE_SPLITTER_H_
#define VNIE_SEGMENT_SENTENCE_SPLITTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/byte_span.h"
#include "base/status.h"

namespace vnie {

class SentenceSplitter {
 public:
  // Reads the abbreviation list: one token per line, as written before the
  // break, e.g. `TP.` (case matters: `TP.` and `Tp.` are two lines). A line
  // starting with `re:` is an RE2 regex that must match the whole token, e.g.
  // `re:\p{Lu}\.` for initials. `#` starts a comment line. Errors name file:line.
  static StatusOr<std::unique_ptr<SentenceSplitter>> Load(const std::string& path);
  // Same, from the file's contents; `name` is used in messages.
  static StatusOr<std::unique_ptr<SentenceSplitter>> Parse(std::string_view contents,
                                                           std::string_view name);

  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // The sentences of text[span] in order, as spans into `text`, each trimmed of
  // surrounding white space; empty pieces are left out. Thread-safe.
  // REQUIRES: span lies inside text.
  std::vector<ByteSpan> Split(std::string_view text, ByteSpan span) const;

  // As Split, for one paragraph whose lines were broken by soft line breaks
  // ("... có 1.108\nđảng viên, ..."): every line break inside text[span] is read
  // as a space, so a sentence may run across it and its span then holds the
  // break. Spans still point into `text`. REQUIRES: span lies inside text.
  std::vector<ByteSpan> SplitAcrossLines(std::string_view text, ByteSpan span) const;

  // Whether a sentence break right after `token` (the characters since the
  // last space, opening brackets and quotes removed) must be suppressed.
  bool IsAbbreviation(std::string_view token) const;

 private:
  SentenceSplitter();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vnie

#endif  // VNIE_SEGMENT_SENTENCE_SPLITTER_H_
