// link.cc — the link stage (see link.h).
#include "link.h"

#include <algorithm>

#include "conflicts.h"

namespace tri {

LinkInput prepare_links(const std::vector<SourceData>& data, const Result& r, const Lexicon& lexicon) {
  LinkInput in;
  Vocabulary vocab;
  for (size_t s = 0; s < data.size(); ++s)
    for (size_t k = 0; k < data[s].size(); ++k)
      if (data[s][k].linkable)
        in.units.push_back(make_sim_unit(static_cast<int>(s), static_cast<int>(k),
                                         r.sources[s].units[k].kind == UnitKind::kHeadline, data[s][k], lexicon,
                                         &vocab));
  in.cluster_weight = cluster_weights(vocab, in.units.size());
  std::vector<std::vector<const SimUnit*>> by_source(data.size());
  for (const SimUnit& u : in.units) by_source[u.source].push_back(&u);
  in.profiles.reserve(data.size());
  for (const auto& v : by_source) in.profiles.push_back(make_profile(v));
  in.candidates = find_candidates(in.units, lexicon);
  return in;
}

std::vector<Link> score_candidates(const LinkInput& in, const Result& r, const Resources& res) {
  const Model& model = res.model;
  const double agree = model.threshold("agree");
  const double conflict = model.threshold("conflict");
  const double identical = model.threshold("identical");
  std::vector<Link> out;
  out.reserve(in.candidates.size());
  std::vector<double> x, neutral;
  WordAlignment al;
  for (const Candidate& c : in.candidates) {
    const SimUnit& a = in.units[c.a];
    const SimUnit& b = in.units[c.b];
    const PairContext ctx{c.overlap};
    pair_features(a, b, ctx, in.cluster_weight, res.lexicon, &x, &al);
    Link l;
    l.a = {a.source, a.unit};
    l.b = {b.source, b.unit};
    l.score = model.probability(x);
    const std::vector<Difference> diff = find_differences(a, b, al, r.sources[a.source].text, r.sources[b.source].text);
    if (!diff.empty()) {
      // With the differences set aside, do the two units state one claim? With all of them set
      // aside, near-identical units ("identical") differ in each; otherwise the anchored ones set
      // aside must leave one claim ("conflict"), the rest counting against it.
      std::vector<Discrepancy> all, anchored;
      for (const Difference& d : diff) {
        all.push_back(d.discrepancy);
        if (d.anchored) anchored.push_back(d.discrepancy);
      }
      neutral_features(a, b, ctx, in.cluster_weight, al, all, &neutral);
      if (model.probability(neutral) >= identical) {
        l.discrepancies = std::move(all);
      } else if (!anchored.empty()) {
        neutral_features(a, b, ctx, in.cluster_weight, al, anchored, &neutral);
        if (model.probability(neutral) >= conflict) l.discrepancies = std::move(anchored);
      }
    }
    if (!l.discrepancies.empty()) l.relation = Relation::kConflict;
    else if (l.score >= agree) l.relation = Relation::kAgree;
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<int> group_sources(LinkInput* in, const Resources& res) {
  const std::vector<int> event = group_events(in->profiles, res.event);
  const auto apart = [&](const Candidate& c) {
    const int ea = event[in->units[c.a].source], eb = event[in->units[c.b].source];
    return ea >= 0 && eb >= 0 && ea != eb;
  };
  in->candidates.erase(std::remove_if(in->candidates.begin(), in->candidates.end(), apart), in->candidates.end());
  return event;
}

void link_units(const Options& options, const std::vector<SourceData>& data, Result* r) {
  r->links.clear();
  const Resources* res = resources();
  if (!res) return;
  LinkInput in = prepare_links(data, *r, res->lexicon);
  group_sources(&in, *res);
  std::vector<Link> links = score_candidates(in, *r, *res);
  for (Link& l : links) {
    if (l.relation == Relation::kRelated && !(options.min_score >= 0 && l.score >= options.min_score)) continue;
    r->links.push_back(std::move(l));
  }
  std::sort(r->links.begin(), r->links.end(), [](const Link& x, const Link& y) {
    return x.a == y.a ? x.b < y.b : x.a < y.a;
  });
}

}  // namespace tri
