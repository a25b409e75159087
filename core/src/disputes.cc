// disputes.cc — sides of each disputed value.
#include "disputes.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "triangulate/text.h"
#include "sorting.h"

namespace tri {
namespace {

// The slot a reason names: its part before the colon ("ferries: about 40 vs 10–15").
std::string slot_of(const Discrepancy& d) {
  const size_t colon = d.reason.find(':');
  return fold(colon == std::string::npos ? d.type : d.reason.substr(0, colon));
}

// The group holding both units (the first such), or -1.
int common_group(const Result& r, const UnitRef& a, const UnitRef& b) {
  const auto& ga = r.sources[a.source].units[a.unit].groups;
  const auto& gb = r.sources[b.source].units[b.unit].groups;
  for (int g : ga)
    if (std::find(gb.begin(), gb.end(), g) != gb.end()) return g;
  return -1;
}

}  // namespace

void build_conflicts(Result* r) {
  r->conflicts.clear();
  struct Entry {
    UnitRef unit;
    Span span;
  };
  struct Dispute {
    std::string type, reason;
    int group = -1;
    std::vector<Entry> entries;                       // each unit once, first span
    std::vector<std::pair<size_t, size_t>> opposed;   // entry indices in conflict
  };
  std::map<std::tuple<int, std::string, std::string, int, int>, Dispute> disputes;
  const auto entry = [](Dispute* d, const UnitRef& u, Span s) {
    for (size_t k = 0; k < d->entries.size(); ++k)
      if (d->entries[k].unit == u) return k;
    d->entries.push_back({u, s});
    return d->entries.size() - 1;
  };
  for (const Link& l : r->links) {
    if (l.relation != Relation::kConflict) continue;
    const int g = common_group(*r, l.a, l.b);
    for (const Discrepancy& d : l.discrepancies) {
      // Outside a group, the link is a dispute of its own.
      const auto key = std::make_tuple(g, d.type, slot_of(d), g < 0 ? l.a.source * 100000 + l.a.unit : -1,
                                       g < 0 ? l.b.source * 100000 + l.b.unit : -1);
      Dispute& dp = disputes[key];
      if (dp.entries.empty()) {
        dp.type = d.type;
        dp.reason = d.reason;
        dp.group = g;
      }
      const size_t x = entry(&dp, l.a, d.a), y = entry(&dp, l.b, d.b);
      dp.opposed.emplace_back(x, y);
    }
  }
  // Agreeing units stand together.
  std::set<std::pair<UnitRef, UnitRef>> agree;
  for (const Link& l : r->links)
    if (l.relation == Relation::kAgree) agree.insert({l.a, l.b}), agree.insert({l.b, l.a});
  for (auto& [key, dp] : disputes) {
    const size_t n = dp.entries.size();
    std::vector<size_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](size_t x) {
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    for (size_t i = 0; i < n; ++i)
      for (size_t k = i + 1; k < n; ++k) {
        const Entry& a = dp.entries[i];
        const Entry& b = dp.entries[k];
        const std::string ta = fold(r->sources[a.unit.source].text.substr(a.span.begin, a.span.end - a.span.begin));
        const std::string tb = fold(r->sources[b.unit.source].text.substr(b.span.begin, b.span.end - b.span.begin));
        bool opposed = false;
        for (const auto& [x, y] : dp.opposed) opposed = opposed || (x == i && y == k) || (x == k && y == i);
        if (!opposed && (ta == tb || agree.count({a.unit, b.unit}))) parent[find(k)] = find(i);
      }
    std::map<size_t, ConflictSide> sides;
    for (size_t i = 0; i < n; ++i) {
      ConflictSide& side = sides[find(i)];
      const Entry& e = dp.entries[i];
      if (side.units.empty())
        side.value = r->sources[e.unit.source].text.substr(e.span.begin, e.span.end - e.span.begin);
      side.units.push_back({e.unit, e.span});
    }
    if (sides.size() < 2) continue;  // all on one side: agreeing units after all
    Conflict c;
    c.type = dp.type;
    c.reason = dp.reason;
    c.group = dp.group;
    for (auto& [root, side] : sides) {
      sort_by(side.units.begin(), side.units.end(),
                [](const auto& x, const auto& y) { return x.first < y.first; });
      c.sides.push_back(std::move(side));
    }
    sort_by(c.sides.begin(), c.sides.end(), [](const ConflictSide& x, const ConflictSide& y) {
      if (x.units.size() != y.units.size()) return x.units.size() > y.units.size();
      return x.units[0].first < y.units[0].first;
    });
    r->conflicts.push_back(std::move(c));
  }
  sort_by(r->conflicts.begin(), r->conflicts.end(), [](const Conflict& x, const Conflict& y) {
    return x.sides[0].units[0].first < y.sides[0].units[0].first ||
           (x.sides[0].units[0].first == y.sides[0].units[0].first && x.reason < y.reason);
  });
}

}  // namespace tri
