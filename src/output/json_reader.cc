// Reads records from JSON with RapidJSON's DOM; see json_reader.h.
//
// We parse with full precision so that "74.59" reads back as the same double
// strtod gives (RapidJSON's fast path may be one ulp off), which the scorer's
// two-decimal rounding and the round-trip tests depend on.
#include "output/json_reader.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"

namespace vnie {
namespace {

using Value = rapidjson::Value;

// Converts one record object; `path_` names the field being read, for errors.
class RecordReader {
 public:
  explicit RecordReader(std::string prefix) : prefix_(std::move(prefix)) {}

  Status Read(const Value& v, Record* r) {
    if (!v.IsObject()) return Error("", "expected a record object");
    std::optional<std::string> schema;
    VNIE_RETURN_IF_ERROR(OptString(v, "schema", "", &schema));
    if (schema && *schema != "vnie/1") {
      return Error("schema", absl::StrCat("unsupported schema \"", *schema, "\""));
    }
    VNIE_RETURN_IF_ERROR(String(v, "source", "", &r->source));
    std::optional<std::string> status;
    VNIE_RETURN_IF_ERROR(OptString(v, "status", "", &status));
    if (const Value* e = Member(v, "error")) {
      if (!e->IsObject()) return Error("error", "expected an object or null");
      RecordError error;
      VNIE_RETURN_IF_ERROR(String(*e, "code", "error.", &error.code));
      VNIE_RETURN_IF_ERROR(String(*e, "message", "error.", &error.message));
      r->error = std::move(error);
    } else if (status && *status == "error") {
      r->error = RecordError{"unknown", "status is \"error\" but no error was given"};
    }
    VNIE_RETURN_IF_ERROR(String(v, "encoding", "", &r->encoding));
    VNIE_RETURN_IF_ERROR(String(v, "format", "", &r->format));
    VNIE_RETURN_IF_ERROR(OptString(v, "title", "", &r->title));
    VNIE_RETURN_IF_ERROR(OptString(v, "published", "", &r->published));
    VNIE_RETURN_IF_ERROR(OptString(v, "author", "", &r->author));
    VNIE_RETURN_IF_ERROR(List(v, "people", &r->people, &RecordReader::ReadPerson));
    VNIE_RETURN_IF_ERROR(List(v, "cells", &r->cells, &RecordReader::ReadCell));
    VNIE_RETURN_IF_ERROR(List(v, "figures", &r->figures, &RecordReader::ReadFigure));
    VNIE_RETURN_IF_ERROR(List(v, "places", &r->places, &RecordReader::ReadPlace));
    VNIE_RETURN_IF_ERROR(List(v, "dates", &r->dates, &RecordReader::ReadDate));
    VNIE_RETURN_IF_ERROR(List(v, "periods", &r->periods, &RecordReader::ReadPeriod));
    return StringList(v, "warnings", "", &r->warnings);
  }

 private:
  Status ReadPerson(const Value& v, const std::string& at, Person* p) {
    VNIE_RETURN_IF_ERROR(String(v, "name", at, &p->name));
    VNIE_RETURN_IF_ERROR(OptString(v, "honorific", at, &p->honorific));
    VNIE_RETURN_IF_ERROR(StringList(v, "roles", at, &p->roles));
    VNIE_RETURN_IF_ERROR(StringList(v, "rules", at, &p->rules));
    const Value* mentions = Member(v, "mentions");
    if (!mentions) return Status();
    if (!mentions->IsArray()) return Error(at + "mentions", "expected a list of spans");
    for (rapidjson::SizeType i = 0; i < mentions->Size(); ++i) {
      ByteSpan span;
      VNIE_RETURN_IF_ERROR(SpanValue((*mentions)[i], absl::StrCat(at, "mentions[", i, "]"), &span));
      p->mentions.push_back(span);
    }
    return Status();
  }

  Status ReadCell(const Value& v, const std::string& at, Cell* c) {
    VNIE_RETURN_IF_ERROR(String(v, "name", at, &c->name));
    VNIE_RETURN_IF_ERROR(OptString(v, "school", at, &c->school));
    VNIE_RETURN_IF_ERROR(OptString(v, "level", at, &c->level));
    VNIE_RETURN_IF_ERROR(OptString(v, "place", at, &c->place));
    VNIE_RETURN_IF_ERROR(OptString(v, "parent", at, &c->parent));
    VNIE_RETURN_IF_ERROR(OptInt(v, "members", at, &c->members));
    VNIE_RETURN_IF_ERROR(OptInt(v, "staff", at, &c->staff));
    VNIE_RETURN_IF_ERROR(OptNumber(v, "percent", at, &c->percent));
    VNIE_RETURN_IF_ERROR(Span(v, at, &c->span));
    return String(v, "rule", at, &c->rule);
  }

  Status ReadFigure(const Value& v, const std::string& at, Figure* f) {
    VNIE_RETURN_IF_ERROR(String(v, "kind", at, &f->kind));
    std::optional<double> value;
    VNIE_RETURN_IF_ERROR(OptNumber(v, "value", at, &value));
    f->value = value.value_or(std::numeric_limits<double>::quiet_NaN());
    VNIE_RETURN_IF_ERROR(OptNumber(v, "whole", at, &f->whole));
    VNIE_RETURN_IF_ERROR(OptString(v, "unit", at, &f->unit));
    VNIE_RETURN_IF_ERROR(OptString(v, "of", at, &f->of));
    VNIE_RETURN_IF_ERROR(OptString(v, "approx", at, &f->approx));
    VNIE_RETURN_IF_ERROR(OptString(v, "scope", at, &f->scope));
    VNIE_RETURN_IF_ERROR(String(v, "text", at, &f->text));
    VNIE_RETURN_IF_ERROR(Span(v, at, &f->span));
    return String(v, "rule", at, &f->rule);
  }

  Status ReadPlace(const Value& v, const std::string& at, Place* p) {
    VNIE_RETURN_IF_ERROR(String(v, "kind", at, &p->kind));
    VNIE_RETURN_IF_ERROR(String(v, "name", at, &p->name));
    VNIE_RETURN_IF_ERROR(Span(v, at, &p->span));
    return String(v, "rule", at, &p->rule);
  }

  Status ReadDate(const Value& v, const std::string& at, DateMention* d) {
    VNIE_RETURN_IF_ERROR(String(v, "value", at, &d->value));
    VNIE_RETURN_IF_ERROR(String(v, "text", at, &d->text));
    VNIE_RETURN_IF_ERROR(Span(v, at, &d->span));
    return String(v, "rule", at, &d->rule);
  }

  Status ReadPeriod(const Value& v, const std::string& at, Period* p) {
    std::optional<int64_t> from, to;
    VNIE_RETURN_IF_ERROR(OptInt(v, "from", at, &from));
    VNIE_RETURN_IF_ERROR(OptInt(v, "to", at, &to));
    for (const auto& year : {from, to}) {
      if (year &&
          (*year < std::numeric_limits<int>::min() || *year > std::numeric_limits<int>::max())) {
        return Error(at + "from", "year out of range");
      }
    }
    p->from = static_cast<int>(from.value_or(0));
    if (to) p->to = static_cast<int>(*to);
    VNIE_RETURN_IF_ERROR(String(v, "text", at, &p->text));
    VNIE_RETURN_IF_ERROR(Span(v, at, &p->span));
    return String(v, "rule", at, &p->rule);
  }

  // The member `key` of object `v`, or null when it is missing or JSON null.
  static const Value* Member(const Value& v, const char* key) {
    auto it = v.FindMember(key);
    if (it == v.MemberEnd() || it->value.IsNull()) return nullptr;
    return &it->value;
  }

  Status Error(const std::string& field, std::string_view message) const {
    std::string text = prefix_;
    if (!field.empty()) text.append(field).append(": ");
    text.append(message);
    return absl::InvalidArgumentError(text);
  }

  Status String(const Value& v, const char* key, const std::string& at, std::string* out) {
    const Value* m = Member(v, key);
    if (!m) return Status();
    if (!m->IsString()) return Error(at + key, "expected a string");
    out->assign(m->GetString(), m->GetStringLength());
    return Status();
  }

  Status OptString(const Value& v, const char* key, const std::string& at,
                   std::optional<std::string>* out) {
    const Value* m = Member(v, key);
    if (!m) return Status();
    if (!m->IsString()) return Error(at + key, "expected a string or null");
    out->emplace(m->GetString(), m->GetStringLength());
    return Status();
  }

  Status OptNumber(const Value& v, const char* key, const std::string& at,
                   std::optional<double>* out) {
    const Value* m = Member(v, key);
    if (!m) return Status();
    if (!m->IsNumber()) return Error(at + key, "expected a number or null");
    *out = m->GetDouble();
    return Status();
  }

  Status OptInt(const Value& v, const char* key, const std::string& at,
                std::optional<int64_t>* out) {
    const Value* m = Member(v, key);
    if (!m) return Status();
    if (m->IsInt64()) {
      *out = m->GetInt64();
      return Status();
    }
    // 37.0 is accepted as 37: hand-written gold may say either.
    if (m->IsDouble()) {
      double d = m->GetDouble();
      if (d == std::trunc(d) && std::fabs(d) < 9.2e18) {
        *out = static_cast<int64_t>(d);
        return Status();
      }
    }
    return Error(at + key, "expected an integer or null");
  }

  Status SpanValue(const Value& m, const std::string& field, ByteSpan* span) {
    if (!m.IsArray() || m.Size() != 2 || !m[0].IsUint64() || !m[1].IsUint64()) {
      return Error(field, "expected a span [begin, end] of two non-negative integers");
    }
    span->begin = m[0].GetUint64();
    span->end = m[1].GetUint64();
    return Status();
  }

  Status Span(const Value& v, const std::string& at, ByteSpan* span) {
    const Value* m = Member(v, "span");
    if (!m) return Status();
    return SpanValue(*m, at + "span", span);
  }

  Status StringList(const Value& v, const char* key, const std::string& at,
                    std::vector<std::string>* out) {
    const Value* m = Member(v, key);
    if (!m) return Status();
    if (!m->IsArray()) return Error(at + key, "expected a list of strings");
    for (rapidjson::SizeType i = 0; i < m->Size(); ++i) {
      const Value& item = (*m)[i];
      if (!item.IsString()) {
        return Error(absl::StrCat(at, key, "[", i, "]"), "expected a string");
      }
      out->emplace_back(item.GetString(), item.GetStringLength());
    }
    return Status();
  }

  template <typename T>
  Status List(const Value& v, const char* key, std::vector<T>* out,
              Status (RecordReader::*read)(const Value&, const std::string&, T*)) {
    const Value* m = Member(v, key);
    if (!m) return Status();
    if (!m->IsArray()) return Error(key, "expected a list");
    out->resize(m->Size());
    for (rapidjson::SizeType i = 0; i < m->Size(); ++i) {
      std::string at = absl::StrCat(key, "[", i, "]");
      if (!(*m)[i].IsObject()) return Error(at, "expected an object");
      at += '.';
      VNIE_RETURN_IF_ERROR((this->*read)((*m)[i], at, &(*out)[i]));
    }
    return Status();
  }

  std::string prefix_;  // "" or "[3] " when reading an array of records
};

Status ParseDocument(std::string_view json, rapidjson::Document* doc) {
  // Iterative: the recursive parser overflows the stack on deeply nested input
  // ("[[[[..." of 300,000 bytes), see tests/regressions/json_reader_deep_nesting_test.cc.
  constexpr unsigned kFlags = rapidjson::kParseFullPrecisionFlag |
                              rapidjson::kParseValidateEncodingFlag |
                              rapidjson::kParseNanAndInfFlag | rapidjson::kParseIterativeFlag;
  doc->Parse<kFlags>(json.data(), json.size());
  if (doc->HasParseError()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "byte ", doc->GetErrorOffset(), ": ", rapidjson::GetParseError_En(doc->GetParseError())));
  }
  return Status();
}

}  // namespace

StatusOr<Record> ParseRecord(std::string_view json) {
  rapidjson::Document doc;
  VNIE_RETURN_IF_ERROR(ParseDocument(json, &doc));
  Record record;
  VNIE_RETURN_IF_ERROR(RecordReader("").Read(doc, &record));
  return record;
}

StatusOr<std::vector<Record>> ParseRecords(std::string_view json) {
  rapidjson::Document doc;
  VNIE_RETURN_IF_ERROR(ParseDocument(json, &doc));
  std::vector<Record> records;
  if (!doc.IsArray()) {
    records.emplace_back();
    VNIE_RETURN_IF_ERROR(RecordReader("").Read(doc, &records.back()));
    return records;
  }
  records.resize(doc.Size());
  for (rapidjson::SizeType i = 0; i < doc.Size(); ++i) {
    VNIE_RETURN_IF_ERROR(RecordReader(absl::StrCat("[", i, "] ")).Read(doc[i], &records[i]));
  }
  return records;
}

}  // namespace vnie
