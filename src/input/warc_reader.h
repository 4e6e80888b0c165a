// WarcReader: the web pages inside a WARC archive (.warc or .warc.gz).
//
// Crawlers (Heritrix, wget --warc-file, Common Crawl) store each fetched page
// as a `response` record: WARC headers, then the HTTP response as received.
// Each response whose HTTP Content-Type is HTML or plain text becomes a
// Document (source: WARC-Target-URI and WARC-Record-ID; charset from the HTTP
// header; chunked transfer and gzip/deflate content encodings undone); other
// records (requests, metadata, images, redirects) are skipped.
//
// The reader is strict: Content-Length must be present and the block must be
// followed by the blank line that ends a record. A record that breaks this, a
// truncated archive or a corrupt gzip member gives an error item; the reader
// then looks for the next "WARC/1." line and goes on when it can. It reads the
// archive as a stream, holding at most one record (max_record_bytes) in memory,
// and never recurses.
#ifndef VNIE_INPUT_WARC_READER_H_
#define VNIE_INPUT_WARC_READER_H_

#include <cstddef>
#include <istream>
#include <memory>
#include <string>

#include "input/document_reader.h"

namespace vnie {

struct WarcOptions {
  // Records with a larger block are skipped (read past, not stored) and
  // reported as "too-large". Default: InputOptions::max_document_bytes + 64 KiB.
  size_t max_record_bytes = (size_t{64} << 20) + (size_t{64} << 10);
  // A WARC or HTTP header section longer than this is damage.
  size_t max_header_bytes = size_t{64} << 10;
};

// `in` is the archive as stored: gzip is detected from its first bytes.
// `source` names the archive in error items.
std::unique_ptr<DocumentReader> NewWarcReader(std::unique_ptr<std::istream> in, std::string source,
                                              const WarcOptions& options);

}  // namespace vnie

#endif  // VNIE_INPUT_WARC_READER_H_
