#include "match/span_groups.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <cstring>

#include "match/pattern_syntax.h"

namespace vnie {
namespace {

// A span is a phrase of a sentence; a parse of it that needs more steps than
// this is pathological backtracking, and RE2 (linear time) does it instead.
constexpr uint32_t kMatchLimit = 200000;
constexpr uint32_t kDepthLimit = 5000;

// Group slots of the per-thread match data; rules have a dozen groups at most.
constexpr uint32_t kMaxPairs = 64;

// One match data per thread, shared by every pattern: pcre2_match writes into
// it, so it cannot be shared between threads, and allocating it per match
// would cost as much as a short match.
pcre2_match_data* ThreadMatchData() {
  struct Holder {
    pcre2_match_data* data = pcre2_match_data_create(kMaxPairs, nullptr);
    ~Holder() { pcre2_match_data_free(data); }
  };
  thread_local Holder holder;
  return holder.data;
}

}  // namespace

struct SpanGroups::Code {
  pcre2_code* code = nullptr;
  pcre2_match_context* context = nullptr;
  ~Code() {
    pcre2_match_context_free(context);
    pcre2_code_free(code);
  }
};

SpanGroups::SpanGroups(std::unique_ptr<Code> code, int group_count)
    : code_(std::move(code)), group_count_(group_count) {}

SpanGroups::~SpanGroups() = default;

std::unique_ptr<SpanGroups> SpanGroups::Compile(std::string_view re2_regex) {
  if (UsesTextEdges(re2_regex)) return nullptr;
  auto code = std::make_unique<Code>();
  int error = 0;
  PCRE2_SIZE error_offset = 0;
  // \C is one byte in RE2 and forbidden here, so such a rule stays with RE2.
  code->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(re2_regex.data()), re2_regex.size(),
                             PCRE2_UTF | PCRE2_ANCHORED | PCRE2_ENDANCHORED |
                                 PCRE2_NEVER_BACKSLASH_C,
                             &error, &error_offset, nullptr);
  if (code->code == nullptr) return nullptr;
  uint32_t captures = 0;
  pcre2_pattern_info(code->code, PCRE2_INFO_CAPTURECOUNT, &captures);
  if (captures + 1 > kMaxPairs) return nullptr;
  // Without a JIT (an architecture PCRE2 has none for) the interpreter still
  // beats RE2's NFA on these spans; the limits bound it either way.
  pcre2_jit_compile(code->code, PCRE2_JIT_COMPLETE);
  code->context = pcre2_match_context_create(nullptr);
  if (code->context == nullptr) return nullptr;
  pcre2_set_match_limit(code->context, kMatchLimit);
  pcre2_set_depth_limit(code->context, kDepthLimit);
  return std::unique_ptr<SpanGroups>(new SpanGroups(std::move(code), static_cast<int>(captures)));
}

bool SpanGroups::Find(std::string_view span, std::vector<ByteSpan>* groups) const {
  // PCRE2's \s takes a vertical tab, RE2's does not.
  if (std::memchr(span.data(), '\v', span.size()) != nullptr) return false;
  pcre2_match_data* data = ThreadMatchData();
  // The UTF-8 check stays on: it is cheap on a span, and a bad byte must make
  // PCRE2 refuse, not read past a sequence.
  const int rc = pcre2_match(code_->code, reinterpret_cast<PCRE2_SPTR>(span.data()), span.size(),
                             0, 0, data, code_->context);
  if (rc <= 0) return false;  // no match, a limit, bad UTF-8, or too few slots
  const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data);
  constexpr size_t kUnset = std::string_view::npos;
  groups->assign(group_count_ + 1, ByteSpan{kUnset, kUnset});
  for (int g = 0; g < rc && g <= group_count_; ++g) {
    if (ovector[2 * g] == PCRE2_UNSET) continue;
    (*groups)[g] = {ovector[2 * g], ovector[2 * g + 1]};
  }
  return true;
}

}  // namespace vnie
