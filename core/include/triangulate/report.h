// report.h — what the engine's links mean for readers: groups of units that state the same fact,
// per-source figures, source-pair similarity with derived copies, and the text report.
//
// Example:
//   tri::Result r = tri::compare(in);
//   std::cout << tri::text_report(r);
//   // CONFLICTS (1)
//   //   [number] tonnes: about 20 t vs 4–6 t
//   //     around 20 tonnes: wire
//   //       "...around 20 tonnes of diesel..."
//   //     between 4 and 6 tonnes: post
//   //       "...between 4 and 6 tonnes..."
//   // CORROBORATED (12) ...
#pragma once

#include <string>

#include "triangulate/triangulate.h"

namespace tri {

/// The readable report of the command line: a summary line, conflicts first with their reasons
/// and sides (each value, the sources that state it, one sentence), then corroborated claims with
/// their source counts and origins ("3 sources, all citing <agency>"), then each source's
/// single-source claims, derived copies, then warnings. With a `focus` source id, the report
/// starts with that article's claims, each tagged (also reported by, disputed by, only here), and
/// the claims the others report that it does not. Plain UTF-8 text, lines end with '\n'. A failed
/// result gives "error: ..." on one line.
std::string text_report(const Result& result, const std::string& focus = "");

}  // namespace tri
