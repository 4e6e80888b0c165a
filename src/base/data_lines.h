// DataLines: the content lines of vnie's line-oriented data files (lexicons,
// segment markers, abbreviations): one entry per line, "#" comments and blank
// lines skipped, CRLF accepted, line numbers kept for error messages.
#ifndef VNIE_BASE_DATA_LINES_H_
#define VNIE_BASE_DATA_LINES_H_

#include <string_view>

namespace vnie {

class DataLines {
 public:
  explicit DataLines(std::string_view contents) : contents_(contents) {}

  // The next content line, without its line end and trailing blanks (leading
  // blanks are kept: they may be meaningful to the caller). False at the end.
  bool Next(std::string_view* line, int* line_number) {
    while (pos_ < contents_.size()) {
      size_t eol = contents_.find('\n', pos_);
      if (eol == std::string_view::npos) eol = contents_.size();
      std::string_view text = contents_.substr(pos_, eol - pos_);
      pos_ = eol + 1;
      ++line_number_;
      while (!text.empty() && (text.back() == '\r' || text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
      }
      size_t first = text.find_first_not_of(" \t");
      if (first == std::string_view::npos || text[first] == '#') continue;
      *line = text;
      *line_number = line_number_;
      return true;
    }
    return false;
  }

 private:
  std::string_view contents_;
  size_t pos_ = 0;
  int line_number_ = 0;
};

}  // namespace vnie

#endif  // VNIE_BASE_DATA_LINES_H_
