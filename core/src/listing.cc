// listing.cc — which links the result lists (listing.h).
#include "listing.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace tri {
namespace {

bool has(const std::vector<int>& groups, int g) { return std::find(groups.begin(), groups.end(), g) != groups.end(); }

}  // namespace

void choose_listed_links(Result* r) {
  bool any = false;
  for (Group& g : r->groups) {
    g.summarised = g.sources > kListedGroupSources;
    any = any || g.summarised;
  }
  for (Link& l : r->links) l.listed = true;
  if (!any) return;
  const auto groups_of = [&](const UnitRef& u) -> const std::vector<int>& {
    return r->sources[u.source].units[u.unit].groups;
  };
  // The summarised groups of `v` that `u` is not in: a link u-v goes into each of them.
  std::vector<int> into;
  const auto groups_into = [&](const UnitRef& u, const UnitRef& v) {
    into.clear();
    for (int g : groups_of(v))
      if (r->groups[g].summarised && !has(groups_of(u), g)) into.push_back(g);
  };
  // Each unit's best link into each summarised group it links into (the highest score, then the
  // first partner), kept per unit as (group, link) pairs: a unit links into a few groups.
  std::vector<size_t> base(r->sources.size() + 1, 0);
  for (size_t s = 0; s < r->sources.size(); ++s) base[s + 1] = base[s] + r->sources[s].units.size();
  std::vector<std::vector<int>> best(base.back());
  const auto best_of = [&](const UnitRef& u) -> std::vector<int>& { return best[base[u.source] + u.unit]; };
  const auto partner = [&](int k, const UnitRef& u) { return r->links[k].a == u ? r->links[k].b : r->links[k].a; };
  for (size_t k = 0; k < r->links.size(); ++k) {
    const Link& l = r->links[k];
    for (const auto& [u, v] : {std::make_pair(l.a, l.b), std::make_pair(l.b, l.a)}) {
      groups_into(u, v);
      std::vector<int>& mine = best_of(u);
      for (int g : into) {
        size_t at = 0;
        while (at < mine.size() && mine[at] != g) at += 2;
        if (at == mine.size()) {
          mine.push_back(g);
          mine.push_back(static_cast<int>(k));
          continue;
        }
        const Link& held = r->links[mine[at + 1]];
        if (l.score > held.score || (l.score == held.score && v < partner(mine[at + 1], u))) mine[at + 1] = static_cast<int>(k);
      }
    }
  }
  const auto is_best = [&](const UnitRef& u, int g, const UnitRef& v) {
    const std::vector<int>& mine = best_of(u);
    for (size_t at = 0; at < mine.size(); at += 2)
      if (mine[at] == g) return partner(mine[at + 1], u) == v;
    return false;
  };
  // What u's side says of a link u-v into summarised groups that u is not in: +1 when v is u's
  // best partner in one of them, -1 when in none, 0 when v is in no such group.
  const auto side = [&](const UnitRef& u, const UnitRef& v) {
    groups_into(u, v);
    if (into.empty()) return 0;
    for (int g : into)
      if (is_best(u, g, v)) return 1;
    return -1;
  };
  for (Link& l : r->links) {
    // Inside a summarised group: listed only to its claim unit.
    bool inside = false, to_claim = false;
    for (int g : groups_of(l.a)) {
      if (!r->groups[g].summarised || !has(groups_of(l.b), g)) continue;
      inside = true;
      to_claim = to_claim || r->groups[g].claim == l.a || r->groups[g].claim == l.b;
    }
    if (inside) {
      l.listed = to_claim;
      continue;
    }
    // Listed unless one side has a better partner there and the other side none.
    const int x = side(l.a, l.b), y = side(l.b, l.a);
    l.listed = x > 0 || y > 0 || (x == 0 && y == 0);
  }
}

}  // namespace tri
