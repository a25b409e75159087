// groups.cc — claim groups as cliques of the link graph.
#include "groups.h"
#include "sorting.h"

#include <algorithm>

namespace tri {
namespace {

bool linkable(const Unit& u) { return u.kind == UnitKind::kClaim || u.kind == UnitKind::kHeadline; }

}  // namespace

void build_groups(Result* r) {
  // Flat unit numbers.
  std::vector<int> base(r->sources.size() + 1, 0);
  for (size_t s = 0; s < r->sources.size(); ++s) base[s + 1] = base[s] + static_cast<int>(r->sources[s].units.size());
  const auto flat = [&](const UnitRef& u) { return base[u.source] + u.unit; };
  std::vector<UnitRef> ref(static_cast<size_t>(base.back()));
  for (size_t s = 0; s < r->sources.size(); ++s)
    for (size_t k = 0; k < r->sources[s].units.size(); ++k) ref[base[s] + k] = {static_cast<int>(s), static_cast<int>(k)};

  // The link graph: score and relation per linked pair.
  struct Edge {
    int a, b;  // flat, a < b
    double score;
    bool conflict;
  };
  // Copies of a syndicated text (copies.h) stay out of the graph: each joins the groups of its
  // class's first unit, which stands for them all.
  std::vector<std::vector<int>> copies_of(ref.size());
  std::vector<uint8_t> is_copy(ref.size(), false);
  for (const std::vector<UnitRef>& c : r->copies)
    for (size_t i = 1; i < c.size(); ++i) copies_of[flat(c[0])].push_back(flat(c[i])), is_copy[flat(c[i])] = true;

  std::vector<Edge> edges;
  // Per unit: its neighbours, each with its edge (neighbour << 32 | edge), in the neighbours' order.
  std::vector<std::vector<uint64_t>> adj(ref.size());
  for (const Link& l : r->links) {
    if (l.relation == Relation::kRelated) continue;
    const int a = flat(l.a), b = flat(l.b);
    if (is_copy[a] || is_copy[b]) continue;
    adj[a].push_back(static_cast<uint64_t>(b) << 32 | edges.size());
    adj[b].push_back(static_cast<uint64_t>(a) << 32 | edges.size());
    edges.push_back({std::min(a, b), std::max(a, b), l.score, l.relation == Relation::kConflict});
  }
  for (auto& v : adj) sort_unique(&v);
  // The edge between x and y, or -1.
  const auto edge = [&](int x, int y) -> long {
    const auto it = std::lower_bound(adj[x].begin(), adj[x].end(), static_cast<uint64_t>(y) << 32);
    return it != adj[x].end() && static_cast<int>(*it >> 32) == y ? static_cast<long>(*it & 0xFFFFFFFFu) : -1;
  };
  const auto linked = [&](int x, int y) { return edge(x, y) >= 0; };
  const auto score = [&](int x, int y) { return edges[static_cast<size_t>(edge(x, y))].score; };

  // Strongest links first (ties: by units, so the result does not depend on input order beyond
  // the order of the sources).
  std::vector<size_t> order(edges.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  sort_by(order.begin(), order.end(), [&](size_t x, size_t y) {
    if (edges[x].score != edges[y].score) return edges[x].score > edges[y].score;
    return edges[x].a != edges[y].a ? edges[x].a < edges[y].a : edges[x].b < edges[y].b;
  });
  std::vector<uint8_t> covered(edges.size(), false);
  std::vector<uint8_t> grouped(ref.size(), false);
  std::vector<int> in_groups(ref.size(), 0);
  std::vector<std::vector<int>> groups;
  for (size_t e : order) {
    if (covered[e]) continue;
    // A sentence states a few claims, not dozens: a unit already in kMaxGroupsPerUnit groups
    // starts no new one (its other links stay links), unless the other unit is in no group yet:
    // that unit's claim is among the few, and this link is its only way into a group. Keeps groups
    // in proportion to the units when many near-copies link every way (each such group takes in a
    // unit that had none).
    const bool full = in_groups[edges[e].a] >= kMaxGroupsPerUnit || in_groups[edges[e].b] >= kMaxGroupsPerUnit;
    if (full && in_groups[edges[e].a] > 0 && in_groups[edges[e].b] > 0) continue;
    // Such a group takes in only units that are in no group either, or whose links to its members
    // no group covers: the claims of the others are told by their groups already (near-copies would
    // otherwise make one group per copy).
    std::vector<int> g = {edges[e].a, edges[e].b};
    std::vector<int> sources = {ref[edges[e].a].source, ref[edges[e].b].source};  // a few: searched in turn
    for (;;) {
      int best = -1;
      double best_sum = -1;
      for (uint64_t n : adj[g[0]]) {
        const int c = static_cast<int>(n >> 32);
        if (std::find(sources.begin(), sources.end(), ref[c].source) != sources.end()) continue;
        double sum = 0;
        bool all = true;
        for (int m : g) {
          if (!linked(c, m) || (full && in_groups[c] > 0 && covered[static_cast<size_t>(edge(c, m))])) {
            all = false;
            break;
          }
          sum += score(c, m);
        }
        if (all && (sum > best_sum || (sum == best_sum && c < best))) best = c, best_sum = sum;
      }
      if (best < 0) break;
      g.push_back(best);
      sources.push_back(ref[best].source);
    }
    for (size_t i = 0; i < g.size(); ++i) {
      grouped[g[i]] = true;
      ++in_groups[g[i]];
      for (size_t k = i + 1; k < g.size(); ++k) covered[static_cast<size_t>(edge(g[i], g[k]))] = true;
    }
    sort_by(g.begin(), g.end());
    groups.push_back(std::move(g));
  }
  for (size_t u = 0; u < ref.size(); ++u) {
    const SourceResult& s = r->sources[ref[u].source];
    if (!grouped[u] && !is_copy[u] && s.compared && linkable(s.units[ref[u].unit])) groups.push_back({static_cast<int>(u)});
  }
  sort_by(groups.begin(), groups.end());

  r->groups.clear();
  for (auto& s : r->sources)
    for (Unit& u : s.units) u.groups.clear();
  for (const auto& g : groups) {
    Group out;
    int sources = 0, last = -1;  // members in unit order are in source order
    double best = -1;
    bool conflict = false;
    std::vector<int> members = g;
    for (int u : g) members.insert(members.end(), copies_of[u].begin(), copies_of[u].end());
    sort_by(members.begin(), members.end());
    for (int u : members) {
      out.units.push_back(ref[u]);
      if (ref[u].source != last) ++sources, last = ref[u].source;
    }
    for (int u : g) {
      double sum = 0;
      for (int v : g)
        if (v != u) {
          sum += score(u, v);
          conflict = conflict || edges[static_cast<size_t>(edge(u, v))].conflict;
        }
      if (sum > best) best = sum, out.claim = ref[u];
    }
    out.sources = sources;
    out.independent = out.sources;
    out.status = conflict ? GroupStatus::kContested : out.sources >= 2 ? GroupStatus::kCorroborated : GroupStatus::kSingle;
    const int id = static_cast<int>(r->groups.size());
    for (const UnitRef& u : out.units) r->sources[u.source].units[u.unit].groups.push_back(id);
    r->groups.push_back(std::move(out));
  }
}

}  // namespace tri
