// PeopleBuilder: people and their titles, from the hits of the people rules.
//
// A person is named many ways in one article ("đồng chí Lưu Đức Long - Bí thư
// Huyện ủy", later "Bí thư Huyện ủy Lưu Đức Long", a caption, "ông Long"); the
// record wants one entry with every title and every mention. The builder also
// drops what only looks like a name: the name inside "Trường THCS Đàm Quang
// Trung" or "TP Hồ Chí Minh".
#ifndef VNIE_EXTRACT_PEOPLE_BUILDER_H_
#define VNIE_EXTRACT_PEOPLE_BUILDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/document_text.h"
#include "vnie/record.h"

namespace vnie {

struct PeopleOptions {
  // Lower-case words that, right before a name, make it part of another name
  // (patterns/lexicon/name_blockers.txt).
  std::vector<std::string> name_blockers;
  // Canonical names of places the article names; a "person" with such a name is
  // a place ("Hồ Chí Minh" in "TP Hồ Chí Minh" is caught by the blockers, "Hà
  // Tĩnh" alone by this list).
  std::vector<std::string> place_names;
  // Lower-case title heads (patterns/lexicon/role_titles.txt): a "name" that
  // starts with one is a title.
  std::vector<std::string> role_titles;
  // Lower-case honorifics that are also titles (ranks): the rank becomes the
  // person's first role.
  std::vector<std::string> title_honorifics;
};

class PeopleBuilder {
 public:
  PeopleBuilder(const DocumentText& text, PeopleOptions options);

  // Hits of the people dimension, in document order.
  void Add(const Hit& hit);
  std::vector<Person> Finish();

 private:
  // Where a person is named: which sentence, and where the name starts.
  struct NamedAt {
    size_t person;  // index into people_
    size_t sentence;
    size_t begin;  // normalized
  };

  // Whether the words before `name` make it part of another name ("Trường THCS
  // Đàm Quang Trung", "TP Hồ Chí Minh"). `after_own_title`: the hit's own title
  // ends right before the name.
  bool IsInsideOtherName(ByteSpan name, bool after_own_title) const;
  Person* FindOrAdd(const std::string& canonical);
  // Gives the titles of a `listed_roles`, `taken_roles` or `previous_roles` hit
  // to the people its sentence names after or before it, or the sentence
  // before names.
  void ShareRoles(const Hit& hit);
  void GiveBlockRoles(const Hit& hit);
  // Folds a person named with an honorific by the end of exactly one longer
  // name ("cô Bảo Trân") into that person.
  void MergeShortenedNames();

  const DocumentText& text_;
  PeopleOptions options_;
  std::vector<Person> people_;
  std::vector<std::string> keys_;  // lower-case canonical name of people_[i]
  std::vector<const Hit*> short_names_;
  std::vector<const Hit*> shared_roles_;
  std::vector<NamedAt> named_at_;
};

// Splits "HUV, Phó Chủ tịch UBND huyện" into its titles, and trims connectives
// the role pattern may have taken at the end ("Bí thư Chi bộ và").
std::vector<std::string> SplitRoles(std::string_view roles);

// `span` of `text`, without a last word that the span cuts in the middle.
std::string_view WholeWords(std::string_view text, ByteSpan span);

}  // namespace vnie

#endif  // VNIE_EXTRACT_PEOPLE_BUILDER_H_
