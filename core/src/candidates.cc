// candidates.cc — an inverted index proposes unit pairs; each unit keeps its best.
#include "candidates.h"

#include <algorithm>
#include <cmath>

#include "sorting.h"
#include "string_ids.h"

namespace tri {
namespace {

// Overlaps are ranked rounded: a sum of term weights can differ in its last bits with the order
// the terms were first seen in (the order of the sources), and the choice must not.
long long ranked(double overlap) { return std::llround(overlap * 1e9); }

}  // namespace

std::vector<int> source_ranks(const std::vector<SourceResult>& sources) {
  std::vector<int> rank(sources.size(), 0);
  for (size_t x = 0; x < sources.size(); ++x)
    for (size_t y = 0; y < sources.size(); ++y) rank[x] += sources[y].id < sources[x].id;
  return rank;
}

std::vector<Candidate> find_candidates(const std::vector<SimUnit>& units, const Lexicon& lexicon,
                                       const std::vector<int>& source_rank) {
  // canon[u]: the unit's place whatever the order of the sources: (rank of its source's id, index).
  std::vector<uint64_t> canon(units.size());
  for (size_t u = 0; u < units.size(); ++u)
    canon[u] = (static_cast<uint64_t>(source_rank[units[u].source]) << 32) | static_cast<uint32_t>(units[u].unit);
  // Per unit: its distinct content terms with their background weight, and the total.
  std::vector<std::vector<std::pair<uint32_t, double>>> bag(units.size());
  // ... and the lexicon keys of its words (synonym sets, derivations, hypernyms): (key, term, weight).
  struct LexKey {
    uint64_t key;
    uint32_t term;
    double weight;
  };
  std::vector<std::vector<LexKey>> lex(units.size());
  std::vector<double> total(units.size(), 0.0);
  uint32_t max_term = 0;
  std::vector<uint64_t> keys;
  for (size_t u = 0; u < units.size(); ++u) {
    if (units[u].copy) continue;  // compared through the first unit of its text (copies.h)
    for (const WordToken& w : units[u].words) {
      if (!(w.flags & kContent)) continue;
      bag[u].emplace_back(w.term, w.idf);
      max_term = std::max(max_term, w.term + 1);
      if (w.lex == Lexicon::kUnknown || (w.flags & kNumber)) continue;
      keys.clear();
      lexicon.related_keys(w.lex, &keys);
      sort_unique(&keys);
      for (uint64_t k : keys) lex[u].push_back({k, w.term, kRelatedWeight * w.idf});
    }
    sort_by(bag[u].begin(), bag[u].end());
    bag[u].erase(std::unique(bag[u].begin(), bag[u].end(),
                             [](const auto& x, const auto& y) { return x.first == y.first; }),
                 bag[u].end());
    for (const auto& [t, w] : bag[u]) total[u] += w;
  }
  std::vector<std::vector<uint32_t>> postings(max_term);
  for (uint32_t u = 0; u < units.size(); ++u)
    for (const auto& [t, w] : bag[u]) postings[t].push_back(u);
  struct LexPosting {
    uint32_t unit, term;
    double weight;
  };
  StringMap<std::vector<LexPosting>> lex_postings;  // key -> (unit, term, weight)
  for (uint32_t u = 0; u < units.size(); ++u)
    for (const LexKey& k : lex[u]) lex_postings.add(key_bytes(k.key), {}).push_back({u, k.term, k.weight});

  struct Proposal {
    int source;
    long long rank;  // ranked overlap
    uint64_t canon;
    uint32_t other;
    double overlap;
  };
  // Best first; ties by the canonical place of the other unit.
  const auto better = [](const Proposal& x, const Proposal& y) {
    return x.rank != y.rank ? x.rank > y.rank : x.canon < y.canon;
  };
  // Each unit's proposals as candidates (a, b), in the order of the proposing unit: a pair is a
  // candidate when either unit proposes it, with the overlap of the first to propose it.
  std::vector<Candidate> out;
  std::vector<double> acc(units.size(), 0.0);
  std::vector<uint32_t> touched;
  std::vector<Proposal> props;
  // The kPerSource best of each other source so far, while a unit's touched units are read: a
  // unit touches hundreds of others in a large cluster, and only these few are ever kept.
  int sources = 0;
  for (const SimUnit& x : units) sources = std::max(sources, x.source + 1);
  std::vector<Proposal> best(static_cast<size_t>(sources) * kPerSource);
  std::vector<int> kept(static_cast<size_t>(sources), 0);
  std::vector<int> seen;  // the sources with a kept proposal
  for (uint32_t u = 0; u < units.size(); ++u) {
    touched.clear();
    for (const auto& [t, w] : bag[u]) {
      if (postings[t].size() > kMaxPosting) continue;
      for (uint32_t v : postings[t]) {
        if (units[v].source == units[u].source) continue;
        if (acc[v] == 0.0) touched.push_back(v);
        acc[v] += w;
      }
    }
    // Related words (not the same word: that counted above).
    for (const LexKey& k : lex[u]) {
      const auto& list = *lex_postings.find(key_bytes(k.key));  // every unit's keys were added above
      if (list.size() > kMaxPosting) continue;
      for (const LexPosting& p : list) {
        if (p.term == k.term || units[p.unit].source == units[u].source) continue;
        if (acc[p.unit] == 0.0) touched.push_back(p.unit);
        acc[p.unit] += 0.5 * (k.weight + p.weight);  // the same from either unit's side
      }
    }
    // The kPerSource best of each other source (`better` is a total order: the same ones whatever
    // the order they come in), then the kPerUnit best of those.
    seen.clear();
    for (uint32_t v : touched) {
      // Related words can add up beyond an exact match of everything: the overlap stops at 1.
      const double d = std::min(1.0, 2 * acc[v] / (total[u] + total[v]));
      acc[v] = 0.0;
      const Proposal p{units[v].source, ranked(d), canon[v], v, d};
      Proposal* slots = best.data() + static_cast<size_t>(p.source) * kPerSource;
      int& k = kept[static_cast<size_t>(p.source)];
      if (k == 0) seen.push_back(p.source);
      if (k < kPerSource) {
        slots[k++] = p;
        continue;
      }
      Proposal* worst = slots;
      for (int j = 1; j < kPerSource; ++j)
        if (better(*worst, slots[j])) worst = slots + j;
      if (better(p, *worst)) *worst = p;
    }
    props.clear();
    for (int src : seen) {
      const Proposal* slots = best.data() + static_cast<size_t>(src) * kPerSource;
      props.insert(props.end(), slots, slots + kept[static_cast<size_t>(src)]);
      kept[static_cast<size_t>(src)] = 0;
    }
    // The order of a unit's proposals does not matter (each names another unit once, and the
    // list is sorted by pair below, stably): only which are kept. `better` is a total order, so
    // the kPerUnit best are the same set on every platform. The engine's one sort picks them:
    // std::nth_element was faster (a full sort of a unit's proposals, up to kPerSource from each
    // of hundreds of sources, took a tenth of the time at 200 sources; 40 sources of ECB+ text,
    // 3.3 s natively, about 3% more) but carried 0.4 KiB gzip of its own into the module.
    if (props.size() > static_cast<size_t>(kPerUnit)) {
      sort_by(props.begin(), props.end(), better);
      props.resize(kPerUnit);
    }
    for (const Proposal& p : props) out.push_back({std::min(u, p.other), std::max(u, p.other), p.overlap});
  }
  sort_by(out.begin(), out.end(), [](const Candidate& x, const Candidate& y) {
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const Candidate& x, const Candidate& y) { return x.a == y.a && x.b == y.b; }),
            out.end());
  return out;
}

}  // namespace tri
