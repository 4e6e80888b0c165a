// The record vnie writes for every document: the output contract
// (see docs/output.md, which follows ../shared/spec/output.md, schema "vnie/1").
//
// Every field is always present when serialized; optional fields become null
// and empty lists stay []. Spans are byte offsets into the document as read
// (its UTF-8 form after decoding), never into the normalized text.
#ifndef VNIE_VNIE_RECORD_H_
#define VNIE_VNIE_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/byte_span.h"

namespace vnie {

struct Person {
  std::string name;                      // canonical: NFC, one tone style, proper case
  std::optional<std::string> honorific;  // as written before the name, lower case
  std::vector<std::string> roles;        // distinct titles, in article order
  std::vector<ByteSpan> mentions;        // every place the person is named
  std::vector<std::string> rules;        // rules that produced it (for `vnie explain`)
};

struct Cell {
  std::string name;
  std::optional<std::string> school;
  std::optional<std::string> level;  // preschool, primary, lower-secondary, ...
  std::optional<std::string> place;
  std::optional<std::string> parent;
  std::optional<int64_t> members;
  std::optional<int64_t> staff;
  std::optional<double> percent;
  ByteSpan span;
  std::string rule;
};

struct Figure {
  std::string kind;  // members, admitted, cells, staff, percent, ratio, other
  double value = 0;
  std::optional<double> whole;  // ratio denominators
  std::optional<std::string> unit;
  std::optional<std::string> of;
  std::optional<std::string> approx;
  std::optional<std::string> scope;
  std::string text;  // exactly the original bytes at `span`
  ByteSpan span;
  std::string rule;
};

struct Place {
  std::string kind;  // tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn
  std::string name;
  ByteSpan span;
  std::string rule;
};

struct DateMention {
  std::string value;  // ISO 8601: YYYY-MM-DD, or YYYY-MM when the day is not given
  std::string text;
  ByteSpan span;
  std::string rule;
};

struct Period {
  int from = 0;
  std::optional<int> to;  // null for an open end ("từ năm 2017 đến nay")
  std::string text;
  ByteSpan span;
  std::string rule;
};

struct RecordError {
  std::string code;  // short machine-readable reason: unreadable, undecodable, too-large, ...
  std::string message;
};

struct Record {
  std::string source;
  std::optional<RecordError> error;  // set exactly when the document could not be processed
  std::string encoding;
  std::string format = "text";  // text, html, jsonl, warc
  std::optional<std::string> title;
  std::optional<std::string> published;
  std::optional<std::string> author;
  std::vector<Person> people;
  std::vector<Cell> cells;
  std::vector<Figure> figures;
  std::vector<Place> places;
  std::vector<DateMention> dates;
  std::vector<Period> periods;
  std::vector<std::string> warnings;

  bool ok() const { return !error.has_value(); }
};

}  // namespace vnie

#endif  // VNIE_VNIE_RECORD_H_
