// attribution_test.cc — tests for facts/attribution.h: who says it, in every usual word order,
// the source cited ("citing", "quoted ... as saying", "a spokesman for"), and compare().

#include "triangulate/facts/attribution.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "triangulate/facts.h"
#include "triangulate/tokens.h"

namespace {

using tri::Attribution;
using tri::Match;

tri::Facts Extract(std::string_view s) {
  return tri::extract_facts(s, tri::tokenize(s, 0, s.size()));
}

std::string Span(std::string_view s, size_t b, size_t e) {
  return b <= e && e <= s.size() ? std::string(s.substr(b, e - b)) : std::string("<bad span>");
}

struct AttributionCase {
  const char* text;
  const char* span;
  const char* who;
  const char* origin;
  const char* key;
  const char* verb;
};

const AttributionCase kCases[] = {
    {"The road will stay shut, according to the national weather service.",
     "according to the national weather service", "the national weather service",
     "the national weather service", "national weather service", "according to"},
    {"The train is late, Harbour Wire said.", "Harbour Wire said", "Harbour Wire", "Harbour Wire",
     "harbour wire", "said"},
    {"The van was stolen, said police Lt. Ray Dunne.", "said police Lt. Ray Dunne",
     "police Lt. Ray Dunne", "police Lt. Ray Dunne", "police lt. ray dunne", "said"},
    {"Local media reported that the mayor had resigned.", "Local media reported", "Local media",
     "Local media", "local media", "reported"},
    {"Officials say the talks failed.", "Officials say", "Officials", "Officials", "officials",
     "say"},
    {"The ministry told reporters the plan was dropped.", "The ministry told", "The ministry",
     "The ministry", "ministry", "told"},
    {"Police confirmed the arrest on Monday.", "Police confirmed", "Police", "Police", "police",
     "confirmed"},
    {"The council announced new funding.", "The council announced", "The council", "The council",
     "council", "announced"},
    {"The plan \"will not change\", said a government spokesman.", "said a government spokesman",
     "a government spokesman", "a government spokesman", "government spokesman", "said"},
    {"The train arrived, the agency reported, citing a ministry statement.",
     "the agency reported, citing a ministry statement", "the agency", "a ministry statement",
     "ministry statement", "reported"},
    {"The fire is out, citing local officials.", "citing local officials", "local officials",
     "local officials", "local officials", "citing"},
    {"Harbour Radio quoted a local official as saying the pier was safe.",
     "Harbour Radio quoted a local official as saying", "Harbour Radio", "a local official",
     "local official", "quoted"},
    {"A spokesman for the ministry said the road would reopen.",
     "A spokesman for the ministry said", "A spokesman for the ministry", "the ministry",
     "ministry", "said"},
    {"Officials at the port authority said two ships collided.",
     "Officials at the port authority said", "Officials at the port authority",
     "the port authority", "port authority", "said"},
    {"Sources close to the board said a vote was near.", "Sources close to the board said",
     "Sources close to the board", "the board", "board", "said"},
    {"\"We will not stop,\" said fire brigade commander Pieter Laan.",
     "said fire brigade commander Pieter Laan", "fire brigade commander Pieter Laan",
     "fire brigade commander Pieter Laan", "fire brigade commander pieter laan", "said"},
    {"The quake killed 12 people, the national weather service said on Wednesday.",
     "the national weather service said", "the national weather service",
     "the national weather service", "national weather service", "said"},
    {"The ferry left the port at dawn, local media reports say.", "local media reports say",
     "local media reports", "local media reports", "local media reports", "say"},
};

TEST(AttributionTest, Reads) {
  for (const AttributionCase& c : kCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    const Attribution* a = nullptr;
    std::string all;
    for (const Attribution& x : f.attributions) {
      all += "[" + Span(s, x.begin, x.end) + "] ";
      if (Span(s, x.begin, x.end) == c.span) a = &x;
    }
    ASSERT_NE(a, nullptr) << all;
    EXPECT_EQ(a->who, c.who);
    EXPECT_EQ(Span(s, a->who_begin, a->who_end), c.who);
    EXPECT_EQ(a->origin, c.origin);
    EXPECT_EQ(Span(s, a->origin_begin, a->origin_end), c.origin);
    EXPECT_EQ(a->key, c.key);
    EXPECT_EQ(a->verb, c.verb);
  }
}

const char* const kNotAttributions[] = {
    "The package is said to include a bonus.",
    "The train arrived on time.",
    "Smoke was reported over the harbour.",
};

TEST(AttributionTest, NotAttributions) {
  for (const char* t : kNotAttributions) {
    SCOPED_TRACE(t);
    EXPECT_TRUE(Extract(t).attributions.empty());
  }
}

struct CompareCase {
  const char* a;
  const char* b;
  Match match;
};

const CompareCase kCompareCases[] = {
    {"The road is shut, the agency said.", "The road is shut, The Agency said.", Match::kSame},
    {"The road is shut, the weather service said.",
     "The road is shut, according to the national weather service.", Match::kCompatible},
    {"The road is shut, Harbour Wire said.", "The road is shut, police said.",
     Match::kIncomparable},
    {"A spokesman for the ministry said so.", "The ministry said so.", Match::kSame},
};

TEST(AttributionTest, Compare) {
  for (const CompareCase& c : kCompareCases) {
    SCOPED_TRACE(std::string(c.a) + " ~ " + c.b);
    const tri::Facts fa = Extract(c.a), fb = Extract(c.b);
    ASSERT_EQ(fa.attributions.size(), 1u);
    ASSERT_EQ(fb.attributions.size(), 1u);
    EXPECT_EQ(tri::to_string(tri::compare(fa.attributions[0], fb.attributions[0])),
              tri::to_string(c.match));
    EXPECT_EQ(tri::to_string(tri::compare(fb.attributions[0], fa.attributions[0])),
              tri::to_string(c.match));
  }
}

}  // namespace
