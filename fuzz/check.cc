// check.cc — the invariants every harness shares (see check.h).
#include "check.h"

#include <algorithm>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "triangulate/segment.h"

namespace fuzz {

bool valid_utf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
      return false;
    }
    if (n - i < len) return false;
    for (size_t k = 1; k < len; ++k) {
      const unsigned char t = static_cast<unsigned char>(s[i + k]);
      if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xBF)) return false;
    }
    i += len;
  }
  return true;
}

std::u16string utf16(std::string_view s) {
  std::u16string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    size_t len;
    if (c < 0x80) {
      cp = c;
      len = 1;
    } else if (c < 0xE0) {
      cp = c & 0x1F;
      len = 2;
    } else if (c < 0xF0) {
      cp = c & 0x0F;
      len = 3;
    } else {
      cp = c & 0x07;
      len = 4;
    }
    for (size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (cp >> 10));
      out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}

bool on_boundary(std::string_view s, size_t i) {
  return i == s.size() || (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80);
}

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

void check_span(const tri::SourceResult& s, tri::Span sp, const char* what) {
  FUZZ_CHECK(sp.begin <= sp.end && sp.end <= s.text.size(), "%s span [%zu, %zu) outside text of %zu bytes",
             what, sp.begin, sp.end, s.text.size());
  FUZZ_CHECK(on_boundary(s.text, sp.begin) && on_boundary(s.text, sp.end),
             "%s span [%zu, %zu) cuts a code point", what, sp.begin, sp.end);
}

}  // namespace

void check_units(std::string_view text, const std::vector<tri::Unit>& units, const char* who) {
  size_t prev_end = 0;
  int prev_para = 0;
  for (size_t k = 0; k < units.size(); ++k) {
    const tri::Unit& u = units[k];
    FUZZ_CHECK(u.begin < u.end && u.end <= text.size(), "%s unit %zu [%zu, %zu) empty or outside %zu bytes", who,
               k, u.begin, u.end, text.size());
    FUZZ_CHECK(on_boundary(text, u.begin) && on_boundary(text, u.end), "%s unit %zu [%zu, %zu) cuts a code point",
               who, k, u.begin, u.end);
    FUZZ_CHECK(u.begin >= prev_end, "%s unit %zu [%zu, %zu) overlaps or precedes the one before (end %zu)", who, k,
               u.begin, u.end, prev_end);
    FUZZ_CHECK(u.paragraph >= prev_para, "%s unit %zu: paragraph %d after %d", who, k, u.paragraph, prev_para);
    FUZZ_CHECK(!is_space_byte(text[u.begin]) && !is_space_byte(text[u.end - 1]), "%s unit %zu [%zu, %zu) is not trimmed",
               who, k, u.begin, u.end);
    FUZZ_CHECK(u.end - u.begin <= tri::kMaxUnitBytes, "%s unit %zu is %zu bytes long", who, k, u.end - u.begin);
    FUZZ_CHECK((u.of >= 0) == (u.kind == tri::UnitKind::kDuplicate), "%s unit %zu: of %d with kind %s", who, k, u.of,
               tri::to_string(u.kind));
    FUZZ_CHECK(u.of < static_cast<int>(units.size()) && u.of != static_cast<int>(k), "%s unit %zu: of %d out of range",
               who, k, u.of);
    FUZZ_CHECK(!u.role.empty(), "%s unit %zu has no role", who, k);
    prev_end = u.end;
    prev_para = u.paragraph;
  }
}

void check_result(const tri::Result& r) {
  FUZZ_CHECK(r.ok(), "compare failed: %s", r.error.c_str());
  const int ns = static_cast<int>(r.sources.size());
  for (const tri::SourceResult& s : r.sources) {
    FUZZ_CHECK(valid_utf8(s.text), "source %s: text is not valid UTF-8", s.id.c_str());
    FUZZ_CHECK(valid_utf8(s.id) && valid_utf8(s.title), "source %s: id or title not valid UTF-8", s.id.c_str());
    check_units(s.text, s.units, s.id.c_str());
    const tri::SourceStats& st = s.stats;
    FUZZ_CHECK(st.claims >= 0 && st.corroborated + st.contested + st.single <= st.claims,
               "source %s: stats %d claims, %d + %d + %d", s.id.c_str(), st.claims, st.corroborated,
               st.contested, st.single);
  }
  const auto unit_ok = [&](const tri::UnitRef& u) {
    return u.source >= 0 && u.source < ns && u.unit >= 0 &&
           u.unit < static_cast<int>(r.sources[u.source].units.size());
  };
  for (size_t k = 0; k < r.links.size(); ++k) {
    const tri::Link& l = r.links[k];
    FUZZ_CHECK(unit_ok(l.a) && unit_ok(l.b), "link %zu points outside the units", k);
    FUZZ_CHECK(l.a.source < l.b.source, "link %zu: source %d not before %d", k, l.a.source, l.b.source);
    // 0..1, allowing for rounding in the last bits (JSON carries 4 decimals).
    FUZZ_CHECK(std::isfinite(l.score) && l.score >= -1e-9 && l.score <= 1 + 1e-9, "link %zu: score %.17g", k,
               l.score);
    if (k > 0) {
      const tri::Link& p = r.links[k - 1];
      FUZZ_CHECK(p.a < l.a || (p.a == l.a && p.b < l.b), "link %zu is not after the one before", k);
    }
    FUZZ_CHECK(l.discrepancies.empty() == (l.relation != tri::Relation::kConflict),
               "link %zu: %s with %zu discrepancies", k, tri::to_string(l.relation), l.discrepancies.size());
    for (const tri::Discrepancy& d : l.discrepancies) {
      check_span(r.sources[l.a.source], d.a, "discrepancy a");
      check_span(r.sources[l.b.source], d.b, "discrepancy b");
      FUZZ_CHECK(valid_utf8(d.reason) && valid_utf8(d.type), "link %zu: reason not valid UTF-8", k);
    }
  }
  for (size_t g = 0; g < r.groups.size(); ++g) {
    const tri::Group& gr = r.groups[g];
    FUZZ_CHECK(!gr.units.empty(), "group %zu is empty", g);
    std::set<int> sources;
    for (size_t k = 0; k < gr.units.size(); ++k) {
      FUZZ_CHECK(unit_ok(gr.units[k]), "group %zu: unit %zu out of range", g, k);
      FUZZ_CHECK(k == 0 || gr.units[k - 1] < gr.units[k], "group %zu: units not sorted", g);
      sources.insert(gr.units[k].source);
    }
    FUZZ_CHECK(gr.sources == static_cast<int>(sources.size()), "group %zu: %d sources, units in %zu", g,
               gr.sources, sources.size());
    FUZZ_CHECK(gr.independent >= 1 && gr.independent <= gr.sources, "group %zu: %d independent of %d", g,
               gr.independent, gr.sources);
  }
  for (const tri::SourcePair& p : r.pairs) {
    FUZZ_CHECK(p.a >= 0 && p.a < p.b && p.b < ns, "source pair (%d, %d)", p.a, p.b);
    FUZZ_CHECK(std::isfinite(p.similarity) && p.similarity >= -1e-9 && p.similarity <= 1 + 1e-9,
               "pair similarity %.17g", p.similarity);
  }
  for (const tri::Warning& w : r.warnings)
    FUZZ_CHECK(valid_utf8(w.message) && valid_utf8(w.source), "warning %s not valid UTF-8", w.code.c_str());
}

namespace {

using nlohmann::json;

// Checks that {start, end, text} slices `text16` (the UTF-16 form of the source text) exactly.
void check_slice(const json& o, const std::u16string& text16, const char* what) {
  FUZZ_CHECK(o.is_object() && o["start"].is_number_unsigned() && o["end"].is_number_unsigned() &&
                 o["text"].is_string(),
             "%s: no start/end/text", what);
  const size_t start = o["start"].get<size_t>(), end = o["end"].get<size_t>();
  FUZZ_CHECK(start <= end && end <= text16.size(), "%s: UTF-16 [%zu, %zu) outside a text of %zu units", what,
             start, end, text16.size());
  FUZZ_CHECK(text16.compare(start, end - start, utf16(o["text"].get_ref<const std::string&>())) == 0,
             "%s: UTF-16 [%zu, %zu) does not slice its text", what, start, end);
}

// A span by its offsets alone (a clause of an agreement in part): within the text.
void check_offsets(const json& o, const std::u16string& text16, const char* what) {
  FUZZ_CHECK(o.is_object() && o.contains("start") && o.contains("end") && o["start"].is_number_unsigned() &&
                 o["end"].is_number_unsigned() && !o.contains("text"),
             "%s: no start/end", what);
  const size_t start = o["start"].get<size_t>(), end = o["end"].get<size_t>();
  FUZZ_CHECK(start <= end && end <= text16.size(), "%s: UTF-16 [%zu, %zu) outside a text of %zu units", what,
             start, end, text16.size());
}

}  // namespace

void check_result_json(const tri::Result& r, std::string_view text) {
  FUZZ_CHECK(valid_utf8(text), "result JSON is not valid UTF-8");
  FUZZ_CHECK(text.find('\n') == std::string_view::npos, "result JSON spans lines");
  const json j = json::parse(text.begin(), text.end(), nullptr, false);
  FUZZ_CHECK(!j.is_discarded(), "result JSON does not parse");
  FUZZ_CHECK(j.is_object() && j.value("schema", 0) == 1, "result JSON has no schema 1");
  const json& sources = j["sources"];
  FUZZ_CHECK(sources.is_array() && sources.size() == r.sources.size(), "result JSON: %zu sources",
             sources.size());
  std::vector<std::u16string> text16;
  for (size_t s = 0; s < r.sources.size(); ++s) {
    const json& so = sources[s];
    FUZZ_CHECK(so["id"] == r.sources[s].id, "source %zu: id differs", s);
    if (r.sources[s].from_html) FUZZ_CHECK(so["text"] == r.sources[s].text, "source %zu: text differs", s);
    text16.push_back(utf16(r.sources[s].text));
    const json& units = so["units"];
    FUZZ_CHECK(units.is_array() && units.size() == r.sources[s].units.size(), "source %zu: unit count", s);
    for (const json& u : units) check_slice(u, text16.back(), "unit");
  }
  std::map<std::string, size_t> source_of;
  for (size_t s = 0; s < r.sources.size(); ++s) source_of[r.sources[s].id] = s;
  const auto source_index = [&](const json& unit_id) {
    const std::string& id = unit_id.get_ref<const std::string&>();
    const size_t hash = id.rfind('#');
    FUZZ_CHECK(hash != std::string::npos && source_of.count(id.substr(0, hash)), "unit id %s", id.c_str());
    return source_of[id.substr(0, hash)];
  };
  // Conflict links are written as conflicts with sides (below); links[] holds the others, and the
  // conflicting pairs too (for their score) when every scored pair was asked for.
  const json& links = j["links"];
  const size_t written = static_cast<size_t>(std::count_if(r.links.begin(), r.links.end(), [&](const tri::Link& l) {
    return l.relation != tri::Relation::kConflict || r.every_pair;
  }));
  FUZZ_CHECK(links.is_array() && links.size() == written, "result JSON: link count");
  for (const json& l : links) {
    FUZZ_CHECK(l.is_object() && l.contains("a") && l.contains("b") && l["a"].is_string() && l["b"].is_string(),
               "result JSON: a link without its units");
    const size_t a = source_index(l["a"]), b = source_index(l["b"]);
    // No link repeats a difference: differences are conflicts with sides.
    FUZZ_CHECK(!l.contains("discrepancies"), "result JSON: discrepancies on a link");
    if (!l.contains("clause")) continue;
    FUZZ_CHECK(l["clause"].is_object() && l["clause"].contains("a") && l["clause"].contains("b"),
               "result JSON: a clause without its two pieces");
    check_offsets(l["clause"]["a"], text16[a], "clause a");
    check_offsets(l["clause"]["b"], text16[b], "clause b");
  }
  const json& conflicts = j["conflicts"];
  FUZZ_CHECK(conflicts.is_array() && conflicts.size() == r.conflicts.size(), "result JSON: conflict count");
  for (const json& c : conflicts) {
    FUZZ_CHECK(c["sides"].is_array() && c["sides"].size() >= 2, "result JSON: a conflict of fewer than two sides");
    for (const json& side : c["sides"]) {
      FUZZ_CHECK(side["units"].is_array() && !side["units"].empty(), "result JSON: a conflict side without units");
      for (const json& u : side["units"]) check_slice(u, text16[source_index(u["unit"])], "conflict side");
    }
  }
  FUZZ_CHECK(j["groups"].is_array() && j["groups"].size() == r.groups.size(), "result JSON: group count");
  FUZZ_CHECK(j["sourcePairs"].is_array() && j["sourcePairs"].size() == r.pairs.size(), "result JSON: pairs");
  FUZZ_CHECK(j["warnings"].is_array() && j["warnings"].size() == r.warnings.size(), "result JSON: warnings");
}

}  // namespace fuzz
