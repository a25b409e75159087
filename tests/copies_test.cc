// A sentence syndicated word for word to many sources is compared once (core/src/copies.h), and
// still counted in every source that carries it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "copies.h"
#include "triangulate/triangulate.h"

namespace tri {
namespace {

// n sources that each carry `text`, then the `others`.
Input carried(int n, const std::string& text, const std::vector<std::string>& others = {}) {
  Input in;
  for (int s = 0; s < n; ++s) in.sources.push_back({"w" + std::to_string(s), "", text});
  for (size_t k = 0; k < others.size(); ++k) in.sources.push_back({"o" + std::to_string(k), "", others[k]});
  return in;
}

const char* const kWire =
    "The ferry Kestrel ran aground off Dunmore Head on Thursday evening with 120 people on board.\n\n"
    "Coastguard teams winched eleven passengers from the deck.\n";

TEST(Copies, UpToTheBoundCopiesAreComparedAsAnyUnit) {
  const Result r = compare(carried(kCopySources, kWire));
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_TRUE(r.copies.empty());
  ASSERT_EQ(r.groups.size(), 2u);
  for (const Group& g : r.groups) EXPECT_EQ(g.sources, kCopySources);
}

// Hundreds of copies: every copy is counted, none is left single (before, 257 copies of a sentence
// had no link at all: every term was in too many units to propose a pair).
TEST(Copies, EveryCopyIsCounted) {
  for (const int n : {kCopySources + 1, 100, 300}) {
    const Result r = compare(carried(n, kWire));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.copies.size(), 2u) << n;
    for (const auto& c : r.copies) EXPECT_EQ(c.size(), static_cast<size_t>(n));
    ASSERT_EQ(r.groups.size(), 2u) << n;
    for (const Group& g : r.groups) {
      EXPECT_EQ(g.sources, n);
      EXPECT_EQ(g.units.size(), static_cast<size_t>(n));
      EXPECT_EQ(g.status, GroupStatus::kCorroborated);
    }
    EXPECT_EQ(r.links.size(), 2u * (n - 1));  // each copy to its class's first unit
    for (const SourceResult& s : r.sources)
      for (const Unit& u : s.units) {
        EXPECT_EQ(u.status, GroupStatus::kCorroborated);
        EXPECT_EQ(u.groups.size(), 1u);
      }
  }
}

// A dispute with a syndicated sentence: every copy stands on its side, at the same place of its
// own text, and is contested.
TEST(Copies, CopiesStandOnTheirFirstUnitsSide) {
  const int n = kCopySources + 4;
  const std::string other = "The ferry Kestrel ran aground off Dunmore Head on Thursday evening with 90 people on board.\n";
  const Result r = compare(carried(n, kWire, {other}));
  ASSERT_TRUE(r.ok()) << r.error;
  ASSERT_EQ(r.conflicts.size(), 1u);
  const Conflict& c = r.conflicts[0];
  ASSERT_EQ(c.sides.size(), 2u);
  EXPECT_EQ(c.sides[0].units.size(), static_cast<size_t>(n));
  EXPECT_EQ(c.sides[1].units.size(), 1u);
  for (const auto& [u, span] : c.sides[0].units) {
    EXPECT_EQ(r.sources[u.source].text.substr(span.begin, span.end - span.begin), "120 people");
    EXPECT_EQ(r.sources[u.source].units[u.unit].status, GroupStatus::kContested);
  }
  const int last = static_cast<int>(r.sources.size()) - 1;
  EXPECT_EQ(c.sides[1].units[0].first.source, last);
}

}  // namespace
}  // namespace tri
