// report.cc — from links to what readers see: claim groups (groups.h), independence and source
// pairs (independence.h), disputes with sides (disputes.h), each claim's own status, per-source
// figures and omissions. No decision about links is made here.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "copies.h"
#include "disputes.h"
#include "engine.h"
#include "groups.h"
#include "independence.h"
#include "listing.h"
#include "sorting.h"

namespace tri {
namespace {

bool linkable(const Unit& u) { return u.kind == UnitKind::kClaim || u.kind == UnitKind::kHeadline; }

}  // namespace

void build_report(const std::vector<SourceData>& data, Result* r) {
  build_groups(r);
  assess_independence(data, r);
  build_conflicts(r);
  // Every scored pair was asked for: every link is listed.
  if (!r->every_pair) choose_listed_links(r);

  // Each claim's own status, from its own links.
  for (auto& s : r->sources)
    for (Unit& u : s.units) u.status = GroupStatus::kSingle;
  for (const Link& l : r->links) {
    if (l.relation == Relation::kRelated) continue;
    for (const UnitRef& ref : {l.a, l.b}) {
      Unit& u = r->sources[ref.source].units[ref.unit];
      if (l.relation == Relation::kConflict) u.status = GroupStatus::kContested;
      else if (u.status == GroupStatus::kSingle) u.status = GroupStatus::kCorroborated;
    }
  }
  copy_statuses(r);  // a copy of a syndicated sentence is what its first unit is (copies.h)
  for (auto& s : r->sources) {
    s.stats = SourceStats{};
    if (!s.compared) continue;
    for (const Unit& u : s.units) {
      if (!linkable(u)) continue;
      ++s.stats.claims;
      if (u.status == GroupStatus::kCorroborated) ++s.stats.corroborated;
      else if (u.status == GroupStatus::kContested) ++s.stats.contested;
      else ++s.stats.single;
    }
  }
  // Omissions: groups that other sources state and this one does not, most-reported first. Only
  // groups of sources that share some claim with this one count: a source about another happening
  // (another bridge, another storm) omits nothing of this one's.
  const size_t n = r->sources.size(), words = (n + 63) / 64;
  std::vector<std::vector<int>> in_group(r->groups.size());  // sources of each group, sorted
  for (size_t g = 0; g < r->groups.size(); ++g) {
    for (const UnitRef& u : r->groups[g].units) in_group[g].push_back(u.source);
    sort_by(in_group[g].begin(), in_group[g].end());
    in_group[g].erase(std::unique(in_group[g].begin(), in_group[g].end()), in_group[g].end());
  }
  // related[s]: a bit per source that shares a group with s (n * n bits: 500 KB at 2,000 sources).
  std::vector<uint64_t> related(n * words, 0);
  std::vector<uint64_t> bits(words);
  for (const auto& members : in_group) {
    std::fill(bits.begin(), bits.end(), 0);
    for (int o : members) bits[o / 64] |= uint64_t{1} << (o % 64);
    for (int a : members)
      for (size_t w = 0; w < words; ++w) related[a * words + w] |= bits[w];
  }
  // A source whose unit is linked to a unit of a group (agreeing or in conflict) states that
  // claim in its own words, even when its unit is not in the group (a group is a clique: its units
  // are all linked with each other): it does not omit it. Keys: group << 32 | source.
  std::vector<uint64_t> stated;
  for (const Link& l : r->links) {
    if (l.relation == Relation::kRelated) continue;
    for (const auto& [x, y] : {std::make_pair(l.a, l.b), std::make_pair(l.b, l.a)})
      for (int g : r->sources[x.source].units[x.unit].groups)
        stated.push_back(uint64_t{static_cast<uint32_t>(g)} << 32 | static_cast<uint32_t>(y.source));
  }
  sort_unique(&stated);
  // Most-reported first (ties: group order); each source lists at most kMaxOmissions, so the
  // lists grow with the sources, not with sources times groups.
  std::vector<int> by_reach(r->groups.size());
  for (size_t g = 0; g < by_reach.size(); ++g) by_reach[g] = static_cast<int>(g);
  sort_by(by_reach.begin(), by_reach.end(),
          [&](int x, int y) { return r->groups[x].sources > r->groups[y].sources; });
  for (size_t s = 0; s < n; ++s) {
    SourceResult& src = r->sources[s];
    src.omissions.clear();
    if (!src.compared) continue;
    const uint64_t* rel = &related[s * words];
    for (int g : by_reach) {
      if (src.omissions.size() >= kMaxOmissions) break;
      if (std::binary_search(in_group[g].begin(), in_group[g].end(), static_cast<int>(s))) continue;
      const uint64_t key = uint64_t{static_cast<uint32_t>(g)} << 32 | static_cast<uint32_t>(s);
      if (std::binary_search(stated.begin(), stated.end(), key)) continue;
      bool near = false;
      for (int o : in_group[g]) near = near || (rel[o / 64] >> (o % 64)) & 1;
      if (near) src.omissions.push_back(g);
    }
  }
}

}  // namespace tri
