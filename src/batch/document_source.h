// Where a batch run gets its documents: a minimal pull interface, so the
// BatchRunner neither knows nor cares whether they come from files, a JSON
// Lines stream on stdin or WARC archives. The input layer's readers plug in
// through a small adapter (or a CallbackSource wrapping a lambda).
//
// Sources are pulled from one thread at a time (the runner's serial input
// stage), so an implementation needs no locking.
#ifndef VNIE_BATCH_DOCUMENT_SOURCE_H_
#define VNIE_BATCH_DOCUMENT_SOURCE_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>

#include "vnie/extractor.h"
#include "vnie/record.h"

namespace vnie {

class DocumentSource {
 public:
  virtual ~DocumentSource() = default;

  // Produces the next input. Returns false at the end of the input (and leaves
  // both arguments alone). Otherwise fills *document; when that input exists
  // but cannot be read, sets at least document->source and puts the reason in
  // *error (code "unreadable", "too-large", ...): the runner then writes an
  // error record for it without extracting, so no input vanishes from the
  // output. *error arrives empty on every call.
  virtual bool Next(Document* document, std::optional<RecordError>* error) = 0;

  // The total size of the input in bytes when known up front (files on disk),
  // so that progress can show an ETA; nullopt for streams.
  virtual std::optional<uint64_t> TotalBytes() const { return std::nullopt; }
};

// A DocumentSource made of a function with Next()'s contract; handy for tests
// and for adapting readers without writing a class.
class CallbackSource final : public DocumentSource {
 public:
  using NextFunction = std::function<bool(Document*, std::optional<RecordError>*)>;

  explicit CallbackSource(NextFunction next, std::optional<uint64_t> total_bytes = std::nullopt)
      : next_(std::move(next)), total_bytes_(total_bytes) {}

  bool Next(Document* document, std::optional<RecordError>* error) override {
    return next_(document, error);
  }
  std::optional<uint64_t> TotalBytes() const override { return total_bytes_; }

 private:
  NextFunction next_;
  std::optional<uint64_t> total_bytes_;
};

}  // namespace vnie

#endif  // VNIE_BATCH_DOCUMENT_SOURCE_H_
