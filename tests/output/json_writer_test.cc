// Tests for output/json_writer.h and output/json_reader.h: the contract's
// fields and their order, number forms, escaping, UTF-8 repair, round trips.
#include "output/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "output/json_reader.h"
#include "output/utf8_repair.h"
#include "rapidjson/document.h"

namespace vnie {
namespace {

constexpr const char* kTopLevelKeys[] = {
    "schema", "source", "status", "error",   "encoding", "format", "title",   "published",
    "author", "people", "cells",  "figures", "places",   "dates",  "periods", "warnings"};

// A record using every field, with Vietnamese text and awkward numbers.
Record FullRecord() {
  Record r;
  r.source = "corpus/articles/tam-dao.txt";
  r.encoding = "utf-8";
  r.format = "text";
  r.title = "Củng cố chi bộ trường học năm 2022";
  r.published = "2022-05-18T00:00";
  r.author = "Hải Yến";
  r.people.push_back(Person{"Lê Công Thành",
                            "đồng chí",
                            {"Ủy viên BTV Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"},
                            {{412, 428}, {1200, 1216}},
                            {"people/honorific-name", "people/role-before"}});
  r.people.push_back(Person{"Vũ Thị Hoa", std::nullopt, {}, {{5, 20}}, {}});
  Cell cell;
  cell.name = "Chi bộ Trường Mầm non";
  cell.school = "Trường Mầm non";
  cell.level = "preschool";
  cell.place = "xã Xuân Giao";
  cell.parent = "Đảng bộ xã Xuân Giao";
  cell.members = 37;
  cell.staff = 40;
  cell.span = {950, 1042};
  cell.rule = "cells/members-staff";
  r.cells.push_back(cell);
  Figure members;
  members.kind = "members";
  members.value = 859;
  members.unit = "đảng viên";
  members.scope = "huyện Tam Đảo";
  members.text = "859 đảng viên";
  members.span = {1510, 1527};
  members.rule = "figures/count-noun";
  r.figures.push_back(members);
  Figure percent;
  percent.kind = "percent";
  percent.value = 74.59;
  percent.unit = "%";
  percent.of = "số cán bộ quản lý, giáo viên, nhân viên";
  percent.approx = "gần";
  percent.text = "74,59%";
  percent.span = {1535, 1541};
  r.figures.push_back(percent);
  Figure ratio;
  ratio.kind = "ratio";
  ratio.value = 29;
  ratio.whole = 36;
  ratio.text = "29/36";
  ratio.span = {2101, 2106};
  r.figures.push_back(ratio);
  r.places.push_back(Place{"huyện", "Tam Đảo", {310, 328}, "places/unit-name"});
  r.dates.push_back(DateMention{"2022-05-17", "17/5/2022", {301, 310}, "dates/dmy"});
  r.periods.push_back(Period{2017, 2022, "2017-2022", {700, 709}, "periods/range"});
  r.periods.push_back(Period{2017, std::nullopt, "từ năm 2017 đến nay", {800, 823}, ""});
  r.warnings.push_back("74,59% disagrees with 37/40");
  return r;
}

rapidjson::Document ParseJson(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag>(
      json.data(), json.size());
  EXPECT_FALSE(doc.HasParseError()) << "not valid JSON: " << json;
  return doc;
}

void ExpectKeysInOrder(const rapidjson::Value& object, const std::vector<std::string>& keys,
                       std::string_view json) {
  ASSERT_TRUE(object.IsObject()) << json;
  std::vector<std::string> got;
  for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
    got.emplace_back(it->name.GetString());
  }
  EXPECT_EQ(got, keys) << json;
}

TEST(JsonWriterTest, EmptyRecordHasEveryFieldInContractOrder) {
  std::string json = RecordToJson(Record{});
  rapidjson::Document doc = ParseJson(json);
  ExpectKeysInOrder(doc, {std::begin(kTopLevelKeys), std::end(kTopLevelKeys)}, json);
  EXPECT_STREQ(doc["schema"].GetString(), "vnie/1") << json;
  EXPECT_STREQ(doc["status"].GetString(), "ok") << json;
  EXPECT_TRUE(doc["error"].IsNull()) << json;
  EXPECT_TRUE(doc["title"].IsNull()) << json;
  EXPECT_TRUE(doc["people"].IsArray() && doc["people"].Empty()) << json;
  EXPECT_TRUE(doc["warnings"].IsArray() && doc["warnings"].Empty()) << json;
  EXPECT_EQ(json.find('\n'), std::string::npos) << "compact output must be one line: " << json;
}

TEST(JsonWriterTest, ErrorRecordHasStatusErrorAndCodeMessage) {
  Record r;
  r.source = "bad.txt";
  r.error = RecordError{"undecodable", "bad.txt: byte 17: not UTF-8 nor a known encoding"};
  std::string json = RecordToJson(r);
  rapidjson::Document doc = ParseJson(json);
  ExpectKeysInOrder(doc, {std::begin(kTopLevelKeys), std::end(kTopLevelKeys)}, json);
  EXPECT_STREQ(doc["status"].GetString(), "error") << json;
  ExpectKeysInOrder(doc["error"], {"code", "message"}, json);
  EXPECT_STREQ(doc["error"]["code"].GetString(), "undecodable") << json;
}

TEST(JsonWriterTest, ItemsHaveEveryFieldInContractOrder) {
  std::string json = RecordToJson(FullRecord());
  rapidjson::Document doc = ParseJson(json);
  ExpectKeysInOrder(doc["people"][0], {"name", "honorific", "roles", "mentions"}, json);
  ExpectKeysInOrder(
      doc["cells"][0],
      {"name", "school", "level", "place", "parent", "members", "staff", "percent", "span"}, json);
  ExpectKeysInOrder(doc["figures"][0],
                    {"kind", "value", "whole", "unit", "of", "approx", "scope", "text", "span"},
                    json);
  ExpectKeysInOrder(doc["places"][0], {"kind", "name", "span"}, json);
  ExpectKeysInOrder(doc["dates"][0], {"value", "text", "span"}, json);
  ExpectKeysInOrder(doc["periods"][0], {"from", "to", "text", "span"}, json);
  EXPECT_TRUE(doc["periods"][1]["to"].IsNull()) << json;
  EXPECT_TRUE(doc["cells"][0]["percent"].IsNull()) << json;
  EXPECT_NE(json.find(R"("span":[950,1042])"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("mentions":[[412,428],[1200,1216]])"), std::string::npos) << json;
}

TEST(JsonWriterTest, IncludeRulesAddsRuleToEachItem) {
  std::string json = RecordToJson(FullRecord(), JsonOptions{.include_rules = true});
  rapidjson::Document doc = ParseJson(json);
  ExpectKeysInOrder(doc["people"][0], {"name", "honorific", "roles", "mentions", "rules"}, json);
  EXPECT_STREQ(doc["figures"][0]["rule"].GetString(), "figures/count-noun") << json;
  EXPECT_STREQ(doc["places"][0]["rule"].GetString(), "places/unit-name") << json;
  EXPECT_FALSE(RecordToJson(FullRecord()).find("\"rule") != std::string::npos)
      << "rules must be off by default";
}

TEST(JsonWriterTest, IntegralDoublesAreIntegersOthersShortest) {
  struct Case {
    double value;
    std::string expected;
  };
  const Case cases[] = {
      {859, "859"},
      {74.6, "74.6"},
      {74.59, "74.59"},
      {0.1, "0.1"},
      {100, "100"},
      {-3, "-3"},
      {0.5, "0.5"},
      {1e20, "1e+20"},
      {1.0 / 3, "0.3333333333333333"},
      {9007199254740992.0, "9007199254740992"},
      {-0.0, "0"},
      {NAN, "null"},
      {INFINITY, "null"},
  };
  JsonWriter writer;
  for (const Case& c : cases) {
    Record r;
    Figure f;
    f.value = c.value;
    r.figures.push_back(f);
    std::string json(writer.Write(r));
    std::string want = "\"value\":" + c.expected + ",";
    EXPECT_NE(json.find(want), std::string::npos)
        << "value " << c.value << " wants " << want << " in " << json;
  }
}

TEST(JsonWriterTest, EscapesQuotesBackslashesNewlinesAndControls) {
  struct Case {
    std::string in;
    std::string escaped;
  };
  const Case cases[] = {
      {"say \"hi\"", R"("say \"hi\"")"},
      {"a\\b", R"("a\\b")"},
      {"line1\nline2\r\ttab", R"("line1\nline2\r\ttab")"},
      {std::string("nul\0bell\x07", 9), R"("nul\u0000bell\u0007")"},
      {"Đảng viên", "\"Đảng viên\""},  // UTF-8 stays as is
  };
  for (const Case& c : cases) {
    Record r;
    r.title = c.in;
    std::string json = RecordToJson(r);
    EXPECT_NE(json.find("\"title\":" + c.escaped), std::string::npos)
        << "input " << c.in << " gave " << json;
    StatusOr<Record> back = ParseRecord(json);
    ASSERT_TRUE(back.ok()) << back.status() << " for " << json;
    EXPECT_EQ(back->title, c.in) << json;
  }
}

TEST(JsonWriterTest, InvalidUtf8IsReplacedByReplacementCharacter) {
  struct Case {
    std::string in;
    std::string repaired;
  };
  const Case cases[] = {
      {"ab\xFF"
       "cd",
       "ab\uFFFDcd"},
      {"tr\xC6", "tr\uFFFD"},                            // cut in the middle of "ư"
      {"\xE1\xBA", "\uFFFD"},                            // a maximal subpart is one U+FFFD
      {"\xC0\xAF", "\uFFFD\uFFFD"},                      // overlong '/'
      {"\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD"},            // a surrogate
      {"\xF4\x90\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD"},  // above U+10FFFF
      {"ok Hòa", "ok Hòa"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE("input bytes: " + c.in);
    EXPECT_EQ(RepairUtf8(c.in), c.repaired);
    EXPECT_EQ(IsValidUtf8(c.in), c.in == c.repaired);
    Record r;
    r.people.push_back(Person{c.in, std::nullopt, {c.in}, {}, {}});
    std::string json = RecordToJson(r);
    EXPECT_TRUE(IsValidUtf8(json)) << json;
    StatusOr<Record> back = ParseRecord(json);
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_EQ(back->people[0].name, c.repaired);
    EXPECT_EQ(back->people[0].roles[0], c.repaired);
  }
}

TEST(JsonWriterTest, RoundTripsThroughParseRecord) {
  for (bool pretty : {false, true}) {
    JsonOptions options{.pretty = pretty, .include_rules = true};
    Record original = FullRecord();
    std::string json = RecordToJson(original, options);
    StatusOr<Record> back = ParseRecord(json);
    ASSERT_TRUE(back.ok()) << back.status() << " for " << json;
    // Field checks catch a reader that drops what the writer wrote...
    EXPECT_EQ(back->source, original.source);
    EXPECT_EQ(back->author, original.author);
    ASSERT_EQ(back->people.size(), 2u) << json;
    EXPECT_EQ(back->people[0].mentions, original.people[0].mentions);
    EXPECT_EQ(back->people[0].rules, original.people[0].rules);
    EXPECT_FALSE(back->people[1].honorific.has_value());
    ASSERT_EQ(back->figures.size(), 3u) << json;
    EXPECT_EQ(back->figures[1].value, 74.59) << json;
    EXPECT_EQ(back->figures[2].whole, 36.0) << json;
    EXPECT_EQ(back->cells[0].members, 37);
    EXPECT_FALSE(back->cells[0].percent.has_value());
    EXPECT_EQ(back->periods[1].to, std::nullopt);
    EXPECT_EQ(back->dates[0].span, (ByteSpan{301, 310}));
    // ...and writing the result again must give the same bytes.
    EXPECT_EQ(RecordToJson(*back, options), json);
  }
}

TEST(JsonWriterTest, PrettyOutputParsesToTheSameRecord) {
  Record r = FullRecord();
  std::string compact = RecordToJson(r);
  std::string pretty = RecordToJson(r, JsonOptions{.pretty = true});
  EXPECT_NE(pretty, compact);
  EXPECT_NE(pretty.find("\n  \"schema\": \"vnie/1\""), std::string::npos) << pretty;
  EXPECT_NE(pretty.find("\"span\": [950, 1042]"), std::string::npos) << pretty;
  StatusOr<Record> back = ParseRecord(pretty);
  ASSERT_TRUE(back.ok()) << back.status() << " for " << pretty;
  EXPECT_EQ(RecordToJson(*back), compact);
}

TEST(JsonWriterTest, WriterReusesItsBufferAcrossRecords) {
  JsonWriter writer;
  std::string first(writer.Write(FullRecord()));
  std::string out;
  writer.AppendTo(Record{}, &out);
  writer.AppendTo(FullRecord(), &out);
  EXPECT_EQ(out, RecordToJson(Record{}) + first);
}

TEST(JsonReaderTest, GoldRecordWithoutSpansAndNulls) {
  const std::string gold = R"({
    "source": "bao-thang.txt", "title": "Bảo Thắng", "published": null,
    "people": [{"name": "Lê Quốc Phú", "honorific": "ông", "roles": ["Bí thư Đảng ủy xã"]}],
    "cells": [{"name": "Chi bộ Trường THCS", "members": 19, "staff": 29.0, "percent": null}],
    "figures": [{"kind": "percent", "value": 74.6, "text": "74,6%"},
                {"kind": "other", "text": "nhiều trường"}],
    "places": [{"kind": "huyện", "name": "Bảo Thắng"}]})";
  StatusOr<Record> r = ParseRecord(gold);
  ASSERT_TRUE(r.ok()) << r.status() << " for " << gold;
  EXPECT_TRUE(r->ok());
  EXPECT_EQ(r->source, "bao-thang.txt");
  EXPECT_FALSE(r->published.has_value());
  EXPECT_EQ(r->people[0].roles.size(), 1u);
  EXPECT_EQ(r->cells[0].staff, 29);
  EXPECT_EQ(r->figures[0].value, 74.6);
  EXPECT_TRUE(std::isnan(r->figures[1].value)) << "missing value must read as NaN";
  EXPECT_EQ(r->places[0].span, (ByteSpan{0, 0}));
}

TEST(JsonReaderTest, ErrorsNameTheField) {
  struct Case {
    std::string json;
    std::string message_part;
  };
  const Case cases[] = {
      {R"({"figures": [{"kind": "members", "value": "859"}]})", "figures[0].value"},
      {R"({"people": [{"name": "A", "mentions": [[1]]}]})", "people[0].mentions[0]"},
      {R"({"cells": [{"members": 3.5}]})", "cells[0].members"},
      {R"({"schema": "vnie/2"})", "schema"},
      {R"({"source": "a.txt",)", "byte "},
      {R"([1, 2])", "expected a record object"},
      {"{\"title\": \"\xFF\"}", "byte "},
  };
  for (const Case& c : cases) {
    StatusOr<Record> r = ParseRecord(c.json);
    ASSERT_FALSE(r.ok()) << "accepted " << c.json;
    EXPECT_NE(r.status().message().find(c.message_part), std::string::npos)
        << "input " << c.json << " gave " << r.status();
  }
}

TEST(JsonReaderTest, ParseRecordsAcceptsAnObjectOrAnArray) {
  StatusOr<std::vector<Record>> one = ParseRecords(R"({"source": "a.txt"})");
  ASSERT_TRUE(one.ok()) << one.status();
  EXPECT_EQ(one->size(), 1u);
  StatusOr<std::vector<Record>> two = ParseRecords(R"([{"source": "a.txt"}, {"source": "b"}])");
  ASSERT_TRUE(two.ok()) << two.status();
  ASSERT_EQ(two->size(), 2u);
  EXPECT_EQ((*two)[1].source, "b");
  StatusOr<std::vector<Record>> bad = ParseRecords(R"([{"source": "a.txt"}, {"source": 3}])");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("[1] source"), std::string::npos) << bad.status();
}

}  // namespace
}  // namespace vnie
