// link.cc — the link stage: from analysed units to agree / conflict / related links.
//
//   units      each linkable unit as words with terms, lexicon ids and weights (similarity.h)
//   sources    a profile per source, and the sources grouped by the event they report (event.h)
//   candidates the pairs worth scoring (candidates.h)
//   scoring    word alignment, features, the model's probability (similarity.h, model.h)
//   judgement  discrepancies in aligned slots (conflicts.h); a pair with discrepancies conflicts
//              when, those differences set aside, the model still finds one claim (threshold
//              "conflict"); a pair without agrees from the threshold "agree"; otherwise it is
//              related (reported only at or above options.min_score)
// Links join units of one event group only (a source too short to judge is compared with all).
#include <algorithm>

#include "candidates.h"
#include "conflicts.h"
#include "engine.h"
#include "event.h"
#include "resources.h"
#include "similarity.h"

namespace tri {

void link_units(const Options& options, const std::vector<SourceData>& data, Result* r) {
  r->links.clear();
  const Resources* res = resources();
  if (!res) return;
  const Lexicon& lexicon = res->lexicon;
  const Model& model = res->model;

  Vocabulary vocab;
  std::vector<SimUnit> units;
  for (size_t s = 0; s < data.size(); ++s)
    for (size_t k = 0; k < data[s].size(); ++k)
      if (data[s][k].linkable)
        units.push_back(make_sim_unit(static_cast<int>(s), static_cast<int>(k),
                                      r->sources[s].units[k].kind == UnitKind::kHeadline, data[s][k], lexicon,
                                      &vocab));
  const std::vector<double> cw = cluster_weights(vocab, units.size());

  std::vector<std::vector<const SimUnit*>> by_source(data.size());
  for (const SimUnit& u : units) by_source[u.source].push_back(&u);
  std::vector<SourceProfile> profiles;
  profiles.reserve(data.size());
  for (const auto& v : by_source) profiles.push_back(make_profile(v));
  const std::vector<Candidate> candidates = find_candidates(units, lexicon);
  const std::vector<int> event = group_events(profiles, close_shares(units, candidates, profiles), res->event);

  const double agree = model.threshold("agree");
  const double conflict = model.threshold("conflict");
  std::vector<double> x, neutral;
  WordAlignment al;
  for (const Candidate& c : candidates) {
    const SimUnit& a = units[c.a];
    const SimUnit& b = units[c.b];
    const int ea = event[a.source], eb = event[b.source];
    const bool same_event = ea < 0 || eb < 0 || ea == eb;
    const SourceProfile& pa = profiles[a.source];
    const SourceProfile& pb = profiles[b.source];
    const PairContext ctx{c.overlap, c.rank_a, c.rank_b, weighted_dice(pa.names, pb.names),
                          weighted_dice(pa.content, pb.content), std::min(pa.units, pb.units)};
    pair_features(a, b, ctx, cw, lexicon, &x, &al);
    Link l;
    l.a = {a.source, a.unit};
    l.b = {b.source, b.unit};
    l.score = model.probability(x);
    l.relation = Relation::kRelated;
    if (same_event) {
      std::vector<Discrepancy> diff =
          find_discrepancies(a, b, al, r->sources[a.source].text, r->sources[b.source].text);
      if (!diff.empty()) {
        neutral_features(a, b, ctx, cw, al, diff, &neutral);
        if (model.probability(neutral) >= conflict) {
          l.relation = Relation::kConflict;
          l.discrepancies = std::move(diff);
        }
      } else if (l.score >= agree) {
        l.relation = Relation::kAgree;
      }
    }
    if (l.relation == Relation::kRelated && !(options.min_score >= 0 && l.score >= options.min_score)) continue;
    r->links.push_back(std::move(l));
  }
  std::sort(r->links.begin(), r->links.end(), [](const Link& x1, const Link& y1) {
    return x1.a == y1.a ? x1.b < y1.b : x1.a < y1.a;
  });
}

}  // namespace tri
