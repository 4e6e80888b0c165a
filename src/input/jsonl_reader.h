// JsonlReader: articles from a JSON Lines stream, one object a line.
//
// Scrapers commonly dump {"id", "url", "title", "text" | "content" | "html"}
// per line. The stream is read line by line, so a file of any size costs the
// memory of its longest line; a line that is empty, not JSON, or without a
// text field becomes an error item naming its line number, and the next line
// is read as usual.
#ifndef VNIE_INPUT_JSONL_READER_H_
#define VNIE_INPUT_JSONL_READER_H_

#include <istream>
#include <memory>
#include <string>

#include "input/document_reader.h"

namespace vnie {

// `source` names the stream in sources and messages ("crawl.jsonl", "-").
// Fields: text per options.text_field (see InputOptions), source from
// options.id_field / "id" / "url" (else "source:line"), and url, title,
// published ("published", "date", "published_at", "datePublished") when present.
std::unique_ptr<DocumentReader> NewJsonlReader(std::unique_ptr<std::istream> in, std::string source,
                                               const InputOptions& options);

}  // namespace vnie

#endif  // VNIE_INPUT_JSONL_READER_H_
