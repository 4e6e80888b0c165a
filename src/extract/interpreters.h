// Interpreters: what a captured group means, read with the words of patterns/lexicon.
//
// One object owns the lexicon-backed readers (numbers, qualifiers, place kinds,
// school levels) so that the pattern engine's example runner and the record
// builders read a capture the same way. It also provides the MeaningRegistry the
// pattern loader checks group meanings against.
#ifndef VNIE_EXTRACT_INTERPRETERS_H_
#define VNIE_EXTRACT_INTERPRETERS_H_

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "interpret/date.h"
#include "interpret/format.h"
#include "interpret/number_words.h"
#include "interpret/period.h"
#include "match/meaning.h"

namespace vnie {

class Interpreters {
 public:
  // Reads the lexicons it needs from `patterns_dir`/lexicon; errors name file:line.
  static StatusOr<std::unique_ptr<Interpreters>> Load(const std::string& patterns_dir);

  std::optional<double> Number(std::string_view text) const;
  // "Hơn" -> "hơn"; nullopt when the text is not a qualifier.
  std::optional<std::string> Qualifier(std::string_view text) const;
  // "TP." -> "thành phố", "Huyện ủy" -> "huyện", "Xã" -> "xã".
  std::optional<std::string> PlaceKind(std::string_view text) const;
  std::optional<Date> ReadDateText(std::string_view text, std::optional<Date> reference) const;
  std::optional<YearRange> Period(std::string_view text) const;
  // The level of a school named in `name` ("Trường THCS Lê Lợi" -> "lower-secondary").
  std::optional<std::string> SchoolLevel(std::string_view name) const;
  // What a text table's column counts, from its header ("Số ĐV" -> "members",
  // "Kết nạp mới" -> "admitted"); "-" for a column that holds no figures
  // ("Năm"); nullopt when the header says nothing known.
  std::optional<std::string> TableColumnKind(std::string_view header) const;

  const std::vector<std::string>& name_blockers() const { return name_blockers_; }
  // Provinces and big cities (patterns/lexicon/provinces.txt): names that are places.
  const std::vector<std::string>& provinces() const { return provinces_; }
  const std::vector<std::string>& role_titles() const { return role_titles_; }
  // Honorifics that are titles too, lower case (patterns/lexicon/honorifics.txt
  // entries marked "title": military and police ranks).
  const std::vector<std::string>& title_honorifics() const { return title_honorifics_; }
  // True when `lower_word` (one word, lower case) may be part of an organization
  // name (patterns/lexicon/org_words.txt).
  bool IsOrgWord(std::string_view lower_word) const {
    return org_words_.find(lower_word) != org_words_.end();
  }

  // Every meaning the shipped rules use. The registry refers to this object,
  // which must outlive it.
  MeaningRegistry Registry() const;

 private:
  Interpreters() = default;
  NumberWords number_words_;
  std::map<std::string, std::string, std::less<>> place_kinds_;  // lower-case word -> kind
  // The value of the longest entry found in `lower` as whole words.
  static std::optional<std::string> ValueOfWholeWords(
      const std::string& lower, const std::vector<std::pair<std::string, std::string>>& entries);

  std::vector<std::pair<std::string, std::string>> school_levels_;  // lower case, longest first
  std::vector<std::pair<std::string, std::string>> table_columns_;  // lower case, longest first
  std::vector<std::string> name_blockers_;
  std::vector<std::string> provinces_;
  std::vector<std::string> role_titles_;  // lower case
  std::vector<std::string> title_honorifics_;  // lower case
  std::set<std::string, std::less<>> org_words_;
};

}  // namespace vnie

#endif  // VNIE_EXTRACT_INTERPRETERS_H_
