// event.cc — grouping sources by the event they report.
#include "event.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "detmath.h"
#include "sorting.h"

namespace tri {

SourceProfile make_profile(const std::vector<const SimUnit*>& units) {
  SourceProfile p;
  p.units = static_cast<int>(units.size());
  std::vector<std::pair<uint32_t, double>> names;
  for (size_t k = 0; k < units.size(); ++k) {
    const SimUnit* u = units[k];
    for (const WordToken& w : u->words) {
      if (!(w.flags & kContent)) continue;
      p.content.emplace_back(w.term, w.idf);
      if (k < kEventLeadUnits) p.lead_words.emplace_back(w.term, w.idf);
      if ((w.flags & kName) && !(w.flags & kNumber)) {
        names.emplace_back(w.term, w.idf);
        if (k < kEventLeadUnits) p.lead.emplace_back(w.term, w.idf);
      }
    }
    for (const TimeExpr& t : u->data->facts.times) {
      if (t.year >= 0) p.years.push_back(static_cast<uint32_t>(t.year));
      if (t.month >= 1 && t.day >= 1) p.dates.push_back(static_cast<uint32_t>(t.month * 100 + t.day));
    }
    for (const Quantity& q : u->data->facts.quantities)
      // A value of at least 2 by its bits: positive doubles order as their bits do.
      if (q.kind != QuantityKind::kOrdinal && q.num_lo == q.num_hi && q.num_lo >= 2) {
        uint64_t bits;
        std::memcpy(&bits, &q.num_lo, sizeof bits);
        p.numbers.push_back(bits);
      }
  }
  sort_by(names.begin(), names.end());
  for (const auto& n : names) {
    if (!p.names.empty() && p.names.back().first == n.first) {
      ++p.name_count.back();
    } else {
      p.names.push_back(n);
      p.name_count.push_back(1);
    }
  }
  // The most prominent names: most mentioned, then rarest in general use.
  std::vector<size_t> order(p.names.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  sort_by(order.begin(), order.end(), [&](size_t x, size_t y) {
    const double sx = p.name_count[x] * p.names[x].second, sy = p.name_count[y] * p.names[y].second;
    if (sx != sy) return sx > sy;
    return p.names[x].first < p.names[y].first;
  });
  for (size_t k = 0; k < order.size() && k < 3; ++k) p.top_names.push_back(p.names[order[k]].first);
  for (auto* v : {&p.content, &p.lead, &p.lead_words}) {
    sort_by(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end(), [](const auto& x, const auto& y) { return x.first == y.first; }),
             v->end());
  }
  sort_unique(&p.years);
  sort_unique(&p.dates);
  sort_unique(&p.numbers);
  return p;
}

namespace {

enum EventFeature {
  kNames, kTopNamesMin, kTopNamesMax, kContentDice, kYearsShared, kYearsDisjoint,
  kUnitsMin, kUnitsMax, kDatesShared, kDatesDisjoint, kNumbersShared, kNumbersDice, kTop1Min, kTop1Max, kLeadMin, kLeadMax, kLeadWordsMin, kLeadWordsMax, kEventFeatureCount
};
// The names of the event features in their order, each followed by a space.
constexpr char kEventNames[] =
    "names top_names_min top_names_max content years_shared years_disjoint units_min units_max "
    "dates_shared dates_disjoint numbers_shared numbers_dice top1_min top1_max lead_min lead_max lead_words_min lead_words_max ";
static_assert(names_count(kEventNames) == kEventFeatureCount, "a name for each event feature");

}  // namespace

double weighted_dice(const std::vector<std::pair<uint32_t, double>>& x,
                     const std::vector<std::pair<uint32_t, double>>& y) {
  double both = 0, all = 0;
  for (const auto& p : x) all += p.second;
  for (const auto& p : y) all += p.second;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i].first < y[j].first) ++i;
    else if (y[j].first < x[i].first) ++j;
    else both += x[i].second + y[j].second, ++i, ++j;
  }
  return all > 0 ? both / all : 0.0;
}

namespace {

// Whether `in` (sorted by term) holds `term`.
bool holds(const std::vector<std::pair<uint32_t, double>>& in, uint32_t term) {
  const auto it = std::lower_bound(in.begin(), in.end(), term,
                                   [](const std::pair<uint32_t, double>& p, uint32_t v) { return p.first < v; });
  return it != in.end() && it->first == term;
}

// The share of the first n of `terms` that `in` holds; -1 when there are none.
double share_found(const std::vector<uint32_t>& terms, size_t n, const std::vector<std::pair<uint32_t, double>>& in) {
  n = std::min(n, terms.size());
  if (n == 0) return -1.0;
  size_t found = 0;
  for (size_t k = 0; k < n; ++k) found += holds(in, terms[k]);
  return static_cast<double>(found) / n;
}

// The weight of `terms` that `in` holds, over their whole weight; -1 when there are none.
double weight_found(const std::vector<std::pair<uint32_t, double>>& terms,
                    const std::vector<std::pair<uint32_t, double>>& in) {
  double all = 0, found = 0;
  for (const auto& t : terms) {
    all += t.second;
    if (holds(in, t.first)) found += t.second;
  }
  return all > 0 ? found / all : -1.0;
}

}  // namespace

const std::vector<std::string>& event_feature_names() {
  static const std::vector<std::string> names = names_of(kEventNames);
  return names;
}

uint64_t event_features_digest() {
  constexpr uint64_t kDigest = names_digest(kEventNames);
  return kDigest;
}

void event_features(const SourceProfile& a, const SourceProfile& b, std::vector<double>* out) {
  std::vector<double>& x = *out;
  x.assign(kEventFeatureCount, 0.0);
  x[kNames] = weighted_dice(a.names, b.names);
  // Of a's most prominent names (most mentioned, then rarest in general use), the three and the
  // first; of the names and words of its lead: the share the other source mentions too.
  const double ta = share_found(a.top_names, 3, b.names), tb = share_found(b.top_names, 3, a.names);
  const double t1a = share_found(a.top_names, 1, b.names), t1b = share_found(b.top_names, 1, a.names);
  x[kTop1Min] = std::min(t1a, t1b);
  x[kTop1Max] = std::max(t1a, t1b);
  const double la = weight_found(a.lead, b.names), lb = weight_found(b.lead, a.names);
  x[kLeadMin] = std::min(la, lb);
  x[kLeadMax] = std::max(la, lb);
  const double wa = weight_found(a.lead_words, b.content), wb = weight_found(b.lead_words, a.content);
  x[kLeadWordsMin] = std::min(wa, wb);
  x[kLeadWordsMax] = std::max(wa, wb);
  x[kTopNamesMin] = std::min(ta, tb);
  x[kTopNamesMax] = std::max(ta, tb);
  x[kContentDice] = weighted_dice(a.content, b.content);
  size_t shared = 0;
  for (uint32_t y : a.years) shared += std::binary_search(b.years.begin(), b.years.end(), y);
  x[kYearsShared] = shared > 0;
  x[kYearsDisjoint] = !a.years.empty() && !b.years.empty() && shared == 0;

  size_t dates = 0, numbers = 0;
  for (uint32_t d : a.dates) dates += std::binary_search(b.dates.begin(), b.dates.end(), d);
  for (uint64_t v : a.numbers) numbers += std::binary_search(b.numbers.begin(), b.numbers.end(), v);
  x[kDatesShared] = dates > 0;
  x[kDatesDisjoint] = !a.dates.empty() && !b.dates.empty() && dates == 0;
  x[kNumbersShared] = static_cast<double>(numbers);
  x[kNumbersDice] = a.numbers.empty() && b.numbers.empty() ? 0.0 : 2.0 * numbers / (a.numbers.size() + b.numbers.size());
  x[kUnitsMin] = det_log(1.0 + std::min(a.units, b.units));
  x[kUnitsMax] = det_log(1.0 + std::max(a.units, b.units));
}

std::vector<int> group_events(const std::vector<SourceProfile>& profiles, const Model& model) {
  const size_t ns = profiles.size();
  std::vector<int> group(ns, 0);
  if (model.empty() || ns < 2) return group;
  // Sources long enough to judge; a pair with a short source is undecided, and a short source
  // is linked with every group.
  std::vector<size_t> judged;
  for (size_t s = 0; s < ns; ++s)
    if (profiles[s].units >= kEventMinUnits) judged.push_back(s);
  const size_t n = judged.size();
  // sum[i * n + k]: the pairwise probabilities summed over the members of groups i and k (a group
  // is known by its first member's position i in `judged`, groups in that order). At first every
  // group is one source.
  std::vector<double> sum(n * n, 0.0);
  std::vector<double> x;
  for (size_t i = 0; i < n; ++i)
    for (size_t k = i + 1; k < n; ++k) {
      event_features(profiles[judged[i]], profiles[judged[k]], &x);
      sum[i * n + k] = sum[k * n + i] = model.probability(x);
    }
  const double same = model.threshold("same");
  // Average linkage, merging the pair of groups with the highest mean first (of equal means, the
  // pair whose first group comes first, then whose second does). Each group keeps its best later
  // partner, so a merge costs a pass over the groups it changes, not over every pair.
  std::vector<size_t> size(n, 1), members_next(n, n);  // members as a list: first, next, ...
  std::vector<size_t> last(n);
  for (size_t i = 0; i < n; ++i) last[i] = i;
  std::vector<uint8_t> alive(n, true);
  struct Best {
    double mean = -1;
    size_t partner = 0;
  };
  std::vector<Best> best(n);
  const auto mean = [&](size_t i, size_t k) { return sum[i * n + k] / static_cast<double>(size[i] * size[k]); };
  const auto find_best = [&](size_t i) {
    Best b;
    for (size_t k = i + 1; k < n; ++k)
      if (alive[k] && mean(i, k) > b.mean) b.mean = mean(i, k), b.partner = k;
    best[i] = b;
  };
  for (size_t i = 0; i < n; ++i) find_best(i);
  for (;;) {
    Best top;
    size_t bi = 0;
    for (size_t i = 0; i < n; ++i)
      if (alive[i] && best[i].mean > top.mean) top = best[i], bi = i;
    if (top.mean < same) break;
    const size_t bj = top.partner;
    for (size_t k = 0; k < n; ++k)
      if (alive[k] && k != bi && k != bj) sum[bi * n + k] = sum[k * n + bi] = sum[bi * n + k] + sum[bj * n + k];
    size[bi] += size[bj];
    members_next[last[bi]] = bj;
    last[bi] = last[bj];
    alive[bj] = false;
    find_best(bi);
    for (size_t k = 0; k < bj; ++k) {
      if (!alive[k] || k == bi) continue;
      if (best[k].partner == bi || best[k].partner == bj) {
        find_best(k);
      } else if (k < bi && (mean(k, bi) > best[k].mean || (mean(k, bi) == best[k].mean && bi < best[k].partner))) {
        best[k] = {mean(k, bi), bi};
      }
    }
  }
  std::vector<std::vector<size_t>> groups;
  for (size_t i = 0; i < n; ++i) {
    if (!alive[i]) continue;
    groups.emplace_back();
    for (size_t m = i; m < n; m = members_next[m]) groups.back().push_back(judged[m]);
  }
  std::vector<int> out(ns, -1);
  for (auto& g : groups) sort_by(g.begin(), g.end());
  sort_by(groups.begin(), groups.end());
  for (size_t g = 0; g < groups.size(); ++g)
    for (size_t s : groups[g]) out[s] = static_cast<int>(g);
  return out;  // -1: a short source, linked with every group
}

}  // namespace tri
