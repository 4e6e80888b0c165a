// Example runner: positive examples, negatives and the ambiguity warning.
#include "match/example_runner.h"

#include "match/strings.h"

namespace vnie {
namespace {

std::string Quote(std::string_view text) { return strings::Cat("\"", text, "\""); }

std::string FieldsText(const MatchFields& fields) {
  std::vector<std::string> parts;
  for (const auto& [name, value] : fields) parts.push_back(strings::Cat(name, "=", Quote(value)));
  return strings::Cat("{", strings::Join(parts, ", "), "}");
}

// Whether `actual` has every expected field; "" expects an absent group.
bool Satisfies(const MatchFields& actual, const MatchFields& expected) {
  for (const auto& [name, value] : expected) {
    auto it = actual.find(name);
    if (value.empty() ? it != actual.end() : (it == actual.end() || it->second != value)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string ExampleFailure::ToString() const {
  std::string out = strings::Cat(file, ":", line, ": rule ", Quote(rule), ": ");
  switch (kind) {
    case Kind::kMissed:
      out += strings::Cat("example ", Quote(text), ": expected ", FieldsText(expected), ", got ");
      if (actual.empty()) {
        out += strings::Cat("no match");
      } else {
        std::vector<std::string> got;
        for (const MatchFields& fields : actual) got.push_back(FieldsText(fields));
        out += strings::Cat(strings::Join(got, " and "));
      }
      break;
    case Kind::kMatchedNegative:
      out += strings::Cat("negative ", Quote(text), " matched: ");
      for (size_t i = 0; i < actual.size(); ++i) {
        out += strings::Cat(i ? " and " : "", FieldsText(actual[i]));
      }
      break;
    case Kind::kAmbiguous:
      out += strings::Cat("warning: example ", Quote(text), ": higher-priority rule ",
                          Quote(other_rule), " also claims ",
                          actual.empty() ? std::string("it") : FieldsText(actual.front()),
                          ", so the rule loses this text in FindAll");
      break;
  }
  return out;
}

MatchFields FieldsOf(const Match& match, std::string_view text, const MeaningRegistry& meanings) {
  MatchFields fields;
  fields["match"] = std::string(match.span.In(text));
  for (const GroupMatch& group : match.groups) {
    std::string_view captured = group.span.In(text);
    std::optional<std::string> value = meanings.Interpret(group.meaning, captured);
    fields[std::string(group.name)] = value ? *value : strings::Cat("!unreadable: ", captured);
  }
  return fields;
}

std::vector<ExampleFailure> RunExample(const Rule& rule, const RuleExample& example, bool negative,
                                       const Matcher& matcher, const MeaningRegistry& meanings) {
  std::vector<ExampleFailure> out;
  ExampleFailure failure;
  failure.file = rule.file;
  failure.line = example.line;
  failure.rule = rule.name;
  failure.text = example.text;
  const std::vector<Match> matches = matcher.FindRule(example.text, rule);
  for (const Match& match : matches)
    failure.actual.push_back(FieldsOf(match, example.text, meanings));
  if (negative) {
    if (!matches.empty()) {
      failure.kind = ExampleFailure::Kind::kMatchedNegative;
      out.push_back(std::move(failure));
    }
    return out;
  }
  failure.expected = example.expect;
  const Match* hit = nullptr;
  for (size_t i = 0; i < matches.size() && !hit; ++i) {
    if (Satisfies(failure.actual[i], example.expect)) hit = &matches[i];
  }
  if (!hit) {
    failure.kind = ExampleFailure::Kind::kMissed;
    out.push_back(std::move(failure));
    return out;
  }
  // Duckling's ambiguity check, narrowed to what FindAll does: only a rule of
  // higher priority can take this text away from `rule`.
  for (const Rule& other : matcher.patterns().rules()) {
    if (other.dimension != rule.dimension || other.priority <= rule.priority) continue;
    for (const Match& theirs : matcher.FindRule(example.text, other)) {
      if (theirs.span.begin < hit->span.end && hit->span.begin < theirs.span.end) {
        ExampleFailure warning = failure;
        warning.kind = ExampleFailure::Kind::kAmbiguous;
        warning.expected = example.expect;
        warning.actual = {FieldsOf(theirs, example.text, meanings)};
        warning.other_rule = other.name;
        out.push_back(std::move(warning));
        break;
      }
    }
  }
  return out;
}

std::vector<ExampleFailure> RunRuleExamples(const Rule& rule, const Matcher& matcher,
                                            const MeaningRegistry& meanings) {
  std::vector<ExampleFailure> out;
  for (const RuleExample& example : rule.examples) {
    for (ExampleFailure& f : RunExample(rule, example, false, matcher, meanings)) {
      out.push_back(std::move(f));
    }
  }
  for (const RuleExample& negative : rule.negatives) {
    for (ExampleFailure& f : RunExample(rule, negative, true, matcher, meanings)) {
      out.push_back(std::move(f));
    }
  }
  return out;
}

std::vector<ExampleFailure> RunExamples(const PatternSet& patterns, const Matcher& matcher,
                                        const MeaningRegistry& meanings) {
  std::vector<ExampleFailure> out;
  for (const Rule& rule : patterns.rules()) {
    for (ExampleFailure& f : RunRuleExamples(rule, matcher, meanings)) out.push_back(std::move(f));
  }
  return out;
}

}  // namespace vnie
