// report.h — what the engine's links mean for readers: groups of units that state the same fact,
// per-source figures, source-pair similarity with derived copies, and the text report.
//
// Example:
//   tri::Result r = tri::compare(in);
//   std::cout << tri::text_report(r);
//   // CONFLICTS (1)
//   //   [number] tonnes: about 20 vs 4–6
//   //     wire: "...around 20 tonnes of diesel..."
//   //     post: "...between 4 and 6 tonnes..."
//   // CORROBORATED (12) ...
#pragma once

#include <string>

#include "triangulate/triangulate.h"

namespace tri {

/// The readable report of the command line: a summary line, conflicts first with their reasons
/// and both sentences, then corroborated claims with their source counts, then each source's
/// single-source claims, then warnings. Plain UTF-8 text, lines end with '\n'. A failed result
/// gives "error: ..." on one line.
std::string text_report(const Result& result);

}  // namespace tri
