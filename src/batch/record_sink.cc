// The shipped record sinks; see record_sink.h.
#include "batch/record_sink.h"

#include <cerrno>
#include <cstring>

namespace vnie {

JsonLinesSink::JsonLinesSink(FILE* out, const JsonOptions& options) : out_(out), writer_(options) {}

Status JsonLinesSink::Write(const Record& record) {
  writer_.AppendTo(record, &buffer_);
  buffer_ += '\n';
  return absl::OkStatus();
}

Status JsonLinesSink::Flush() {
  bool ok =
      buffer_.empty() || std::fwrite(buffer_.data(), 1, buffer_.size(), out_) == buffer_.size();
  buffer_.clear();
  ok = std::fflush(out_) == 0 && ok;
  if (!ok)
    return absl::UnavailableError(std::string("cannot write records: ") + std::strerror(errno));
  return absl::OkStatus();
}

Status TeeSink::Write(const Record& record) {
  for (auto& sink : sinks_) VNIE_RETURN_IF_ERROR(sink->Write(record));
  return absl::OkStatus();
}

Status TeeSink::Flush() {
  for (auto& sink : sinks_) VNIE_RETURN_IF_ERROR(sink->Flush());
  return absl::OkStatus();
}

Status TeeSink::Close() {
  Status first;
  for (auto& sink : sinks_) {
    Status status = sink->Close();
    if (first.ok()) first = status;
  }
  return first;
}

}  // namespace vnie
