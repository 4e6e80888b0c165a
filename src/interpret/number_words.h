// The lexicon of Vietnamese number words (patterns/lexicon/number_words.txt).
//
// The spelled-out number grammar (vietnamese_number.h) is code; the words are
// data. Each word carries a role (digit, tens, scale, qualifier, ...) and a value,
// so a regional spelling ("nhăm" for "lăm", "ngàn" for "nghìn") is one line in the
// lexicon and no C++ change. The file format is documented at the top of the file.
//
//   StatusOr<NumberWords> words = LoadNumberWords(VNIE_SOURCE_DIR
//                                                 "/patterns/lexicon/number_words.txt");
//   const NumberWords::Entry* e = words->Find("mươi");  // {kTens, 10}
//
// A NumberWords is immutable after Parse() and safe to share between threads.
#ifndef VNIE_INTERPRET_NUMBER_WORDS_H_
#define VNIE_INTERPRET_NUMBER_WORDS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace vnie {

class NumberWords {
 public:
  enum class Role {
    kDigit,         // một, hai, ..., tư
    kLeadDigit,     // năm: a digit that is never the units after mười/mươi (that is lăm)
    kUnit,          // lăm, nhăm: a units digit after mười/mươi/chục
    kUnitTens,      // mốt: a units digit after mươi/chục only
    kTen,           // mười
    kTens,          // mươi, chục
    kHundred,       // trăm
    kFiller,        // linh, lẻ
    kScale,         // nghìn, ngàn, vạn, triệu, tỷ, tỉ
    kSuffix,        // k, m, g glued to digits
    kHalf,          // rưỡi
    kDecimalPoint,  // phẩy
    kNegative,      // âm
    kQualifier,     // hơn, gần, gần như, ...
    kPercent,       // phần trăm
    kPercentPoint,  // điểm phần trăm
  };

  struct Entry {
    std::string word;  // lower case, as in the lexicon
    Role role = Role::kDigit;
    int64_t value = 0;  // 0 for roles without a value
  };

  // A match of a (possibly multi-word) entry against a word sequence.
  struct WordMatch {
    const Entry* entry = nullptr;
    size_t word_count = 0;
  };

  NumberWords() = default;

  // Parses lexicon text. Errors name `file_name_for_errors`:line and the
  // offending fragment (an unknown role, a missing value, a duplicate word).
  static StatusOr<NumberWords> Parse(std::string_view lexicon_text,
                                     std::string_view file_name_for_errors);

  // The entry for one word or phrase already in lower case, or nullptr.
  const Entry* Find(std::string_view lower_word) const;

  // The longest entry that starts at words[start] (words already lower case),
  // trying phrases of up to max_words() words. entry is nullptr when none does.
  WordMatch Longest(const std::vector<std::string>& words, size_t start) const;

  // All entries with `role`, in file order (e.g. every qualifier).
  std::vector<const Entry*> WithRole(Role role) const;

  size_t max_words() const { return max_words_; }
  size_t size() const { return entries_.size(); }

 private:
  std::vector<Entry> entries_;
  std::map<std::string, size_t, std::less<>> index_;  // word -> position in entries_
  size_t max_words_ = 0;
};

// Reads and parses the lexicon at `path`; NotFound when it cannot be read.
StatusOr<NumberWords> LoadNumberWords(const std::string& path);

}  // namespace vnie

#endif  // VNIE_INTERPRET_NUMBER_WORDS_H_
