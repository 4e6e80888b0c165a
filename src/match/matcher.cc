// Matcher: RE2::Set prefilter (one for all dimensions, or one per dimension),
// captures only for rules that fire,
// C++ boundary checks for {<} / {>}, then overlap resolution by priority.
//
// Running 40 rules one by one costs 40 scans of the text; the Set scans it once
// with one DFA and usually reports that nothing fired, which is what makes
// per-sentence matching cheap (see bench/match_bench.cc).
#include "match/matcher.h"

#include <algorithm>
#include <map>

#include "match/pattern_set.h"
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
    std::unique_ptr<RE2::Set> set;   // null if it failed to compile: run every rule
    std::vector<const Rule*> rules;  // in Set index order
  };

  explicit Impl(const PatternSet& p) : patterns(p) {}

  // Appends the matches of `re` (the rule's regex or its folded twin) in `text`.
  void Scan(std::string_view text, const Rule& rule, const RE2& re, std::vector<Match>& out) const {
    const std::vector<GroupSlot>& slots = groups[rule.index];
    const int n = 1 + re.NumberOfCapturingGroups();
    std::vector<re2::StringPiece> sub(n);
    size_t pos = 0;
    while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, sub.data(), n)) {
      const size_t begin = sub[0].data() - text.data();
      const size_t end = begin + sub[0].size();
      // An empty match, or one whose {<} / {>} neighbour continues a word: look
      // again one code point further, so "Việt Vi" still yields the second "Vi".
      if (begin == end || (rule.boundary_before && WordBefore(text, begin)) ||
          (rule.boundary_after && WordAfter(text, end))) {
        pos = NextCodePoint(text, begin);
        continue;
      }
      Match match;
      match.rule = &rule;
      match.span = {begin, end};
      for (const GroupSlot& slot : slots) {
        const re2::StringPiece& piece = sub[slot.index];
        if (piece.data() == nullptr) continue;  // did not participate
        const size_t group_begin = piece.data() - text.data();
        match.groups.push_back(
            {*slot.name, *slot.meaning, {group_begin, group_begin + piece.size()}});
      }
      out.push_back(std::move(match));
      pos = end;
    }
  }

  const PatternSet& patterns;
  std::unique_ptr<RE2::Set> all_rules;  // every rule, Set index = rule index; may be null
  std::map<std::string, Dimension, std::less<>> dimensions;
  std::vector<std::vector<GroupSlot>> groups;  // per rule index, in regex order
};

Matcher::Matcher(const PatternSet& patterns) : impl_(std::make_unique<Impl>(patterns)) {
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

    Impl::Dimension& dimension = impl_->dimensions[rule.dimension];
    if (!dimension.set && dimension.rules.empty()) {
      dimension.set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    }
    if (dimension.set && dimension.set->Add(rule.expanded, nullptr) < 0) {
      dimension.set.reset();  // cannot happen for a loaded rule; stay correct anyway
    }
    dimension.rules.push_back(&rule);
  }
  for (auto& [name, dimension] : impl_->dimensions) {
    if (dimension.set && !dimension.set->Compile()) dimension.set.reset();
  }
  // One Set over every rule: per sentence, one scan instead of one per dimension.
  auto all_rules = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  bool numbered = true;  // Set index == rule index, as FiringRules reports them
  for (const Rule& rule : patterns.rules()) {
    numbered = numbered && all_rules->Add(rule.expanded, nullptr) == rule.index;
  }
  if (numbered && all_rules->Compile()) impl_->all_rules = std::move(all_rules);
}

Matcher::~Matcher() = default;

const PatternSet& Matcher::patterns() const { return impl_->patterns; }

std::optional<std::vector<int>> Matcher::FiringRules(std::string_view text) const {
  if (!impl_->all_rules) return std::nullopt;
  std::vector<int> fired;
  RE2::Set::ErrorInfo error;
  if (!impl_->all_rules->Match(text, &fired, &error) && error.kind != RE2::Set::kNoError) {
    return std::nullopt;
  }
  std::sort(fired.begin(), fired.end());
  return fired;
}

std::vector<Match> Matcher::FindRule(std::string_view text, const Rule& rule) const {
  std::vector<Match> matches;
  impl_->Scan(text, rule, impl_->patterns.Regex(rule), matches);
  return matches;
}

std::vector<Match> Matcher::FindAll(std::string_view text, std::string_view dimension_name,
                                    const MatchOptions& options) const {
  auto found = impl_->dimensions.find(dimension_name);
  if (found == impl_->dimensions.end()) return {};
  const Impl::Dimension& dimension = found->second;

  std::vector<int> fired;
  bool run_all = dimension.set == nullptr;
  if (options.fired != nullptr) {
    // Rule indexes to this dimension's Set indexes (both in rule order).
    size_t next = 0;
    for (int index : *options.fired) {
      while (next < dimension.rules.size() && dimension.rules[next]->index < index) ++next;
      if (next < dimension.rules.size() && dimension.rules[next]->index == index) {
        fired.push_back(static_cast<int>(next));
      }
    }
    run_all = false;
  } else if (!run_all) {
    RE2::Set::ErrorInfo error;
    if (!dimension.set->Match(text, &fired, &error) && error.kind != RE2::Set::kNoError) {
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

  std::vector<Match> candidates;
  for (int index : fired) {
    const Rule& rule = *dimension.rules[index];
    impl_->Scan(text, rule, impl_->patterns.Regex(rule), candidates);
  }
  if (options.folded != nullptr) {
    for (const Rule* rule : dimension.rules) {
      const RE2* folded_regex = impl_->patterns.FoldedRegex(*rule);
      if (folded_regex == nullptr) continue;
      std::vector<Match> folded;
      impl_->Scan(options.folded->text, *rule, *folded_regex, folded);
      for (Match& match : folded) {
        match.span = options.folded->to_original(match.span);
        for (GroupMatch& group : match.groups) {
          group.span = options.folded->to_original(group.span);
        }
        bool duplicate = std::any_of(candidates.begin(), candidates.end(), [&](const Match& m) {
          return m.rule == match.rule && m.span == match.span;
        });
        if (!duplicate) candidates.push_back(std::move(match));
      }
    }
  }

  auto by_position = [](const Match& a, const Match& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.rule->index < b.rule->index;
  };
  if (options.keep_all) {
    std::sort(candidates.begin(), candidates.end(), by_position);
    return candidates;
  }
  std::sort(candidates.begin(), candidates.end(), [](const Match& a, const Match& b) {
    if (a.rule->priority != b.rule->priority) return a.rule->priority > b.rule->priority;
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
    return a.rule->index < b.rule->index;
  });
  std::vector<Match> accepted;
  std::map<size_t, size_t> taken;  // begin -> end of accepted matches (disjoint)
  for (Match& candidate : candidates) {
    auto next = taken.lower_bound(candidate.span.begin);
    if (next != taken.end() && Overlaps(candidate.span, {next->first, next->second})) continue;
    if (next != taken.begin()) {
      auto previous = std::prev(next);
      if (Overlaps(candidate.span, {previous->first, previous->second})) continue;
    }
    taken.emplace(candidate.span.begin, candidate.span.end);
    accepted.push_back(std::move(candidate));
  }
  std::sort(accepted.begin(), accepted.end(), by_position);
  return accepted;
}

}  // namespace vnie
