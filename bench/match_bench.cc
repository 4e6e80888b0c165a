// Matcher throughput on press-style Vietnamese text, next to the baselines it
// has to beat: one plain RE2 scan (the ceiling) and every rule run one by one
// (what the RE2::Set prefilter saves).
//
//   cmake -S . -B build -DVNIE_BUILD_BENCH=ON && cmake --build build --target match_bench
//   build/bench/match_bench
//
// Rules: the fixture tree tests/match/testdata/good (figures, people, places,
// dates). Text: the paragraphs below (written for this benchmark), repeated to
// about 2 MB and matched per paragraph, as the extractor does.
#include <benchmark/benchmark.h>

#include <iterator>
#include <string>
#include <vector>

#include "match/matcher.h"
#include "match/pattern_set.h"
#include "re2/re2.h"

namespace vnie {
namespace {

constexpr const char* kParagraphs[] = {
    "Sáng 14/3/2024, Đảng bộ xã Tân Phú tổ chức hội nghị tổng kết công tác xây dựng Đảng. "
    "Toàn đảng bộ hiện có 412 đảng viên sinh hoạt ở 18 chi bộ trực thuộc; trong năm kết nạp "
    "được 9 đảng viên mới, đạt 112,5% chỉ tiêu nghị quyết đề ra.",
    "Phát biểu tại hội nghị, Bí thư Đảng ủy Trần Văn Lộc đề nghị các chi bộ tiếp tục đổi mới "
    "nội dung sinh hoạt, nâng cao chất lượng đội ngũ cán bộ, đảng viên ở cơ sở.",
    "Chi bộ thôn Đông Hòa có 37 đảng viên, trong đó 5 đảng viên là người dân tộc thiểu số. "
    "Nhiều năm liền, chi bộ được công nhận hoàn thành xuất sắc nhiệm vụ; thu nhập bình quân "
    "đầu người của thôn đạt gần 58 triệu đồng mỗi năm.",
    "Theo ông Nguyễn Hữu Thắng, Chủ tịch UBND huyện, năm qua toàn huyện đã giải quyết việc làm "
    "cho hơn 2.300 lao động, hỗ trợ 146 hộ thoát nghèo và xây mới 12 km đường giao thông nông "
    "thôn với tổng kinh phí khoảng 4,6 tỷ đồng.",
    "Đến nay, 11/13 xã, thị trấn đã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm còn 2,1%. "
    "Đại hội Đảng bộ huyện nhiệm kỳ 2025-2030 dự kiến diễn ra vào tháng 8/2025 tại thị trấn "
    "Phước An.",
    "Bà Lê Thị Hồng (52 tuổi), ở tổ dân phố 4, phường Hòa Thuận, chia sẻ: gia đình bà đã hiến "
    "hơn 200 m2 đất để mở rộng đường vào khu dân cư, góp phần hoàn thành công trình trước thời "
    "hạn.",
    "Thực hiện Quyết định số 1520/QĐ-UBND của tỉnh, thành phố Buôn Ma Thuột đã rà soát 1.250 ha "
    "đất sản xuất, hỗ trợ gần 800 hộ chuyển đổi cây trồng, tạo việc làm ổn định cho người dân.",
    "Trong buổi làm việc, đồng chí Phạm Minh Khôi ghi nhận những kết quả mà Đảng bộ xã Ea Kao "
    "đạt được, đồng thời lưu ý cấp ủy cần quan tâm hơn đến công tác phát triển đảng viên trong "
    "đoàn viên thanh niên và người lao động tại các doanh nghiệp.",
    "Thời tiết hôm nay nắng nhẹ, người dân đi chợ sớm; các em học sinh tập trung đến trường "
    "chuẩn bị cho lễ khai giảng năm học mới, không khí rộn ràng khắp các con đường.",
};

struct Fixture {
  std::unique_ptr<PatternSet> patterns;
  std::unique_ptr<Matcher> matcher;
  std::vector<std::string> paragraphs;  // ~2 MB in total
  std::string text;                     // the same, joined by newlines
  size_t bytes = 0;
};

const Fixture& GetFixture() {
  static const Fixture* const fixture = [] {
    auto* f = new Fixture();
    MeaningRegistry meanings;
    for (const char* name : {"text", "number", "magnitude"}) meanings.AddTextMeaning(name);
    auto patterns = PatternSet::Load(
        {.dir = std::string(VNIE_SOURCE_DIR) + "/tests/match/testdata/good"}, meanings);
    if (!patterns.ok()) {
      fprintf(stderr, "%s\n", std::string(patterns.status().message()).c_str());
      abort();
    }
    f->patterns = std::move(*patterns);
    f->matcher = std::make_unique<Matcher>(*f->patterns);
    while (f->bytes < (2 << 20)) {
      for (const char* paragraph : kParagraphs) {
        f->paragraphs.emplace_back(paragraph);
        f->bytes += f->paragraphs.back().size() + 1;
        f->text += paragraph;
        f->text += '\n';
      }
    }
    return f;
  }();
  return *fixture;
}

const std::vector<std::string>& RealDimensions() {
  static const std::vector<std::string> dimensions = {"figures", "people", "places", "dates"};
  return dimensions;
}

// The ceiling: one simple regex, one pass, RE2::FindAndConsume.
void BM_SingleRegexScan(benchmark::State& state) {
  const Fixture& f = GetFixture();
  RE2 re("([0-9]+) đảng viên");
  for (auto _ : state) {
    re2::StringPiece input(f.text);
    std::string number;
    int found = 0;
    while (RE2::FindAndConsume(&input, re, &number)) ++found;
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * f.text.size());
}
BENCHMARK(BM_SingleRegexScan)->Unit(benchmark::kMillisecond);

// The Matcher over the four real dimensions, per paragraph: bytes count once
// per paragraph, so MB/s is text fully matched per second.
void BM_MatcherAllDimensions(benchmark::State& state) {
  const Fixture& f = GetFixture();
  size_t matches = 0;
  for (auto _ : state) {
    for (const std::string& paragraph : f.paragraphs) {
      for (const std::string& dimension : RealDimensions()) {
        matches += f.matcher->FindAll(paragraph, dimension).size();
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * f.bytes);
  state.counters["matches_per_pass"] =
      static_cast<double>(matches) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_MatcherAllDimensions)->Unit(benchmark::kMillisecond);

// Text where almost nothing fires (the last paragraph only): the RE2::Set
// prefilter alone decides, which is the common case in an article.
void BM_MatcherAllDimensionsQuietText(benchmark::State& state) {
  const std::string quiet = kParagraphs[std::size(kParagraphs) - 1];
  size_t matches = 0;
  const Fixture& f = GetFixture();
  const size_t paragraphs = f.bytes / (quiet.size() + 1);
  for (auto _ : state) {
    for (size_t i = 0; i < paragraphs; ++i) {
      for (const std::string& dimension : RealDimensions()) {
        matches += f.matcher->FindAll(quiet, dimension).size();
      }
    }
  }
  state.SetBytesProcessed(
      static_cast<int64_t>(state.iterations() * paragraphs * (quiet.size() + 1)));
  state.counters["matches_per_pass"] =
      static_cast<double>(matches) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_MatcherAllDimensionsQuietText)->Unit(benchmark::kMillisecond);

// One dimension at a time (argument: index into RealDimensions()).
void BM_MatcherOneDimension(benchmark::State& state) {
  const Fixture& f = GetFixture();
  const std::string& dimension = RealDimensions()[state.range(0)];
  state.SetLabel(dimension);
  for (auto _ : state) {
    for (const std::string& paragraph : f.paragraphs) {
      benchmark::DoNotOptimize(f.matcher->FindAll(paragraph, dimension));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * f.bytes);
}
BENCHMARK(BM_MatcherOneDimension)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

// What the Set saves: every rule of the four dimensions run one by one on each
// paragraph, with captures, no prefilter.
void BM_RulesOneByOne(benchmark::State& state) {
  const Fixture& f = GetFixture();
  std::vector<const Rule*> rules;
  for (const Rule& rule : f.patterns->rules()) {
    for (const std::string& dimension : RealDimensions()) {
      if (rule.dimension == dimension) rules.push_back(&rule);
    }
  }
  state.SetLabel(std::to_string(rules.size()) + " rules");
  for (auto _ : state) {
    for (const std::string& paragraph : f.paragraphs) {
      for (const Rule* rule : rules) {
        benchmark::DoNotOptimize(f.matcher->FindRule(paragraph, *rule));
      }
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * f.bytes);
}
BENCHMARK(BM_RulesOneByOne)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vnie

BENCHMARK_MAIN();
