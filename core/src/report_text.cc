// report_text.cc — the command line's readable report.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "triangulate/report.h"

namespace tri {
namespace {

std::string quote(const SourceResult& s, const Unit& u, size_t max = 220) {
  std::string t = s.text.substr(u.begin, u.end - u.begin);
  for (char& c : t)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  if (t.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    t = t.substr(0, cut) + "\xE2\x80\xA6";
  }
  return "\xE2\x80\x9C" + t + "\xE2\x80\x9D";
}

}  // namespace

std::string text_report(const Result& r) {
  std::ostringstream o;
  if (!r.ok()) {
    o << "error: " << r.error << "\n";
    return o.str();
  }
  const auto unit = [&](const UnitRef& u) -> const Unit& { return r.sources[u.source].units[u.unit]; };
  const auto src = [&](const UnitRef& u) -> const SourceResult& { return r.sources[u.source]; };

  size_t conflicts = 0, corroborated = 0, single = 0;
  for (const Link& l : r.links) conflicts += l.relation == Relation::kConflict;
  for (const Group& g : r.groups) {
    corroborated += g.status == GroupStatus::kCorroborated;
    single += g.status == GroupStatus::kSingle;
  }
  o << r.sources.size() << " sources, " << conflicts << " conflict" << (conflicts == 1 ? "" : "s")
    << ", " << corroborated << " corroborated claim" << (corroborated == 1 ? "" : "s") << ", "
    << single << " single-source claim" << (single == 1 ? "" : "s") << "\n";

  o << "\nCONFLICTS (" << conflicts << ")\n";
  if (conflicts == 0) o << "  none found\n";
  for (const Link& l : r.links) {
    if (l.relation != Relation::kConflict) continue;
    for (const Discrepancy& d : l.discrepancies) o << "  [" << d.type << "] " << d.reason << "\n";
    o << "    " << src(l.a).id << ": " << quote(src(l.a), unit(l.a)) << "\n";
    o << "    " << src(l.b).id << ": " << quote(src(l.b), unit(l.b)) << "\n";
  }

  o << "\nCORROBORATED (" << corroborated << ")\n";
  if (corroborated == 0) o << "  none found\n";
  for (const Group& g : r.groups) {
    if (g.status != GroupStatus::kCorroborated) continue;
    o << "  " << g.sources << " sources";
    if (g.independent != g.sources) o << " (" << g.independent << " independent)";
    o << ":";
    std::set<int> shown;
    for (const UnitRef& u : g.units)
      if (shown.insert(u.source).second) o << " " << src(u).id;
    o << "\n    " << quote(src(g.units.front()), unit(g.units.front())) << "\n";
  }

  o << "\nSINGLE-SOURCE CLAIMS\n";
  for (size_t si = 0; si < r.sources.size(); ++si) {
    const SourceResult& s = r.sources[si];
    o << "  " << s.id;
    if (!s.title.empty()) o << " (" << s.title << ")";
    o << ": " << s.stats.claims << " claims, " << s.stats.corroborated << " corroborated, "
      << s.stats.contested << " contested, " << s.stats.single << " single-source\n";
    for (const Group& g : r.groups) {
      if (g.status != GroupStatus::kSingle) continue;
      for (const UnitRef& u : g.units)
        if (u.source == static_cast<int>(si)) o << "    - " << quote(s, unit(u)) << "\n";
    }
  }

  bool derived = false;
  for (const SourcePair& p : r.pairs) derived = derived || p.derived;
  if (derived) {
    o << "\nDERIVED COPIES (their agreement is not independent)\n";
    for (const SourcePair& p : r.pairs)
      if (p.derived) o << "  " << r.sources[p.a].id << " ~ " << r.sources[p.b].id << "\n";
  }

  if (!r.warnings.empty()) {
    o << "\nWARNINGS (" << r.warnings.size() << ")\n";
    for (const Warning& w : r.warnings)
      o << "  " << (w.source.empty() ? std::string("input") : w.source) << ": " << w.message << "\n";
  }
  return o.str();
}

}  // namespace tri
