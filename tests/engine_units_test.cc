// The engine's internal units, each against cases written for them: deterministic math, the model
// file, the lexicon, word alignment, features, candidates, clause windows, language, groups,
// disputes and independence. (Whole-engine behaviour on sentence pairs: compare_test.cc.)
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "candidates.h"
#include "conflicts.h"
#include "detmath.h"
#include "disputes.h"
#include "engine.h"
#include "terms.h"
#include "groups.h"
#include "independence.h"
#include "language.h"
#include "lexicon.h"
#include "link.h"
#include "model.h"
#include "name_kinds.h"
#include "resources.h"
#include "similarity.h"
#include "sorting.h"
#include "wordalign.h"

namespace tri {
namespace {

// ---- detmath

TEST(DetMath, AgreesWithTheLibraryToRounding) {
  for (double x : {1e-300, 1e-5, 0.1, 0.5, 0.7071, 1.0, 1.5, 2.718281828, 10.0, 12345.678, 1e300}) {
    EXPECT_NEAR(det_log(x), std::log(x), 1e-13 * std::max(1.0, std::fabs(std::log(x)))) << x;
  }
  for (double x : {-700.0, -20.0, -1.0, -1e-9, 0.0, 0.3, 1.0, 5.5, 40.0, 700.0}) {
    EXPECT_NEAR(det_exp(x) / std::exp(x), 1.0, 1e-13) << x;
  }
  EXPECT_EQ(det_log(1.0), 0.0);
  EXPECT_EQ(det_exp(0.0), 1.0);
  EXPECT_EQ(sigmoid(0.0), 0.5);
  EXPECT_TRUE(std::isinf(det_log(0.0)));
  EXPECT_TRUE(std::isnan(det_log(-1.0)));
  EXPECT_EQ(det_exp(-1000.0), 0.0);
}

// ---- model

const char* const kTinyModel =
    "# a test model\n"
    "model test-1\n"
    "features 2 x y\n"
    "threshold agree 0.6\n"
    "base 0.5\n"
    "tree 3\n"
    "0 1.5 1 2 0\n"
    "-1 0 -1 -1 -1\n"
    "-1 0 -1 -1 2\n";

TEST(Model, EvaluatesTreesAndThresholds) {
  Model m;
  ASSERT_EQ(m.load(kTinyModel), "");
  EXPECT_EQ(m.id(), "test-1");
  EXPECT_EQ(m.features(), names_digest("x y "));
  EXPECT_NE(m.features(), names_digest("y x "));
  EXPECT_DOUBLE_EQ(m.log_odds({1.0, 0.0}), -0.5);  // x <= 1.5: left leaf
  EXPECT_DOUBLE_EQ(m.log_odds({2.0, 0.0}), 2.5);   // right leaf
  EXPECT_DOUBLE_EQ(m.probability({2.0, 0.0}), sigmoid(2.5));
  EXPECT_DOUBLE_EQ(m.threshold("agree"), 0.6);
  EXPECT_DOUBLE_EQ(m.threshold("missing"), 1.0);
}

// Trees of different depths, with leaves above the deepest level, give what walking each tree
// from its root gives (the model keeps them as perfect trees of one depth).
TEST(Model, UnevenTreesWalkAsWritten) {
  const char* const kUneven =
      "model uneven\n"
      "features 3 x y z\n"
      "base -0.25\n"
      "tree 7\n"        // x <= 1 ? (y <= 2 ? 1 : 2) : 3   (a leaf at depth 1)
      "0 1 1 4 0\n"
      "1 2 2 3 0\n"
      "-1 0 -1 -1 1\n"
      "-1 0 -1 -1 2\n"
      "-1 0 -1 -1 3\n"
      "-1 0 -1 -1 0\n"  // unreachable
      "-1 0 -1 -1 0\n"
      "tree 1\n"        // a lone leaf
      "-1 0 -1 -1 0.5\n"
      "tree 7\n"        // z <= 0.5 ? 10 : (x <= 3 ? (y <= 1 ? 20 : 30) : 40)   (depth 3)
      "2 0.5 1 2 0\n"
      "-1 0 -1 -1 10\n"
      "0 3 3 4 0\n"
      "1 1 5 6 0\n"
      "-1 0 -1 -1 40\n"
      "-1 0 -1 -1 20\n"
      "-1 0 -1 -1 30\n";
  Model m;
  ASSERT_EQ(m.load(kUneven), "");
  const auto walked = [](double x, double y, double z) {
    double sum = -0.25 + 0.5;
    sum += x <= 1 ? (y <= 2 ? 1 : 2) : 3;
    sum += z <= 0.5 ? 10 : (x <= 3 ? (y <= 1 ? 20 : 30) : 40);
    return sum;
  };
  for (double x : {0.0, 1.0, 2.0, 3.0, 5.0})
    for (double y : {0.0, 1.0, 1.5, 2.0, 4.0})
      for (double z : {0.0, 0.5, 1.0}) EXPECT_EQ(m.log_odds({x, y, z}), walked(x, y, z)) << x << " " << y << " " << z;
  // A missing value counts as 0; a value that is not a number goes right at every split.
  EXPECT_EQ(m.log_odds({2.0}), walked(2.0, 0.0, 0.0));
  const double nan = std::nan("");
  EXPECT_EQ(m.log_odds({nan, nan, nan}), -0.25 + 0.5 + 3 + 40);
}

TEST(Model, RefusesBrokenFiles) {
  const char* const kBad[] = {
      "",                                                              // no model
      "model m\nfeatures 2 x\nbase 0\ntree 1\n-1 0 -1 -1 0\n",           // feature count
      "model m\nfeatures 1 x\nbase 0\ntree 2\n0 1 1 0 0\n-1 0 -1 -1 0\n",  // a node points back
      "model m\nfeatures 1 x\nbase 0\ntree 3\n0 1 1 2 0\n",               // tree ends early
      "model m\nfeatures 1 x\nbase zero\ntree 1\n-1 0 -1 -1 0\n",         // not a number
      "model m\nfeatures 1 x\nbase 0\ntree 1\n3 0 -1 -1 0\n-1\n",          // stray line
      // a tree of depth 10 among a hundred leaves: every tree would take 2,047 nodes
      [] {
        static std::string text = [] {
          std::string t = "model m\nfeatures 1 x\nbase 0\ntree 21\n";
          for (int k = 0; k < 10; ++k)
            t += "0 1 " + std::to_string(2 * k + 1) + " " + std::to_string(2 * k + 2) + " 0\n-1 0 -1 -1 0\n";
          t += "-1 0 -1 -1 0\n";
          for (int k = 0; k < 100; ++k) t += "tree 1\n-1 0 -1 -1 0\n";
          return t;
        }();
        return text.c_str();
      }(),
  };
  for (const char* text : kBad) {
    Model m;
    EXPECT_NE(m.load(text), "") << text;
  }
}

// ---- lexicon

TEST(Lexicon, RelationsFromItsData) {
  Lexicon lx;
  ASSERT_EQ(lx.load("@syn\nhurt injur wound\n@der\ndepart departur\n@hyp\nguitar : instrument | devic\n"
                    "flute : instrument\n@ant\nrise fall\nlarg small\n@exc\nleft leav\n@verb\nleav depart\n@adj\nlarg small\n",
                    "10 the\n40 guitar\n"),
            "");
  const auto id = [&](const char* k) { return lx.id(k); };
  EXPECT_EQ(lx.relation(id("hurt"), id("wound")), WordRelation::kSynonym);
  EXPECT_EQ(lx.relation(id("departur"), id("depart")), WordRelation::kDerivation);
  EXPECT_EQ(lx.relation(id("guitar"), id("instrument")), WordRelation::kHypernym);
  EXPECT_EQ(lx.relation(id("instrument"), id("guitar")), WordRelation::kHyponym);
  EXPECT_EQ(lx.relation(id("guitar"), id("devic")), WordRelation::kHypernym);  // two levels up
  EXPECT_EQ(lx.relation(id("guitar"), id("flute")), WordRelation::kSibling);
  EXPECT_EQ(lx.relation(id("fall"), id("rise")), WordRelation::kAntonym);
  EXPECT_EQ(lx.relation(id("hurt"), id("guitar")), WordRelation::kNone);
  EXPECT_EQ(lx.relation(Lexicon::kUnknown, id("hurt")), WordRelation::kNone);
  EXPECT_EQ(lx.base_form("left"), "leav");
  EXPECT_EQ(lx.base_form("right"), "right");
  EXPECT_TRUE(lx.is_verb(id("depart")));
  EXPECT_FALSE(lx.is_verb(id("guitar")));
  EXPECT_TRUE(lx.is_adjective(id("small")));
  EXPECT_FALSE(lx.is_adjective(id("depart")));
  EXPECT_FALSE(lx.is_verb(id("larg")));
  EXPECT_DOUBLE_EQ(lx.idf(id("the")), 2.5);
  EXPECT_GT(lx.idf(id("hurt")), lx.idf(id("guitar")));  // not in the list: rarer than the rarest
}

// A made-up lexicon of kMadeUpWords words "w0", "w1", ... dense enough that the lexicon's hashed
// signatures collide: 60 synonym sets, 80 derivations, 40 antonyms, 150 words with two parents and
// a hypernym above them. The lists are kept for the expectations.
constexpr int kMadeUpWords = 300;
struct MadeUpLexicon {
  std::string text;
  std::vector<std::vector<int>> syn;
  std::vector<std::pair<int, int>> der, ant;
  std::vector<std::pair<int, std::vector<int>>> parents, upper;  // one @hyp line each
};
std::string made_up_word(int k) { return "w" + std::to_string(k); }
MadeUpLexicon made_up_lexicon() {
  MadeUpLexicon m;
  constexpr int kWords = kMadeUpWords;
  uint32_t seed = 12345;
  const auto next = [&](int n) {
    seed = seed * 1103515245u + 12345u;
    return static_cast<int>((seed >> 8) % static_cast<uint32_t>(n));
  };
  const auto w = made_up_word;
  auto& [text, syn, der, ant, parents, upper] = m;
  text = "@syn\n";
  for (int g = 0; g < 60; ++g) {
    syn.push_back({next(kWords), next(kWords), next(kWords)});
    text += w(syn.back()[0]) + " " + w(syn.back()[1]) + " " + w(syn.back()[2]) + "\n";
  }
  text += "@der\n";
  for (int k = 0; k < 80; ++k) {
    der.emplace_back(next(kWords), next(kWords));
    text += w(der.back().first) + " " + w(der.back().second) + "\n";
  }
  text += "@ant\n";
  for (int k = 0; k < 40; ++k) {
    ant.emplace_back(next(kWords), next(kWords));
    text += w(ant.back().first) + " " + w(ant.back().second) + "\n";
  }
  text += "@hyp\n";
  for (int k = 0; k < 150; ++k) {
    const int x = next(kWords);
    parents.push_back({x, {next(kWords), next(kWords)}});
    upper.push_back({x, {next(kWords)}});
    text += w(x) + " : " + w(parents.back().second[0]) + " " + w(parents.back().second[1]) + " | " +
            w(upper.back().second[0]) + "\n";
  }
  return m;
}

// The quick test of relation() (hashed signatures of what each word reaches) never hides a
// relation: on a made-up lexicon of 300 words dense enough that signatures collide, every pair of
// words relates exactly as its lists say.
TEST(Lexicon, SignaturesNeverHideARelation) {
  constexpr int kWords = kMadeUpWords;
  const auto w = made_up_word;
  const MadeUpLexicon m = made_up_lexicon();
  const auto& [text, syn, der, ant, parents, upper] = m;
  Lexicon lx;
  ASSERT_EQ(lx.load(text, ""), "");
  const auto listed = [](const std::vector<std::pair<int, int>>& pairs, int x, int y) {
    for (const auto& [a, b] : pairs)
      if ((a == x && b == y) || (a == y && b == x)) return true;
    return false;
  };
  std::vector<std::set<int>> first(kWords), all(kWords);  // hypernyms one level up; all levels
  for (size_t k = 0; k < parents.size(); ++k)
    for (int h : {parents[k].second[0], parents[k].second[1], upper[k].second[0]}) {
      all[parents[k].first].insert(h);
      if (h != upper[k].second[0] || h == parents[k].second[0] || h == parents[k].second[1])
        first[parents[k].first].insert(h);
    }
  int related = 0;
  for (int x = 0; x < kWords; ++x)
    for (int y = 0; y < kWords; ++y) {
      WordRelation want = WordRelation::kNone;
      bool sibling = false, synonym = false;
      for (const auto& g : syn)
        synonym = synonym || ((g[0] == x || g[1] == x || g[2] == x) && (g[0] == y || g[1] == y || g[2] == y));
      for (int p : first[x]) sibling = sibling || first[y].count(p);
      if (lx.id(w(x)) == Lexicon::kUnknown || lx.id(w(y)) == Lexicon::kUnknown) want = WordRelation::kNone;
      else if (x == y) want = WordRelation::kSame;
      else if (synonym) want = WordRelation::kSynonym;
      else if (listed(ant, x, y)) want = WordRelation::kAntonym;
      else if (listed(der, x, y)) want = WordRelation::kDerivation;
      else if (all[x].count(y)) want = WordRelation::kHypernym;
      else if (all[y].count(x)) want = WordRelation::kHyponym;
      else if (sibling) want = WordRelation::kSibling;
      related += want != WordRelation::kNone && want != WordRelation::kSame;
      ASSERT_EQ(lx.relation(lx.id(w(x)), lx.id(w(y))), want) << w(x) << " " << w(y);
    }
  EXPECT_GT(related, 1000);  // the made-up lexicon relates enough pairs to test
}

// A comparison's own signatures (WordSignatures) hash only the keys its words share: they
// never hide a relation between two of its words, they tell more unrelated pairs apart than the
// lexicon's, a word related to none of the others has none, and the aligner gives the same
// alignment with them as with the lexicon's.
TEST(RelationMemo, NarrowedSignaturesNeverHideARelation) {
  Lexicon lx;
  ASSERT_EQ(lx.load(made_up_lexicon().text, ""), "");
  std::vector<uint32_t> words;  // two words of every five
  for (int k = 0; k < kMadeUpWords; ++k)
    if (k % 5 < 2 && lx.id(made_up_word(k)) != Lexicon::kUnknown) words.push_back(lx.id(made_up_word(k)));
  ASSERT_GT(words.size(), 80u);
  RelationMemo memo(lx);
  EXPECT_EQ(memo.narrowed(), nullptr);  // before narrow(): the lexicon's signatures
  const WordSignatures own(lx, words);
  memo.narrow(&own);
  EXPECT_TRUE(own.knows(words[0]));
  EXPECT_TRUE(own.knows(Lexicon::kUnknown));  // no signatures either way
  EXPECT_FALSE(own.knows(lx.id(made_up_word(2))));  // a word of the lexicon, not of these
  Lexicon::Signature xi, xr, yi, yr;
  int related = 0, narrower = 0, alone = 0;
  for (uint32_t x : words) {
    own.get(x, &xi, &xr);
    bool any = false;
    for (uint32_t y : words) {
      if (x == y) continue;
      own.get(y, &yi, &yr);
      const bool meet = xi.meets(yr) || xr.meets(yi);
      if (lx.relation(x, y) != WordRelation::kNone) {
        ++related, any = true;
        EXPECT_TRUE(meet) << x << " " << y;
      } else if (!meet && (lx.is(x).meets(lx.reaches(y)) || lx.reaches(x).meets(lx.is(y)))) {
        ++narrower;
      }
    }
    if (!any) {
      ++alone;
      EXPECT_FALSE(xi.meets(xi) || xr.meets(xr)) << x;  // empty
    }
  }
  EXPECT_GT(related, 100);
  EXPECT_GT(narrower, 100);
  EXPECT_GT(alone, 0);
  // Units of eight of these words: the same matches with the memo as with the lexicon alone.
  uint32_t seed = 7;
  const auto unit = [&] {
    std::vector<WordToken> u(8);
    for (WordToken& w : u) {
      seed = seed * 1103515245u + 12345u;
      w.lex = w.term = words[(seed >> 8) % words.size()];
      w.flags = kContent;
    }
    return u;
  };
  for (int k = 0; k < 200; ++k) {
    const std::vector<WordToken> a = unit(), b = unit();
    const WordAlignment with = align_words(a, b, lx, &memo), without = align_words(a, b, lx);
    ASSERT_EQ(with.matches.size(), without.matches.size());
    for (size_t m = 0; m < with.matches.size(); ++m) {
      EXPECT_EQ(with.matches[m].i, without.matches[m].i);
      EXPECT_EQ(with.matches[m].j, without.matches[m].j);
      EXPECT_EQ(with.matches[m].m, without.matches[m].m);
    }
    EXPECT_EQ(with.a_to_b, without.a_to_b);
  }
}

// Thousands of words (more than the table of ids first has room for) keep one id each
// and their relations; a list with repeats in any order reads as the set it names; a refused load
// leaves nothing half read.
TEST(Lexicon, ManyWordsKeepTheirIdsAndLists) {
  const auto w = [](int k) { return "w" + std::to_string(k); };
  std::string text = "@syn\n", freq = "12";
  for (int k = 0; k < 6000; k += 3) text += w(k) + " " + w(k + 1) + " " + w(k + 2) + "\n";
  text += "@hyp\nw7 : w900 w30 w900 w4 w30";
  for (int k = 5999; k >= 5000; --k) text += " " + w(k);
  text += " | w30 w11\n";
  for (int k = 0; k < 6000; k += 2) freq += " " + w(k);
  Lexicon lx;
  ASSERT_EQ(lx.load(text, freq + "\n"), "");
  EXPECT_EQ(lx.size(), 6000u);
  std::set<uint32_t> ids;
  for (int k = 0; k < 6000; ++k) ids.insert(lx.id(w(k)));
  EXPECT_EQ(ids.size(), 6000u);
  EXPECT_EQ(ids.count(Lexicon::kUnknown), 0u);
  EXPECT_EQ(lx.id("w6000"), Lexicon::kUnknown);
  EXPECT_EQ(lx.id(""), Lexicon::kUnknown);
  for (int k = 0; k < 6000; k += 3) {
    ASSERT_EQ(lx.relation(lx.id(w(k)), lx.id(w(k + 2))), WordRelation::kSynonym) << k;
    if (k > 0) {
      ASSERT_NE(lx.relation(lx.id(w(k)), lx.id(w(k - 1))), WordRelation::kSynonym) << k;
    }
  }
  for (int k : {900, 30, 4, 11, 5000, 5999})
    EXPECT_EQ(lx.relation(lx.id("w7"), lx.id(w(k))), WordRelation::kHypernym) << k;
  EXPECT_TRUE(lx.parent(lx.id("w7"), lx.id("w30")));
  EXPECT_TRUE(lx.parent(lx.id("w7"), lx.id("w5500")));
  EXPECT_FALSE(lx.parent(lx.id("w7"), lx.id("w11")));  // two levels up
  EXPECT_DOUBLE_EQ(lx.idf(lx.id("w5998")), 3.0);
  EXPECT_GT(lx.idf(lx.id("w5999")), 3.0);  // not in the list
  ASSERT_NE(lx.load(text + "@der\nw1\n", ""), "");
  EXPECT_EQ(lx.size(), 0u);
  EXPECT_EQ(lx.id("w7"), Lexicon::kUnknown);
}

TEST(Lexicon, RefusesBadLines) {
  Lexicon a, b, c, d, e, f;
  EXPECT_NE(a.load("@der\nonly\n", "").find("only"), std::string::npos);  // the message quotes the line
  EXPECT_NE(b.load("@hyp\nguitar instrument\n", ""), "");
  EXPECT_NE(c.load("", "notanumber word\n"), "");
  EXPECT_NE(d.load("@cap\nvaduz liechtenstein\n", ""), "");  // no ":"
  EXPECT_NE(e.load("@syn\nalone\n", ""), "");                   // a set of one word
  EXPECT_NE(f.load("before any section\n", ""), "");
}

TEST(Lexicon, CapitalsByTheirCountry) {
  Lexicon lx;
  ASSERT_EQ(lx.load("@cap\nlisbon lisboa : portug | portugues | portugues republ\nvaduz : liechtenstein\n", ""), "");
  ASSERT_NE(lx.capital_of("portugues"), nullptr);
  EXPECT_EQ(*lx.capital_of("portugues"), "lisbon");
  EXPECT_EQ(*lx.capital_of("portugues republ"), "lisbon");
  EXPECT_EQ(*lx.capital_of("liechtenstein"), "vaduz");
  EXPECT_EQ(lx.capital_of("republ"), nullptr);
  EXPECT_EQ(lx.base_form("lisboa"), "lisbon");  // another spelling is the city
}

// ---- the pipeline's units, on our own sentences, with the engine's data

struct Built {
  Result r;
  std::vector<SourceData> data;
  Vocabulary vocab;
  std::vector<SimUnit> units;
};

Built build(const std::vector<std::string>& texts) {
  Built b;
  Input in;
  for (size_t k = 0; k < texts.size(); ++k) in.sources.push_back({"s" + std::to_string(k), "", texts[k]});
  EXPECT_TRUE(prepare_sources(in, &b.r, &b.data));
  const Resources* res = resources();
  EXPECT_NE(res, nullptr);
  for (size_t s = 0; s < b.data.size(); ++s)
    for (size_t k = 0; k < b.data[s].size(); ++k)
      if (b.data[s][k].linkable)
        b.units.push_back(make_sim_unit(static_cast<int>(s), static_cast<int>(k), false, b.data[s][k],
                                        res->lexicon, &b.vocab));
  return b;
}

// The screen for pairs scored under kWindowFloor finds a denial or an opposite exactly when the
// full search finds a difference of type "negation", and says nothing of the other kinds.
TEST(Conflicts, DenialOrOppositeScreensAsTheFullSearch) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"The ferry did not sail from Harwick on Monday.", "The ferry sailed from Harwick on Monday."},
      {"A large crowd gathered outside Harwick town hall to cheer the mayor.",
       "A small crowd gathered outside Harwick town hall to cheer the mayor."},
      {"The ferry left Harwick on Monday.", "The ferry left Harwick on Tuesday."},
      {"Forty passengers boarded the ferry.", "Fifty passengers boarded the ferry."},
      {"The mayor opened the new bridge.", "The harbour board met in the town hall."}};
  int with = 0, without = 0;
  for (const auto& [x, y] : pairs) {
    Built b = build({x, y});
    ASSERT_EQ(b.units.size(), 2u) << x;
    const Lexicon& lx = resources()->lexicon;
    const WordAlignment al = align_words(b.units[0].words, b.units[1].words, lx);
    const std::vector<Difference> all =
        find_differences(b.units[0], b.units[1], al, b.r.sources[0].text, b.r.sources[1].text, lx);
    bool negation = false;
    for (const Difference& d : all) negation = negation || d.discrepancy.type == "negation";
    EXPECT_EQ(denial_or_opposite(b.units[0], b.units[1], al, b.r.sources[0].text, b.r.sources[1].text, lx), negation)
        << x << " / " << y;
    (negation ? with : without) += 1;
  }
  EXPECT_EQ(with, 2);  // the denial and the opposite adjectives
  EXPECT_EQ(without, 3);
}

// A name takes the kinds the cluster introduces it with ("the tanker Merrow Star"), not a
// time's ("the tanker Monday"), and not a kind that introduces two names.
TEST(NameKinds, FromTheNounThatIntroducesTheName) {
  const Lexicon& lx = resources()->lexicon;
  const auto kinds_of = [&](const Built& b, const std::string& word) {
    std::vector<uint32_t> out;
    for (const SimUnit& u : b.units)
      for (size_t k = 0; k < u.words.size(); ++k)
        if (u.data->tokens[k].norm == word)
          for (uint32_t x : u.words[k].kinds)
            if (x != Lexicon::kUnknown) out.push_back(x);
    return out;
  };
  Built one = build({"The tanker Merrow Star ran aground on Friday.", "The vessel, the Kell Dawn, stayed in port."});
  learn_name_kinds(lx, &one.units);
  EXPECT_EQ(kinds_of(one, "star"), std::vector<uint32_t>({lx.id("tanker")}));
  EXPECT_EQ(kinds_of(one, "merrow"), std::vector<uint32_t>({lx.id("tanker")}));
  EXPECT_EQ(kinds_of(one, "dawn"), std::vector<uint32_t>({lx.id("vessel")}));  // in apposition
  Built two = build({"The tanker Merrow Star ran aground.", "The tanker Kell Dawn stayed in port.",
                     "Crews worked on the tanker Monday."});
  learn_name_kinds(lx, &two.units);
  EXPECT_TRUE(kinds_of(two, "star").empty());  // "the tanker" could be either
  EXPECT_TRUE(kinds_of(two, "monday").empty());
}

// A denial whose subject is a name and a statement whose subject is the noun the cluster
// introduces that name with speak of one thing: the denial is anchored.
TEST(Conflicts, ADenialOfANameAnchorsOnItsKind) {
  const std::vector<std::string> texts = {"The tanker Merrow Star ran aground off Kell Point on Friday.",
                                          "The company said the ship had passed its annual safety inspection in May.",
                                          "Records show the Merrow Star had not passed its annual safety inspection in May."};
  for (bool learnt : {false, true}) {
    Built b = build(texts);
    ASSERT_EQ(b.units.size(), 3u);
    if (learnt) learn_name_kinds(resources()->lexicon, &b.units);
    const Lexicon& lx = resources()->lexicon;
    const WordAlignment al = align_words(b.units[2].words, b.units[1].words, lx);
    const std::vector<Difference> d =
        find_differences(b.units[2], b.units[1], al, b.r.sources[2].text, b.r.sources[1].text, lx);
    ASSERT_EQ(d.size(), 1u) << learnt;
    EXPECT_EQ(d[0].discrepancy.type, "negation");
    EXPECT_EQ(d[0].anchored, learnt);  // without the cluster's introduction, "Merrow Star" is anyone
  }
}

// A statement and its denial in the same words is told from one with more to it, one in other
// words, and a denial of too little to say what it denies.
TEST(Conflicts, DenialWordForWord) {
  const std::vector<std::tuple<std::string, std::string, bool>> cases = {
      {"There is no dog swimming in the lake", "A dog is swimming in the lake", true},
      {"The ferry did not sail from Harwick.", "The ferry sailed from Harwick.", true},
      {"The ferry did not sail from Harwick.", "The ferry sailed from Harwick on Monday.", false},  // more to it
      {"The boy is not sleeping", "The child is sleeping", false},  // other words: for the model
      {"It did not happen.", "It happened.", false},                // one word
  };
  for (const auto& [x, y, want] : cases) {
    Built b = build({x, y});
    ASSERT_EQ(b.units.size(), 2u) << x;
    const WordAlignment al = align_words(b.units[0].words, b.units[1].words, resources()->lexicon);
    EXPECT_EQ(denial_word_for_word(b.units[0], b.units[1], al), want) << x << " / " << y;
    EXPECT_EQ(denial_word_for_word(b.units[1], b.units[0], align_words(b.units[1].words, b.units[0].words, resources()->lexicon)), want)
        << y << " / " << x;
  }
}

TEST(WordAlign, AlignsContentThenFunctionWordsOnce) {
  Built b = build({"The two children were rescued from the rubble.", "Rescuers freed the two children from the ruins."});
  ASSERT_EQ(b.units.size(), 2u);
  const WordAlignment al = align_words(b.units[0].words, b.units[1].words, resources()->lexicon);
  const auto& ta = b.data[0][0].tokens;
  const auto& tb = b.data[1][0].tokens;
  int children = -1;
  for (size_t k = 0; k < ta.size(); ++k)
    if (ta[k].norm == "children") children = al.a_to_b[k];
  ASSERT_GE(children, 0);
  EXPECT_EQ(tb[static_cast<size_t>(children)].norm, "children");
  // One-to-one.
  std::vector<int> seen(tb.size(), 0);
  for (int j : al.a_to_b) {
    if (j >= 0) {
      EXPECT_EQ(++seen[static_cast<size_t>(j)], 1);
    }
  }
  for (size_t k = 0; k < ta.size(); ++k) {
    if (al.a_to_b[k] >= 0) {
      EXPECT_EQ(al.b_to_a[static_cast<size_t>(al.a_to_b[k])], static_cast<int>(k));
    }
  }
}

// "the Portuguese capital", "Portugal's capital" and "the capital of Portugal" are Lisbon (the
// engine's lexicon, from WordNet); "capital markets" and a country not capitalised are not.
TEST(WordAlign, ACapitalNamedByItsCountryIsTheCity) {
  Built b = build({"Ministers left Lisbon on Friday.",
                   "Ministers left the Portuguese capital on Friday.",
                   "Ministers left Portugal's capital on Friday.",
                   "Ministers left the capital of Portugal on Friday.",
                   "Portuguese capital markets fell on Friday.",
                   "Ministers left the portuguese capital on Friday."});
  ASSERT_EQ(b.units.size(), 6u);
  const Lexicon& lx = resources()->lexicon;
  const auto aligned_to_lisbon = [&](size_t u) {
    const WordAlignment al = align_words(b.units[0].words, b.units[u].words, lx);
    const int j = al.a_to_b[2];  // "Lisbon"
    return j >= 0 ? b.data[static_cast<size_t>(u)][0].tokens[static_cast<size_t>(j)].norm : std::string();
  };
  EXPECT_EQ(aligned_to_lisbon(1), "capital");
  EXPECT_EQ(aligned_to_lisbon(2), "capital");
  EXPECT_EQ(aligned_to_lisbon(3), "capital");
  EXPECT_EQ(aligned_to_lisbon(4), "");
  EXPECT_EQ(aligned_to_lisbon(5), "");
  // A country and its adjective are derivations of each other ("Portugal" / "Portuguese").
  const auto key_of = [](const std::string& w) { return term_key(tokenize(w, 0, w.size()).at(0)); };
  EXPECT_EQ(lx.relation(lx.id(key_of("Portugal")), lx.id(key_of("Portuguese"))), WordRelation::kDerivation);
  // And its capital stands for it ("Lisbon said" / "Portugal said").
  EXPECT_EQ(lx.relation(lx.id(key_of("Lisbon")), lx.id(key_of("Portugal"))), WordRelation::kDerivation);
  EXPECT_EQ(lx.relation(lx.id(key_of("Lisbon")), lx.id(key_of("Madrid"))), WordRelation::kNone);
}

// A value written in words is one word with the number's key, however many words it takes: "four
// hundred and fifty" aligns with "450" and leaves no "hundred" or "fifty" unaligned; "no one"
// stays a denial, not the number 0.
TEST(WordAlign, AValueInWordsIsOneNumber) {
  Built b = build({"The fire burned 450 hectares.", "The fire burned four hundred and fifty hectares.",
                   "Some 1,200 nurses went on strike.", "Twelve hundred nurses went on strike.",
                   "No one was hurt."});
  ASSERT_EQ(b.units.size(), 5u);
  const Lexicon& lx = resources()->lexicon;
  const auto unaligned = [&](size_t x, size_t y) {
    const WordAlignment al = align_words(b.units[x].words, b.units[y].words, lx);
    int n = 0;
    for (size_t k = 0; k < al.b_to_a.size(); ++k)
      n += al.b_to_a[k] < 0 && b.units[y].words[k].term != kNoTerm && (b.units[y].words[k].flags & kContent);
    return n;
  };
  EXPECT_EQ(unaligned(0, 1), 0);
  EXPECT_EQ(unaligned(2, 3), 0);
  int content = 0;
  for (const WordToken& w : b.units[1].words) content += (w.flags & kContent) != 0;
  EXPECT_EQ(content, 4);  // fire, burned, 450, hectares
  bool denies = false;
  for (const WordToken& w : b.units[4].words) denies = denies || (w.flags & kNegator);
  EXPECT_TRUE(denies);
}

// A verb and its particle, or a verb and a noun, that WordNet knows as one verb match as that verb
// ("broke out" / "started", "stepped down" / "resigned", "took place" / "happened"); the verb
// alone does not, and a number's hedge is no particle ("rose up to 40 metres" is not "rose up").
TEST(WordAlign, AVerbAndItsParticleMatchAsOneVerb) {
  Built b = build({"The blaze broke out before dawn.", "The blaze started before dawn.",
                   "The mayor stepped down in June.", "The mayor resigned in June.",
                   "The blaze broke the windows before dawn.",
                   "The river rose up to 40 metres overnight.", "The river rose 40 metres overnight.",
                   "The vote took place on Monday.", "The vote happened on Monday."});
  ASSERT_EQ(b.units.size(), 9u);
  const Lexicon& lx = resources()->lexicon;
  const auto match_of = [&](size_t u, size_t v, const std::string& word) {
    const WordAlignment al = align_words(b.units[u].words, b.units[v].words, lx);
    const auto& t = b.data[u][0].tokens;
    for (size_t k = 0; k < t.size(); ++k)
      if (t[k].norm == word) return al.a_match[k];
    return WordMatch::kNone;
  };
  // WordNet has "break out" and "step down" below "start" and "resign"; "break" and "step" alone
  // are unrelated to them.
  EXPECT_EQ(match_of(0, 1, "broke"), WordMatch::kHypernym);
  EXPECT_EQ(match_of(2, 3, "stepped"), WordMatch::kHypernym);
  const auto key_of = [](const std::string& w) { return term_key(tokenize(w, 0, w.size()).at(0)); };
  EXPECT_EQ(lx.relation(lx.id(key_of("break")), lx.id(key_of("start"))), WordRelation::kNone);
  EXPECT_EQ(lx.relation(lx.id(key_of("step")), lx.id(key_of("resign"))), WordRelation::kNone);
  EXPECT_EQ(match_of(4, 1, "broke"), WordMatch::kNone);
  EXPECT_EQ(b.units[5].words[3].phrase, Lexicon::kUnknown);  // "rose" before "up to 40"
  EXPECT_EQ(match_of(5, 6, "rose"), WordMatch::kExact);
  // A verb and a noun: "took place" / "happened".
  EXPECT_EQ(lx.relation(lx.id(key_of("take")), lx.id(key_of("happen"))), WordRelation::kNone);
  EXPECT_NE(match_of(7, 8, "took"), WordMatch::kNone);
}

// The shipped lexicon (scripts/make-lexicon.py) relates an adjective and the noun it pertains to,
// and an adverb and its adjective, as derivations: WordNet's pertainyms.
TEST(Lexicon, PertainymsAreDerivations) {
  const Lexicon& lx = resources()->lexicon;
  const auto key_of = [](const std::string& w) { return term_key(tokenize(w, 0, w.size()).at(0)); };
  EXPECT_EQ(lx.relation(lx.id(key_of("urban")), lx.id(key_of("city"))), WordRelation::kDerivation);
  EXPECT_EQ(lx.relation(lx.id(key_of("fiscal")), lx.id(key_of("finance"))), WordRelation::kDerivation);
  EXPECT_EQ(lx.relation(lx.id(key_of("heavily")), lx.id(key_of("heavy"))), WordRelation::kDerivation);
  EXPECT_EQ(lx.relation(lx.id(key_of("urban")), lx.id(key_of("finance"))), WordRelation::kNone);
}

// The clause model skips pairs of pieces that share too little (kPieceReach), judged from the
// matches of the two whole units: they must be what aligning the two pieces themselves finds.
TEST(WordAlign, BestCoverOfPiecesIsReadFromTheWholeUnits) {
  Built b = build({"The storm closed the harbour on Monday, and the ferry to the island was cancelled.",
                   "Officials said the ferry service was cancelled after the harbour shut, while schools stayed open."});
  ASSERT_EQ(b.units.size(), 2u);
  const Lexicon& lx = resources()->lexicon;
  const SimUnit& a = b.units[0];
  const SimUnit& c = b.units[1];
  const WordAlignment whole = align_words(a.words, c.words, lx);
  const std::vector<SimUnit> wa = clause_windows(a), wc = clause_windows(c);
  ASSERT_FALSE(wa.empty());
  ASSERT_FALSE(wc.empty());
  std::vector<std::pair<const SimUnit*, const SimUnit*>> pairs;
  add_window_pairs(a, wa, c, wc, &pairs);
  int unrelated = 0, shared = 0;
  for (const auto& [x, y] : pairs) {
    const WordAlignment own = align_words(x->words, y->words, lx);
    const auto cover = best_cover(x->words, y->words, whole);
    EXPECT_EQ(cover, best_cover(x->words, y->words, own));
    // No alignment of the pieces covers more than that.
    double all = 0, got = 0;
    for (size_t k = 0; k < x->words.size(); ++k)
      if (x->words[k].flags & kContent) all += x->words[k].idf, got += x->words[k].idf * match_weight(own.a_match[k]);
    EXPECT_LE(got / all, cover.first + 1e-12);
    unrelated += cover.first == 0 && cover.second == 0;
    shared += cover.first > kPieceReach && cover.second > kPieceReach;
  }
  EXPECT_GT(unrelated, 0);  // "The storm closed the harbour on Monday" / "while schools stayed open"
  EXPECT_GT(shared, 0);     // the two about the ferry
}

// Pieces of two units are aligned from the units' alignment (align_within): the same alignment,
// matches, antonyms and all, as aligning the pieces word by word.
TEST(WordAlign, PiecesAlignFromTheirUnitsAsOnTheirOwn) {
  Built b = build({"Prices rose sharply in the morning, but the market closed lower as traders sold shares.",
                   "Traders bought shares in the afternoon, and prices fell before the market closed higher."});
  ASSERT_EQ(b.units.size(), 2u);
  const Lexicon& lx = resources()->lexicon;
  const SimUnit& a = b.units[0];
  const SimUnit& c = b.units[1];
  const WordAlignment whole = align_words(a.words, c.words, lx);
  EXPECT_FALSE(whole.opposites.empty());  // rose / fell, lower / higher, sold / bought
  const std::vector<SimUnit> wa = clause_windows(a), wc = clause_windows(c);
  ASSERT_FALSE(wa.empty());
  ASSERT_FALSE(wc.empty());
  std::vector<std::pair<const SimUnit*, const SimUnit*>> pairs = {{&a, &c}};
  add_window_pairs(a, wa, c, wc, &pairs);
  ASSERT_GT(pairs.size(), 3u);
  int with_antonyms = 0;
  WordAlignment within;
  for (const auto& [x, y] : pairs) {
    const WordAlignment own = align_words(x->words, y->words, lx);
    align_within(x->words, y->words, whole, &within);
    EXPECT_EQ(within.a_to_b, own.a_to_b);
    EXPECT_EQ(within.b_to_a, own.b_to_a);
    EXPECT_EQ(within.a_match, own.a_match);
    EXPECT_EQ(within.b_match, own.b_match);
    EXPECT_EQ(within.antonyms, own.antonyms);
    EXPECT_EQ(within.opposites, own.opposites);
    ASSERT_EQ(within.matches.size(), own.matches.size());
    for (size_t k = 0; k < own.matches.size(); ++k) {
      EXPECT_EQ(within.matches[k].i, own.matches[k].i);
      EXPECT_EQ(within.matches[k].j, own.matches[k].j);
      EXPECT_EQ(within.matches[k].m, own.matches[k].m);
    }
    with_antonyms += !own.antonyms.empty();
  }
  EXPECT_GT(with_antonyms, 0);
}

// "Not yet" denies only so far: it differs in polarity neither from what is still under way nor
// from a plain denial, while "not" differs from what is stated outright.
TEST(Similarity, NotYetDiffersFromNeitherPolarity) {
  Built b = build({"Engineers are still testing why the pump failed.",
                   "Engineers have not yet found why the pump failed.",
                   "Engineers haven't yet found why the pump failed.",
                   "Engineers have not found why the pump failed.",
                   "Engineers have found why the pump failed."});
  ASSERT_EQ(b.units.size(), 5u);
  const auto cw = cluster_weights(b.vocab, b.units.size());
  const auto& names = feature_names();
  const size_t differs = static_cast<size_t>(std::find(names.begin(), names.end(), "negation_differs") - names.begin());
  ASSERT_LT(differs, names.size());
  const auto negation_differs = [&](size_t i, size_t k) {
    std::vector<double> x;
    WordAlignment al;
    pair_features(b.units[i], b.units[k], {0.5}, cw, resources()->lexicon, &x, &al);
    return x[differs];
  };
  EXPECT_EQ(negation_differs(0, 1), 0.0);
  EXPECT_EQ(negation_differs(0, 2), 0.0);
  EXPECT_EQ(negation_differs(1, 3), 0.0);
  EXPECT_EQ(negation_differs(4, 1), 0.0);  // a conflict all the same: conflicts_test.cc
  EXPECT_EQ(negation_differs(0, 3), 1.0);
  EXPECT_EQ(negation_differs(4, 3), 1.0);
}

TEST(Similarity, FeaturesDoNotDependOnTheOrderOfThePair) {
  Built b = build({"About 60 firefighters were sent to the warehouse fire on Tuesday night.",
                   "The county said 35 firefighters tackled the blaze, which began on Tuesday."});
  ASSERT_EQ(b.units.size(), 2u);
  const auto cw = cluster_weights(b.vocab, b.units.size());
  std::vector<double> x, y;
  WordAlignment al;
  pair_features(b.units[0], b.units[1], {0.4}, cw, resources()->lexicon, &x, &al);
  pair_features(b.units[1], b.units[0], {0.4}, cw, resources()->lexicon, &y, &al);
  ASSERT_EQ(x.size(), feature_names().size());
  for (size_t k = 0; k < x.size(); ++k) EXPECT_NEAR(x[k], y[k], 1e-12) << feature_names()[k];
}

TEST(Similarity, ParaphraseScoresAboveSameTopicOtherClaim) {
  Built b = build({"The bridge reopened to traffic on Wednesday morning after engineers checked it.",
                   "Engineers checked the bridge and it reopened to traffic on Wednesday morning.",
                   "The mayor visited the town hall to thank the volunteers."});
  ASSERT_EQ(b.units.size(), 3u);
  const auto cw = cluster_weights(b.vocab, b.units.size());
  const Model& m = resources()->model;
  std::vector<double> x;
  WordAlignment al;
  pair_features(b.units[0], b.units[1], {0.6}, cw, resources()->lexicon, &x, &al);
  const double same = m.probability(x);
  pair_features(b.units[0], b.units[2], {0.1}, cw, resources()->lexicon, &x, &al);
  const double other = m.probability(x);
  EXPECT_GT(same, m.threshold("agree"));
  EXPECT_LT(other, m.threshold("agree"));
}

TEST(ClauseWindows, OnlyForUnitsOfSeveralClauses) {
  Built b = build({"The ferry left the harbour at dawn.",
                   "The ferry left the harbour at dawn, the crew said, and the storm arrived by noon."});
  ASSERT_EQ(b.units.size(), 2u);
  EXPECT_TRUE(clause_windows(b.units[0]).empty());
  const auto w = clause_windows(b.units[1]);
  ASSERT_FALSE(w.empty());
  for (const SimUnit& u : w) {
    int masked = 0;
    for (const WordToken& t : u.words) masked += t.term == kNoTerm;
    EXPECT_GT(masked, 0);  // each window hides the other clauses
  }
}

TEST(Sorting, SortUniqueMatchesTheStandardSort) {
  // Lengths around the insertion runs and merge widths; values with many repeats.
  uint64_t x = 88172645463325252ull;  // xorshift
  for (size_t n : {0, 1, 2, 15, 16, 17, 31, 33, 64, 100, 257, 1000}) {
    std::vector<uint64_t> v(n);
    for (uint64_t& e : v) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      e = x % (n / 2 + 1);
    }
    std::vector<uint32_t> w(v.begin(), v.end());
    std::vector<uint64_t> want = v;
    std::sort(want.begin(), want.end());
    want.erase(std::unique(want.begin(), want.end()), want.end());
    sort_unique(&v);
    sort_unique(&w);
    EXPECT_EQ(v, want) << n;
    EXPECT_EQ(std::vector<uint64_t>(w.begin(), w.end()), want) << n;
  }
}

TEST(Candidates, RelatedWordsProposeAndUnrelatedDoNot) {
  Built b = build({"The children were hurt.", "The youngsters were injured.", "Markets rallied strongly."});
  const auto c = find_candidates(b.units, resources()->lexicon, source_ranks(b.r.sources));
  bool paraphrase = false, unrelated = false;
  for (const Candidate& x : c) {
    if (x.a == 0 && x.b == 1) paraphrase = true;
    if (x.b == 2) unrelated = true;
    EXPECT_LE(x.overlap, 1.0);
  }
  EXPECT_TRUE(paraphrase);
  EXPECT_FALSE(unrelated);
}

TEST(Candidates, BoundedPerUnitWhateverTheTies) {
  // 120 sources state one sentence word for word: every pair overlaps equally, and each unit still
  // proposes only kPerUnit of them (ties broken by source id), not all 119.
  std::vector<std::string> texts(120, "Harbour crews towed the burning trawler past the lighthouse.");
  Built b = build(texts);
  ASSERT_EQ(b.units.size(), texts.size());
  const auto c = find_candidates(b.units, resources()->lexicon, source_ranks(b.r.sources));
  EXPECT_LE(c.size(), texts.size() * static_cast<size_t>(kPerUnit));
  EXPECT_GE(c.size(), static_cast<size_t>(kPerUnit));
  for (const Candidate& x : c) EXPECT_LT(x.a, x.b);
}

// ---- language

struct LanguageCase {
  const char* text;
  const char* code;
};

const LanguageCase kLanguages[] = {
    {"The river burst its banks overnight and the council has opened two shelters for families who "
     "were forced to leave their homes, a spokesman said on Monday.",
     "en"},
    {"No one was hurt.", "en"},  // short: English
    {"El río se desbordó durante la noche y el ayuntamiento abrió dos refugios para las familias que "
     "tuvieron que dejar sus casas, según dijo el portavoz del municipio el lunes por la mañana.",
     "es"},
    {"Le fleuve est sorti de son lit pendant la nuit et la mairie a ouvert deux refuges pour les "
     "familles qui ont dû quitter leur maison, a indiqué le porte-parole de la ville lundi.",
     "fr"},
    {"Река вышла из берегов ночью, и власти открыли два убежища для семей, покинувших дома.", "ru"},
    {"河水在夜间决堤，市政府为被迫离开家园的家庭开设了两个避难所。", "zh"},
    {"川が夜のうちに氾濫し、市は家を離れた家族のために避難所を二つ開いた。", "ja"},
};

TEST(Language, DetectsScriptsAndFunctionWords) {
  for (const LanguageCase& c : kLanguages) EXPECT_EQ(detect_language(c.text), c.code) << c.text;
  EXPECT_EQ(language_name("es"), "Spanish");
  EXPECT_EQ(language_name("ru"), "Cyrillic script");
  EXPECT_EQ(language_name("en"), "English");
  EXPECT_EQ(language_name("th"), "Thai script");
  EXPECT_EQ(language_name("xx"), "xx");
}

// ---- groups, disputes, independence (on results built by hand)

Result sources_of_two_units(int n) {
  Result r;
  for (int s = 0; s < n; ++s) {
    SourceResult src;
    src.id = "s" + std::to_string(s);
    src.text = "Alpha one. Beta two.";
    src.units = {Unit{0, 10, UnitKind::kClaim, "sentence", 0, -1, GroupStatus::kSingle, {}},
                 Unit{11, 20, UnitKind::kClaim, "sentence", 0, -1, GroupStatus::kSingle, {}}};
    r.sources.push_back(src);
  }
  return r;
}

Result three_sources() { return sources_of_two_units(3); }

Link link(int sa, int ua, int sb, int ub, double score, Relation rel) {
  Link l;
  l.a = {sa, ua};
  l.b = {sb, ub};
  l.score = score;
  l.relation = rel;
  return l;
}

TEST(Groups, NeverChainUnlinkedUnits) {
  Result r = three_sources();
  r.links = {link(0, 0, 1, 0, 0.9, Relation::kAgree), link(1, 0, 2, 0, 0.8, Relation::kAgree)};
  build_groups(&r);
  // {s0#0, s1#0} and {s1#0, s2#0}: s0#0 and s2#0 are not linked, so they share no group.
  int with_both = 0;
  for (const Group& g : r.groups) {
    bool a = false, c = false;
    for (const UnitRef& u : g.units) a = a || (u == UnitRef{0, 0}), c = c || (u == UnitRef{2, 0});
    with_both += a && c;
  }
  EXPECT_EQ(with_both, 0);
  EXPECT_EQ(r.sources[1].units[0].groups.size(), 2u);  // a unit in two groups
}

// A unit in kMaxGroupsPerUnit groups starts no new group, except with a unit that is in none:
// that unit's only way into a group. Such a group takes in a unit that has groups only when no
// group holds its links to the members (its claim is told nowhere else).
TEST(Groups, AFullUnitStillTakesInAnUngroupedOne) {
  Result r = sources_of_two_units(5);
  static_assert(kMaxGroupsPerUnit == 3, "the links below fill the groups of s0#0");
  r.links = {// s0#0 in three groups: {s0#0, s2#0, s3#0}, {s0#0, s1#0}, {s0#0, s1#1}; s3#1 in one
             link(3, 1, 2, 1, 0.95, Relation::kAgree), link(0, 0, 2, 0, 0.9, Relation::kAgree),
             link(2, 0, 3, 0, 0.89, Relation::kAgree), link(0, 0, 3, 0, 0.88, Relation::kAgree),
             link(0, 0, 1, 0, 0.8, Relation::kAgree), link(0, 0, 1, 1, 0.79, Relation::kAgree),
             // s4#0 in none yet; s2#0 and s3#1 linked to both s0#0 and s4#0
             link(0, 0, 4, 0, 0.6, Relation::kAgree), link(2, 0, 4, 0, 0.55, Relation::kAgree),
             link(3, 1, 4, 0, 0.5, Relation::kAgree), link(0, 0, 3, 1, 0.45, Relation::kAgree)};
  build_groups(&r);
  const auto grouped = [&](std::vector<UnitRef> units) {
    for (const Group& g : r.groups) {
      bool all = true;
      for (const UnitRef& u : units) all = all && std::find(g.units.begin(), g.units.end(), u) != g.units.end();
      if (all) return true;
    }
    return false;
  };
  // s4#0 had no group: it comes in with s0#0, and so does s3#1, which has a group, but none that
  // holds its links to s0#0 and s4#0 (before, it stayed out, and the pair was in no group).
  EXPECT_TRUE(grouped({{0, 0}, {3, 1}, {4, 0}}));
  EXPECT_TRUE(grouped({{0, 0}, {2, 0}, {4, 0}}));  // by their own link, not full
  EXPECT_EQ(r.sources[0].units[0].groups.size(), 5u);
}

TEST(Groups, CliquesBecomeOneGroupAndStatusFollowsConflicts) {
  Result r = three_sources();
  r.links = {link(0, 0, 1, 0, 0.9, Relation::kAgree), link(1, 0, 2, 0, 0.8, Relation::kAgree),
             link(0, 0, 2, 0, 0.7, Relation::kConflict)};
  r.links[2].discrepancies.push_back({"number", {0, 5}, {0, 5}, "ferries: 40 vs 12"});
  build_groups(&r);
  const Group* big = nullptr;
  for (const Group& g : r.groups)
    if (g.units.size() == 3) big = &g;
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big->sources, 3);
  EXPECT_EQ(big->status, GroupStatus::kContested);
  build_conflicts(&r);
  ASSERT_EQ(r.conflicts.size(), 1u);
  // s0 on one side; s2 on the other; s1 agrees with both, so it is in no side.
  EXPECT_EQ(r.conflicts[0].sides.size(), 2u);
}

// One value disputed in two links whose reasons name different slots is one conflict when the
// links hold one unit with the same span: the same words, read as one value, named after what
// either side counts ("15 injured" against "Twelve" and against "Twelve people"; "eight aircraft"
// against "six planes" and "six water-bombing planes"). It takes the first slot that names a
// thing. Two spans of the unit stay two conflicts.
TEST(Disputes, OneValueOfOneUnitIsOneDispute) {
  const auto two_links = [](const char* first, const char* second, size_t second_begin = 0) {
    Result r = three_sources();
    r.links = {link(0, 0, 1, 0, 0.5, Relation::kConflict), link(1, 0, 2, 0, 0.5, Relation::kConflict)};
    r.links[0].discrepancies.push_back({"number", {0, 5}, {0, 5}, first});
    r.links[1].discrepancies.push_back({"number", {second_begin, second_begin + 5}, {0, 5}, second});
    build_groups(&r);
    build_conflicts(&r);
    return r;
  };
  Result merged = two_links("number: 12 vs 15", "people: 15 vs 12");
  ASSERT_EQ(merged.conflicts.size(), 1u);
  EXPECT_EQ(merged.conflicts[0].reason, "people: 12 vs 15");  // the values in the order of the sides
  ASSERT_EQ(merged.conflicts[0].sides.size(), 2u);
  EXPECT_EQ(merged.conflicts[0].sides[0].units.size(), 2u);  // s0#0 and s2#0 state 12
  const Result things = two_links("planes: 6 vs 8", "aircraft: 8 vs 6");
  ASSERT_EQ(things.conflicts.size(), 1u);
  EXPECT_EQ(things.conflicts[0].sides.size(), 2u);
  EXPECT_EQ(things.conflicts[0].reason, "planes: 6 vs 8");
  EXPECT_EQ(two_links("planes: 6 vs 8", "aircraft: 8 vs 6", 4).conflicts.size(), 2u);
  // One noun in two forms ("three days" / "Two-day") names one slot.
  EXPECT_EQ(two_links("days: 3 vs 2", "day: 2 vs 3").conflicts.size(), 1u);
}

// Units stating values that can both hold ("late Friday" / "Friday night"), each against one
// value ("Saturday night"), are one side of one conflict; values that cannot ("Monday" /
// "Tuesday", each against "Saturday") stay two disputes.
TEST(Disputes, ValuesThatCanBothHoldStandTogether) {
  const auto against_one = [](const std::string& x, const std::string& y, const std::string& z) {
    Result r = three_sources();
    const std::string texts[] = {x, y, z};
    for (int s = 0; s < 3; ++s) r.sources[s].text = texts[s] + ". Beta two.";
    const auto span = [](const std::string& v) { return Span{0, v.size()}; };
    r.links = {link(0, 0, 2, 0, 0.5, Relation::kConflict), link(1, 0, 2, 0, 0.5, Relation::kConflict)};
    r.links[0].discrepancies.push_back({"date", span(x), span(z), "date: " + x + " vs " + z});
    r.links[1].discrepancies.push_back({"date", span(y), span(z), "date: " + y + " vs " + z});
    build_groups(&r);
    build_conflicts(&r);
    return r;
  };
  const Result one = against_one("late Friday", "Friday night", "Saturday night");
  ASSERT_EQ(one.conflicts.size(), 1u);
  ASSERT_EQ(one.conflicts[0].sides.size(), 2u);
  EXPECT_EQ(one.conflicts[0].sides[0].units.size(), 2u);  // s0#0 and s1#0
  EXPECT_EQ(against_one("Monday", "Tuesday", "Saturday").conflicts.size(), 2u);
}

// A class of disputes that does not merge as a whole merges member by member: "38,500" in a
// headline and in a sentence of one source, each against another source's "45,000", are one
// conflict, though a third source's "21,700" disputes the "45,000" too (and, never compared with
// "38,500", would make a side nothing opposes if all three merged).
TEST(Disputes, OneMemberDoesNotKeepTheOthersApart) {
  Result r = three_sources();
  r.sources[0].text = "38500 one. 38500 two.";
  r.sources[1].text = "45000 one. Beta two.";
  r.sources[2].text = "21700 one. Beta two.";
  r.links = {link(0, 0, 1, 0, 0.5, Relation::kConflict), link(0, 1, 1, 0, 0.5, Relation::kConflict),
             link(1, 0, 2, 0, 0.5, Relation::kConflict)};
  r.links[0].discrepancies.push_back({"number", {0, 5}, {0, 5}, "number: 38,500 vs 45,000"});
  r.links[1].discrepancies.push_back({"number", {11, 16}, {0, 5}, "number: 38,500 vs 45,000"});
  r.links[2].discrepancies.push_back({"number", {0, 5}, {0, 5}, "number: 45,000 vs 21,700"});
  build_groups(&r);
  build_conflicts(&r);
  ASSERT_EQ(r.conflicts.size(), 2u);
  size_t with_both = 0;
  for (const Conflict& c : r.conflicts)
    for (const ConflictSide& side : c.sides) with_both += side.units.size() == 2 && side.units[0].first.source == 0;
  EXPECT_EQ(with_both, 1u);
}

TEST(Independence, WordingShareOfCopiesAndOfOwnWords) {
  Built b = build({"The council said on Monday that the old bridge over the river would close for repairs "
                   "until the end of the summer, and that a ferry would carry cyclists across.",
                   "The council said on Monday that the old bridge over the river would close for repairs "
                   "until the end of the summer, and that a ferry would carry cyclists across.",
                   "Repairs will shut the crossing for months; officials plan a boat service for people on "
                   "bikes while the works go on."});
  const auto f0 = fingerprints(b.data[0]), f1 = fingerprints(b.data[1]), f2 = fingerprints(b.data[2]);
  EXPECT_DOUBLE_EQ(wording_share(f0, f1), 1.0);
  EXPECT_LT(wording_share(f0, f2), kRewriteWording);
  EXPECT_EQ(wording_share(f0, {}), 0.0);
}

// Words quoted alike tell of one speaker, not of a copy: two reports that quote the same statement
// in sentences of their own share no wording; the same words unquoted are a copy's.
TEST(Independence, QuotedWordsAreNotWording) {
  Built b = build({"\"We will keep the old bridge open to cyclists until the ferry service starts in June,\" "
                   "the harbour master told reporters on the quay.",
                   "Speaking at a late council meeting, Tull said: \u201cWe will keep the old bridge open to "
                   "cyclists until the ferry service starts in June.\u201d",
                   "Speaking at a late council meeting, Tull said we will keep the old bridge open to "
                   "cyclists until the ferry service starts in June."});
  const auto f0 = fingerprints(b.data[0]), f1 = fingerprints(b.data[1]), f2 = fingerprints(b.data[2]);
  EXPECT_EQ(shared_fingerprints(f0, f1), 0u);
  EXPECT_GT(wording_share(f1, f2), kCopyWording);
  EXPECT_EQ(shared_fingerprints(f0, f2), shared_fingerprints(f0, f1));
}

}  // namespace
}  // namespace tri
