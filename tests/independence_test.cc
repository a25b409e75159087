// Pairs of sources (core/src/independence.h): each source lists its closest others, so the result
// grows with the sources; every derived pair still counts for the independent counts. And event
// grouping (core/src/event.h) at many sources.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "event.h"
#include "independence.h"
#include "triangulate/triangulate.h"

namespace tri {
namespace {

const char* const kFerry =
    "The ferry Kestrel ran aground off Dunmore Head on Thursday evening with 120 people on board.\n\n"
    "Coastguard teams winched eleven passengers from the deck before the tide turned.\n\n"
    "The operator said the vessel would be towed to Port Alder for inspection on Saturday.\n";

const char* const kFire =
    "A fire destroyed the Halvern timber yard on the edge of Marrowby late on Sunday night.\n\n"
    "Forty firefighters from three counties fought the blaze until the early hours.\n\n"
    "The yard's owner, Iris Penhallow, said she would rebuild before the spring.\n";

Input copies_of(int n, const std::string& text, const std::string& prefix) {
  Input in;
  for (int s = 0; s < n; ++s) in.sources.push_back({prefix + std::to_string(1000 + s), "", text});
  return in;
}

TEST(SourcePairs, UpToTheBoundEveryPairIsListed) {
  const int n = static_cast<int>(kListedPairs) + 1;
  const Result r = compare(copies_of(n, kFerry, "w"));
  ASSERT_TRUE(r.ok()) << r.error;
  ASSERT_EQ(r.pairs.size(), static_cast<size_t>(n * (n - 1) / 2));
  for (const SourcePair& p : r.pairs) {
    EXPECT_LT(p.a, p.b);
    EXPECT_TRUE(p.derived);
  }
}

// 2,000 copies of one text have 2 million pairs; the result lists each source's closest ones, and
// the independent counts still see every copy as one origin.
TEST(SourcePairs, ManySourcesListEachSourcesClosest) {
  for (const int n : {static_cast<int>(kListedPairs) + 2, 120}) {
    const Result r = compare(copies_of(n, kFerry, "w"));
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_LE(r.pairs.size(), static_cast<size_t>(n) * kListedPairs) << n;
    EXPECT_LT(r.pairs.size(), static_cast<size_t>(n * (n - 1) / 2)) << n;
    std::vector<size_t> listed(static_cast<size_t>(n), 0);
    std::set<std::pair<int, int>> seen;
    for (const SourcePair& p : r.pairs) {
      EXPECT_TRUE(p.derived);
      EXPECT_LT(p.a, p.b);
      EXPECT_TRUE(seen.insert({p.a, p.b}).second) << "listed twice";
      ++listed[static_cast<size_t>(p.a)], ++listed[static_cast<size_t>(p.b)];
    }
    for (size_t s = 0; s < listed.size(); ++s) EXPECT_GE(listed[s], kListedPairs) << "source " << s;
    ASSERT_FALSE(r.groups.empty());
    for (const Group& g : r.groups) {
      EXPECT_EQ(g.sources, n);
      EXPECT_EQ(g.independent, 1);
    }
  }
}

// The closest pairs come first: a source's copies before the sources that only share a claim.
TEST(SourcePairs, DerivedPairsAreListedBeforeOthers) {
  Input in = copies_of(static_cast<int>(kListedPairs) + 5, kFerry, "w");
  // One report in other words, on the same event.
  in.sources.push_back({"z-own", "",
                        "The Kestrel, a ferry with 120 people aboard, grounded off Dunmore Head on Thursday evening.\n\n"
                        "Eleven passengers were lifted off by coastguard helicopter crews, officials said.\n\n"
                        "Investigators will inspect the ship once it reaches Port Alder.\n"});
  const Result r = compare(in);
  ASSERT_TRUE(r.ok()) << r.error;
  const int own = static_cast<int>(in.sources.size()) - 1;
  int with_own = 0;
  for (const SourcePair& p : r.pairs) {
    if (p.b != own) continue;
    EXPECT_FALSE(p.derived);
    ++with_own;
  }
  // Its own closest are listed (it shares claims with every copy), the copies' lists hold copies.
  EXPECT_EQ(with_own, static_cast<int>(kListedPairs));
}

// Two short reports written apart tell one event in the usual order (what, toll, mayor, shelter)
// and share one run of words (the mayor's name and "said the market would"): a few percent of the
// shorter one's fingerprints, but one run is chance, not copying. A rewrite shares many.
TEST(SourcePairs, OneRunOfWordsInCommonIsNoCopy) {
  const std::string own =
      "Flash flood sweeps through Corvel market\n\n"
      "A flash flood tore through the riverside market in Corvel on Thursday afternoon, sweeping away stalls "
      "and cars, local officials said.\n\n"
      "At least six people died and 23 were injured, according to the regional emergency office. Two children "
      "are still missing.\n\n"
      "Mayor Ilse Varga said the market would stay closed until Monday. \"We have never seen water move this "
      "fast,\" she said.\n\n"
      "About 300 residents spent the night in a sports hall.\n";
  const std::string other =
      "Deadly flood in Corvel\n\n"
      "Floodwater swept through the Corvel market on Thursday, killing six people.\n\n"
      "The regional emergency office counted 23 injured.\n\n"
      "Mayor Ilse Varga said the market would reopen on Monday.\n\n"
      "Roughly 300 residents were housed in a sports hall.\n";
  const std::string rewrite =
      "Flash flood hits Corvel market\n\n"
      "A flash flood swept through the riverside market in Corvel on Thursday, carrying away stalls and cars, "
      "officials said.\n\n"
      "At least six people died and 23 were injured, the regional emergency office said.\n\n"
      "Mayor Ilse Varga said the market would stay closed until Monday.\n\n"
      "About 300 residents spent the night in a sports hall.\n";
  const auto pair_of = [](const std::string& a, const std::string& b) {
    Input in;
    in.sources = {{"a", "", a}, {"b", "", b}};
    const Result r = compare(in);
    EXPECT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.pairs.size(), 1u);
    return r.pairs.empty() ? SourcePair{} : r.pairs[0];
  };
  const SourcePair apart = pair_of(own, other);
  EXPECT_GE(apart.shared, 3) << "they agree on several claims";
  EXPECT_GT(apart.wording, 0.0) << "and share a run of words";
  EXPECT_FALSE(apart.derived);
  EXPECT_TRUE(pair_of(own, rewrite).derived);
}

// Sources that cite one origin repeat it; a pronoun ("he said") names no origin, and two sources'
// "he" need not be one person.
TEST(SourcePairs, OriginsAreNamedNotPronouns) {
  const auto group_of = [](const std::string& a, const std::string& b) {
    Input in;
    in.sources = {{"a", "", a}, {"b", "", b}};
    const Result r = compare(in);
    EXPECT_TRUE(r.ok()) << r.error;
    for (const Group& g : r.groups)
      if (g.sources == 2) return g;
    ADD_FAILURE() << "no group of both sources";
    return Group{};
  };
  const Group cited = group_of("The flood was the worst the valley had seen in decades, the river authority said.\n",
                               "This was the worst flood the valley has seen in decades, the river authority said.\n");
  EXPECT_EQ(cited.independent, 1);
  EXPECT_EQ(cited.origins, std::vector<std::string>{"the river authority"});
  const Group pronoun = group_of("The flood was the worst the valley had seen in decades, he said.\n",
                                 "This was the worst flood the valley has seen in decades, he said.\n");
  EXPECT_EQ(pronoun.independent, 2);
  EXPECT_TRUE(pronoun.origins.empty());
}

// Two events reported by many sources each: average linkage keeps them apart at any count.
TEST(EventGroups, ManySourcesOfTwoEventsStayApart) {
  Input in = copies_of(45, kFerry, "f");
  for (const auto& s : copies_of(45, kFire, "h").sources) in.sources.push_back(s);
  const Result r = compare(in);
  ASSERT_TRUE(r.ok()) << r.error;
  const auto fire = [&](int source) { return r.sources[static_cast<size_t>(source)].id[0] == 'h'; };
  ASSERT_FALSE(r.links.empty());
  for (const Link& l : r.links) EXPECT_EQ(fire(l.a.source), fire(l.b.source));
  for (const Group& g : r.groups) {
    EXPECT_EQ(g.sources, 45);
    for (const UnitRef& u : g.units) EXPECT_EQ(fire(u.source), fire(g.units.front().source));
  }
}

// A source of another event than most is named in a warning; when no event has the most sources,
// every source is; one event gives none.
TEST(EventGroups, ASourceOfAnotherEventIsNamed) {
  const auto warned = [](int ferries, int fires) {
    Input in = copies_of(ferries, kFerry, "f");
    for (const auto& s : copies_of(fires, kFire, "h").sources) in.sources.push_back(s);
    const Result r = compare(in);
    EXPECT_TRUE(r.ok()) << r.error;
    std::string ids;
    for (const Warning& w : r.warnings)
      if (w.code == "another-event") ids += w.source.substr(0, 1);
    return ids;
  };
  EXPECT_EQ(warned(3, 1), "h");
  EXPECT_EQ(warned(1, 3), "f");
  EXPECT_EQ(warned(2, 2), "ffhh");
  EXPECT_EQ(warned(3, 0), "");
}

// The lead (headline and first units) names what a report is about: of its names and words,
// weighted by rarity, the share the other report mentions anywhere; -1 for a lead without names.
TEST(EventFeatures, TheLeadIsLookedForInTheWholeOtherReport) {
  SourceProfile a, b;
  a.lead = {{1, 2.0}, {2, 1.0}};       // two names open a; b names only the first
  a.names = {{1, 2.0}, {2, 1.0}, {3, 1.0}};
  b.names = {{1, 2.0}, {3, 1.0}};
  b.lead = {{3, 1.0}};                 // b opens with a name a mentions later
  a.lead_words = {{1, 2.0}, {2, 1.0}, {10, 1.0}};
  a.content = {{1, 2.0}, {2, 1.0}, {3, 1.0}, {10, 1.0}};
  b.content = {{1, 2.0}, {3, 1.0}, {10, 1.0}};
  std::vector<double> x;
  event_features(a, b, &x);
  const auto at = [&](const std::string& name) {
    const auto& names = event_feature_names();
    const size_t k = static_cast<size_t>(std::find(names.begin(), names.end(), name) - names.begin());
    EXPECT_LT(k, names.size()) << name;
    return k < x.size() ? x[k] : -9.0;
  };
  EXPECT_DOUBLE_EQ(at("lead_min"), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(at("lead_max"), 1.0);
  EXPECT_DOUBLE_EQ(at("lead_words_min"), -1.0);  // b's lead has no words
  EXPECT_DOUBLE_EQ(at("lead_words_max"), 3.0 / 4.0);
  b.lead.clear();
  event_features(a, b, &x);
  EXPECT_DOUBLE_EQ(at("lead_min"), -1.0);
}

}  // namespace
}  // namespace tri
