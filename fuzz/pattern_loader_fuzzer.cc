// Fuzz target: loading a pattern folder whose rule file, lexicon and macros are
// arbitrary bytes.
//
// Pattern files are written by analysts, not programmers, so a typo must give a
// Status naming file:line, never a crash, a hang or an exhausted memory. The
// input is cut at NUL bytes into: a rule file (figures/fuzz.toml), a lexicon
// (lexicon/fuzz.txt, usable as {fuzz}), a macros.toml, and optionally a text
// to match. The folder holds nothing else: the shipped lexicons and macros make
// one load take seconds under the sanitizers, too slow to fuzz; scripts/fuzz
// seeds self-contained folders instead. When the folder loads, its rules run
// on the text and on their own examples.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/interpreters.h"
#include "fuzz/fuzz_support.h"
#include "match/example_runner.h"
#include "match/matcher.h"
#include "match/pattern_set.h"

namespace {

namespace fs = std::filesystem;

void WriteFile(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  FUZZ_CHECK(out.good());
}

struct Fixture {
  fs::path dir;
  std::unique_ptr<vnie::Interpreters> interpreters;
  vnie::MeaningRegistry meanings;
};

const Fixture& GetFixture() {
  static const Fixture* fixture = [] {
    auto* f = new Fixture;
    fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    f->dir = base / ("vnie_pattern_fuzz_" + std::to_string(::getpid()));
    fs::remove_all(f->dir);
    fs::create_directories(f->dir / "figures");
    fs::create_directories(f->dir / "lexicon");
    fs::path shipped = vnie::fuzz::ShippedPatternsDir();
    auto interpreters = vnie::Interpreters::Load(shipped.string());
    FUZZ_CHECK(interpreters.ok());
    f->interpreters = *std::move(interpreters);
    f->meanings = f->interpreters->Registry();
    std::atexit([] { std::error_code e; fs::remove_all(GetFixture().dir, e); });
    return f;
  }();
  return *fixture;
}

std::vector<std::string_view> SplitAtNul(std::string_view input, size_t max_parts) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < max_parts) {
    size_t nul = input.find('\0');
    if (nul == std::string_view::npos) break;
    parts.push_back(input.substr(0, nul));
    input.remove_prefix(nul + 1);
  }
  parts.push_back(input);
  return parts;
}

}  // namespace

// The shipped lexicons load once, before the clock of the first input starts.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  GetFixture();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Fixture& fixture = GetFixture();
  std::vector<std::string_view> parts =
      SplitAtNul(std::string_view(reinterpret_cast<const char*>(data), size), 4);
  WriteFile(fixture.dir / "figures" / "fuzz.toml", parts[0]);
  WriteFile(fixture.dir / "lexicon" / "fuzz.txt", parts.size() > 1 ? parts[1] : "");
  WriteFile(fixture.dir / "macros.toml", parts.size() > 2 ? parts[2] : "[macros]\n");
  std::string_view text =
      parts.size() > 3 ? parts[3] : "Toàn huyện có 1.250 đảng viên, kết nạp 45 đảng viên mới.";

  vnie::PatternOptions options;
  options.dir = fixture.dir.string();
  // Keeps one pathological rule from taking the fuzzer's whole memory budget.
  options.max_mem = 8 << 20;
  auto patterns = vnie::PatternSet::Load(options, fixture.meanings);
  if (!patterns.ok()) {
    FUZZ_CHECK(!patterns.status().message().empty());
    return 0;
  }
  vnie::Matcher matcher(**patterns);
  for (const vnie::Match& match : matcher.FindAll(text, "figures")) {
    FUZZ_CHECK(match.span.begin <= match.span.end && match.span.end <= text.size());
    for (const vnie::GroupMatch& group : match.groups) {
      FUZZ_CHECK(group.span.begin <= group.span.end && group.span.end <= text.size());
    }
  }
  (void)vnie::RunExamples(**patterns, matcher, fixture.meanings);
  return 0;
}
