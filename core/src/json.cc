// json.cc — schema 1 of the contract, in and out. The only unit that knows about JSON.
#include "triangulate/json.h"

#include <cmath>
#include <new>
#include <nlohmann/json.hpp>

#include "triangulate/text.h"

namespace tri {
namespace {

using ojson = nlohmann::ordered_json;

double round4(double x) {
  if (!std::isfinite(x)) return 0.0;
  return std::round(x * 10000.0) / 10000.0;
}

std::string unit_id(const SourceResult& s, int k) { return s.id + "#" + std::to_string(k); }

ojson span_json(const SourceResult& s, const Utf16Index& ix, Span sp) {
  ojson o;
  o["start"] = ix.to_utf16(sp.begin);
  o["end"] = ix.to_utf16(sp.end);
  o["text"] = s.text.substr(sp.begin, sp.end - sp.begin);
  return o;
}

std::string dump(const ojson& j) { return j.dump(-1, ' ', false, ojson::error_handler_t::replace); }

}  // namespace

std::string to_json(const Result& r, const std::string& cluster_id) {
  ojson out;
  if (!cluster_id.empty()) out["id"] = cluster_id;
  if (!r.ok()) {
    out["error"] = r.error;
    return dump(out);
  }
  out["schema"] = kSchema;
  out["engine"] = {{"version", version()}, {"model", data_id()}};
  std::vector<Utf16Index> index;
  index.reserve(r.sources.size());
  for (const auto& s : r.sources) index.emplace_back(s.text);

  ojson sources = ojson::array();
  for (size_t si = 0; si < r.sources.size(); ++si) {
    const SourceResult& s = r.sources[si];
    const Utf16Index& ix = index[si];
    ojson so;
    so["id"] = s.id;
    so["title"] = s.title;
    if (s.from_html) so["text"] = s.text;
    so["language"] = s.language;
    if (!s.compared) so["compared"] = false;
    ojson units = ojson::array();
    for (size_t k = 0; k < s.units.size(); ++k) {
      const Unit& u = s.units[k];
      ojson uo;
      uo["id"] = unit_id(s, static_cast<int>(k));
      uo["start"] = ix.to_utf16(u.begin);
      uo["end"] = ix.to_utf16(u.end);
      uo["kind"] = to_string(u.kind);
      uo["role"] = u.role;
      if (s.compared && (u.kind == UnitKind::kClaim || u.kind == UnitKind::kHeadline)) {
        uo["status"] = to_string(u.status);
        uo["groups"] = u.groups;
      }
      if (u.of >= 0) uo["of"] = unit_id(s, u.of);
      uo["text"] = s.text.substr(u.begin, u.end - u.begin);
      units.push_back(std::move(uo));
    }
    so["units"] = std::move(units);
    so["stats"] = {{"claims", s.stats.claims},
                   {"corroborated", s.stats.corroborated},
                   {"contested", s.stats.contested},
                   {"single", s.stats.single}};
    if (s.compared) so["omissions"] = s.omissions;
    sources.push_back(std::move(so));
  }
  out["sources"] = std::move(sources);

  ojson links = ojson::array();
  // Conflicts are listed with their sides (below); links hold agreements and related pairs.
  for (const Link& l : r.links) {
    if (l.relation == Relation::kConflict) continue;
    const SourceResult& sa = r.sources[l.a.source];
    const SourceResult& sb = r.sources[l.b.source];
    ojson lo;
    lo["a"] = unit_id(sa, l.a.unit);
    lo["b"] = unit_id(sb, l.b.unit);
    lo["score"] = round4(l.score);
    lo["relation"] = to_string(l.relation);
    ojson ds = ojson::array();
    for (const Discrepancy& d : l.discrepancies) {
      ojson dobj;
      dobj["type"] = d.type;
      dobj["a"] = span_json(sa, index[l.a.source], d.a);
      dobj["b"] = span_json(sb, index[l.b.source], d.b);
      dobj["reason"] = d.reason;
      ds.push_back(std::move(dobj));
    }
    lo["discrepancies"] = std::move(ds);
    links.push_back(std::move(lo));
  }
  out["links"] = std::move(links);

  ojson groups = ojson::array();
  for (size_t g = 0; g < r.groups.size(); ++g) {
    const Group& gr = r.groups[g];
    ojson go;
    go["id"] = g;
    ojson us = ojson::array();
    for (const UnitRef& u : gr.units) us.push_back(unit_id(r.sources[u.source], u.unit));
    go["units"] = std::move(us);
    go["sources"] = gr.sources;
    go["independent"] = gr.independent;
    go["status"] = to_string(gr.status);
    go["claim"] = unit_id(r.sources[gr.claim.source], gr.claim.unit);
    if (!gr.origins.empty()) go["origins"] = gr.origins;
    groups.push_back(std::move(go));
  }
  out["groups"] = std::move(groups);

  ojson conflicts = ojson::array();
  for (size_t c = 0; c < r.conflicts.size(); ++c) {
    const Conflict& cf = r.conflicts[c];
    ojson co;
    co["id"] = c;
    co["type"] = cf.type;
    co["reason"] = cf.reason;
    co["group"] = cf.group;
    ojson sides = ojson::array();
    for (const ConflictSide& side : cf.sides) {
      ojson so;
      so["value"] = side.value;
      ojson us = ojson::array();
      for (const auto& [u, span] : side.units) {
        ojson uo = span_json(r.sources[u.source], index[u.source], span);
        ojson e;
        e["unit"] = unit_id(r.sources[u.source], u.unit);
        e["start"] = uo["start"];
        e["end"] = uo["end"];
        e["text"] = uo["text"];
        us.push_back(std::move(e));
      }
      so["units"] = std::move(us);
      sides.push_back(std::move(so));
    }
    co["sides"] = std::move(sides);
    conflicts.push_back(std::move(co));
  }
  out["conflicts"] = std::move(conflicts);

  ojson pairs = ojson::array();
  for (const SourcePair& p : r.pairs) {
    pairs.push_back({{"a", r.sources[p.a].id},
                     {"b", r.sources[p.b].id},
                     {"similarity", round4(p.similarity)},
                     {"shared", p.shared},
                     {"wording", round4(p.wording)},
                     {"derived", p.derived}});
  }
  out["sourcePairs"] = std::move(pairs);

  ojson warnings = ojson::array();
  for (const Warning& w : r.warnings) {
    ojson wo;
    wo["source"] = w.source;
    wo["code"] = w.code;
    wo["message"] = w.message;
    if (w.byte >= 0) wo["byte"] = w.byte;
    warnings.push_back(std::move(wo));
  }
  out["warnings"] = std::move(warnings);
  return dump(out);
}

bool parse_input(std::string_view text, Input* in, std::string* error, std::string* cluster_id) {
  *in = Input{};
  const ojson j = ojson::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded()) {
    *error = "malformed JSON";
    return false;
  }
  if (!j.is_object()) {
    *error = "input must be a JSON object with a \"sources\" array";
    return false;
  }
  if (cluster_id) {
    cluster_id->clear();
    if (auto it = j.find("id"); it != j.end()) {
      if (it->is_string()) *cluster_id = it->get<std::string>();
      else if (it->is_number_integer()) *cluster_id = std::to_string(it->get<long long>());
    }
  }
  const auto src = j.find("sources");
  if (src == j.end() || !src->is_array()) {
    *error = "\"sources\" must be an array of {id, title, text}";
    return false;
  }
  for (size_t k = 0; k < src->size(); ++k) {
    const ojson& s = (*src)[k];
    const std::string where = "sources[" + std::to_string(k) + "]";
    if (!s.is_object()) {
      *error = where + " must be an object";
      return false;
    }
    SourceInput si;
    const auto id = s.find("id");
    if (id == s.end() || !id->is_string()) {
      *error = where + ".id must be a string";
      return false;
    }
    si.id = id->get<std::string>();
    const auto tx = s.find("text");
    if (tx == s.end() || !tx->is_string()) {
      *error = where + ".text must be a string";
      return false;
    }
    si.text = tx->get<std::string>();
    if (auto t = s.find("title"); t != s.end() && !t->is_null()) {
      if (!t->is_string()) {
        *error = where + ".title must be a string";
        return false;
      }
      si.title = t->get<std::string>();
    }
    if (auto f = s.find("format"); f != s.end() && !f->is_null()) {
      const std::string v = f->is_string() ? f->get<std::string>() : "";
      if (v == "auto") si.format = Format::kAuto;
      else if (v == "text") si.format = Format::kText;
      else if (v == "html") si.format = Format::kHtml;
      else {
        *error = where + ".format must be \"auto\", \"text\" or \"html\"";
        return false;
      }
    }
    in->sources.push_back(std::move(si));
  }
  if (auto o = j.find("options"); o != j.end() && !o->is_null()) {
    if (!o->is_object()) {
      *error = "\"options\" must be an object";
      return false;
    }
    for (const char* key : {"minScore", "min_score"}) {
      if (auto m = o->find(key); m != o->end() && !m->is_null()) {
        if (!m->is_number()) {
          *error = std::string("options.") + key + " must be a number";
          return false;
        }
        in->options.min_score = m->get<double>();
      }
    }
    if (auto m = o->find("maxSources"); m != o->end() && !m->is_null()) {
      if (!m->is_number_unsigned()) {
        *error = "options.maxSources must be a positive integer";
        return false;
      }
      in->options.max_sources = std::min<size_t>(m->get<size_t>(), in->options.max_sources);
    }
    if (auto m = o->find("maxTotalBytes"); m != o->end() && !m->is_null()) {
      if (!m->is_number_unsigned()) {
        *error = "options.maxTotalBytes must be a positive integer";
        return false;
      }
      in->options.max_total_bytes = std::min<size_t>(m->get<size_t>(), in->options.max_total_bytes);
    }
  }
  return true;
}

std::string compare_json(std::string_view input_json) {
  std::string cluster_id;
  try {
    Input in;
    std::string error;
    if (!parse_input(input_json, &in, &error, &cluster_id)) {
      Result r;
      r.error = error;
      return to_json(r, cluster_id);
    }
    return to_json(compare(in), cluster_id);
  } catch (const std::bad_alloc&) {
    Result r;
    r.error = "out of memory: the input is too large for this engine";
    return to_json(r, cluster_id);
  }
}

}  // namespace tri
