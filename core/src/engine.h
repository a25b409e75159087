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

/// Whether Options::run_tasks is read. The WebAssembly module runs on one thread, and its build
/// (no TRI_TASKS) leaves the splitting out, with the code it would cost (2.7 KiB gzip of the
/// 150 KiB budget); native builds define TRI_TASKS (core/CMakeLists.txt).
#ifdef TRI_TASKS
inline constexpr bool kTasks = true;
#else
inline constexpr bool kTasks = false;
#endif

/// The pipeline up to the per-unit analysis: checks the input, repairs and converts each source,
/// segments it, and reads each unit's tokens and facts into `data` (one SourceData per source,
/// one UnitData per unit). On bad input returns false with out->error set.
bool prepare_sources(const Input& in, Result* out, std::vector<SourceData>* data);

/// Aligns and judges units across sources: fills r->links (sorted). `data[s][k]` belongs to
/// r->sources[s].units[k].
void link_units(const Options& options, const std::vector<SourceData>& data, Result* r);

/// Claim groups, source pairs (shared claims, wording, derived), origins, disputes and per-source
/// figures from r->links (report.cc).
void build_report(const std::vector<SourceData>& data, Result* r);

}  // namespace tri

