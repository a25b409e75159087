// link.h — internal: the link stage, from analysed units to agree / conflict / related links.
//
//   units      each linkable unit as words with terms, lexicon ids and weights (similarity.h)
//   candidates the pairs worth scoring (candidates.h)
//   scoring    word alignment, features, the model's probability (similarity.h, model.h), and the
//              discrepancies in aligned slots (conflicts.h): a pair with discrepancies conflicts
//              when, those differences set aside, the model still finds one claim (threshold
//              "conflict"); a pair without agrees from the threshold "agree"; otherwise related
//   events     sources grouped by the event they report, from what whole articles share and from
//              how their units linked (event.h); links between two event groups are dropped
//              (kept as related when options.min_score asks for them)
// The stages are separate functions so that tools/features can measure what the engine measures.
#pragma once

#include <vector>

#include "candidates.h"
#include "engine.h"
#include "event.h"
#include "resources.h"
#include "similarity.h"

namespace tri {

/// The analysed units of a cluster, with everything the stages share.
struct LinkInput {
  std::vector<SimUnit> units;
  std::vector<double> cluster_weight;
  std::vector<SourceProfile> profiles;  ///< per source
  std::vector<Candidate> candidates;
};

/// Builds the units, weights, source profiles and candidates of the sources in `data` (whose
/// results, for texts and unit kinds, are in r).
LinkInput prepare_links(const std::vector<SourceData>& data, const Result& r, const Lexicon& lexicon);

/// A scored candidate: its link (relation, score, discrepancies).
std::vector<Link> score_candidates(const LinkInput& in, const Result& r, const Resources& res);

/// Per pair of sources (a < b), what their links say: see PairEvidence.
std::vector<std::vector<PairEvidence>> pair_evidence(const LinkInput& in, const std::vector<Link>& links,
                                                     size_t sources);

}  // namespace tri
