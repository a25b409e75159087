// compare.cc — the pipeline: validate, repair, convert HTML, segment, tokenize, extract facts,
// link, report.
#include <algorithm>
#include <set>

#include "engine.h"
#include "triangulate/html.h"
#include "triangulate/segment.h"
#include "triangulate/text.h"
#include "triangulate/triangulate.h"

namespace tri {

const char* version() { return TRIANGULATE_VERSION; }

const char* to_string(UnitKind k) {
  switch (k) {
    case UnitKind::kClaim: return "claim";
    case UnitKind::kHeadline: return "headline";
    case UnitKind::kBoilerplate: return "boilerplate";
    case UnitKind::kDuplicate: return "duplicate";
  }
  return "claim";
}

const char* to_string(Relation r) {
  switch (r) {
    case Relation::kAgree: return "agree";
    case Relation::kConflict: return "conflict";
    case Relation::kRelated: return "related";
  }
  return "related";
}

const char* to_string(GroupStatus s) {
  switch (s) {
    case GroupStatus::kCorroborated: return "corroborated";
    case GroupStatus::kContested: return "contested";
    case GroupStatus::kSingle: return "single";
  }
  return "single";
}

namespace {

constexpr size_t kMaxRepairWarnings = 20;

void add_repair_warnings(const std::string& id, const Repair& rep, std::vector<Warning>* out) {
  size_t invalid = 0, nul = 0;
  for (const RepairNote& n : rep.notes) {
    const bool is_nul = n.what == "nul";
    (is_nul ? nul : invalid) += 1;
    const size_t count = is_nul ? nul : invalid;
    if (count <= kMaxRepairWarnings) {
      out->push_back({id, is_nul ? "nul" : "invalid-utf8",
                      is_nul ? "NUL byte at byte " + std::to_string(n.byte) + " replaced by U+FFFD"
                             : "invalid UTF-8 at byte " + std::to_string(n.byte) +
                                   " replaced by U+FFFD",
                      static_cast<long long>(n.byte)});
    }
  }
  if (invalid > kMaxRepairWarnings)
    out->push_back({id, "invalid-utf8",
                    std::to_string(invalid - kMaxRepairWarnings) +
                        " more invalid UTF-8 sequences replaced by U+FFFD",
                    -1});
  if (nul > kMaxRepairWarnings)
    out->push_back({id, "nul", std::to_string(nul - kMaxRepairWarnings) + " more NUL bytes replaced by U+FFFD", -1});
}

bool blank(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (!is_space(decode_utf8(s, i))) return false;
  }
  return true;
}

}  // namespace

Result compare(const Input& in) {
  Result r;
  const auto& srcs = in.sources;
  if (srcs.size() < 2) {
    r.error = "need at least two sources to compare (got " + std::to_string(srcs.size()) + ")";
    return r;
  }
  if (srcs.size() > in.options.max_sources) {
    r.error = "too many sources: " + std::to_string(srcs.size()) + " (at most " +
              std::to_string(in.options.max_sources) + ")";
    return r;
  }
  size_t total = 0;
  std::set<std::string> ids;
  for (size_t k = 0; k < srcs.size(); ++k) {
    if (srcs[k].id.empty()) {
      r.error = "source " + std::to_string(k + 1) + " has an empty id";
      return r;
    }
    if (!ids.insert(srcs[k].id).second) {
      r.error = "two sources have the id \"" + srcs[k].id + "\"";
      return r;
    }
    total += srcs[k].text.size();
  }
  if (total > in.options.max_total_bytes) {
    r.error = "input too large: " + std::to_string(total) + " bytes of text (at most " +
              std::to_string(in.options.max_total_bytes) + ")";
    return r;
  }

  std::vector<SourceData> data(srcs.size());
  r.sources.resize(srcs.size());
  for (size_t si = 0; si < srcs.size(); ++si) {
    const SourceInput& s = srcs[si];
    SourceResult& out = r.sources[si];
    out.id = repair_utf8(s.id).text;
    out.title = repair_utf8(s.title).text;
    Repair rep = repair_utf8(s.text);
    add_repair_warnings(out.id, rep, &r.warnings);
    const bool html = s.format == Format::kHtml || (s.format == Format::kAuto && looks_like_html(rep.text));
    if (html) {
      HtmlText h = html_to_text(rep.text);
      out.text = std::move(h.text);
      out.from_html = true;
      if (out.title.empty()) out.title = h.title;
      r.warnings.push_back({out.id, "html-converted",
                            "read as HTML: offsets refer to its visible text (sources[].text)", -1});
    } else {
      out.text = std::move(rep.text);
    }
    if (blank(out.text)) {
      r.warnings.push_back({out.id, "empty-source", "source has no text", -1});
    }
    out.units = segment(out.text);
    SourceData& sd = data[si];
    sd.resize(out.units.size());
    std::vector<std::vector<Token>> toks(out.units.size());
    for (size_t k = 0; k < out.units.size(); ++k)
      toks[k] = tokenize(out.text, out.units[k].begin, out.units[k].end);
    mark_restatements(out.units, toks);
    for (size_t k = 0; k < out.units.size(); ++k) {
      UnitData& ud = sd[k];
      ud.linkable = out.units[k].kind == UnitKind::kClaim || out.units[k].kind == UnitKind::kHeadline;
      if (!ud.linkable) continue;  // furniture and repeats: their tokens go with `toks`
      ud.tokens = std::move(toks[k]);
      ud.facts = extract_facts(out.text, ud.tokens);
    }
  }
  link_units(in.options, data, &r);
  std::vector<SourceData>().swap(data);  // tokens and facts are not needed for the report
  build_report(&r);
  return r;
}

}  // namespace tri
