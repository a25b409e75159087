// candidates.cc — an inverted index proposes unit pairs; each unit keeps its best.
#include "candidates.h"
#include "sorting.h"

#include <algorithm>
#include <unordered_map>

namespace tri {
namespace {

// Keeps the entries of `v` whose score is at least the k-th best (ties at the boundary are all
// kept, so the choice never depends on the order of equal entries).
template <typename T, typename Score>
void keep_best(std::vector<T>* v, size_t k, Score score) {
  if (v->size() <= k) return;
  std::vector<double> s;
  s.reserve(v->size());
  for (const T& x : *v) s.push_back(score(x));
  std::nth_element(s.begin(), s.begin() + static_cast<long>(k - 1), s.end(), std::greater<double>());
  const double bar = s[k - 1];
  v->erase(std::remove_if(v->begin(), v->end(), [&](const T& x) { return score(x) < bar; }), v->end());
}

}  // namespace

std::vector<Candidate> find_candidates(const std::vector<SimUnit>& units, const Lexicon& lexicon) {
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
    for (const WordToken& w : units[u].words) {
      if (!(w.flags & kContent)) continue;
      bag[u].emplace_back(w.term, w.idf);
      max_term = std::max(max_term, w.term + 1);
      if (w.lex == Lexicon::kUnknown || (w.flags & kNumber)) continue;
      keys.clear();
      lexicon.related_keys(w.lex, &keys);
      sort_by(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
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
  std::unordered_map<uint64_t, std::vector<LexPosting>> lex_postings;  // key -> (unit, term, weight)
  for (uint32_t u = 0; u < units.size(); ++u)
    for (const LexKey& k : lex[u]) lex_postings[k.key].push_back({u, k.term, k.weight});

  struct Proposal {
    uint32_t other;
    double overlap;
  };
  std::vector<std::vector<Proposal>> kept(units.size());
  std::vector<double> acc(units.size(), 0.0);
  std::vector<uint32_t> touched;
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
      const auto& list = lex_postings[k.key];
      if (list.size() > kMaxPosting) continue;
      for (const LexPosting& p : list) {
        if (p.term == k.term || units[p.unit].source == units[u].source) continue;
        if (acc[p.unit] == 0.0) touched.push_back(p.unit);
        acc[p.unit] += 0.5 * (k.weight + p.weight);  // the same from either unit's side
      }
    }
    // Best few per other source, then best overall.
    std::unordered_map<int, std::vector<Proposal>> per_source;
    for (uint32_t v : touched) {
      // Related words can add up beyond an exact match of everything: the overlap stops at 1.
      const double d = std::min(1.0, 2 * acc[v] / (total[u] + total[v]));
      acc[v] = 0.0;
      per_source[units[v].source].push_back({v, d});
    }
    std::vector<Proposal>& mine = kept[u];
    for (auto& [src, props] : per_source) {
      keep_best(&props, kPerSource, [](const Proposal& p) { return p.overlap; });
      mine.insert(mine.end(), props.begin(), props.end());
    }
    keep_best(&mine, kPerUnit, [](const Proposal& p) { return p.overlap; });
    sort_by(mine.begin(), mine.end(), [](const Proposal& x, const Proposal& y) { return x.other < y.other; });
  }
  // A pair is a candidate when either side kept it.
  std::vector<Candidate> out;
  for (uint32_t u = 0; u < units.size(); ++u)
    for (const Proposal& p : kept[u]) {
      const uint32_t a = std::min(u, p.other), b = std::max(u, p.other);
      out.push_back({a, b, p.overlap});
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
