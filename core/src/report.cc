// report.cc — from links to what readers see: claim groups (groups.h), independence and source
// pairs (independence.h), disputes with sides (disputes.h), each claim's own status, per-source
// figures and omissions. No decision about links is made here.
#include <algorithm>
#include <map>
#include <set>

#include "disputes.h"
#include "engine.h"
#include "groups.h"
#include "independence.h"

namespace tri {
namespace {

bool linkable(const Unit& u) { return u.kind == UnitKind::kClaim || u.kind == UnitKind::kHeadline; }

}  // namespace

void build_report(const std::vector<SourceData>& data, Result* r) {
  build_groups(r);
  assess_independence(data, r);
  build_conflicts(r);

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
  // Omissions: groups that other sources state and this one does not, most-reported first.
  for (size_t s = 0; s < r->sources.size(); ++s) {
    SourceResult& src = r->sources[s];
    src.omissions.clear();
    if (!src.compared) continue;
    for (size_t g = 0; g < r->groups.size(); ++g) {
      bool here = false;
      for (const UnitRef& u : r->groups[g].units) here = here || u.source == static_cast<int>(s);
      if (!here) src.omissions.push_back(static_cast<int>(g));
    }
    std::stable_sort(src.omissions.begin(), src.omissions.end(),
                     [&](int x, int y) { return r->groups[x].sources > r->groups[y].sources; });
  }
}

}  // namespace tri
