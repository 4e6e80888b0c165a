// Pattern check: per-rule and per-dimension timing with DFA-exit warnings.
#include "match/pattern_check.h"

#include <algorithm>
#include <ctime>
#include <functional>

#include "absl/strings/str_format.h"
#include "match/strings.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace vnie {
namespace {

// Seconds of CPU this thread has used: on a machine shared with other jobs a
// wall clock measures the neighbours too.
double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// MB/s (per CPU-second) of `scan` over `bytes` bytes, rescanning for at least
// `min_seconds` of CPU.
double Throughput(size_t bytes, double min_seconds, const std::function<void()>& scan) {
  scan();  // warm up: RE2 builds DFA states lazily, on first use
  const double start = ThreadCpuSeconds();
  size_t passes = 0;
  double seconds = 0;
  do {
    scan();
    ++passes;
    seconds = ThreadCpuSeconds() - start;
  } while (seconds < min_seconds);
  if (seconds <= 0) seconds = 1e-9;
  return static_cast<double>(bytes) * passes / seconds / 1e6;
}

RE2::Options SetOptions(const PatternSet& patterns) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_max_mem(patterns.options().max_mem);
  return options;
}

// Whether a Set of `regexes` runs out of DFA memory on `sample`.
bool SetOutOfMemory(const PatternSet& patterns, const std::vector<const std::string*>& regexes,
                    std::string_view sample, double* mb_per_s, double min_seconds) {
  RE2::Set set(SetOptions(patterns), RE2::UNANCHORED);
  for (const std::string* regex : regexes) set.Add(*regex, nullptr);
  if (!set.Compile()) return true;
  bool out_of_memory = false;
  auto scan = [&] {
    std::vector<int> fired;
    RE2::Set::ErrorInfo error;
    if (!set.Match(sample, &fired, &error) && error.kind == RE2::Set::kOutOfMemory) {
      out_of_memory = true;
    }
  };
  if (mb_per_s) {
    *mb_per_s = Throughput(sample.size(), min_seconds, scan);
  } else {
    scan();
  }
  return out_of_memory;
}

}  // namespace

const char* CaptureEngine(int program_size) {
  return program_size <= kMaxBitStateProgram ? "bitstate" : "nfa";
}

CheckReport CheckPatterns(const PatternSet& patterns, const Matcher& matcher,
                          std::string_view sample, const CheckOptions& options) {
  CheckReport report;
  if (sample.empty()) return report;
  std::vector<std::string_view> lines;
  for (std::string_view line : strings::Split(sample, '\n')) {
    if (!line.empty()) lines.push_back(line);
  }

  for (const Rule& rule : patterns.rules()) {
    RuleCheck check;
    check.rule = &rule;
    const RE2& re = patterns.Regex(rule);
    check.program_size = re.ProgramSize();
    check.reverse_program_size = re.ReverseProgramSize();
    check.jit_groups = matcher.JitGroups(rule);
    // A one-rule Set: the DFA alone, scanning everything, whatever the match
    // density (RE2::Match would add a reverse scan and a restart per match).
    check.dfa_out_of_memory = SetOutOfMemory(patterns, {&rule.expanded}, sample,
                                             &check.search_mb_per_s, options.min_seconds);
    check.capture_mb_per_s = Throughput(sample.size(), options.min_seconds, [&] {
      check.matches = 0;
      for (std::string_view line : lines) check.matches += matcher.FindRule(line, rule).size();
    });
    const std::string where =
        strings::Cat(rule.file, ":", rule.line, ": rule \"", rule.name, "\": ");
    if (check.dfa_out_of_memory) {
      check.warnings.push_back(strings::Cat(
          where, "its DFA does not fit in max_mem (", patterns.options().max_mem >> 20,
          " MiB); RE2 falls back to the NFA. Avoid counted repetition of Unicode classes"));
    }
    if (check.search_mb_per_s < options.min_dfa_mb_per_s) {
      check.warnings.push_back(absl::StrFormat(
          "%sits DFA scans at %.1f MB/s (threshold %.0f): its DFA thrashes and RE2 will leave "
          "it; replace {n,m} on [\\pL...] classes with + or a lexicon",
          where, check.search_mb_per_s, options.min_dfa_mb_per_s));
    }
    if (check.capture_mb_per_s < options.min_match_mb_per_s) {
      check.warnings.push_back(absl::StrFormat(
          "%smatching alone runs at %.1f MB/s (threshold %.0f): slow captures or NFA fallback",
          where, check.capture_mb_per_s, options.min_match_mb_per_s));
    }
    if (check.program_size > options.max_program_size) {
      check.warnings.push_back(strings::Cat(where, "compiles to ", check.program_size,
                                            " instructions (limit ", options.max_program_size,
                                            "); counted repetition of a Unicode class?"));
    }
    if (rule.examples.empty()) {
      check.warnings.push_back(strings::Cat(where, "has no examples"));
    }
    report.rules.push_back(std::move(check));
  }

  for (const std::string& name : patterns.dimensions()) {
    DimensionCheck check;
    check.dimension = name;
    std::vector<const std::string*> regexes;
    for (const Rule& rule : patterns.rules()) {
      if (rule.dimension == name) regexes.push_back(&rule.expanded);
    }
    check.rules = regexes.size();
    check.dfa_out_of_memory =
        SetOutOfMemory(patterns, regexes, sample, &check.set_mb_per_s, options.min_seconds);
    check.find_all_mb_per_s = Throughput(sample.size(), options.min_seconds, [&] {
      for (std::string_view line : lines) matcher.FindAll(line, name);
    });
    if (check.dfa_out_of_memory) {
      check.warnings.push_back(strings::Cat(
          "dimension \"", name, "\": its RE2::Set runs out of DFA memory, so every text runs ",
          check.rules, " rules one by one; raise max_mem or split the slow rules"));
    }
    if (check.find_all_mb_per_s < options.min_match_mb_per_s) {
      check.warnings.push_back(
          absl::StrFormat("dimension \"%s\": FindAll runs at %.1f MB/s (threshold %.0f)", name,
                          check.find_all_mb_per_s, options.min_match_mb_per_s));
    }
    report.dimensions.push_back(std::move(check));
  }
  return report;
}

std::vector<std::string> CheckReport::Warnings() const {
  std::vector<std::string> out;
  for (const DimensionCheck& d : dimensions)
    out.insert(out.end(), d.warnings.begin(), d.warnings.end());
  for (const RuleCheck& r : rules) out.insert(out.end(), r.warnings.begin(), r.warnings.end());
  return out;
}

std::string CheckReport::ToString() const {
  std::string out = absl::StrFormat("%-12s %6s %12s %14s %s\n", "dimension", "rules", "set MB/s",
                                    "FindAll MB/s", "dfa");
  for (const DimensionCheck& d : dimensions) {
    absl::StrAppendFormat(&out, "%-12s %6d %12.1f %14.1f %s\n", d.dimension, d.rules,
                          d.set_mb_per_s, d.find_all_mb_per_s,
                          d.dfa_out_of_memory ? "OUT OF MEMORY" : "ok");
  }
  std::vector<const RuleCheck*> sorted;
  for (const RuleCheck& r : rules) sorted.push_back(&r);
  std::sort(sorted.begin(), sorted.end(), [](const RuleCheck* a, const RuleCheck* b) {
    return a->search_mb_per_s < b->search_mb_per_s;
  });
  absl::StrAppendFormat(&out, "\n%-32s %12s %13s %8s %8s %-8s %s\n", "rule", "search MB/s",
                        "capture MB/s", "matches", "program", "groups", "dfa");
  for (const RuleCheck* r : sorted) {
    absl::StrAppendFormat(&out, "%-32s %12.1f %13.1f %8d %8d %-8s %s\n", r->rule->name,
                          r->search_mb_per_s, r->capture_mb_per_s, r->matches, r->program_size,
                          r->jit_groups ? "jit" : CaptureEngine(r->program_size),
                          r->dfa_out_of_memory ? "OUT OF MEMORY" : "ok");
  }
  absl::StrAppendFormat(&out,
                        "groups: the engine that finds a match's groups: jit is PCRE2 on the "
                        "span, RE2 where it gives up; else RE2's BitState (programs of at most "
                        "%d instructions), several times faster than its NFA\n",
                        kMaxBitStateProgram);
  return out;
}

}  // namespace vnie
