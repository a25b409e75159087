// align.cc — cross-source alignment and judgement.
//
// 1. Terms: every linkable unit becomes a set of content terms (Porter2 stems with British and
//    American spellings folded together, numbers by value), weighted by an IDF learned from the
//    cluster itself, and split into clauses.
// 2. Candidates: an inverted index over the terms, skipping the most frequent ones, proposes the
//    unit pairs of different sources that share weight; cost grows with the postings touched, not
//    with all pairs of units.
// 3. Similarity: the weighted Dice overlap of the two units, or of their best-matching clause
//    windows when a sentence carries several claims.
// 4. Judgement (judge.cc): facts of both units decide agree / conflict / related.
// 5. Selection: a unit keeps its links to the best-matching unit(s) of each other source.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <unordered_map>

#include "engine.h"
#include "judge.h"

namespace tri {
namespace {

// British and American spellings of one stem meet: "armour"/"armor", "travell"/"travel".
std::string spelling_key(const std::string& stem) {
  std::string s = stem;
  if (s.size() >= 5) {
    for (size_t p = s.find("our"); p != std::string::npos && p > 0; p = s.find("our", p + 1)) {
      // "-our" after a consonant-vowel pattern: colour, armour, favour, honour, labour.
      if (p + 3 <= s.size()) s.erase(p + 1, 1);  // our -> or
    }
    if (s.size() >= 6 && s.compare(s.size() - 2, 2, "ll") == 0) s.pop_back();
    if (s.size() >= 6 && s.compare(s.size() - 3, 3, "ise") == 0) s.replace(s.size() - 3, 3, "iz");
    if (s.size() >= 6 && s.compare(s.size() - 3, 3, "yse") == 0) s.replace(s.size() - 3, 3, "yz");
    if (s.size() >= 5 && s.compare(s.size() - 2, 2, "is") == 0 && s.size() > 6) s.replace(s.size() - 2, 2, "iz");
  }
  return s;
}

std::string number_key(const std::string& norm) {
  std::string k = "#";
  for (char c : norm)
    if (c != ',') k += c;
  return k;
}

}  // namespace

std::string term_key(const Token& t) {
  if (t.type == TokenType::kNumber) return number_key(t.norm);
  return spelling_key(t.stem);
}

void link_units(const Options& options, const std::vector<SourceData>& data, Result* r) {
  // ---- terms and weights
  std::vector<UnitFeatures> units;
  std::unordered_map<std::string, uint32_t> vocab;
  const auto aliases = resolve_aliases(data);
  const NamePartIds part_ids = name_part_ids(data);
  std::vector<uint32_t> df;
  for (size_t s = 0; s < data.size(); ++s) {
    for (size_t k = 0; k < data[s].size(); ++k) {
      const UnitData& ud = data[s][k];
      if (!ud.linkable) continue;
      UnitFeatures f = make_features(static_cast<int>(s), static_cast<int>(k), ud, aliases[s][k], part_ids, &vocab, &df);
      if (!f.terms.empty()) units.push_back(std::move(f));
    }
  }
  const double n = static_cast<double>(units.size());
  std::vector<double> weight(df.size());
  for (size_t t = 0; t < df.size(); ++t) weight[t] = std::log((n + 10.0) / (df[t] + 1.0));
  for (auto& u : units) finish_features(&u, weight);
  SynonymGroups groups(df.size());
  for (const auto& [key, id] : vocab)
    if (key[0] != '#') groups[id] = synonym_groups_of(key);

  // A counted noun is rare when at most this many units use it.
  const uint32_t rare_df = std::max<uint32_t>(4, static_cast<uint32_t>(n / 50));

  // ---- candidates through an inverted index; very frequent terms do not propose pairs. The cap
  // on a term's units is at most kMaxPosting whatever the cluster's size, so the postings a unit
  // touches are bounded by its own terms, and each unit judges at most kMaxJudged of the pairs it
  // proposes (the most overlapping); --min-score reports at most kMaxRelated related pairs per
  // unit (the best scoring). Work and output grow with the text, not with pairs of units.
  constexpr size_t kMaxPosting = 256, kMaxJudged = 64, kMaxRelated = 16;
  const size_t cap = std::min(kMaxPosting, std::max<size_t>(64, static_cast<size_t>(n / 8)));
  std::vector<std::vector<uint32_t>> postings(df.size());
  for (uint32_t i = 0; i < units.size(); ++i)
    for (uint32_t t : units[i].terms)
      if (df[t] <= cap) postings[t].push_back(i);
  std::vector<double> acc(units.size(), 0.0);
  std::vector<uint32_t> touched;
  struct Cand {
    uint32_t a, b;
    Judgement j;
  };
  std::vector<Cand> cands, related;
  std::vector<std::pair<double, uint32_t>> proposed;  // (overlap, other unit)
  for (uint32_t i = 0; i < units.size(); ++i) {
    touched.clear();
    for (uint32_t t : units[i].terms) {
      if (df[t] > cap) continue;
      for (uint32_t j : postings[t]) {
        if (j <= i || units[j].source == units[i].source) continue;
        if (acc[j] == 0.0) touched.push_back(j);
        acc[j] += weight[t];
      }
    }
    // The pairs over the floor; beyond kMaxJudged, the most overlapping (ties: the lower unit).
    proposed.clear();
    for (uint32_t j : touched) {
      const double shared = acc[j];
      acc[j] = 0.0;
      const double least = std::min(units[i].total, units[j].total);
      if (shared < kConflictRare * least) continue;
      proposed.push_back({shared / least, j});
    }
    if (proposed.size() > kMaxJudged) {
      const auto more = [](const std::pair<double, uint32_t>& x, const std::pair<double, uint32_t>& y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
      };
      std::nth_element(proposed.begin(), proposed.begin() + kMaxJudged - 1, proposed.end(), more);
      proposed.resize(kMaxJudged);
    }
    related.clear();
    for (const auto& [overlap, j] : proposed) {
      Judgement jd = judge(units[i], units[j], data[units[i].source][units[i].unit],
                           data[units[j].source][units[j].unit], r->sources[units[i].source].text,
                           r->sources[units[j].source].text, weight, df, rare_df, &groups);
      if (jd.relation == Relation::kRelated) {
        if (options.min_score >= 0 && jd.score >= options.min_score) related.push_back({i, j, std::move(jd)});
        continue;
      }
      cands.push_back({i, j, std::move(jd)});
    }
    if (related.size() > kMaxRelated) {
      const auto better = [](const Cand& x, const Cand& y) {
        return x.j.score != y.j.score ? x.j.score > y.j.score : x.b < y.b;
      };
      std::nth_element(related.begin(), related.begin() + kMaxRelated - 1, related.end(), better);
      related.resize(kMaxRelated);
    }
    for (Cand& c : related) cands.push_back(std::move(c));
  }

  // ---- selection: a unit keeps agree/conflict links only to its best matches in each source
  // best[(unit, other source)]: the unit's best agree/conflict score toward that source.
  std::unordered_map<uint64_t, double> best;
  const auto key = [](uint32_t unit, int source) {
    return (static_cast<uint64_t>(unit) << 32) | static_cast<uint32_t>(source);
  };
  for (const Cand& c : cands) {
    if (c.j.relation == Relation::kRelated) continue;
    double& ba = best[key(c.a, units[c.b].source)];
    ba = std::max(ba, c.j.score);
    double& bb = best[key(c.b, units[c.a].source)];
    bb = std::max(bb, c.j.score);
  }
  r->links.clear();
  for (Cand& c : cands) {
    Link l;
    const UnitFeatures& ua = units[c.a];
    const UnitFeatures& ub = units[c.b];
    if (c.j.relation != Relation::kRelated) {
      const double top_a = best[key(c.a, ub.source)], top_b = best[key(c.b, ua.source)];
      const bool keep = c.j.score >= kBestMargin * top_a || c.j.score >= kBestMargin * top_b;
      if (!keep) {
        if (!(options.min_score >= 0 && c.j.score >= options.min_score)) continue;
        c.j.relation = Relation::kRelated;
        c.j.discrepancies.clear();
      }
    }
    l.a = {ua.source, ua.unit};
    l.b = {ub.source, ub.unit};
    l.score = c.j.score;
    l.relation = c.j.relation;
    l.discrepancies = std::move(c.j.discrepancies);
    if (l.b < l.a) {
      std::swap(l.a, l.b);
      for (auto& d : l.discrepancies) std::swap(d.a, d.b);
    }
    r->links.push_back(std::move(l));
  }
  std::sort(r->links.begin(), r->links.end(), [](const Link& x, const Link& y) {
    return x.a == y.a ? x.b < y.b : x.a < y.a;
  });
}

}  // namespace tri
