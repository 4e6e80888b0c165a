// Matcher: an RE2::Set prefilter (a few scans for all dimensions, or one per
// dimension); for the rules that fire, spans from RE2's DFAs and C++ boundary
// checks for {<} / {>}; overlap resolution by priority; captures only for the
// matches that win (a third of the candidates lose on the corpus, and the
// capture engine is the costly part: see patterns check's "groups" column).
//
// Running 40 rules one by one costs 40 scans of the text; the Set scans it once
// with one DFA and usually reports that nothing fired, which is what makes
// per-sentence matching cheap (see bench/match_bench.cc).
#include "match/matcher.h"

#include <algorithm>
#include <map>
#include <mutex>

#include "match/pattern_set.h"
#include "match/pattern_syntax.h"
#include "match/span_groups.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace vnie {
namespace {

// Byte offset of the code point after the one starting at `pos`.
size_t NextCodePoint(std::string_view text, size_t pos) {
  ++pos;
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

// Whether the code point in `cp` (its UTF-8 bytes) is a letter, digit or mark,
// i.e. would continue a word.
bool IsWordCodePoint(std::string_view cp) {
  if (cp.empty()) return false;
  unsigned char c = static_cast<unsigned char>(cp[0]);
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  static const RE2* const kWord = new RE2(R"([\pL\pM\pN])");
  return RE2::FullMatch(cp, *kWord);
}

bool WordBefore(std::string_view text, size_t pos) {
  if (pos == 0) return false;
  size_t begin = pos - 1;
  while (begin > 0 && pos - begin < 4 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) {
    --begin;
  }
  return IsWordCodePoint(text.substr(begin, pos - begin));
}

bool WordAfter(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  return IsWordCodePoint(text.substr(pos, NextCodePoint(text, pos) - pos));
}

struct GroupSlot {
  int index;  // capture index in the regex
  const std::string* name;
  const std::string* meaning;
};

bool Overlaps(const ByteSpan& a, const ByteSpan& b) { return a.begin < b.end && b.begin < a.end; }

}  // namespace

const GroupMatch* Match::Group(std::string_view name) const {
  for (const GroupMatch& group : groups) {
    if (group.name == name) return &group;
  }
  return nullptr;
}

struct Matcher::Impl {
  struct Dimension {
    std::vector<const Rule*> rules;  // in Set index order
    // The dimension's own prefilter, compiled when FindAll first needs it (not
    // when FiringRules' Sets serve, as in extraction: compiling is a tenth of a
    // short run). Null if it failed to compile: run every rule.
    const RE2::Set* Prefilter(const RE2::Options& options) const {
      std::call_once(compiled, [&] {
        auto built = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
        bool ok = true;
        for (const Rule* rule : rules) ok = ok && built->Add(rule->expanded, nullptr) >= 0;
        if (ok && built->Compile()) set = std::move(built);
      });
      return set.get();
    }
    mutable std::once_flag compiled;
    mutable std::unique_ptr<RE2::Set> set;
  };

  // A match whose groups are not known yet: where it is in the text it was
  // found in (the given text or its folded twin), and where that is in the
  // given text.
  struct Candidate {
    const Rule* rule;
    const RE2* regex;
    const SpanGroups* jit;  // the same regex for PCRE2, or null
    std::string_view view;  // the text `found` is in
    ByteSpan found;
    ByteSpan span;  // `found` in the text given to FindAll (its claimed group, once claimed)
    int captured = -1;  // index of its Match already captured (claiming rules), or -1
  };

  // A claiming rule's match takes its claimed group's span; false when that
  // group did not take part, and the match is dropped.
  static bool Claim(Match* match) {
    if (match->rule->claim.empty()) return true;
    const GroupMatch* claimed = match->Group(match->rule->claim);
    if (claimed == nullptr) return false;
    match->span = claimed->span;
    return true;
  }

  explicit Impl(const PatternSet& p) : patterns(p) {}

  // The spans of the leftmost, non-overlapping matches of `re` in `text`.
  // Only RE2's DFAs run here (forward for the end, reversed for the start):
  // the captures are left for the matches that win (Capture).
  void FindSpans(std::string_view text, const Rule& rule, const RE2& re,
                 std::vector<ByteSpan>& out) const {
    re2::StringPiece whole;
    size_t pos = 0;
    while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, &whole, 1)) {
      const size_t begin = whole.data() - text.data();
      const size_t end = begin + whole.size();
      // An empty match, or one whose {<} / {>} neighbour continues a word: look
      // again one code point further, so "Việt Vi" still yields the second "Vi".
      if (begin == end || (rule.boundary_before && WordBefore(text, begin)) ||
          (rule.boundary_after && WordAfter(text, end))) {
        pos = NextCodePoint(text, begin);
        continue;
      }
      out.push_back({begin, end});
      pos = end;
    }
  }

  // The candidate with its groups. Searching the matched bytes alone finds the
  // same match with the same groups: a parse that started at the span and ran
  // past it is gone, but the winning one is still there and still wins. PCRE2
  // finds them there first (span_groups.h says why that is the same parse);
  // RE2, when PCRE2 gives up, runs its DFAs over a few dozen bytes before its
  // capture engine, instead of a longest-match DFA over the sentence. Only ^
  // and $ see the cut, so rules using them search in place, with RE2.
  Match Capture(const Candidate& candidate,
                const std::function<ByteSpan(ByteSpan)>* to_original) const {
    const RE2& re = *candidate.regex;
    const int n = 1 + re.NumberOfCapturingGroups();
    Match match;
    match.rule = candidate.rule;
    match.span = candidate.span;
    if (n == 1) return match;
    const std::string_view span_text = candidate.found.In(candidate.view);
    // Group spans relative to span_text; npos for a group that did not take part.
    std::vector<ByteSpan> found;
    if (candidate.jit == nullptr || !candidate.jit->Find(span_text, &found)) {
      std::vector<re2::StringPiece> sub(n);
      const bool matched =
          uses_text_edges[candidate.rule->index]
              ? re.Match(candidate.view, candidate.found.begin, candidate.found.end,
                         RE2::ANCHOR_BOTH, sub.data(), n)
              : re.Match(span_text, 0, span_text.size(), RE2::UNANCHORED, sub.data(), n);
      if (!matched) return match;  // cannot happen: the span came from this regex
      found.assign(n, ByteSpan{std::string_view::npos, std::string_view::npos});
      for (int i = 0; i < n; ++i) {
        if (sub[i].data() == nullptr) continue;
        const size_t begin = sub[i].data() - span_text.data();
        found[i] = {begin, begin + sub[i].size()};
      }
    }
    for (const GroupSlot& slot : groups[candidate.rule->index]) {
      const ByteSpan group = found[slot.index];
      if (group.begin == std::string_view::npos) continue;  // did not participate
      ByteSpan span{candidate.found.begin + group.begin, candidate.found.begin + group.end};
      if (to_original != nullptr) span = (*to_original)(span);
      match.groups.push_back({*slot.name, *slot.meaning, span});
    }
    return match;
  }

  const PatternSet& patterns;
  // The prefilter FiringRules runs: Sets over groups of dimensions, each with
  // the rule index of every Set index. Empty if one could not be built.
  struct FiringSet {
    std::unique_ptr<RE2::Set> set;
    std::vector<int> rules;
  };
  std::vector<FiringSet> firing;
  std::map<std::string, Dimension, std::less<>> dimensions;
  RE2::Options set_options;  // for the dimensions' Sets
  std::vector<std::vector<GroupSlot>> groups;  // per rule index, in regex order
  std::vector<bool> uses_text_edges;           // per rule index: ^ or $ in the regex
  // Per rule index, for the regex and for its accent-folded twin; null entries
  // (or jit_groups off) leave the groups to RE2.
  std::vector<std::unique_ptr<SpanGroups>> jit, folded_jit;

  // The regex's PCRE2 twin, when it has as many groups as RE2 counts.
  static std::unique_ptr<SpanGroups> JitTwin(const RE2* regex) {
    if (regex == nullptr) return nullptr;
    auto twin = SpanGroups::Compile(regex->pattern());
    if (twin && twin->group_count() != regex->NumberOfCapturingGroups()) twin.reset();
    return twin;
  }
};

Matcher::Matcher(const PatternSet& patterns, MatcherOptions matcher_options)
    : impl_(std::make_unique<Impl>(patterns)) {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_max_mem(patterns.options().max_mem);
  for (const Rule& rule : patterns.rules()) {
    std::vector<GroupSlot> slots;
    for (const auto& [index, name] : patterns.Regex(rule).CapturingGroupNames()) {
      auto it = rule.groups.find(name);
      if (it != rule.groups.end()) slots.push_back({index, &it->first, &it->second});
    }
    impl_->groups.push_back(std::move(slots));
    impl_->uses_text_edges.push_back(UsesTextEdges(rule.expanded));
    impl_->jit.push_back(matcher_options.jit_groups ? Impl::JitTwin(&patterns.Regex(rule)) : nullptr);
    impl_->folded_jit.push_back(
        matcher_options.jit_groups ? Impl::JitTwin(patterns.FoldedRegex(rule)) : nullptr);

    impl_->dimensions[rule.dimension].rules.push_back(&rule);
  }
  impl_->set_options = options;
  // The prefilter over every rule, in a few Sets (MatcherOptions::own_prefilter
  // says why).
  std::map<std::string, size_t, std::less<>> group_of;
  for (const std::string& dimension : matcher_options.own_prefilter) {
    group_of.emplace(dimension, group_of.size() + 1);
  }
  std::vector<Impl::FiringSet> firing(group_of.size() + 1);
  bool built = true;  // else FiringRules reports that it cannot run
  for (const Rule& rule : patterns.rules()) {
    auto it = group_of.find(rule.dimension);
    Impl::FiringSet& group = firing[it == group_of.end() ? 0 : it->second];
    if (!group.set) group.set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    built = built && group.set->Add(rule.expanded, nullptr) >= 0;
    group.rules.push_back(rule.index);
  }
  std::erase_if(firing, [](const Impl::FiringSet& group) { return !group.set; });
  for (Impl::FiringSet& group : firing) built = built && group.set->Compile();
  if (!built) firing.clear();
  impl_->firing = std::move(firing);
}

Matcher::~Matcher() = default;

const PatternSet& Matcher::patterns() const { return impl_->patterns; }

bool Matcher::JitGroups(const Rule& rule) const { return impl_->jit.at(rule.index) != nullptr; }

std::optional<std::vector<int>> Matcher::FiringRules(std::string_view text) const {
  if (impl_->firing.empty()) return std::nullopt;
  std::vector<int> fired, in_group;
  for (const Impl::FiringSet& group : impl_->firing) {
    RE2::Set::ErrorInfo error;
    in_group.clear();
    if (!group.set->Match(text, &in_group, &error) && error.kind != RE2::Set::kNoError) {
      return std::nullopt;
    }
    for (int index : in_group) fired.push_back(group.rules[index]);
  }
  std::sort(fired.begin(), fired.end());
  return fired;
}

std::vector<Match> Matcher::FindRule(std::string_view text, const Rule& rule) const {
  const RE2& regex = impl_->patterns.Regex(rule);
  std::vector<ByteSpan> spans;
  impl_->FindSpans(text, rule, regex, spans);
  std::vector<Match> matches;
  for (ByteSpan span : spans) {
    Match match =
        impl_->Capture({&rule, &regex, impl_->jit[rule.index].get(), text, span, span}, nullptr);
    if (Impl::Claim(&match)) matches.push_back(std::move(match));  // as FindAll reports it
  }
  return matches;
}

std::vector<Match> Matcher::FindAll(std::string_view text, std::string_view dimension_name,
                                    const MatchOptions& options) const {
  auto found = impl_->dimensions.find(dimension_name);
  if (found == impl_->dimensions.end()) return {};
  const Impl::Dimension& dimension = found->second;

  std::vector<int> fired;
  bool run_all = false;
  if (options.fired != nullptr) {
    // Global rule indexes to this dimension's Set indexes (both in rule order).
    size_t next = 0;
    for (int index : *options.fired) {
      while (next < dimension.rules.size() && dimension.rules[next]->index < index) ++next;
      if (next < dimension.rules.size() && dimension.rules[next]->index == index) {
        fired.push_back(static_cast<int>(next));
      }
    }
    run_all = false;
  } else if (const RE2::Set* prefilter = dimension.Prefilter(impl_->set_options);
             prefilter == nullptr) {
    run_all = true;
  } else {
    RE2::Set::ErrorInfo error;
    if (!prefilter->Match(text, &fired, &error) && error.kind != RE2::Set::kNoError) {
      // The Set's DFA ran out of memory (it has no NFA fallback): be correct
      // and slow. `vnie patterns check` reports dimensions that do this.
      run_all = true;
    }
  }
  if (run_all) {
    fired.clear();
    for (size_t i = 0; i < dimension.rules.size(); ++i) fired.push_back(static_cast<int>(i));
  }
  std::sort(fired.begin(), fired.end());

  std::vector<Impl::Candidate> candidates;
  std::vector<ByteSpan> spans;
  for (int index : fired) {
    const Rule& rule = *dimension.rules[index];
    const RE2& regex = impl_->patterns.Regex(rule);
    spans.clear();
    impl_->FindSpans(text, rule, regex, spans);
    for (ByteSpan span : spans) {
      candidates.push_back({&rule, &regex, impl_->jit[rule.index].get(), text, span, span});
    }
  }
  const size_t unfolded = candidates.size();
  if (options.folded != nullptr) {
    for (const Rule* rule : dimension.rules) {
      const RE2* folded_regex = impl_->patterns.FoldedRegex(*rule);
      if (folded_regex == nullptr) continue;
      spans.clear();
      impl_->FindSpans(options.folded->text, *rule, *folded_regex, spans);
      for (ByteSpan span : spans) {
        Impl::Candidate candidate{rule, folded_regex, impl_->folded_jit[rule->index].get(),
                                  options.folded->text, span, options.folded->to_original(span)};
        bool duplicate =
            std::any_of(candidates.begin(), candidates.begin() + unfolded,
                        [&](const Impl::Candidate& c) {
                          return c.rule == candidate.rule && c.span == candidate.span;
                        });
        if (!duplicate) candidates.push_back(candidate);
      }
    }
  }

  // A rule that claims one group competes, and is reported, with that group's
  // span only; its groups are found now rather than for the winners alone, and
  // kept for them.
  std::vector<Match> captured;
  size_t kept = 0;
  for (size_t i = 0; i < candidates.size(); ++i) {
    Impl::Candidate candidate = candidates[i];
    if (!candidate.rule->claim.empty()) {
      const bool folded = candidate.view.data() != text.data();
      Match match = impl_->Capture(candidate, folded ? &options.folded->to_original : nullptr);
      if (!Impl::Claim(&match)) continue;
      candidate.span = match.span;
      candidate.captured = static_cast<int>(captured.size());
      captured.push_back(std::move(match));
    }
    candidates[kept++] = candidate;
  }
  candidates.resize(kept);

  auto by_position = [](const Impl::Candidate& a, const Impl::Candidate& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.rule->index < b.rule->index;
  };
  std::vector<Impl::Candidate> accepted;
  if (options.keep_all) {
    accepted = std::move(candidates);
  } else {
    std::sort(candidates.begin(), candidates.end(),
              [](const Impl::Candidate& a, const Impl::Candidate& b) {
                if (a.rule->priority != b.rule->priority) return a.rule->priority > b.rule->priority;
                if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
                if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
                return a.rule->index < b.rule->index;
              });
    std::map<size_t, size_t> taken;  // begin -> end of accepted matches (disjoint)
    for (const Impl::Candidate& candidate : candidates) {
      auto next = taken.lower_bound(candidate.span.begin);
      if (next != taken.end() && Overlaps(candidate.span, {next->first, next->second})) continue;
      if (next != taken.begin()) {
        auto previous = std::prev(next);
        if (Overlaps(candidate.span, {previous->first, previous->second})) continue;
      }
      taken.emplace(candidate.span.begin, candidate.span.end);
      accepted.push_back(candidate);
    }
  }
  std::sort(accepted.begin(), accepted.end(), by_position);

  std::vector<Match> matches;
  matches.reserve(accepted.size());
  for (const Impl::Candidate& candidate : accepted) {
    if (candidate.captured >= 0) {
      matches.push_back(std::move(captured[candidate.captured]));
      continue;
    }
    const bool folded = candidate.view.data() != text.data();
    matches.push_back(impl_->Capture(candidate, folded ? &options.folded->to_original : nullptr));
  }
  return matches;
}

}  // namespace vnie
