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
#include <array>
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

  // ---- candidates through an inverted index; very frequent terms do not propose pairs. Every
  // stage is bounded per unit, so for a given number of sources work and memory grow with the
  // text, not with pairs of units: a term proposes pairs only while at most kMaxPosting units, or
  // about one unit per source it occurs in, use it (a fact every source reports once still
  // proposes; a word repeated as the text grows stops); each unit proposes its kJudgedPerSource
  // most overlapping units of each other source, kMaxJudged in all, and a pair is judged when
  // either unit proposes it; only the kMaxPerSource best judged pairs of each unit toward each
  // source are held.
  //
  // No choice depends on the order the sources come in: ties are broken by `canon`, a unit's rank
  // by (source id, unit index), and overlaps and scores are ranked rounded (kRankScale), so that
  // sums whose rounding depends on term ids (first-seen order) rank alike; thresholds compare them
  // rounded too.
  constexpr size_t kMaxPosting = 64, kJudgedPerSource = 8, kMaxJudged = 64, kMaxPerSource = 3, kMaxRelated = 16;
  constexpr double kRankScale = 1e9;
  const auto ranked = [](double x) { return std::llround(x * kRankScale); };
  // proposes[t]: the term is used by at most kMaxPosting units, or by about one unit per source
  // it occurs in (a fact each source states once, however many sources).
  std::vector<char> proposes(df.size(), 0);
  {
    std::vector<uint32_t> sources_of(df.size(), 0);
    std::vector<int> last(df.size(), -1);
    for (const UnitFeatures& u : units)
      for (uint32_t t : u.terms)
        if (last[t] != u.source) {
          last[t] = u.source;
          ++sources_of[t];
        }
    for (uint32_t t = 0; t < df.size(); ++t)
      proposes[t] = df[t] <= std::max<size_t>(kMaxPosting, sources_of[t]);
  }
  // canon: (rank of the source's id among the ids, unit index): the same whatever the order.
  std::vector<uint64_t> canon(units.size());
  {
    std::vector<uint64_t> rank(r->sources.size(), 0);
    for (size_t x = 0; x < r->sources.size(); ++x)
      for (size_t y = 0; y < r->sources.size(); ++y) rank[x] += r->sources[y].id < r->sources[x].id;
    for (uint32_t u = 0; u < units.size(); ++u)
      canon[u] = (rank[units[u].source] << 32) | static_cast<uint32_t>(units[u].unit);
  }
  std::vector<std::vector<uint32_t>> postings(df.size());
  for (uint32_t i = 0; i < units.size(); ++i)
    for (uint32_t t : units[i].terms)
      if (proposes[t]) postings[t].push_back(i);

  // Proposals: each unit's best overlapping units of other sources. `partners[u]`: the units
  // after u (in the order given) that u proposes or that propose u.
  struct Proposal {
    int source;
    long long score;  // ranked overlap or similarity
    uint64_t canon;
    uint32_t other;
  };
  struct ProposalOrder {  // best first (ties: canonical order), optionally by source first
    bool by_source;
    bool operator()(const Proposal& x, const Proposal& y) const {
      if (by_source && x.source != y.source) return x.source < y.source;
      return x.score != y.score ? x.score > y.score : x.canon < y.canon;
    }
  };
  std::vector<std::vector<uint32_t>> partners(units.size());
  {
    std::vector<int> source_of(units.size());  // compact: the postings loop reads it per posting
    for (uint32_t u = 0; u < units.size(); ++u) source_of[u] = units[u].source;
    std::vector<double> acc(units.size(), 0.0);
    std::vector<uint32_t> touched;
    std::vector<Proposal> proposed;
    for (uint32_t i = 0; i < units.size(); ++i) {
      touched.clear();
      for (uint32_t t : units[i].terms) {
        if (!proposes[t]) continue;
        const int mine = source_of[i];
        for (uint32_t j : postings[t]) {
          if (source_of[j] == mine) continue;
          if (acc[j] == 0.0) touched.push_back(j);
          acc[j] += weight[t];
        }
      }
      proposed.clear();
      for (uint32_t j : touched) {
        const double shared = acc[j];
        acc[j] = 0.0;
        const double least = std::min(units[i].total, units[j].total);
        if (ranked(shared) < ranked(kConflictRare * least)) continue;
        proposed.push_back({units[j].source, ranked(shared / least), canon[j], j});
      }
      std::sort(proposed.begin(), proposed.end(), ProposalOrder{true});
      size_t kept = 0;
      for (size_t k = 0, run = 0; k < proposed.size(); ++k) {
        run = k > 0 && proposed[k].source == proposed[k - 1].source ? run + 1 : 0;
        if (run < kJudgedPerSource) proposed[kept++] = proposed[k];
      }
      proposed.resize(kept);
      if (proposed.size() > kMaxJudged) {
        std::sort(proposed.begin(), proposed.end(), ProposalOrder{false});
        proposed.resize(kMaxJudged);
      }
      for (const Proposal& pr : proposed) partners[std::min(i, pr.other)].push_back(std::max(i, pr.other));
    }
  }
  for (auto& list : partners) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }

  // Judged agree/conflict pairs live in a pool of slots while some unit holds them among its best.
  struct Cand {
    uint32_t a, b;
    Judgement j;
    int holders = 0;
  };
  std::vector<Cand> pool;
  std::vector<uint32_t> free_slots;
  // Pairs --min-score reports as related (only gathered when it is given): judged related, or
  // judged agree/conflict but outranked.
  const bool report_related = options.min_score >= 0;
  std::vector<Cand> related, outranked;
  const auto release = [&](uint32_t slot) {
    Cand& c = pool[slot];
    if (--c.holders > 0) return;
    if (report_related && ranked(c.j.score) >= ranked(options.min_score)) {
      outranked.push_back({c.a, c.b, {c.j.score, Relation::kRelated, {}}, 0});
    }
    c.j = Judgement{};
    free_slots.push_back(slot);
  };
  // best[(unit, other source)]: the unit's best pairs toward that source, best first.
  struct Best {
    std::array<uint32_t, kMaxPerSource> slot{};
    size_t n = 0;
  };
  std::vector<std::vector<std::pair<int, Best>>> best(units.size());  // per unit: (source, best)
  const auto best_of = [&](uint32_t unit, int source) -> Best& {
    for (auto& [src, b] : best[unit])
      if (src == source) return b;
    best[unit].push_back({source, Best{}});
    return best[unit].back().second;
  };
  const auto ahead = [&](uint32_t unit, uint32_t x, uint32_t y) {
    const Cand& cx = pool[x];
    const Cand& cy = pool[y];
    const long long sx = ranked(cx.j.score), sy = ranked(cy.j.score);
    if (sx != sy) return sx > sy;
    return canon[cx.a == unit ? cx.b : cx.a] < canon[cy.a == unit ? cy.b : cy.a];
  };
  const auto offer = [&](uint32_t unit, int source, uint32_t slot) {
    Best& b = best_of(unit, source);
    size_t at = b.n;
    while (at > 0 && ahead(unit, slot, b.slot[at - 1])) --at;
    if (at >= kMaxPerSource) return;
    if (b.n == kMaxPerSource) {
      release(b.slot[kMaxPerSource - 1]);
    } else {
      ++b.n;
    }
    for (size_t k = b.n - 1; k > at; --k) b.slot[k] = b.slot[k - 1];
    b.slot[at] = slot;
    ++pool[slot].holders;
  };
  for (uint32_t i = 0; i < units.size(); ++i)
    for (uint32_t j : partners[i]) {
      Judgement jd = judge(units[i], units[j], data[units[i].source][units[i].unit],
                           data[units[j].source][units[j].unit], r->sources[units[i].source].text,
                           r->sources[units[j].source].text, weight, df, rare_df, &groups);
      if (jd.relation == Relation::kRelated) {
        if (report_related && ranked(jd.score) >= ranked(options.min_score)) related.push_back({i, j, std::move(jd), 0});
        continue;
      }
      uint32_t slot;
      if (free_slots.empty()) {
        slot = static_cast<uint32_t>(pool.size());
        pool.emplace_back();
      } else {
        slot = free_slots.back();
        free_slots.pop_back();
      }
      pool[slot] = {i, j, std::move(jd), 1};  // held while offered, so it is not freed midway
      offer(i, units[j].source, slot);
      offer(j, units[i].source, slot);
      release(slot);
    }
  // --min-score: of the pairs judged related, each unit keeps its kMaxRelated best scoring; a
  // pair is reported when both its units keep it, so no unit has more than kMaxRelated.
  if (!related.empty()) {
    std::vector<std::vector<Proposal>> mine(units.size());
    for (uint32_t k = 0; k < related.size(); ++k) {
      const Cand& c = related[k];
      const long long score = ranked(c.j.score);
      mine[c.a].push_back({0, score, canon[c.b], k});
      mine[c.b].push_back({0, score, canon[c.a], k});
    }
    std::vector<char> keep(related.size(), 0);
    for (auto& list : mine) {
      if (list.size() > kMaxRelated) {
        std::sort(list.begin(), list.end(), ProposalOrder{false});
        list.resize(kMaxRelated);
      }
      for (const Proposal& pr : list) ++keep[pr.other];
    }
    size_t kept = 0;
    for (uint32_t k = 0; k < related.size(); ++k)
      if (keep[k] == 2) related[kept++] = std::move(related[k]);
    related.resize(kept);
  }

  // ---- selection: a pair stays when either unit keeps it: among its best toward that source
  // and within kBestMargin of the best there.
  std::vector<char> kept(pool.size(), 0);
  for (const auto& lists : best)
    for (const auto& [src, b] : lists) {
      const double top = pool[b.slot[0]].j.score;
      for (size_t rank = 0; rank < b.n; ++rank)
        if (ranked(pool[b.slot[rank]].j.score) >= ranked(kBestMargin * top)) kept[b.slot[rank]] = 1;
    }
  r->links.clear();
  const auto add_link = [&](Cand& c) {
    Link l;
    l.a = {units[c.a].source, units[c.a].unit};
    l.b = {units[c.b].source, units[c.b].unit};
    l.score = c.j.score;
    l.relation = c.j.relation;
    l.discrepancies = std::move(c.j.discrepancies);
    if (l.b < l.a) {
      std::swap(l.a, l.b);
      for (auto& d : l.discrepancies) std::swap(d.a, d.b);
    }
    r->links.push_back(std::move(l));
  };
  for (uint32_t slot = 0; slot < pool.size(); ++slot) {
    Cand& c = pool[slot];
    if (c.holders == 0) continue;
    if (kept[slot]) {
      add_link(c);
    } else if (report_related && ranked(c.j.score) >= ranked(options.min_score)) {
      c.j.relation = Relation::kRelated;
      c.j.discrepancies.clear();
      add_link(c);
    }
  }
  for (Cand& c : related) add_link(c);
  for (Cand& c : outranked) add_link(c);
  std::sort(r->links.begin(), r->links.end(), [](const Link& x, const Link& y) {
    return x.a == y.a ? x.b < y.b : x.a < y.a;
  });
}

}  // namespace tri
