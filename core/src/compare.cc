// compare.cc — the pipeline: validate, repair, convert HTML, segment, tokenize, extract facts,
// link, report.
#include <algorithm>

#include "engine.h"
#include "decimal.h"
#include "language.h"
#include "resources.h"
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
                      is_nul ? "NUL byte at byte " + whole_number(n.byte) + " replaced by U+FFFD"
                             : "invalid UTF-8 at byte " + whole_number(n.byte) +
                                   " replaced by U+FFFD",
                      static_cast<long long>(n.byte)});
    }
  }
  if (invalid > kMaxRepairWarnings)
    out->push_back({id, "invalid-utf8",
                    whole_number(invalid - kMaxRepairWarnings) +
                        " more invalid UTF-8 sequences replaced by U+FFFD",
                    -1});
  if (nul > kMaxRepairWarnings)
    out->push_back({id, "nul", whole_number(nul - kMaxRepairWarnings) + " more NUL bytes replaced by U+FFFD", -1});
}

bool blank(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (!is_space(decode_utf8(s, i))) return false;
  }
  return true;
}

}  // namespace

bool prepare_sources(const Input& in, Result* out, std::vector<SourceData>* data) {
  Result& r = *out;
  const auto& srcs = in.sources;
  if (srcs.size() < 2) {
    r.error = "need at least two sources to compare (got " + whole_number(srcs.size()) + ")";
    return false;
  }
  if (srcs.size() > in.options.max_sources) {
    r.error = "too many sources: " + whole_number(srcs.size()) + " (at most " +
              whole_number(in.options.max_sources) + ")";
    return false;
  }
  size_t total = 0;
  std::vector<std::string_view> ids;  // at most max_sources: searched in turn
  for (size_t k = 0; k < srcs.size(); ++k) {
    if (srcs[k].id.empty()) {
      r.error = "source " + whole_number(k + 1) + " has an empty id";
      return false;
    }
    if (std::find(ids.begin(), ids.end(), srcs[k].id) != ids.end()) {
      r.error = "two sources have the id \"" + srcs[k].id + "\"";
      return false;
    }
    ids.push_back(srcs[k].id);
    total += srcs[k].text.size();
  }
  if (total > in.options.max_total_bytes) {
    r.error = "input too large: " + whole_number(total) + " bytes of text (at most " +
              whole_number(in.options.max_total_bytes) + ")";
    return false;
  }

  data->assign(srcs.size(), SourceData());
  r.sources.resize(srcs.size());
  // Each source is read on its own (through options.run_tasks when given); its warnings join the
  // result in the order of the sources.
  std::vector<std::vector<Warning>> warnings(kTasks ? srcs.size() : 0);
  const auto read_source = [&](size_t si) {
    std::vector<Warning>& notes = kTasks ? warnings[si] : r.warnings;
    const SourceInput& s = srcs[si];
    SourceResult& res = r.sources[si];
    res.id = repair_utf8(s.id).text;
    res.title = repair_utf8(s.title).text;
    Repair rep = repair_utf8(s.text);
    add_repair_warnings(res.id, rep, &notes);
    const bool html = s.format == Format::kHtml || (s.format == Format::kAuto && looks_like_html(rep.text));
    if (html) {
      HtmlText h = html_to_text(rep.text);
      res.text = std::move(h.text);
      res.from_html = true;
      if (res.title.empty()) res.title = h.title;
      notes.push_back({res.id, "html-converted",
                       "read as HTML: offsets refer to its visible text (sources[].text)", -1});
    } else {
      res.text = std::move(rep.text);
    }
    if (blank(res.text)) {
      notes.push_back({res.id, "empty-source", "source has no text", -1});
    }
    // A source the engine cannot read (not English) is segmented but compared with nothing.
    res.language = detect_language(res.text);
    res.compared = res.language == "en";
    if (!res.compared)
      notes.push_back({res.id, "unsupported-language",
                       "not compared: the text appears to be in " + language_name(res.language) +
                           "; Triangulate compares English text only",
                       -1});
    res.units = segment(res.text);
    SourceData& sd = (*data)[si];
    sd.resize(res.units.size());
    std::vector<std::vector<Token>> toks(res.units.size());
    for (size_t k = 0; k < res.units.size(); ++k)
      toks[k] = tokenize(res.text, res.units[k].begin, res.units[k].end);
    mark_restatements(res.units, toks);
    for (size_t k = 0; k < res.units.size(); ++k) {
      UnitData& ud = sd[k];
      ud.linkable = res.compared && (res.units[k].kind == UnitKind::kClaim || res.units[k].kind == UnitKind::kHeadline);
      ud.tokens = std::move(toks[k]);
      if (ud.linkable) ud.facts = extract_facts(res.text, ud.tokens);
    }
  };
  if constexpr (kTasks) {
    if (in.options.run_tasks && srcs.size() > 1) in.options.run_tasks(srcs.size(), read_source);
    else
      for (size_t si = 0; si < srcs.size(); ++si) read_source(si);
    for (std::vector<Warning>& w : warnings) r.warnings.insert(r.warnings.end(), w.begin(), w.end());
  } else {
    for (size_t si = 0; si < srcs.size(); ++si) read_source(si);
  }
  return true;
}

Result compare(const Input& in) {
  Result r;
  if (!resources()) {
    r.error = "engine data not loaded: call load_data() with triangulate-data.txt first";
    return r;
  }
  std::vector<SourceData> data;
  if (!prepare_sources(in, &r, &data)) {
    Result failed;
    failed.error = r.error;
    return failed;
  }
  link_units(in.options, data, &r);
  r.every_pair = in.options.min_score >= 0;
  build_report(data, &r);
  return r;
}

}  // namespace tri
