// Reads vnie records back from JSON: our own output, or a hand-written gold
// record (../shared/spec/annotation.md) where spans and most fields may be
// missing.
//
// The scorer (src/eval) and the round-trip tests need records as structs, not
// as JSON trees. Missing or null fields take the Record defaults (nullopt, "",
// empty lists, span [0, 0]). One exception: a figure whose "value" is missing
// or null gets value NaN, because the scorer must skip it as score.py does
// (`f.get("value") is not None`); the writer writes NaN back as null.
// Unknown keys are ignored. A field of the wrong type is an error naming the
// field, e.g. `figures[3].value: expected a number`.
#ifndef VNIE_OUTPUT_JSON_READER_H_
#define VNIE_OUTPUT_JSON_READER_H_

#include <string_view>
#include <vector>

#include "base/status.h"
#include "vnie/record.h"

namespace vnie {

// Parses one JSON object into a Record. Fails (InvalidArgument) on malformed
// JSON (the message gives the byte offset), invalid UTF-8, a root that is not
// an object, a "schema" other than "vnie/1", or a field of the wrong type.
StatusOr<Record> ParseRecord(std::string_view json);

// Parses a JSON text holding one record object or an array of them
// (the forms score.py accepts for a .json file).
StatusOr<std::vector<Record>> ParseRecords(std::string_view json);

}  // namespace vnie

#endif  // VNIE_OUTPUT_JSON_READER_H_
