// facts_test.cc — tests for facts.h as a whole: every kind read from one sentence, the order of
// the readers (a time before a quantity, names skipping both), offsets into a larger text, and
// robustness on arbitrary token sequences. Each kind has its own table-driven test:
// quantity_test.cc, number_test.cc, time_test.cc, name_test.cc, polarity_test.cc,
// attribution_test.cc.

#include "triangulate/facts.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "triangulate/tokens.h"

namespace {

tri::Facts Extract(std::string_view s) {
  return tri::extract_facts(s, tri::tokenize(s, 0, s.size()));
}

std::string Span(std::string_view s, size_t b, size_t e) {
  return b <= e && e <= s.size() ? std::string(s.substr(b, e - b)) : std::string("<bad span>");
}

TEST(FactsTest, EveryKindFromOneSentence) {
  const std::string s =
      "The county sheriff, Nina Osk, said five people died on Thursday night and the bridge did "
      "not reopen.";
  const tri::Facts f = Extract(s);
  ASSERT_EQ(f.quantities.size(), 1u);
  EXPECT_EQ(Span(s, f.quantities[0].begin, f.quantities[0].end), "five people");
  EXPECT_EQ(f.quantities[0].state, "dead");
  ASSERT_EQ(f.times.size(), 1u);
  EXPECT_EQ(Span(s, f.times[0].begin, f.times[0].end), "Thursday night");
  EXPECT_EQ(f.times[0].display, "Thursday night");
  ASSERT_EQ(f.names.size(), 1u);
  EXPECT_EQ(f.names[0].display, "Nina Osk");
  EXPECT_EQ(f.names[0].role, "county sheriff");
  ASSERT_EQ(f.negations.size(), 1u);
  EXPECT_EQ(f.negations[0].predicate, "reopen");
  ASSERT_EQ(f.attributions.size(), 1u);
  EXPECT_EQ(f.attributions[0].who, "The county sheriff, Nina Osk");
  EXPECT_EQ(f.attributions[0].key, "county sheriff, nina osk");
  EXPECT_TRUE(f.modalities.empty());
}

// "almost no", "nearly nothing" state a small amount; "no" alone denies.
TEST(FactsTest, AlmostNoIsAnAmountNotANegation) {
  for (const std::string s : {"There was almost no visibility when the ferry struck.",
                              "Nearly nothing was left of the pier.", "Virtually none of the cargo was saved."}) {
    EXPECT_TRUE(Extract(s).negations.empty()) << s;
  }
  const std::string denial = "There was no visibility when the ferry struck.";
  EXPECT_EQ(Extract(denial).negations.size(), 1u);
}

// A time is read before a quantity at each token; names skip the tokens of both.
TEST(FactsTest, ReaderOrder) {
  const std::string s = "Two years ago, 2000 troops left Carrow in May 2019 with Magnitude Labs.";
  const tri::Facts f = Extract(s);
  std::string times, quantities, names;
  for (const auto& t : f.times) times += "[" + Span(s, t.begin, t.end) + "]";
  for (const auto& q : f.quantities) quantities += "[" + Span(s, q.begin, q.end) + "]";
  for (const auto& n : f.names) names += "[" + n.display + "]";
  EXPECT_EQ(times, "[Two years ago][May 2019]");
  EXPECT_EQ(quantities, "[2000 troops]");
  EXPECT_EQ(names, "[Carrow][Magnitude Labs]");
}

TEST(FactsTest, EmptyAndOffsetUnits) {
  const tri::Facts empty = Extract("");
  EXPECT_TRUE(empty.quantities.empty() && empty.times.empty() && empty.names.empty() &&
              empty.attributions.empty() && empty.negations.empty() && empty.modalities.empty());
  // A unit in the middle of a text: offsets are into the whole text.
  const std::string s = "Intro text. The convoy had around 90 trucks. Outro 12 words.";
  const size_t b = s.find("The"), e = s.find(" Outro");
  const tri::Facts f = tri::extract_facts(s, tri::tokenize(s, b, e));
  ASSERT_EQ(f.quantities.size(), 1u);
  EXPECT_EQ(Span(s, f.quantities[0].begin, f.quantities[0].end), "around 90 trucks");
}

// Any token sequence: every span inside the unit, intervals ordered and finite.
TEST(FactsTest, SpansStayInsideUnitForArbitraryInput) {
  static const char* const kPieces[] = {
      "about", "around", "up", "to", "between", "and", "from", "10", "15", "-", "\xE2\x80\x93",
      "$", "\xE2\x82\xAC", "%", "per", "cent", "million", "m", "bn", "a", "dozen", "dozens",
      "of", "tens", "thousands", "first", "75th", "Monday", "late", "evening", "January", "May",
      "2019", "since", "two", "years", "ago", "last", "Osk", "President", "Prime", "Minister",
      "Mr", ".", ",", ":", "'s", "\xE2\x80\x99s", "said", "according", "citing", "not", "only",
      "if", "or", "expected", "set", "Anne", "marie", "bin", "J", "U.S.", "US", "led", "the",
      "people", "other", "more", "than", "nearly", "at", "least", "as", "many", "minute", "old",
      "year", "2019-06-20", "10:30", "pm", "1,000", "3.5", "000", "twenty", "hundred", "half",
      "couple", "Secretary", "General", "official", "\"", "?", "one", "\xFF", "\xC3\xA9",
      "magnitude", "km", "C", "\xC2\xB0", "minus", "in", "five", "thirds", "quarter", "sheriff",
      "county", "failed", "denied", "no", "nobody", "yet", "could", "quoted", "saying",
      "spokesman", "for", "early", "hours", "noon", "13.8", "billion", "on", "Richter", "scale",
      "killed", "dead", "mph", "/", "h", "9999999999999999999999999", "1e308"};
  const size_t n = sizeof(kPieces) / sizeof(kPieces[0]);
  unsigned long long seed = 12345;
  auto next = [&seed]() {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>(seed >> 33);
  };
  for (int it = 0; it < 20000; ++it) {
    std::string s;
    const int len = static_cast<int>(next() % 24);
    for (int k = 0; k < len; ++k) {
      if (next() % 4 != 0) s += ' ';
      s += kPieces[next() % n];
    }
    const size_t b = next() % (s.size() + 1);
    const size_t e = std::min(s.size(), b + next() % (s.size() + 1));
    const tri::Facts f = tri::extract_facts(s, tri::tokenize(s, b, e));
    auto inside = [&](size_t x, size_t y) { return b <= x && x <= y && y <= e; };
    for (const tri::Quantity& q : f.quantities) {
      ASSERT_TRUE(inside(q.begin, q.end)) << s;
      ASSERT_TRUE(q.begin <= q.num_begin && q.num_end <= q.end) << s;
      ASSERT_TRUE(q.owner_begin == q.owner_end || inside(q.owner_begin, q.owner_end)) << s;
      ASSERT_LE(q.lo, q.hi) << s;
      ASSERT_TRUE(std::isfinite(q.lo) && std::isfinite(q.hi) && std::isfinite(q.value)) << s;
    }
    for (const tri::TimeExpr& t : f.times) {
      ASSERT_TRUE(inside(t.begin, t.end)) << s;
      ASSERT_TRUE(t.hour < 24 && t.minute < 60 && t.month <= 12 && t.day <= 31) << s;
    }
    for (const tri::NameMention& m : f.names) {
      ASSERT_TRUE(inside(m.begin, m.end)) << s;
      ASSERT_TRUE(m.role_begin == m.role_end || inside(m.role_begin, m.role_end)) << s;
    }
    for (const tri::Attribution& a : f.attributions) {
      ASSERT_TRUE(inside(a.begin, a.end)) << s;
      ASSERT_TRUE(inside(a.who_begin, a.who_end)) << s;
      ASSERT_TRUE(inside(a.origin_begin, a.origin_end)) << s;
    }
    for (const tri::Negation& g : f.negations) {
      ASSERT_TRUE(inside(g.begin, g.end)) << s;
      ASSERT_TRUE(inside(g.pred_begin, g.pred_end)) << s;
      ASSERT_TRUE(inside(g.scope_begin, g.scope_end)) << s;
      ASSERT_TRUE(inside(g.modal_begin, g.modal_end)) << s;
    }
    for (const tri::Modality& m : f.modalities) {
      ASSERT_TRUE(inside(m.begin, m.end)) << s;
      ASSERT_TRUE(inside(m.scope_begin, m.scope_end)) << s;
    }
  }
}

}  // namespace
