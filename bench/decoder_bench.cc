// Throughput of Decode(): valid UTF-8 Vietnamese (the common case, which must
// stay a validity scan plus a mojibake scan) and a TCVN3 document (detection
// scores four candidate decodings).
//
//   build-text-bench/bench/decoder_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>

#include <string>
#include <string_view>

#include "text/decoder.h"
#include "text/legacy_codec.h"

namespace vnie {
namespace {

// Our own press-style paragraphs.
constexpr std::string_view kParagraphs[] = {
    "Sáng 14/3, Đảng bộ xã Tân Lập tổ chức hội nghị sơ kết công tác phát triển đảng viên. "
    "Toàn Đảng bộ hiện có 412 đảng viên sinh hoạt tại 17 chi bộ, trong đó 9 chi bộ thôn.\n",
    "Năm qua, các chi bộ đã kết nạp 23 đảng viên mới, đạt 115% chỉ tiêu; tỷ lệ đảng viên là "
    "người dân tộc thiểu số chiếm 38,6%. Thu nhập bình quân đạt 52 triệu đồng/người/năm.\n",
    "Đồng chí Hà Văn Khoa, Bí thư Đảng ủy xã, đề nghị các chi bộ đổi mới nội dung sinh hoạt, "
    "chú trọng bồi dưỡng quần chúng ưu tú là đoàn viên thanh niên và người có uy tín.\n",
};

std::string PressText(size_t target_size) {
  std::string text;
  while (text.size() < target_size) {
    for (std::string_view p : kParagraphs) text += p;
  }
  return text;
}

void Run(benchmark::State& state, const std::string& input) {
  for (auto _ : state) {
    StatusOr<DecodedText> decoded = Decode(input);
    benchmark::DoNotOptimize(decoded->text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(input.size()));
}

void BM_DecodeUtf8(benchmark::State& state) {
  static const std::string input = PressText(1 << 20);
  Run(state, input);
}
BENCHMARK(BM_DecodeUtf8);

void BM_DecodeTcvn3(benchmark::State& state) {
  static const std::string input = [] {
    std::string bytes;
    LegacyCodec::Find("tcvn3")->Encode(PressText(1 << 20), &bytes);
    return bytes;
  }();
  Run(state, input);
}
BENCHMARK(BM_DecodeTcvn3);

}  // namespace
}  // namespace vnie

BENCHMARK_MAIN();
