// One simdjson DOM parse per line, into a buffer reused across lines.
#include "input/jsonl_reader.h"

#include <string_view>
#include <utility>

#include "simdjson.h"

namespace vnie {
namespace {

// simdjson's number of a JSON scalar as text, for numeric ids.
std::optional<std::string> ScalarText(simdjson::dom::element value) {
  std::string_view text;
  if (value.get_string().get(text) == simdjson::SUCCESS) return std::string(text);
  int64_t integer;
  if (value.get_int64().get(integer) == simdjson::SUCCESS) return std::to_string(integer);
  uint64_t unsigned_integer;
  if (value.get_uint64().get(unsigned_integer) == simdjson::SUCCESS) {
    return std::to_string(unsigned_integer);
  }
  return std::nullopt;
}

std::optional<std::string> StringField(simdjson::dom::object object, std::string_view key) {
  std::string_view text;
  if (object[key].get_string().get(text) == simdjson::SUCCESS && !text.empty()) {
    return std::string(text);
  }
  return std::nullopt;
}

class JsonlReader : public DocumentReader {
 public:
  JsonlReader(std::unique_ptr<std::istream> in, std::string source, const InputOptions& options)
      : in_(std::move(in)), source_(std::move(source)), options_(options) {
    // A line may hold the document escaped (\uXXXX is 6 bytes for 3), plus fields.
    max_line_bytes_ = options_.max_document_bytes * 2 + (size_t{1} << 20);
  }

  bool Next(InputItem* item) override {
    bool too_long = false;
    if (!ReadLine(&too_long)) {
      if (line_number_ == 0 && !yielded_) {  // an empty file still gets an item
        yielded_ = true;
        *item = Error(source_, "no-documents", "no JSON lines in " + source_);
        return true;
      }
      return false;
    }
    yielded_ = true;
    const std::string where = source_ + ":" + std::to_string(line_number_);
    if (too_long) {
      *item = Error(where, "too-large",
                    where + ": line longer than " + std::to_string(max_line_bytes_) + " bytes");
      return true;
    }
    // simdjson reads up to SIMDJSON_PADDING bytes past the end of its input.
    line_.reserve(line_.size() + simdjson::SIMDJSON_PADDING);
    std::string_view line = line_;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) {
      *item = Error(where, "empty-line", where + ": empty line");
      return true;
    }
    simdjson::dom::element root;
    const simdjson::error_code parsed = parser_.parse(line.data(), line.size(), false).get(root);
    if (parsed != simdjson::SUCCESS) {
      *item =
          Error(where, "bad-json", where + ": not JSON (" + simdjson::error_message(parsed) + ")");
      return true;
    }
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS) {
      *item = Error(where, "bad-json", where + ": not a JSON object");
      return true;
    }
    *item = InputItem();
    Document& document = item->document;
    // The text.
    std::vector<std::string_view> fields = {"text", "content", "html"};
    if (!options_.text_field.empty()) fields = {options_.text_field};
    bool found = false;
    for (std::string_view field : fields) {
      std::string_view text;
      if (object[field].get_string().get(text) == simdjson::SUCCESS) {
        if (text.size() > options_.max_document_bytes) {
          *item = Error(where, "too-large",
                        where + ": field \"" + std::string(field) + "\" has " +
                            std::to_string(text.size()) + " bytes, more than max_document_bytes");
          return true;
        }
        document.bytes.assign(text);
        document.format = field == "html" ? "html" : "text";
        found = true;
        break;
      }
    }
    if (!found) {
      std::string names;
      for (std::string_view field : fields) {
        names += (names.empty() ? "\"" : ", \"") + std::string(field) + "\"";
      }
      *item = Error(where, "no-text", where + ": no string field " + names);
      return true;
    }
    // The source.
    std::vector<std::string_view> id_fields = {"id", "url"};
    if (!options_.id_field.empty()) id_fields = {options_.id_field};
    for (std::string_view field : id_fields) {
      simdjson::dom::element value;
      if (object[field].get(value) != simdjson::SUCCESS) continue;
      if (auto id = ScalarText(value); id && !id->empty()) {
        document.source = *id;
        break;
      }
    }
    if (document.source.empty()) document.source = where;
    document.url = StringField(object, "url");
    document.title = StringField(object, "title");
    for (std::string_view field : {"published", "date", "published_at", "datePublished"}) {
      if ((document.published = StringField(object, field))) break;
    }
    return true;
  }

 private:
  static InputItem Error(const std::string& source, const char* code, std::string message) {
    InputItem item;
    item.document.source = source;
    item.error_code = code;
    item.error_message = std::move(message);
    return item;
  }

  // Reads the next line into line_ (without '\n'); a line over the limit is
  // skipped to its end and reported through *too_long. False at end of input.
  bool ReadLine(bool* too_long) {
    line_.clear();
    std::streambuf* buffer = in_->rdbuf();
    if (buffer == nullptr) return false;
    bool any = false;
    for (;;) {
      const int c = buffer->sbumpc();
      if (c == std::char_traits<char>::eof()) break;
      any = true;
      if (c == '\n') break;
      if (line_.size() < max_line_bytes_) {
        line_.push_back(static_cast<char>(c));
      } else {
        *too_long = true;
      }
    }
    if (!any) return false;
    ++line_number_;
    return true;
  }

  std::unique_ptr<std::istream> in_;
  std::string source_;
  InputOptions options_;
  size_t max_line_bytes_ = 0;
  size_t line_number_ = 0;
  bool yielded_ = false;
  std::string line_;
  simdjson::dom::parser parser_;
};

}  // namespace

std::unique_ptr<DocumentReader> NewJsonlReader(std::unique_ptr<std::istream> in, std::string source,
                                               const InputOptions& options) {
  return std::make_unique<JsonlReader>(std::move(in), std::move(source), options);
}

}  // namespace vnie
