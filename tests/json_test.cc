// The JSON boundary: reading requests (types, nesting limit) and writing results (escapes,
// pieces, the error form).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "triangulate/json.h"

namespace tri {
namespace {

using nlohmann::json;

std::string nested(size_t levels, const std::string& inner = "") {
  return std::string(levels, '[') + inner + std::string(levels, ']');
}

const char kTwo[] = R"("sources":[{"id":"a","text":"The bridge opened on Monday."},)"
                    R"({"id":"b","text":"The bridge opened on Tuesday."}])";

struct RequestCase {
  const char* name;
  std::string request;
  const char* error;  // substring of the error; nullptr when the request is good
};

std::vector<RequestCase> request_cases() {
  const std::string two = kTwo;
  return {
      {"good", "{" + two + "}", nullptr},
      {"not json", "{sources", "malformed JSON"},
      {"empty", "", "malformed JSON"},
      {"array", "[]", "must be a JSON object"},
      {"sources not array", R"({"sources":{}})", "\"sources\" must be an array"},
      {"source not object", R"({"sources":[1,2]})", "sources[0] must be an object"},
      {"id not string", R"({"sources":[{"id":1,"text":"x"}]})", "sources[0].id must be a string"},
      {"text missing", R"({"sources":[{"id":"a"}]})", "sources[0].text must be a string"},
      {"title number", R"({"sources":[{"id":"a","text":"x","title":3}]})", "sources[0].title must be a string"},
      {"format unknown", R"({"sources":[{"id":"a","text":"x","format":"pdf"}]})", "sources[0].format must be"},
      {"options array", "{" + two + R"(,"options":[]})", "\"options\" must be an object"},
      {"minScore string", "{" + two + R"(,"options":{"minScore":"1"}})", "options.minScore must be a number"},
      {"maxSources negative", "{" + two + R"(,"options":{"maxSources":-1}})", "options.maxSources must be"},
      // The nesting limit counts every array and object, the request's own included.
      {"64 levels", "{" + two + ",\"x\":" + nested(63) + "}", nullptr},
      {"65 levels", "{" + two + ",\"x\":" + nested(64) + "}", "JSON nested deeper than 64 levels"},
      {"objects 65 levels", "{" + two + ",\"x\":" + [] {
         std::string s;
         for (int k = 0; k < 64; ++k) s += "{\"k\":";
         return s + "1" + std::string(64, '}');
       }() + "}", "JSON nested deeper than 64 levels"},
      // The crash of the hardening issue: a deep value before another key (160 KB).
      {"80,000 levels, then a key", "{\"x\":" + nested(80000) + "," + two + "}", "JSON nested deeper"},
      {"deep and unclosed", "{\"x\":" + std::string(100000, '['), "malformed JSON"},
      // Brackets inside strings are text, not nesting.
      {"brackets in text", R"({"sources":[{"id":"a","text":")" + std::string(1000, '[') +
                               R"("},{"id":"b","text":"]]]"}]})", nullptr},
  };
}

TEST(ParseInput, Requests) {
  for (const RequestCase& c : request_cases()) {
    Input in;
    std::string error, id;
    const bool ok = parse_input(c.request, &in, &error, &id);
    if (c.error == nullptr) {
      EXPECT_TRUE(ok) << c.name << ": " << error;
      EXPECT_EQ(in.sources.size(), 2u) << c.name;
    } else {
      EXPECT_FALSE(ok) << c.name;
      EXPECT_NE(error.find(c.error), std::string::npos) << c.name << ": " << error;
      EXPECT_EQ(error.find('\n'), std::string::npos) << c.name;
    }
  }
}

TEST(ParseInput, DeepRequestKeepsItsIdAndCompareJsonAnswers) {
  const std::string deep = "{\"id\":\"cluster-9\",\"x\":" + nested(80000) + "," + kTwo + "}";
  Input in;
  std::string error, id;
  EXPECT_FALSE(parse_input(deep, &in, &error, &id));
  EXPECT_EQ(id, "cluster-9");
  const json out = json::parse(compare_json(deep));
  EXPECT_EQ(out["id"], "cluster-9");
  EXPECT_EQ(out["error"], "JSON nested deeper than 64 levels");
  EXPECT_EQ(out.size(), 2u);
}

TEST(ParseInput, TakesTextsAndOptions) {
  Input in;
  std::string error, id;
  ASSERT_TRUE(parse_input(R"({"id":42,"sources":[{"id":"a","title":"T","text":"x\u00e9","format":"html"},)"
                          R"({"id":"b","text":"y","format":null}],"options":{"min_score":0.25,"maxSources":3}})",
                          &in, &error, &id))
      << error;
  EXPECT_EQ(id, "42");
  EXPECT_EQ(in.sources[0].title, "T");
  EXPECT_EQ(in.sources[0].text, "x\xC3\xA9");
  EXPECT_EQ(in.sources[0].format, Format::kHtml);
  EXPECT_EQ(in.sources[1].format, Format::kAuto);
  EXPECT_DOUBLE_EQ(in.options.min_score, 0.25);
  EXPECT_EQ(in.options.max_sources, 3u);
}

TEST(ParseInput, LimitsAboveTheDefaultsKeepTheDefaults) {
  // A request may lower the limits, never raise them; a value past 2^32 must not wrap to a small
  // limit where size_t is 32 bits (wasm32).
  const Input defaults;
  Input in;
  std::string error, id;
  ASSERT_TRUE(parse_input(R"({"sources":[{"id":"a","text":"x"},{"id":"b","text":"y"}],)"
                          R"("options":{"maxSources":4294967297,"maxTotalBytes":18446744073709551615}})",
                          &in, &error, &id))
      << error;
  EXPECT_EQ(in.options.max_sources, defaults.options.max_sources);
  EXPECT_EQ(in.options.max_total_bytes, defaults.options.max_total_bytes);
}

Result small_result() {
  Input in;
  in.sources = {{"wire", "Quote \"one\"", "Crews rescued 14 people.\tTab\x01 and \\ back", Format::kText},
                {"post", "", "Crews rescued 11 people.", Format::kText}};
  return compare(in);
}

TEST(ToJson, EscapesAsJsonRequires) {
  const Result r = small_result();
  ASSERT_TRUE(r.ok()) << r.error;
  const std::string text = to_json(r);
  EXPECT_NE(text.find(R"("title":"Quote \"one\"")"), std::string::npos);
  EXPECT_NE(text.find(R"(Tab\u0001 and \\ back)"), std::string::npos) << text;
  EXPECT_EQ(text.find('\t'), std::string::npos);
  const json j = json::parse(text);  // throws on invalid JSON
  EXPECT_EQ(j["schema"], 1);
  ASSERT_EQ(j["conflicts"].size(), 1u) << text;
  EXPECT_EQ(j["conflicts"][0]["type"], "number");
  // Numbers as nlohmann writes them: integers bare, scores with a decimal point.
  EXPECT_NE(text.find(R"("start":0,)"), std::string::npos);
  EXPECT_NE(text.find(R"("similarity":)"), std::string::npos);
}

TEST(ToJson, AgreementInPartGivesItsClausesInUtf16) {
  Input in;
  // "é" is two bytes of UTF-8 and one UTF-16 unit; "😀" four bytes and two units.
  const std::string a = "Caf\xC3\xA9 \xF0\x9F\x98\x80 news: the harbour bridge reopened to traffic on Friday morning, "
                        "while the council said that repairs to the old sea wall would cost far more than planned.";
  in.sources = {{"a", "", a}, {"b", "", "Engineers finished the work and the harbour bridge reopened to traffic on Friday morning."}};
  const Result r = compare(in);
  ASSERT_TRUE(r.ok()) << r.error;
  const auto out = nlohmann::json::parse(to_json(r));
  size_t with_clause = 0;
  for (const auto& l : out["links"]) {
    if (!l.contains("clause")) continue;
    ++with_clause;
    EXPECT_EQ(l["relation"], "agree");
    EXPECT_FALSE(l.contains("discrepancies"));  // conflicts are listed in "conflicts"
    const auto& ca = l["clause"]["a"];
    // The clause is given by its offsets alone (its text is the source's, sliced there).
    EXPECT_FALSE(ca.contains("text"));
    // UTF-16 units of UTF-8 text: one per sequence start, two for a four-byte sequence.
    const auto utf16 = [](const std::string& s) {
      size_t n = 0;
      for (unsigned char c : s) n += (c & 0xC0) == 0x80 ? 0 : c >= 0xF0 ? 2 : 1;
      return n;
    };
    // Back from UTF-16 offsets to the UTF-8 bytes they cover.
    const auto byte_at = [&](size_t units) {
      size_t i = 0;
      for (size_t n = 0; i < a.size() && n < units; ++i) n += utf16(a.substr(i, 1));
      while (i < a.size() && (static_cast<unsigned char>(a[i]) & 0xC0) == 0x80) ++i;
      return i;
    };
    const size_t begin = byte_at(ca["start"].get<size_t>()), end = byte_at(ca["end"].get<size_t>());
    ASSERT_LE(begin, end);
    const std::string text = a.substr(begin, end - begin);
    EXPECT_NE(text.find("harbour bridge reopened"), std::string::npos) << text;
    EXPECT_EQ(utf16(text), ca["end"].get<size_t>() - ca["start"].get<size_t>());
  }
  EXPECT_EQ(with_clause, 1u);
}

// A conflicting pair is listed once, in "conflicts"; asked for every scored pair (min_score), links
// give its score too, as relation "conflict" without discrepancies.
TEST(ToJson, ConflictingPairsScoredWhenEveryPairIsAsked) {
  Input in;
  in.sources = {{"a", "", "The ferry Saltwren ran aground off Kilbrennan point on Thursday evening, the coastguard said."},
                {"b", "", "The ferry Saltwren ran aground off Kilbrennan point on Friday evening, the coastguard said."}};
  for (const double min_score : {-1.0, 0.0}) {
    in.options.min_score = min_score;
    const auto out = nlohmann::json::parse(to_json(compare(in)));
    ASSERT_EQ(out["conflicts"].size(), 1u) << out.dump();
    size_t conflict_links = 0;
    for (const auto& l : out["links"]) {
      if (l["relation"] != "conflict") continue;
      ++conflict_links;
      EXPECT_GT(l["score"].get<double>(), 0.0);
      EXPECT_FALSE(l.contains("discrepancies"));
    }
    EXPECT_EQ(conflict_links, min_score < 0 ? 0u : 1u) << out.dump();
  }
}

TEST(ToJson, ErrorForm) {
  Result r;
  r.error = "two sources have the id \"a\"";
  EXPECT_EQ(to_json(r), R"({"error":"two sources have the id \"a\""})");
  EXPECT_EQ(to_json(r, "c7"), R"({"id":"c7","error":"two sources have the id \"a\""})");
}

TEST(WriteJson, PiecesMakeTheSameTextInBoundedChunks) {
  Input in;
  std::string big;
  for (int k = 0; k < 20000; ++k) big += "Line " + std::to_string(k) + " \xE2\x80\x94 caf\xC3\xA9.\n";
  in.sources = {{"a", "", big, Format::kText}, {"b", "", "Line 7 \xE2\x80\x94 caf\xC3\xA9.", Format::kText}};
  const Result r = compare(in);
  ASSERT_TRUE(r.ok());
  std::string joined;
  size_t pieces = 0, largest = 0;
  write_json(r, "id-1", [&](std::string_view piece) {
    ++pieces;
    largest = std::max(largest, piece.size());
    joined.append(piece);
  });
  EXPECT_EQ(joined, to_json(r, "id-1"));
  EXPECT_GT(pieces, 10u);
  EXPECT_LE(largest, 80u * 1024);  // 64 KiB plus the last element written
}

}  // namespace
}  // namespace tri
