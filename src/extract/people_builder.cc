#include "extract/people_builder.h"

#include <algorithm>
#include <cctype>

#include "extract/apostrophes.h"
#include "extract/text_case.h"

namespace vnie {
namespace {

std::string_view Trim(std::string_view s) {
  const char* kSpace = " \t\r\n";
  size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(kSpace);
  return s.substr(b, e - b + 1);
}

// Unit words of the administrative map ("huyện", "tp."), lower case.
bool IsAdministrativeUnit(std::string_view lower) {
  static const char* const kUnits[] = {"tỉnh", "thành phố", "tp", "tp.", "huyện", "quận",
                                       "thị xã", "xã", "phường", "thị trấn"};
  for (const char* unit : kUnits) {
    if (lower == unit) return true;
  }
  return false;
}

// Words the role pattern accepts inside an organization name but that cannot
// end a title.
bool IsDanglingWord(std::string_view word) {
  static const char* const kWords[] = {"và", "của", "các", "cùng", "số", "khóa", "nhân", "ban"};
  std::string lower = ToLower(word);
  for (const char* w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

std::string TrimDangling(std::string_view role) {
  role = Trim(role);
  while (!role.empty()) {
    size_t space = role.rfind(' ');
    if (space == std::string_view::npos) break;
    if (!IsDanglingWord(role.substr(space + 1))) break;
    role = Trim(role.substr(0, space));
  }
  while (!role.empty() && (role.back() == ',' || role.back() == '-' || role.back() == ';')) {
    role = Trim(role.substr(0, role.size() - 1));
  }
  return std::string(role);
}

// True when `inner` is `outer` or a run of whole words at the start of it
// ("giáo viên" in "giáo viên Trường THCS Lê Lợi").
bool IsWordPrefix(const std::string& inner, const std::string& outer) {
  if (inner.size() > outer.size()) return false;
  if (outer.compare(0, inner.size(), inner) != 0) return false;
  return inner.size() == outer.size() || outer[inner.size()] == ' ';
}

// True when `inner` is `outer` or a run of whole words at the end of it ("Vinh"
// in "trần văn vinh").
bool IsWordSuffix(const std::string& inner, const std::string& outer) {
  if (inner.size() > outer.size()) return false;
  const size_t at = outer.size() - inner.size();
  if (outer.compare(at, inner.size(), inner) != 0) return false;
  return at == 0 || outer[at - 1] == ' ';
}

// Keeps the names of the rules behind a person, each once, for --rules.
void NoteRule(Person* person, const std::string& rule) {
  if (std::find(person->rules.begin(), person->rules.end(), rule) == person->rules.end()) {
    person->rules.push_back(rule);
  }
}

}  // namespace

std::string_view WholeWords(std::string_view text, ByteSpan span) {
  std::string_view piece = span.In(text);
  if (span.end >= text.size()) return piece;
  // A lexicon word of the role pattern can match the start of a longer word
  // ("đồn" in "đồng chủ trì"): RE2 has no lookahead to stop it, so the partial
  // word is cut here.
  unsigned char next = static_cast<unsigned char>(text[span.end]);
  bool word_goes_on = next >= 0x80 || std::isalnum(next);
  if (!word_goes_on) return piece;
  size_t space = piece.rfind(' ');
  return space == std::string_view::npos ? std::string_view() : piece.substr(0, space);
}

std::vector<std::string> SplitRoles(std::string_view roles) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= roles.size(); ++i) {
    bool cut = i == roles.size() || roles[i] == ',' || roles[i] == ';' || roles[i] == '-';
    if (!cut) continue;
    // A hyphen with no space on either side joins words (GD-ĐT, CB-GV-NV); only a
    // spaced one separates titles ("Bí thư Chi bộ - Hiệu trưởng").
    if (i < roles.size() && roles[i] == '-' && i > 0 && i + 1 < roles.size() &&
        roles[i - 1] != ' ' && roles[i + 1] != ' ') {
      continue;
    }
    std::string role = TrimDangling(roles.substr(start, i - start));
    if (!role.empty()) out.push_back(std::move(role));
    start = i + 1;
  }
  return out;
}

PeopleBuilder::PeopleBuilder(const DocumentText& text, PeopleOptions options)
    : text_(text), options_(std::move(options)) {
  for (auto& name : options_.place_names) name = ToLower(name);
}

bool PeopleBuilder::IsInsideOtherName(ByteSpan name, bool after_own_title) const {
  std::string_view before = text_.normalized().substr(0, name.begin);
  before = Trim(before);
  if (before.empty()) return false;
  // "số 390 Nguyễn Văn Cừ": a house number before a name makes it a street.
  size_t last_space = before.rfind(' ');
  std::string_view last_word = before.substr(last_space == std::string_view::npos ? 0 : last_space + 1);
  if (!last_word.empty() &&
      std::all_of(last_word.begin(), last_word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return true;
  }
  std::string tail = ToLower(before.substr(before.size() > 40 ? before.size() - 40 : 0));
  for (const std::string& blocker : options_.name_blockers) {
    if (tail.size() < blocker.size()) continue;
    if (tail.compare(tail.size() - blocker.size(), blocker.size(), blocker) != 0) continue;
    size_t at = tail.size() - blocker.size();
    // The blocker must be a whole word ("xã", not the end of "chí xã").
    if (!(at == 0 || tail[at - 1] == ' ' || tail[at - 1] == '(' || tail[at - 1] == '.')) continue;
    // "Phó Chủ tịch UBND huyện Lê Thị Hoa": a unit word that ends the person's own
    // title is followed by the person, when the name is a full one (three
    // syllables or more); "UBND phường Trần Phú" stays a ward named after a hero.
    const std::string_view name_text = text_.Normalized(name);
    if (after_own_title && IsAdministrativeUnit(blocker) &&
        std::count(name_text.begin(), name_text.end(), ' ') >= 2) {
      continue;
    }
    return true;
  }
  return false;
}

Person* PeopleBuilder::FindOrAdd(const std::string& canonical) {
  std::string key = ToLower(canonical);
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == key) return &people_[i];
  }
  keys_.push_back(key);
  people_.push_back(Person{});
  people_.back().name = canonical;
  return &people_.back();
}

void PeopleBuilder::Add(const Hit& hit) {
  const ByteSpan* name_span = hit.Group("name");
  if (name_span == nullptr) {
    if (hit.Group("short") != nullptr) short_names_.push_back(&hit);
    if (hit.Group("listed_roles") != nullptr || hit.Group("taken_roles") != nullptr ||
        hit.Group("previous_roles") != nullptr || hit.Group("block_roles") != nullptr) {
      shared_roles_.push_back(&hit);
    }
    return;
  }
  const ByteSpan* honorific = hit.Group("honorific");
  const ByteSpan* roles = hit.Group("roles");
  // Without an honorific in front, a name right after "Trường THCS" or "TP" is
  // part of that other name. A title in front ("Bí thư Chi bộ Trường THCS Đàm
  // Quang Trung") does not save it either.
  const bool after_own_title = roles != nullptr && roles->end <= name_span->begin;
  if (honorific == nullptr && IsInsideOtherName(*name_span, after_own_title)) return;

  // "các đồng chí Phó Bí thư Tỉnh ủy": a title after an honorific is not a name.
  std::string from_name = ToLower(text_.normalized().substr(name_span->begin, 60));
  for (const std::string& title : options_.role_titles) {
    if (from_name.compare(0, title.size(), title) == 0 &&
        (from_name.size() == title.size() || from_name[title.size()] == ' ')) {
      return;
    }
  }
  std::string canonical = RestoreApostrophes(ProperCaseName(text_.Normalized(*name_span)),
                                             text_.OriginalText(*name_span));
  // A Vietnamese name has two to five syllables; a longer run of capitals is a
  // name followed by other capitalized words, or not a name at all.
  size_t syllables = 1 + static_cast<size_t>(std::count(canonical.begin(), canonical.end(), ' '));
  // One word is a name only when it carries its own prefix ("K'Brơi").
  size_t fewest = canonical.find('\'') != std::string::npos ? 1 : 2;
  if (syllables < fewest || syllables > 5) return;
  std::string key = ToLower(canonical);
  if (std::find(options_.place_names.begin(), options_.place_names.end(), key) !=
      options_.place_names.end()) {
    return;
  }
  Person* person = FindOrAdd(canonical);
  named_at_.push_back({static_cast<size_t>(person - people_.data()), hit.sentence, name_span->begin});
  person->mentions.push_back(text_.ToOriginal(*name_span));
  NoteRule(person, hit.rule->name);
  if (honorific != nullptr) {
    std::string h = ToLower(text_.Normalized(*honorific));
    if (h.rfind("các ", 0) == 0) h = h.substr(4);
    const auto& ranks = options_.title_honorifics;
    if (std::find(ranks.begin(), ranks.end(), h) != ranks.end()) {
      // The rank with its first word capitalized: "Đại úy", also from "ĐẠI ÚY".
      const size_t space = std::min(h.find(' '), h.size());
      std::string rank = ProperCaseName(h.substr(0, space)) + h.substr(space);
      if (std::find(person->roles.begin(), person->roles.end(), rank) == person->roles.end()) {
        person->roles.push_back(std::move(rank));
      }
    }
    if (!person->honorific) person->honorific = h;
  }
  if (roles != nullptr) {
    for (std::string& role : SplitRoles(WholeWords(text_.normalized(), *roles))) {
      person->roles.push_back(std::move(role));
    }
  }
}

void PeopleBuilder::GiveBlockRoles(const Hit& hit) {
  // A title line in a block of short lines (an infographic's card) belongs to
  // the person the block names: the nearest above, else below; a blank line
  // ends the block.
  auto same_block = [&](size_t from, size_t to) {
    std::string_view between = text_.normalized().substr(from, to - from);
    size_t newline = between.find('\n');
    while (newline != std::string_view::npos) {
      size_t next = between.find_first_not_of(" \t\r", newline + 1);
      if (next != std::string_view::npos && between[next] == '\n') return false;
      newline = between.find('\n', newline + 1);
    }
    return true;
  };
  const NamedAt* above = nullptr;
  const NamedAt* below = nullptr;
  for (const NamedAt& named : named_at_) {
    if (named.begin < hit.span.begin) {
      if ((above == nullptr || named.begin > above->begin) &&
          same_block(named.begin, hit.span.begin)) {
        above = &named;
      }
    } else if (named.begin >= hit.span.end && (below == nullptr || named.begin < below->begin) &&
               same_block(hit.span.end, named.begin)) {
      below = &named;
    }
  }
  const NamedAt* owner = above != nullptr ? above : below;
  if (owner == nullptr) return;
  Person& person = people_[owner->person];
  for (std::string& title : SplitRoles(WholeWords(text_.normalized(), *hit.Group("block_roles")))) {
    person.roles.push_back(std::move(title));
  }
  NoteRule(&person, hit.rule->name);
}

void PeopleBuilder::ShareRoles(const Hit& hit) {
  if (hit.Group("block_roles") != nullptr) return GiveBlockRoles(hit);
  const ByteSpan* listed = hit.Group("listed_roles");
  const ByteSpan* previous = hit.Group("previous_roles");
  const ByteSpan* roles =
      listed != nullptr ? listed : previous != nullptr ? previous : hit.Group("taken_roles");
  ByteSpan sentence = text_.sentences()[hit.sentence];
  size_t in_sentence = hit.sentence;
  // "Các đồng chí Phó Bí thư Tỉnh ủy: A; B; C" gives the title to the people
  // listed after it, to the end of the sentence.
  size_t from = hit.span.end, to = sentence.end;
  if (previous != nullptr) {
    // "Các em đều là Bí thư Chi đoàn": everyone the sentence before names.
    if (hit.sentence == 0) return;
    in_sentence = hit.sentence - 1;
    sentence = text_.sentences()[in_sentence];
    from = sentence.begin;
    to = sentence.end;
  } else if (listed == nullptr) {
    // "A, B và C được bầu giữ chức Phó Bí thư" gives it to the people named
    // before it in the same clause: after the previous title taken in the
    // sentence and after the last ";" (unless the clause is a list opened by
    // "Các đồng chí ...:", whose items ";" separates), and not to whoever hands
    // over a decision ("X trao quyết định cho Y giữ chức ...").
    to = hit.span.begin;
    from = sentence.begin;
    const Hit* list_opener = nullptr;
    for (const Hit* other : shared_roles_) {
      if (other == &hit || other->sentence != hit.sentence || other->span.end > hit.span.begin) {
        continue;
      }
      if (other->Group("listed_roles") != nullptr) {
        list_opener = other;
      } else {
        from = std::max(from, other->span.end);
      }
    }
    std::string before = ToLower(text_.Normalized({sentence.begin, to}));
    auto cut_after_last = [&](std::string_view word) {
      size_t at = before.rfind(word);
      if (at != std::string::npos) from = std::max(from, sentence.begin + at + word.size());
    };
    if (list_opener != nullptr) {
      from = std::max(from, list_opener->span.begin);
    } else {
      cut_after_last(";");
    }
    cut_after_last(" cho ");
    cut_after_last(" trao ");
  }
  std::vector<std::string> titles = SplitRoles(WholeWords(text_.normalized(), *roles));
  std::vector<size_t> given;  // people already given the titles of this hit
  for (const NamedAt& named : named_at_) {
    if (named.sentence != in_sentence || named.begin < from || named.begin >= to) continue;
    if (std::find(given.begin(), given.end(), named.person) != given.end()) continue;
    given.push_back(named.person);
    Person& person = people_[named.person];
    for (const std::string& title : titles) person.roles.push_back(title);
    NoteRule(&person, hit.rule->name);
  }
}

void PeopleBuilder::MergeShortenedNames() {
  // "cô Bảo Trân" after "cô Lê Ngọc Bảo Trân", "đồng chí Y Kriăng" after "Y
  // Kriăng Mlô" (Ê Đê names put the family name last): a name given with an
  // honorific that ends or starts exactly one longer name is that person again.
  std::vector<bool> merged(people_.size(), false);
  for (size_t i = 0; i < people_.size(); ++i) {
    if (!people_[i].honorific) continue;
    const std::string& short_key = keys_[i];
    size_t into = people_.size();
    int count = 0;
    for (size_t j = 0; j < people_.size(); ++j) {
      const std::string& key = keys_[j];
      if (j == i || merged[j] || key.size() <= short_key.size()) continue;
      if (IsWordSuffix(short_key, key) || IsWordPrefix(short_key, key)) {
        into = j;
        ++count;
      }
    }
    if (count != 1) continue;
    Person& full = people_[into];
    Person& shortened = people_[i];
    full.mentions.insert(full.mentions.end(), shortened.mentions.begin(), shortened.mentions.end());
    full.roles.insert(full.roles.end(), shortened.roles.begin(), shortened.roles.end());
    for (const std::string& rule : shortened.rules) NoteRule(&full, rule);
    if (!full.honorific) full.honorific = shortened.honorific;
    merged[i] = true;
  }
  size_t kept = 0;
  for (size_t i = 0; i < people_.size(); ++i) {
    if (merged[i]) continue;
    if (kept != i) {
      people_[kept] = std::move(people_[i]);
      keys_[kept] = std::move(keys_[i]);
    }
    ++kept;
  }
  people_.resize(kept);
  keys_.resize(kept);
}

std::vector<Person> PeopleBuilder::Finish() {
  for (const Hit* hit : shared_roles_) ShareRoles(*hit);
  MergeShortenedNames();
  // "thầy Vinh" is Trần Văn Vinh when exactly one person's name ends so.
  for (const Hit* hit : short_names_) {
    std::string short_name = ToLower(text_.Normalized(*hit->Group("short")));
    Person* match = nullptr;
    int count = 0;
    for (size_t i = 0; i < people_.size(); ++i) {
      const std::string& key = keys_[i];
      if (key.size() > short_name.size() && IsWordSuffix(short_name, key)) {
        match = &people_[i];
        ++count;
      }
    }
    if (count == 1) {
      match->mentions.push_back(text_.ToOriginal(*hit->Group("short")));
      if (!match->honorific) match->honorific = ToLower(text_.Normalized(*hit->Group("honorific")));
    }
  }
  for (Person& person : people_) {
    // Distinct titles in article order; a title that starts another one of the
    // same person ("giáo viên" before "giáo viên Trường THCS Lê Lợi") is dropped.
    std::vector<std::string> lower;
    for (const auto& r : person.roles) lower.push_back(ToLower(r));
    std::vector<std::string> kept;
    std::vector<std::string> kept_lower;
    for (size_t i = 0; i < person.roles.size(); ++i) {
      bool redundant = false;
      for (size_t j = 0; j < person.roles.size() && !redundant; ++j) {
        if (i == j) continue;
        if (lower[i] == lower[j]) {
          redundant = j < i;
        } else if (IsWordPrefix(lower[i], lower[j])) {
          redundant = true;
        }
      }
      if (!redundant) {
        kept.push_back(person.roles[i]);
        kept_lower.push_back(lower[i]);
      }
    }
    person.roles = std::move(kept);
    std::sort(person.mentions.begin(), person.mentions.end(),
              [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
    // Two rules may read the same mention (a claiming rule and the rule whose
    // span it leaves alone): it is still one mention.
    person.mentions.erase(std::unique(person.mentions.begin(), person.mentions.end()),
                          person.mentions.end());
  }
  return std::move(people_);
}

}  // namespace vnie
