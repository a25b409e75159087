// engine.h — internal: the per-unit analysis shared by alignment, judgement and report.
#pragma once

#include <string>
#include <vector>

#include "triangulate/facts.h"
#include "triangulate/tokens.h"
#include "triangulate/triangulate.h"

namespace tri {

/// What the engine knows about one unit of one source.
struct UnitData {
  std::vector<Token> tokens;  ///< empty when not linkable (compare() keeps only what links use)
  Facts facts;
  bool linkable = false;  ///< claim or headline
};

using SourceData = std::vector<UnitData>;  // one per unit of a source

/// Aligns and judges units across sources: fills r->links (sorted). `data[s][k]` belongs to
/// r->sources[s].units[k].
void link_units(const Options& options, const std::vector<SourceData>& data, Result* r);

/// Groups, source pairs (similarity, derived) and per-source figures from r->links.
void build_report(Result* r);

}  // namespace tri

namespace tri {
/// A pair of sources is derived when this share of the shorter one's claims match in order...
inline constexpr double kDerivedChainShare = 0.5;
/// ...and the pair's claim similarity is at least this.
inline constexpr double kDerivedSimilarity = 0.6;
}  // namespace tri
