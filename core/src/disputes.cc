// disputes.cc — sides of each disputed value.
#include "disputes.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include "conflicts.h"
#include "copies.h"
#include "sorting.h"
#include "triangulate/facts.h"
#include "triangulate/stem.h"
#include "triangulate/tokens.h"
#include "triangulate/text.h"

namespace tri {
namespace {

// Disputes of a class merged one by one when they do not merge all at once, at most (each step
// reads the sides again).
constexpr size_t kStepwise = 8;

// The slot a reason names: its part before the colon ("ferries: about 40 vs 10–15"), stemmed
// ("three days" / "Two-day": "days" and "day" are one slot).
std::string slot_of(const Discrepancy& d) {
  const size_t colon = d.reason.find(':');
  const std::string s = fold(colon == std::string::npos ? d.type : d.reason.substr(0, colon));
  return s == d.type ? s : stem_english(s);
}

// The group holding both units (the first such), or -1.
int common_group(const Result& r, const UnitRef& a, const UnitRef& b) {
  const auto& ga = r.sources[a.source].units[a.unit].groups;
  const auto& gb = r.sources[b.source].units[b.unit].groups;
  for (int g : ga)
    if (std::find(gb.begin(), gb.end(), g) != gb.end()) return g;
  return -1;
}

struct Entry {
  UnitRef unit;
  Span span;
  std::string value;  // the value read ("$1.2 billion" for "$1.2bn" and "1.2 billion dollars"), or ""
};

struct Dispute {
  std::string type, reason, slot;
  int group = -1;
  std::vector<Entry> entries;                      // each unit once, first span
  std::vector<std::pair<size_t, size_t>> opposed;  // entry indices in conflict
};

size_t entry_of(Dispute* d, const UnitRef& u, Span s, const std::string& value) {
  for (size_t k = 0; k < d->entries.size(); ++k)
    if (d->entries[k].unit == u) return k;
  d->entries.push_back({u, s, value});
  return d->entries.size() - 1;
}

// The side of each entry (an entry index standing for it): units not in conflict with each other
// that agree, state the value in the same words, or state the same value ("$1.2bn" / "1.2 billion
// dollars") or values that can both hold ("late Friday" / "Friday night", each against "Saturday
// night"), stand together. Work: each value read once, then the pairs of entries, each checked in
// O(log) against the sorted opposed pairs.
std::vector<size_t> sides_of(const Dispute& dp, const Result& r, const std::vector<std::pair<UnitRef, UnitRef>>& agree) {
  const size_t n = dp.entries.size();
  std::vector<std::string> text(n);
  std::vector<Facts> read(n);
  for (size_t i = 0; i < n; ++i) {
    const Entry& e = dp.entries[i];
    text[i] = fold(r.sources[e.unit.source].text.substr(e.span.begin, e.span.end - e.span.begin));
    read[i] = extract_facts(e.value, tokenize(e.value, 0, e.value.size()));
  }
  const auto alike = [&](const Facts& x, const Facts& y) {
    Match m = Match::kIncomparable;
    if (x.times.size() == 1 && y.times.size() == 1) m = compare(x.times[0], y.times[0]);
    if (x.quantities.size() == 1 && y.quantities.size() == 1) m = compare(x.quantities[0], y.quantities[0]);
    return m == Match::kSame || m == Match::kCompatible;
  };
  std::vector<std::pair<size_t, size_t>> opposed;
  for (const auto& [x, y] : dp.opposed) opposed.emplace_back(std::min(x, y), std::max(x, y));
  sort_by(opposed.begin(), opposed.end());
  std::vector<size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  const auto find = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (size_t i = 0; i < n; ++i)
    for (size_t k = i + 1; k < n; ++k) {
      const Entry& x = dp.entries[i];
      const Entry& y = dp.entries[k];
      const bool same_value = (!x.value.empty() && x.value == y.value) || alike(read[i], read[k]);
      if (!(text[i] == text[k] || same_value || std::binary_search(agree.begin(), agree.end(), std::make_pair(x.unit, y.unit))))
        continue;
      if (!std::binary_search(opposed.begin(), opposed.end(), std::make_pair(i, k))) parent[find(k)] = find(i);
    }
  for (size_t i = 0; i < n; ++i) parent[i] = find(i);
  return parent;
}

// Whether every two sides of `side` (as sides_of gives them) are in conflict somewhere.
bool sides_opposed(const Dispute& dp, const std::vector<size_t>& side) {
  std::vector<size_t> roots;  // the sides, by their root entries
  for (size_t i = 0; i < side.size(); ++i)
    if (side[i] == i) roots.push_back(i);
  const auto at = [&](size_t root) {
    return static_cast<size_t>(std::lower_bound(roots.begin(), roots.end(), root) - roots.begin());
  };
  const size_t n = roots.size();
  std::vector<char> met(n * n, 0);
  for (const auto& [x, y] : dp.opposed) met[at(side[x]) * n + at(side[y])] = met[at(side[y]) * n + at(side[x])] = 1;
  for (size_t a = 0; a < n; ++a)
    for (size_t b = a + 1; b < n; ++b)
      if (!met[a * n + b]) return false;
  return true;
}

}  // namespace

void build_conflicts(Result* r) {
  r->conflicts.clear();
  std::map<std::tuple<int, std::string, std::string, int, int>, Dispute> disputes;
  for (const Link& l : r->links) {
    if (l.relation != Relation::kConflict) continue;
    const int g = common_group(*r, l.a, l.b);
    for (const Discrepancy& d : l.discrepancies) {
      // Outside a group, the link is a dispute of its own.
      const std::string slot = slot_of(d);
      const auto key = std::make_tuple(g, d.type, slot, g < 0 ? l.a.source * 100000 + l.a.unit : -1,
                                       g < 0 ? l.b.source * 100000 + l.b.unit : -1);
      Dispute& dp = disputes[key];
      if (dp.entries.empty()) {
        dp.type = d.type;
        dp.reason = d.reason;
        dp.slot = slot;
        dp.group = g;
      }
      // The values the engine read ("$1.2 billion" for "$1.2bn" and "1.2 billion dollars").
      const ReasonParts read = reason_parts(d.reason);
      const size_t x = entry_of(&dp, l.a, d.a, read.a), y = entry_of(&dp, l.b, d.b, read.b);
      dp.opposed.emplace_back(x, y);
    }
  }
  std::vector<std::pair<UnitRef, UnitRef>> agree;  // both ways, sorted
  for (const Link& l : r->links)
    if (l.relation == Relation::kAgree) agree.emplace_back(l.a, l.b), agree.emplace_back(l.b, l.a);
  sort_by(agree.begin(), agree.end());
  // Disputes of one slot that hold one unit with the same words (the same span of it) are one
  // dispute when they make one disagreement: "on Thursday" and "on Thursday evening", two claim
  // groups, each against "on Friday evening" give one conflict of two sides; so do "$1.2bn" and
  // "1.2 billion dollars", each against "$1.4bn" (one value, one side). They stay apart when the
  // merged sides would include two that nothing opposes ("about 40" and "12", each against "90").
  // Then disputes of different slots that hold one unit with the same span: the same words read as
  // the same value, named after what either side counts ("15 injured" against "Twelve" is "number:
  // 12 vs 15" between two headlines, and "people: 12 vs 15" against "Twelve people were injured";
  // "eight aircraft" is "planes: 6 vs 8" against "six planes" and "aircraft: 8 vs 6" against "six
  // water-bombing planes"). The merged dispute keeps the first slot that names a thing.
  const auto merge = [&](bool across_slots) {
    std::vector<Dispute*> all;
    for (auto& [key, dp] : disputes) all.push_back(&dp);
    std::vector<size_t> into(all.size());
    std::iota(into.begin(), into.end(), 0);
    const auto root = [&](size_t x) {
      while (into[x] != x) x = into[x] = into[into[x]];
      return x;
    };
    // Two disputes meet where they hold one unit with one span: their entries sorted by (type,
    // slot, unit, span), or (type, unit, span) across slots, put those next to each other.
    struct Held {
      const Dispute* in;
      size_t dispute;
      const Entry* e;
    };
    std::vector<Held> held;
    for (size_t k = 0; k < all.size(); ++k)
      for (const Entry& e : all[k]->entries) held.push_back({all[k], k, &e});
    static const std::string kAny;
    const auto key = [&](const Held& h) {
      return std::tie(h.in->type, across_slots ? kAny : h.in->slot, h.e->unit.source, h.e->unit.unit, h.e->span.begin,
                      h.e->span.end);
    };
    const auto generic = [](const Dispute& d) { return d.slot == d.type; };
    sort_by(held.begin(), held.end(), [&](const Held& x, const Held& y) {
      return key(x) < key(y) || (key(x) == key(y) && x.dispute < y.dispute);
    });
    for (size_t k = 1; k < held.size(); ++k)
      if (key(held[k]) == key(held[k - 1])) into[root(held[k].dispute)] = root(held[k - 1].dispute);
    std::vector<std::vector<size_t>> classes(all.size());
    for (size_t k = 0; k < all.size(); ++k) classes[root(k)].push_back(k);
    const auto join = [](Dispute* to, const Dispute& from) {
      std::vector<size_t> moved(from.entries.size());
      for (size_t i = 0; i < from.entries.size(); ++i)
        moved[i] = entry_of(to, from.entries[i].unit, from.entries[i].span, from.entries[i].value);
      for (const auto& [x, y] : from.opposed) to->opposed.emplace_back(moved[x], moved[y]);
      if (to->group < 0 || (from.group >= 0 && from.group < to->group)) to->group = from.group;
    };
    for (const std::vector<size_t>& members : classes) {
      if (members.size() < 2) continue;
      size_t lead = 0;  // the first member that names a thing, else the first
      while (lead < members.size() && generic(*all[members[lead]])) ++lead;
      if (lead == members.size()) lead = 0;
      // First all at once; when that leaves a side nothing opposes, and the class is small
      // (kStepwise members: each step reads the sides again), member by member: each that holds a
      // unit of the merged dispute and keeps the sides opposed joins, so one member that would
      // add an unopposed side (a dispute with a third source's value) stays apart without keeping
      // the others apart ("$38,500" in a headline and in a sentence, each against "$45,000", which
      // a third source's "$21,700" also disputes, are one conflict).
      Dispute merged;
      std::vector<uint8_t> joined;
      for (int step = 0; step < 2; ++step) {
        merged = *all[members[lead]];
        joined.assign(members.size(), false);
        joined[lead] = true;
        for (bool grew = true; grew;) {
          grew = false;
          for (size_t m = 0; m < members.size(); ++m) {
            if (joined[m]) continue;
            Dispute trial = merged;
            join(&trial, *all[members[m]]);
            if (step && (trial.entries.size() == merged.entries.size() + all[members[m]]->entries.size() ||
                         !sides_opposed(trial, sides_of(trial, *r, agree))))
              continue;
            merged = std::move(trial);
            joined[m] = grew = true;
          }
        }
        if (step || sides_opposed(merged, sides_of(merged, *r, agree))) break;
        if (members.size() > kStepwise) {
          joined.assign(members.size(), false);
          break;
        }
      }
      if (std::count(joined.begin(), joined.end(), uint8_t{1}) < 2) continue;
      // The merged dispute takes the place of its first member; the others it holds are emptied.
      size_t first = members.size();
      for (size_t m = 0; m < members.size(); ++m) {
        if (!joined[m]) continue;
        if (first == members.size()) first = m;
        else *all[members[m]] = Dispute{};
      }
      *all[members[first]] = std::move(merged);
    }
  };
  merge(false);
  merge(true);
  for (auto& [key, dp] : disputes) {
    const size_t n = dp.entries.size();
    const std::vector<size_t> side_of = sides_of(dp, *r, agree);
    Conflict c;
    std::vector<size_t> at(n, n);  // by the side's root entry: its place in c.sides
    for (size_t i = 0; i < n; ++i) {
      size_t& k = at[side_of[i]];
      if (k == n) k = c.sides.size(), c.sides.emplace_back();
      c.sides[k].units.push_back({dp.entries[i].unit, dp.entries[i].span});
    }
    if (c.sides.size() < 2) continue;  // all on one side: agreeing units after all
    c.type = dp.type;
    c.reason = dp.reason;
    c.group = dp.group;
    for (ConflictSide& side : c.sides) {
      add_copies(*r, &side.units);  // a syndicated sentence's copies state what it states
      sort_by(side.units.begin(), side.units.end(),
                [](const auto& x, const auto& y) { return x.first < y.first; });
      // The value as its first unit writes it (the unit a reader is shown first).
      const auto& [u0, span0] = side.units.front();
      side.value = r->sources[u0.source].text.substr(span0.begin, span0.end - span0.begin);
    }
    sort_by(c.sides.begin(), c.sides.end(), [](const ConflictSide& x, const ConflictSide& y) {
      if (x.units.size() != y.units.size()) return x.units.size() > y.units.size();
      return x.units[0].first < y.units[0].first;
    });
    // The reason gives its two values in the order the sides are shown ("aircraft: 6 vs 8" when the
    // side of six comes first).
    if (const ReasonParts p = reason_parts(c.reason); p.values && c.sides.size() == 2) {
      bool a_first = false, b_first = false;  // the first side states the reason's first / second value
      for (const Entry& e : dp.entries)
        for (const auto& su : c.sides[0].units)
          if (su.first == e.unit) a_first |= e.value == p.a, b_first |= e.value == p.b;
      if (b_first && !a_first) c.reason = p.head + p.b + " vs " + p.a;
    }
    r->conflicts.push_back(std::move(c));
  }
  sort_by(r->conflicts.begin(), r->conflicts.end(), [](const Conflict& x, const Conflict& y) {
    return x.sides[0].units[0].first < y.sides[0].units[0].first ||
           (x.sides[0].units[0].first == y.sides[0].units[0].first && x.reason < y.reason);
  });
}

}  // namespace tri
