// Throughput of the whole normalizer on press text: already normalized (the
// common case, which must stay on the fast path) and fully decomposed (NFD,
// the worst common case: NFC and syllable repair both run).
//
//   build-text-bench/bench/normalize_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>

#include "text/normalizer.h"
#include "unicode/normalizer2.h"
#include "unicode/unistr.h"

namespace vnie {
namespace {

// Our own press-style paragraphs (NFC, old tone style).
constexpr std::string_view kParagraphs[] = {
    "Sáng 21/8, Đảng bộ phường Thủy Châu tổ chức đại hội lần thứ XV, nhiệm kỳ 2025-2030. "
    "Dự đại hội có 152 đại biểu, đại diện cho 1.046 đảng viên đang sinh hoạt tại 23 chi bộ.\n",
    "Báo cáo chính trị nêu rõ, trong nhiệm kỳ qua, tổng thu ngân sách trên địa bàn đạt 96,4 tỷ "
    "đồng, vượt 18% kế hoạch; tỷ lệ hộ nghèo giảm còn 0,7%; 100% tuyến đường ngõ xóm được bê "
    "tông hóa.\n",
    "Đồng chí Lê Văn Quý, Phó Bí thư Thường trực Thành ủy, đề nghị Đảng bộ chú trọng công tác "
    "cán bộ, nâng cao chất lượng sinh hoạt chi bộ và kiểm tra, giám sát; khỏe mạnh về tổ chức "
    "thì mới hoàn thành nhiệm vụ chính trị.\n",
    "Đại hội đã bầu Ban Chấp hành Đảng bộ phường gồm 15 đồng chí; bà Hoàng Thị Thúy được bầu "
    "giữ chức Bí thư Đảng ủy. Ngay sau đó, các đại biểu thống nhất thông qua nghị quyết.\n",
};

std::string PressText(size_t target_size) {
  std::string text;
  while (text.size() < target_size) {
    for (std::string_view p : kParagraphs) text += p;
  }
  return text;
}

std::string Nfd(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  icu::Normalizer2::getNFDInstance(status)
      ->normalize(icu::UnicodeString::fromUTF8(text), status)
      .toUTF8String(out);
  return out;
}

void Run(benchmark::State& state, const std::string& input) {
  Normalizer normalizer;
  for (auto _ : state) {
    NormalizedText n = normalizer.Normalize(input);
    benchmark::DoNotOptimize(n.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(input.size()));
}

void BM_NormalizeAlreadyNormalized(benchmark::State& state) {
  static const std::string input = PressText(2 << 20);
  Run(state, input);
}
BENCHMARK(BM_NormalizeAlreadyNormalized)->Unit(benchmark::kMillisecond);

void BM_NormalizeNfd(benchmark::State& state) {
  static const std::string input = Nfd(PressText(2 << 20));
  Run(state, input);
}
BENCHMARK(BM_NormalizeNfd)->Unit(benchmark::kMillisecond);

void BM_NormalizeAscii(benchmark::State& state) {
  static const std::string input = [] {
    std::string text;
    while (text.size() < (2u << 20)) {
      text += "The party committee of Thuy Chau ward held its 15th congress with 152 delegates.\n";
    }
    return text;
  }();
  Run(state, input);
}
BENCHMARK(BM_NormalizeAscii)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vnie

BENCHMARK_MAIN();
