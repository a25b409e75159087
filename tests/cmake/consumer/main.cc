// A consumer of triangulate::core: compares two short reports that disagree on a number and
// prints what it found. Exits 0 when the conflict, the JSON and the version are as expected.
#include <cstdio>
#include <cstring>
#include <string>

#include "triangulate/json.h"
#include "triangulate/report.h"
#include "triangulate/triangulate.h"

int main() {
  tri::Input in;
  in.sources = {{"harbour-news", "", "The storm closed the harbour on Tuesday. Crews rescued 14 sailors."},
                {"coast-daily", "", "The storm closed the harbour on Tuesday. Crews rescued 9 sailors."}};
  const tri::Result r = tri::compare(in);
  if (!r.ok()) {
    std::printf("error: %s\n", r.error.c_str());
    return 1;
  }
  int conflicts = 0;
  for (const tri::Link& l : r.links) {
    if (l.relation != tri::Relation::kConflict) continue;
    ++conflicts;
    for (const tri::Discrepancy& d : l.discrepancies) std::printf("conflict: %s\n", d.reason.c_str());
  }
  const std::string json = tri::to_json(r);
  const std::string report = tri::text_report(r);
  std::printf("version: %s\n", tri::version());
  const bool ok = conflicts == 1 && json.rfind("{\"schema\":1,", 0) == 0 &&
                  report.find("CONFLICTS (1)") != std::string::npos &&
                  std::strcmp(tri::version(), EXPECTED_VERSION) == 0;
  std::printf("%s\n", ok ? "consumer: ok" : "consumer: unexpected result");
  return ok ? 0 : 1;
}
