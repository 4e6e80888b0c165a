// A one-line progress display for long runs (documents done, MB/s, ETA when
// the input size is known), redrawn in place with '\r' at most a few times a
// second. Only meant for a terminal: the caller turns it on when stderr is a
// TTY and --quiet is not given, so logs and pipes never see it.
#ifndef VNIE_BATCH_PROGRESS_H_
#define VNIE_BATCH_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

namespace vnie {

// The text of one progress line, e.g.
// "vnie: 12034 documents, 48.2 MB, 51.3 MB/s, ETA 0:42". Pure, for tests.
std::string FormatProgress(uint64_t documents, uint64_t bytes, double seconds,
                           std::optional<uint64_t> total_bytes);

class ProgressMeter {
 public:
  // Draws on `out` (not owned); total_bytes enables the ETA.
  ProgressMeter(FILE* out, std::optional<uint64_t> total_bytes);
  // Called after each batch; redraws when the last redraw is old enough.
  void Update(uint64_t documents, uint64_t bytes);
  // Erases the line, so the summary that follows starts clean.
  void Finish();

 private:
  using Clock = std::chrono::steady_clock;
  FILE* out_;
  std::optional<uint64_t> total_bytes_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
  bool drawn_ = false;
};

}  // namespace vnie

#endif  // VNIE_BATCH_PROGRESS_H_
