// report_text.cc — the command line's readable report.
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "triangulate/report.h"
#include "decimal.h"

namespace tri {
namespace {

std::string one_line(std::string t, size_t max) {
  for (char& c : t)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  if (t.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    t = t.substr(0, cut) + "\xE2\x80\xA6";
  }
  return t;
}

std::string quote(const SourceResult& s, const Unit& u, size_t max = 220) {
  return "\xE2\x80\x9C" + one_line(s.text.substr(u.begin, u.end - u.begin), max) + "\xE2\x80\x9D";
}

std::string plural(size_t n, const char* word) { return whole_number(n) + " " + word + (n == 1 ? "" : "s"); }

// "3 sources: a b c", and how independent they are: "(2 independent)", "(all citing X)".
std::string sources_line(const Result& r, const Group& g) {
  std::ostringstream o;
  o << plural(static_cast<size_t>(g.sources), "source");
  if (g.origins.size() == 1 && g.independent == 1 && g.sources > 1) o << ", all citing " << g.origins[0];
  else if (g.independent != g.sources) o << " (" << g.independent << " independent)";
  o << ":";
  std::set<int> shown;
  for (const UnitRef& u : g.units)
    if (shown.insert(u.source).second) o << " " << r.sources[u.source].id;
  return o.str();
}

// A group's claim, then how each other source states it ("      b: “...”"): the evidence a reader
// checks the agreement against. A sentence that carries several claims leads several groups, so
// the claim alone would print the same line for each. At most kShownUnits units are quoted; a
// source's second unit in the group is not (one quote per source says how it puts it).
constexpr size_t kShownUnits = 4;

std::string group_lines(const Result& r, const Group& g) {
  const auto text = [&](const UnitRef& u) {
    const SourceResult& s = r.sources[u.source];
    return quote(s, s.units[u.unit], 160);
  };
  std::ostringstream o;
  o << "  " << sources_line(r, g) << "\n    " << text(g.claim) << "\n";
  std::set<int> shown = {g.claim.source};
  size_t quoted = 0, left = 0;
  for (const UnitRef& u : g.units) {
    if (!shown.insert(u.source).second) continue;
    if (quoted == kShownUnits) {
      ++left;
      continue;
    }
    o << "      " << r.sources[u.source].id << ": " << text(u) << "\n";
    ++quoted;
  }
  if (left > 0) o << "      \xE2\x80\xA6 and " << plural(left, "other source") << "\n";
  return o.str();
}

}  // namespace

std::string text_report(const Result& r, const std::string& focus) {
  std::ostringstream o;
  if (!r.ok()) {
    o << "error: " << r.error << "\n";
    return o.str();
  }
  const auto unit = [&](const UnitRef& u) -> const Unit& { return r.sources[u.source].units[u.unit]; };
  const auto src = [&](const UnitRef& u) -> const SourceResult& { return r.sources[u.source]; };

  size_t corroborated = 0, single = 0;
  for (const Group& g : r.groups) {
    corroborated += g.status == GroupStatus::kCorroborated;
    single += g.status == GroupStatus::kSingle;
  }
  o << plural(r.sources.size(), "source") << ", " << plural(r.conflicts.size(), "conflict") << ", "
    << plural(corroborated, "corroborated claim") << ", " << plural(single, "single-source claim") << "\n";

  int f = -1;
  for (size_t s = 0; s < r.sources.size(); ++s)
    if (r.sources[s].id == focus) f = static_cast<int>(s);
  if (!focus.empty() && f < 0) o << "\n(focus: no source \"" << focus << "\")\n";

  if (f >= 0) {
    // The focus article: each of its claims with what the others say of it.
    const SourceResult& fs = r.sources[f];
    o << "\nFOCUS: " << fs.id << (fs.title.empty() ? "" : " (" + fs.title + ")") << "\n";
    for (size_t k = 0; k < fs.units.size(); ++k) {
      const Unit& u = fs.units[k];
      if (u.groups.empty()) continue;
      std::set<int> also, disputed;
      for (int g : u.groups)
        for (const UnitRef& x : r.groups[g].units)
          if (x.source != f) also.insert(x.source);
      for (const Conflict& c : r.conflicts) {
        int my_side = -1;
        for (size_t s = 0; s < c.sides.size(); ++s)
          for (const auto& [x, span] : c.sides[s].units)
            if (x.source == f && x.unit == static_cast<int>(k)) my_side = static_cast<int>(s);
        if (my_side < 0) continue;
        for (size_t s = 0; s < c.sides.size(); ++s)
          if (static_cast<int>(s) != my_side)
            for (const auto& [x, span] : c.sides[s].units) disputed.insert(x.source);
      }
      for (int s : disputed) also.erase(s);
      o << "  " << quote(fs, u, 160) << "\n    ";
      if (!disputed.empty()) {
        o << "disputed by";
        for (int s : disputed) o << " " << r.sources[s].id;
        if (!also.empty()) o << "; ";
      }
      if (!also.empty()) {
        o << "also reported by";
        for (int s : also) o << " " << r.sources[s].id;
      }
      if (disputed.empty() && also.empty()) o << "only here";
      o << "\n";
    }
    o << "\nREPORTED ELSEWHERE, NOT HERE (" << fs.omissions.size() << ")\n";
    if (fs.omissions.empty()) o << "  none\n";
    for (int g : fs.omissions) {
      o << group_lines(r, r.groups[g]);
    }
  }

  o << "\nCONFLICTS (" << r.conflicts.size() << ")\n";
  if (r.conflicts.empty()) o << "  none found\n";
  for (const Conflict& c : r.conflicts) {
    o << "  [" << c.type << "] " << c.reason << "\n";
    for (const ConflictSide& side : c.sides) {
      o << "    " << one_line(side.value, 80) << ":";
      std::set<int> shown;
      for (const auto& [u, span] : side.units)
        if (shown.insert(u.source).second) o << " " << src(u).id;
      o << "\n";
      o << "      " << quote(src(side.units.front().first), unit(side.units.front().first)) << "\n";
    }
  }

  o << "\nCORROBORATED (" << corroborated << ")\n";
  if (corroborated == 0) o << "  none found\n";
  for (const Group& g : r.groups) {
    if (g.status != GroupStatus::kCorroborated) continue;
    o << group_lines(r, g);
  }

  o << "\nSINGLE-SOURCE CLAIMS\n";
  for (size_t si = 0; si < r.sources.size(); ++si) {
    const SourceResult& s = r.sources[si];
    o << "  " << s.id;
    if (!s.title.empty()) o << " (" << s.title << ")";
    if (!s.compared) {
      o << ": not compared (" << s.language << ")\n";
      continue;
    }
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
      if (p.derived)
        o << "  " << r.sources[p.a].id << " ~ " << r.sources[p.b].id << " (" << static_cast<int>(p.wording * 100 + 0.5)
          << "% shared wording)\n";
  }

  if (!r.warnings.empty()) {
    o << "\nWARNINGS (" << r.warnings.size() << ")\n";
    for (const Warning& w : r.warnings)
      o << "  " << (w.source.empty() ? std::string("input") : w.source) << ": " << w.message << "\n";
  }
  return o.str();
}

}  // namespace tri
