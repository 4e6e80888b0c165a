// Throughput of the JSON writer and reader on a realistic, large record.
//
// Writing records must never be what limits `vnie` on a big corpus: a record
// is a few kilobytes and the extractor needs far longer per article than the
// writer. This benchmark keeps that true as the writer changes. It reports
// bytes of JSON produced (or consumed) per second; RapidJSON itself writes
// about 1.7 GB/s on the development machine.
#include <benchmark/benchmark.h>

#include <string>

#include "output/json_reader.h"
#include "output/json_writer.h"
#include "vnie/record.h"

namespace vnie {
namespace {

// A record about as large as a long article gives: 30 people, 50 figures,
// 20 cells, 15 places, 10 dates, 5 periods, with Vietnamese text throughout.
Record LargeRecord() {
  const char* family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"};
  const char* given[] = {"Văn Hòa", "Thị Thủy", "Đức Long", "Công Thành", "Bích Ngọc"};
  const char* roles[] = {"Ủy viên BTV Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy",
                         "Phó Chủ tịch UBND huyện", "Bí thư Chi bộ",
                         "Hiệu trưởng Trường Tiểu học số 2 xã Xuân Quang"};
  const char* kinds[] = {"members", "admitted", "cells", "staff", "percent", "other"};
  Record r;
  r.source = "corpus/articles/2022-05-18-ket-nap-dang-vien-giao-vien-tre.html";
  r.encoding = "utf-8";
  r.format = "html";
  r.title = "Huyện miền núi chú trọng kết nạp đảng viên là giáo viên trẻ ở các trường";
  r.published = "2022-05-18T08:30";
  r.author = "Hải Yến";
  size_t offset = 300;
  for (int i = 0; i < 30; ++i) {
    Person p;
    p.name = std::string(family[i % 6]) + " " + given[i % 5];
    p.honorific = i % 2 ? "đồng chí" : "bà";
    p.roles = {roles[i % 5], roles[(i + 2) % 5]};
    for (int m = 0; m < 3; ++m, offset += 97) p.mentions.push_back({offset, offset + 18});
    r.people.push_back(std::move(p));
  }
  for (int i = 0; i < 20; ++i, offset += 211) {
    Cell c;
    c.name = "Chi bộ Trường Mầm non Hoa Sen " + std::to_string(i);
    c.school = "Trường Mầm non Hoa Sen " + std::to_string(i);
    c.level = "preschool";
    c.place = "xã Xuân Giao";
    c.parent = "Đảng bộ xã Xuân Giao";
    c.members = 20 + i;
    c.staff = 35 + i;
    if (i % 3 == 0) c.percent = 57.14 + i;
    c.span = {offset, offset + 120};
    r.cells.push_back(std::move(c));
  }
  for (int i = 0; i < 50; ++i, offset += 143) {
    Figure f;
    f.kind = kinds[i % 6];
    f.value = f.kind == "percent" ? 74.59 + i * 0.1 : 100 + i * 7;
    if (i % 10 == 9) f.whole = 36;
    f.unit = f.kind == "percent" ? "%" : "đảng viên";
    if (f.kind == "percent") f.of = "số cán bộ quản lý, giáo viên, nhân viên";
    if (i % 4 == 0) f.approx = "hơn";
    f.scope = "huyện Tam Đảo";
    f.text = f.kind == "percent" ? "74,59%" : "859 đảng viên";
    f.span = {offset, offset + f.text.size()};
    r.figures.push_back(std::move(f));
  }
  for (int i = 0; i < 15; ++i, offset += 50) {
    r.places.push_back(Place{i % 2 ? "xã" : "huyện", "Tam Đảo", {offset, offset + 18}, ""});
  }
  for (int i = 0; i < 10; ++i, offset += 50) {
    r.dates.push_back(DateMention{"2022-05-17", "17/5/2022", {offset, offset + 9}, ""});
  }
  for (int i = 0; i < 5; ++i, offset += 50) {
    r.periods.push_back(Period{2017, 2022, "giai đoạn 2017-2022", {offset, offset + 20}, ""});
  }
  r.warnings.push_back("74,59% disagrees with 37/40 by more than 0.5 points");
  return r;
}

void BM_WriteRecord(benchmark::State& state, JsonOptions options) {
  Record record = LargeRecord();
  JsonWriter writer(options);
  size_t bytes = 0;
  for (auto _ : state) {
    std::string_view json = writer.Write(record);
    benchmark::DoNotOptimize(json.data());
    bytes += json.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["record_bytes"] = static_cast<double>(writer.Write(record).size());
}
BENCHMARK_CAPTURE(BM_WriteRecord, compact, JsonOptions{});
BENCHMARK_CAPTURE(BM_WriteRecord, pretty, JsonOptions{.pretty = true});

// The JSON Lines path of the CLI: append each record and a newline to one
// output string that is flushed and cleared now and then.
void BM_AppendJsonLines(benchmark::State& state) {
  Record record = LargeRecord();
  JsonWriter writer;
  std::string out;
  size_t bytes = 0;
  for (auto _ : state) {
    writer.AppendTo(record, &out);
    out += '\n';
    if (out.size() > (1 << 20)) {
      bytes += out.size();
      out.clear();
    }
  }
  bytes += out.size();
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_AppendJsonLines);

void BM_ParseRecord(benchmark::State& state) {
  std::string json = RecordToJson(LargeRecord());
  for (auto _ : state) {
    StatusOr<Record> record = ParseRecord(json);
    benchmark::DoNotOptimize(record);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * json.size()));
}
BENCHMARK(BM_ParseRecord);

}  // namespace
}  // namespace vnie

BENCHMARK_MAIN();
