// Serializes a Record with RapidJSON's SAX writers; see json_writer.h.
//
// RapidJSON's writers place the structure (braces, commas, indentation) in a
// reusable StringBuffer without building a DOM. The bytes inside values we
// write ourselves, straight into that buffer: strings through
// EscapeJsonString (escaping and UTF-8 repair in one pass), and spans as raw
// values, which is faster than four writer calls and keeps `[b, e]` on one
// line in pretty output.
#include "output/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

#include "output/json_string.h"
#include "rapidjson/prettywriter.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace vnie {
namespace {

// Walks a Record in contract order and drives a RapidJSON writer W
// (Writer or PrettyWriter over the same StringBuffer).
template <typename W>
class RecordEmitter {
 public:
  RecordEmitter(W* writer, rapidjson::StringBuffer* buffer, bool include_rules, bool pretty,
                std::string* raw)
      : w_(*writer), buffer_(*buffer), include_rules_(include_rules), pretty_(pretty), raw_(*raw) {}

  void Emit(const Record& r) {
    w_.StartObject();
    Key("schema");
    w_.String("vnie/1", 6);
    Key("source");
    String(r.source);
    Key("status");
    if (r.ok()) {
      w_.String("ok", 2);
    } else {
      w_.String("error", 5);
    }
    Key("error");
    if (r.error) {
      w_.StartObject();
      Key("code");
      String(r.error->code);
      Key("message");
      String(r.error->message);
      w_.EndObject();
    } else {
      w_.Null();
    }
    Key("encoding");
    String(r.encoding);
    Key("format");
    String(r.format);
    Key("title");
    OptString(r.title);
    Key("published");
    OptString(r.published);
    Key("author");
    OptString(r.author);

    Key("people");
    w_.StartArray();
    for (const Person& p : r.people) EmitPerson(p);
    w_.EndArray();
    Key("cells");
    w_.StartArray();
    for (const Cell& c : r.cells) EmitCell(c);
    w_.EndArray();
    Key("figures");
    w_.StartArray();
    for (const Figure& f : r.figures) EmitFigure(f);
    w_.EndArray();
    Key("places");
    w_.StartArray();
    for (const Place& p : r.places) {
      w_.StartObject();
      Key("kind");
      String(p.kind);
      Key("name");
      String(p.name);
      Key("span");
      Span(p.span);
      Rule(p.rule);
      w_.EndObject();
    }
    w_.EndArray();
    Key("dates");
    w_.StartArray();
    for (const DateMention& d : r.dates) {
      w_.StartObject();
      Key("value");
      String(d.value);
      Key("text");
      String(d.text);
      Key("span");
      Span(d.span);
      Rule(d.rule);
      w_.EndObject();
    }
    w_.EndArray();
    Key("periods");
    w_.StartArray();
    for (const Period& p : r.periods) {
      w_.StartObject();
      Key("from");
      w_.Int(p.from);
      Key("to");
      if (p.to) {
        w_.Int(*p.to);
      } else {
        w_.Null();
      }
      Key("text");
      String(p.text);
      Key("span");
      Span(p.span);
      Rule(p.rule);
      w_.EndObject();
    }
    w_.EndArray();
    Key("warnings");
    w_.StartArray();
    for (const std::string& warning : r.warnings) String(warning);
    w_.EndArray();
    w_.EndObject();
  }

 private:
  void EmitPerson(const Person& p) {
    w_.StartObject();
    Key("name");
    String(p.name);
    Key("honorific");
    OptString(p.honorific);
    Key("roles");
    w_.StartArray();
    for (const std::string& role : p.roles) String(role);
    w_.EndArray();
    Key("mentions");
    // All mentions as one raw value, so pretty output keeps them on one line.
    raw_.clear();
    raw_ += '[';
    for (size_t i = 0; i < p.mentions.size(); ++i) {
      if (i > 0) raw_ += pretty_ ? ", " : ",";
      AppendSpan(p.mentions[i]);
    }
    raw_ += ']';
    Raw(raw_, rapidjson::kArrayType);
    if (include_rules_) {
      Key("rules");
      w_.StartArray();
      for (const std::string& rule : p.rules) String(rule);
      w_.EndArray();
    }
    w_.EndObject();
  }

  void EmitCell(const Cell& c) {
    w_.StartObject();
    Key("name");
    String(c.name);
    Key("school");
    OptString(c.school);
    Key("level");
    OptString(c.level);
    Key("place");
    OptString(c.place);
    Key("parent");
    OptString(c.parent);
    Key("members");
    OptInt(c.members);
    Key("staff");
    OptInt(c.staff);
    Key("percent");
    OptNumber(c.percent);
    Key("span");
    Span(c.span);
    Rule(c.rule);
    w_.EndObject();
  }

  void EmitFigure(const Figure& f) {
    w_.StartObject();
    Key("kind");
    String(f.kind);
    Key("value");
    Number(f.value);
    Key("whole");
    OptNumber(f.whole);
    Key("unit");
    OptString(f.unit);
    Key("of");
    OptString(f.of);
    Key("approx");
    OptString(f.approx);
    Key("scope");
    OptString(f.scope);
    Key("text");
    String(f.text);
    Key("span");
    Span(f.span);
    Rule(f.rule);
    w_.EndObject();
  }

  // Keys are our own literals and need no escaping: hand them over quoted,
  // as raw text (the writer still places the separators).
  template <size_t N>
  void Key(const char (&name)[N]) {
    w_.RawValue("", 0, rapidjson::kStringType);
    char* out = buffer_.Push(N + 1);
    out[0] = '"';
    std::memcpy(out + 1, name, N - 1);
    out[N] = '"';
  }

  // Writes `json`, a complete value of the given type, after the separator
  // the writer places. (RapidJSON's own RawValue copies byte by byte.)
  void Raw(std::string_view json, rapidjson::Type type) {
    w_.RawValue("", 0, type);
    std::memcpy(buffer_.Push(json.size()), json.data(), json.size());
  }

  // Lets the writer place the separator (",", ":" or a pretty indent), then
  // escapes straight into its buffer.
  void String(std::string_view s) {
    w_.RawValue("", 0, rapidjson::kStringType);
    size_t room = MaxJsonStringSize(s.size());
    char* start = buffer_.Push(room);
    char* end = EscapeJsonString(s, start);
    buffer_.Pop(room - static_cast<size_t>(end - start));
  }

  void OptString(const std::optional<std::string>& s) {
    if (s) {
      String(*s);
    } else {
      w_.Null();
    }
  }

  void OptInt(const std::optional<int64_t>& v) {
    if (v) {
      w_.Int64(*v);
    } else {
      w_.Null();
    }
  }

  void Number(double v) {
    // Integral doubles up to 2^53 are exact as integers; beyond that the
    // shortest form ("1e+20") is both exact and shorter.
    constexpr double kExactIntegers = 9007199254740992.0;
    if (!std::isfinite(v)) {
      w_.Null();
    } else if (v == std::trunc(v) && std::fabs(v) <= kExactIntegers) {
      w_.Int64(static_cast<int64_t>(v));
    } else {
      char buffer[32];
      auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
      Raw(std::string_view(buffer, static_cast<size_t>(result.ptr - buffer)),
          rapidjson::kNumberType);
    }
  }

  void OptNumber(const std::optional<double>& v) {
    if (v) {
      Number(*v);
    } else {
      w_.Null();
    }
  }

  void AppendSpan(const ByteSpan& span) {
    char buffer[48];
    char* p = buffer;
    *p++ = '[';
    p = std::to_chars(p, buffer + sizeof buffer, span.begin).ptr;
    *p++ = ',';
    if (pretty_) *p++ = ' ';
    p = std::to_chars(p, buffer + sizeof buffer, span.end).ptr;
    *p++ = ']';
    raw_.append(buffer, static_cast<size_t>(p - buffer));
  }

  void Span(const ByteSpan& span) {
    raw_.clear();
    AppendSpan(span);
    Raw(raw_, rapidjson::kArrayType);
  }

  void Rule(const std::string& rule) {
    if (!include_rules_) return;
    Key("rule");
    String(rule);
  }

  W& w_;
  rapidjson::StringBuffer& buffer_;  // the one `w_` writes to
  bool include_rules_;
  bool pretty_;
  std::string& raw_;  // text of spans written as raw values
};

}  // namespace

// The writers live as long as the buffer: a RapidJSON writer allocates its
// nesting stack on first use, which we pay once, not once per record.
struct JsonWriter::Impl {
  explicit Impl(const JsonOptions& o) : options(o), compact(buffer), pretty(buffer) {
    pretty.SetIndent(' ', 2);
  }

  JsonOptions options;
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> compact;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> pretty;
  std::string raw;
};

JsonWriter::JsonWriter(const JsonOptions& options) : impl_(std::make_unique<Impl>(options)) {}
JsonWriter::~JsonWriter() = default;
JsonWriter::JsonWriter(JsonWriter&&) noexcept = default;
JsonWriter& JsonWriter::operator=(JsonWriter&&) noexcept = default;

const JsonOptions& JsonWriter::options() const { return impl_->options; }

std::string_view JsonWriter::Write(const Record& record) {
  Impl& impl = *impl_;
  impl.buffer.Clear();  // keeps the capacity
  if (impl.options.pretty) {
    impl.pretty.Reset(impl.buffer);
    RecordEmitter emitter(&impl.pretty, &impl.buffer, impl.options.include_rules, true, &impl.raw);
    emitter.Emit(record);
  } else {
    impl.compact.Reset(impl.buffer);
    RecordEmitter emitter(&impl.compact, &impl.buffer, impl.options.include_rules, false,
                          &impl.raw);
    emitter.Emit(record);
  }
  return std::string_view(impl.buffer.GetString(), impl.buffer.GetSize());
}

void JsonWriter::AppendTo(const Record& record, std::string* out) {
  std::string_view json = Write(record);
  out->append(json.data(), json.size());
}

std::string RecordToJson(const Record& record, const JsonOptions& options) {
  JsonWriter writer(options);
  return std::string(writer.Write(record));
}

}  // namespace vnie
