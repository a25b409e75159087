// Which links the result lists: every link up to kListedGroupSources sources; beyond, a claim's
// group states its agreeing pairs and the links grow with the units, not with their pairs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "listing.h"
#include "triangulate/json.h"
#include "triangulate/triangulate.h"

namespace tri {
namespace {

using nlohmann::json;

const char* const kClaims[] = {
    "The lighthouse on Bram Head was repainted red and white last spring.",
    "Its keeper, Orla Venn, has tended the lamp for 31 years.",
    "Visitors may climb the tower on Saturdays from May to September.",
};

// n sources that all state the three claims, each in its own order; every other source puts two
// spaces after a claim's first word, so that no text recurs in more than half the sources (a text
// in more than kCopySources sources is compared once: copies.h).
Input syndicated(int n) {
  Input in;
  for (int s = 0; s < n; ++s) {
    std::string text;
    for (int k = 0; k < 3; ++k) {
      std::string claim = kClaims[(s + k) % 3];
      if (s % 2) claim.replace(claim.find(' '), 1, "  ");
      text += claim + "\n\n";
    }
    in.sources.push_back({"s" + std::to_string(s), "", text});
  }
  return in;
}

bool in_group(const Result& r, const UnitRef& u, int g) {
  for (int x : r.sources[u.source].units[u.unit].groups)
    if (x == g) return true;
  return false;
}

TEST(Listing, UpToTheBoundEveryLinkIsListed) {
  const Result r = compare(syndicated(kListedGroupSources));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.groups.size(), 3u);
  for (const Group& g : r.groups) {
    EXPECT_EQ(g.sources, kListedGroupSources);
    EXPECT_FALSE(g.summarised);
  }
  const json j = json::parse(to_json(r));
  size_t agree = 0;
  for (const Link& l : r.links) {
    EXPECT_TRUE(l.listed);
    agree += l.relation == Relation::kAgree;
  }
  const size_t n = kListedGroupSources;
  EXPECT_EQ(agree, 3 * n * (n - 1) / 2);
  EXPECT_EQ(j["links"].size(), agree);
  for (const json& g : j["groups"]) EXPECT_FALSE(g.contains("summarised"));
}

TEST(Listing, BeyondTheBoundAGroupListsItsLinksToItsClaim) {
  const int n = kListedGroupSources + 4;
  const Result r = compare(syndicated(n));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.groups.size(), 3u);
  size_t listed = 0;
  for (size_t g = 0; g < r.groups.size(); ++g) {
    EXPECT_EQ(r.groups[g].sources, n);
    EXPECT_TRUE(r.groups[g].summarised);
  }
  for (const Link& l : r.links) {
    ASSERT_EQ(l.relation, Relation::kAgree);
    // Every link lies inside one group; it is listed exactly when it touches the claim unit.
    int g = -1;
    for (int x : r.sources[l.a.source].units[l.a.unit].groups)
      if (in_group(r, l.b, x)) g = x;
    ASSERT_GE(g, 0);
    const UnitRef& claim = r.groups[g].claim;
    EXPECT_EQ(l.listed, l.a == claim || l.b == claim);
    listed += l.listed;
  }
  EXPECT_EQ(r.links.size(), 3u * n * (n - 1) / 2);  // every pair is judged and kept natively
  EXPECT_EQ(listed, 3u * (n - 1));                   // one link per unit but the claim
  const json j = json::parse(to_json(r));
  EXPECT_EQ(j["links"].size(), listed);
  for (const json& g : j["groups"]) EXPECT_EQ(g.value("summarised", false), true);
  // Statuses are made from every link: each unit is corroborated by all the others.
  for (const SourceResult& s : r.sources)
    for (const Unit& u : s.units) EXPECT_EQ(u.status, GroupStatus::kCorroborated);
}

TEST(Listing, ALinkIntoASummarisedGroupGoesToTheBestPartnerThere) {
  // A result made by hand: one group of kListedGroupSources + 2 sources (claim s0#0), and a unit
  // of one more source in no group that agrees with three of its members; and a pair of
  // units of the first two sources that is in no summarised group.
  const int n = kListedGroupSources + 2;
  Result r;
  r.sources.resize(n + 1);
  Group g;
  for (int s = 0; s <= n; ++s) {
    r.sources[s].id = "s" + std::to_string(s);
    r.sources[s].units.resize(2);
    if (s < n) {
      r.sources[s].units[0].groups = {0};
      g.units.push_back({s, 0});
    }
  }
  g.sources = n;
  g.claim = {0, 0};
  r.groups.push_back(g);
  const auto link = [&](UnitRef a, UnitRef b, double score) {
    Link l;
    l.a = a, l.b = b, l.score = score, l.relation = Relation::kAgree;
    r.links.push_back(l);
  };
  for (int a = 0; a < n; ++a)
    for (int b = a + 1; b < n; ++b) link({a, 0}, {b, 0}, 0.9);
  link({3, 0}, {n, 0}, 0.7);
  link({5, 0}, {n, 0}, 0.8);
  link({9, 0}, {n, 0}, 0.75);
  link({0, 1}, {1, 1}, 0.6);
  choose_listed_links(&r);
  EXPECT_TRUE(r.groups[0].summarised);
  std::set<std::pair<int, int>> listed;
  for (const Link& l : r.links)
    if (l.listed) listed.insert({l.a.source * 10 + l.a.unit, l.b.source * 10 + l.b.unit});
  std::set<std::pair<int, int>> want;
  for (int b = 1; b < n; ++b) want.insert({0, b * 10});  // the group: to its claim
  want.insert({50, n * 10});                             // into it: the best partner only
  want.insert({1, 11});                                  // outside it: listed
  EXPECT_EQ(listed, want);
}

}  // namespace
}  // namespace tri
