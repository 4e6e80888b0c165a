// Progress line; see progress.h.
#include "batch/progress.h"

#include <algorithm>

namespace vnie {

std::string FormatProgress(uint64_t documents, uint64_t bytes, double seconds,
                           std::optional<uint64_t> total_bytes) {
  double mb = static_cast<double>(bytes) / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  char line[160];
  int n = std::snprintf(line, sizeof line, "vnie: %llu documents, %.1f MB, %.1f MB/s",
                        static_cast<unsigned long long>(documents), mb, rate);
  std::string text(line, static_cast<size_t>(std::max(n, 0)));
  if (total_bytes && *total_bytes >= bytes && rate > 0) {
    auto left = static_cast<uint64_t>(static_cast<double>(*total_bytes - bytes) / 1e6 / rate);
    std::snprintf(line, sizeof line, ", ETA %llu:%02llu",
                  static_cast<unsigned long long>(left / 60),
                  static_cast<unsigned long long>(left % 60));
    text += line;
  }
  return text;
}

ProgressMeter::ProgressMeter(FILE* out, std::optional<uint64_t> total_bytes)
    : out_(out), total_bytes_(total_bytes), start_(Clock::now()), last_draw_(start_) {}

void ProgressMeter::Update(uint64_t documents, uint64_t bytes) {
  auto now = Clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(250)) return;
  last_draw_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  // "\033[K" clears what a longer previous line left behind.
  std::fprintf(out_, "\r%s\033[K", FormatProgress(documents, bytes, seconds, total_bytes_).c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ProgressMeter::Finish() {
  if (!drawn_) return;
  std::fputs("\r\033[K", out_);
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace vnie
