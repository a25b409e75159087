// report.cc — groups, source pairs and per-source figures from the links.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "engine.h"
#include "triangulate/report.h"

namespace tri {
namespace {

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
  void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

bool linkable(const Unit& u) { return u.kind == UnitKind::kClaim || u.kind == UnitKind::kHeadline; }

// Length of the longest chain of matches that keeps the order in both sources (patience LIS).
size_t ordered_matches(std::vector<std::pair<int, int>> m) {
  std::sort(m.begin(), m.end(), [](auto x, auto y) { return x.first != y.first ? x.first < y.first : x.second > y.second; });
  std::vector<int> tails;
  for (const auto& p : m) {
    auto it = std::lower_bound(tails.begin(), tails.end(), p.second);
    if (it == tails.end()) tails.push_back(p.second);
    else *it = p.second;
  }
  return tails.size();
}

}  // namespace

void build_report(Result* r) {
  const size_t ns = r->sources.size();
  // Flat numbering of units.
  std::vector<int> base(ns + 1, 0);
  for (size_t s = 0; s < ns; ++s) base[s + 1] = base[s] + static_cast<int>(r->sources[s].units.size());
  const auto flat = [&](const UnitRef& u) { return base[u.source] + u.unit; };

  // Source pairs: share of claims linked across, and whether one copies the other in order.
  std::vector<int> claims(ns, 0);
  for (size_t s = 0; s < ns; ++s)
    for (const Unit& u : r->sources[s].units) claims[s] += linkable(u);
  std::map<std::pair<int, int>, std::vector<std::pair<int, int>>> matches;
  for (const Link& l : r->links)
    if (l.relation != Relation::kRelated) matches[{l.a.source, l.b.source}].push_back({l.a.unit, l.b.unit});
  UnionFind copies(ns);
  r->pairs.clear();
  for (const auto& [key, m] : matches) {
    std::set<int> ua, ub;
    for (const auto& p : m) {
      ua.insert(p.first);
      ub.insert(p.second);
    }
    const int ca = claims[key.first], cb = claims[key.second];
    SourcePair sp;
    sp.a = key.first;
    sp.b = key.second;
    sp.similarity = ca + cb > 0 ? static_cast<double>(ua.size() + ub.size()) / (ca + cb) : 0.0;
    // Derived: most claims of the shorter source have a counterpart in the other, in the same
    // order (a rewrite follows its original sentence by sentence).
    const size_t chain = ordered_matches(m);
    const int shorter = std::min(ca, cb);
    sp.derived = shorter > 0 && chain >= 4 &&
                 static_cast<double>(chain) >= kDerivedChainShare * shorter &&
                 sp.similarity >= kDerivedSimilarity;
    if (sp.derived) copies.unite(sp.a, sp.b);
    r->pairs.push_back(sp);
  }

  // Groups: connected units through agree and conflict links.
  const int total = base[ns];
  UnionFind uf(static_cast<size_t>(total));
  for (const Link& l : r->links)
    if (l.relation != Relation::kRelated) uf.unite(flat(l.a), flat(l.b));
  std::map<int, std::vector<UnitRef>> members;
  for (size_t s = 0; s < ns; ++s)
    for (size_t k = 0; k < r->sources[s].units.size(); ++k)
      if (linkable(r->sources[s].units[k])) {
        UnitRef u{static_cast<int>(s), static_cast<int>(k)};
        members[uf.find(flat(u))].push_back(u);
      }
  std::set<int> contested_roots;
  for (const Link& l : r->links)
    if (l.relation == Relation::kConflict) contested_roots.insert(uf.find(flat(l.a)));
  r->groups.clear();
  for (auto& [root, units] : members) {
    Group g;
    g.units = units;
    std::set<int> srcs, indep;
    for (const UnitRef& u : units) {
      srcs.insert(u.source);
      indep.insert(copies.find(u.source));
    }
    g.sources = static_cast<int>(srcs.size());
    g.independent = static_cast<int>(indep.size());
    if (contested_roots.count(root)) g.status = GroupStatus::kContested;
    else if (g.sources >= 2) g.status = GroupStatus::kCorroborated;
    else g.status = GroupStatus::kSingle;
    r->groups.push_back(std::move(g));
  }
  // Each claim's own status, and the per-source figures from it.
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
    for (const Unit& u : s.units) {
      if (!linkable(u)) continue;
      ++s.stats.claims;
      if (u.status == GroupStatus::kCorroborated) ++s.stats.corroborated;
      else if (u.status == GroupStatus::kContested) ++s.stats.contested;
      else ++s.stats.single;
    }
  }
}

}  // namespace tri
