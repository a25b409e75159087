// export.cc — conflict rows as CSV and Markdown; mirrors web/src/export.js (conflictRows,
// conflictsToCsv, conflictsToMarkdown) and the conflict list of web/src/model.js.
#include "triangulate/export.h"
#include "decimal.h"

#include <algorithm>
#include <climits>
#include <cstddef>

#include "triangulate/text.h"
#include "sorting.h"

namespace tri {
namespace {

// `s` as valid UTF-8 (malformed sequences become U+FFFD), as JSON output would carry it.
std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const size_t n = next_code_point(s, i, &cp);
    if (cp == 0xFFFD) append_utf8(out, cp);
    else out.append(s.data() + i, n);
    i += n;
  }
  return out;
}

std::string slice(const std::string& text, size_t begin, size_t end) {
  end = std::min(end, text.size());
  begin = std::min(begin, end);
  return text.substr(begin, end - begin);
}

std::string title_of(const SourceResult& s, size_t index) {
  if (!s.title.empty()) return s.title;
  if (!s.id.empty()) return s.id;
  return "Source " + whole_number(index + 1);
}

// JavaScript's \s: ASCII white space, NBSP, the Unicode space separators, line and paragraph
// separators and the byte order mark.
bool js_space(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

std::string csv_cell(std::string s) {
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' ||
                     s[0] == '\r'))
    s.insert(s.begin(), '\'');
  if (s.find_first_of("\",\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string md_quote(const ConflictRowSide& side) {
  if (side.value.empty()) return markdown_text(side.claim);
  return "**" + markdown_text(side.value) + "** \xE2\x80\x94 " + markdown_text(side.claim);
}

}  // namespace

std::string markdown_text(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const size_t n = next_code_point(text, i, &cp);
    if (js_space(cp)) {
      pending_space = true;
    } else {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      switch (cp) {
        case '\\': case '|': case '*': case '_': case '`': case '[': case ']': case '<': case '>':
        case '#':
          out += '\\';
          out += static_cast<char>(cp);
          break;
        case 0xFFFD:
          append_utf8(out, cp);
          break;
        default:
          out.append(text.data() + i, n);
      }
    }
    i += n;
  }
  return out;
}

std::vector<ConflictRow> conflict_rows(const Result& result) {
  std::vector<ConflictRow> rows;
  if (!result.ok()) return rows;
  // A unit's group: the last group that lists it (as the widget's view assigns them).
  std::vector<std::vector<int>> group_of(result.sources.size());
  for (size_t s = 0; s < result.sources.size(); ++s)
    group_of[s].assign(result.sources[s].units.size(), -1);
  for (size_t g = 0; g < result.groups.size(); ++g) {
    for (const UnitRef& u : result.groups[g].units) {
      if (u.source >= 0 && static_cast<size_t>(u.source) < group_of.size() && u.unit >= 0 &&
          static_cast<size_t>(u.unit) < group_of[u.source].size())
        group_of[u.source][u.unit] = static_cast<int>(g);
    }
  }
  auto valid_ref = [&](const UnitRef& u) {
    return u.source >= 0 && static_cast<size_t>(u.source) < result.sources.size() && u.unit >= 0 &&
           static_cast<size_t>(u.unit) < result.sources[u.source].units.size();
  };

  // Every two units on different sides of a dispute (and in different sources) make a row, the
  // earlier source (or, in one source, the earlier unit) as a; as the widget's sidePairs().
  struct Pair {
    UnitRef a, b;
    Span va, vb;
    const Conflict* conflict;
    int group;
  };
  std::vector<Pair> pairs;
  auto begin_of = [&](const UnitRef& u) { return result.sources[u.source].units[u.unit].begin; };
  for (const Conflict& c : result.conflicts) {
    for (size_t x = 0; x < c.sides.size(); ++x)
      for (size_t y = x + 1; y < c.sides.size(); ++y)
        for (const auto& [ua, sa] : c.sides[x].units)
          for (const auto& [ub, sb] : c.sides[y].units) {
            if (!valid_ref(ua) || !valid_ref(ub) || ua.source == ub.source) continue;
            const bool first = ua.source < ub.source || (ua.source == ub.source && begin_of(ua) <= begin_of(ub));
            Pair p = first ? Pair{ua, ub, sa, sb, &c, -1} : Pair{ub, ua, sb, sa, &c, -1};
            p.group = group_of[p.a.source][p.a.unit];
            pairs.push_back(p);
          }
  }
  sort_by(pairs.begin(), pairs.end(), [&](const Pair& x, const Pair& y) {
    const long long gx = x.group < 0 ? LLONG_MAX : x.group, gy = y.group < 0 ? LLONG_MAX : y.group;
    if (gx != gy) return gx < gy;
    if (x.a.source != y.a.source) return x.a.source < y.a.source;
    if (x.b.source != y.b.source) return x.b.source < y.b.source;
    return begin_of(x.a) < begin_of(y.a);
  });

  for (const Pair& p : pairs) {
    const SourceResult& sa = result.sources[p.a.source];
    const SourceResult& sb = result.sources[p.b.source];
    const Unit& ua = sa.units[p.a.unit];
    const Unit& ub = sb.units[p.b.unit];
    ConflictRow row;
    row.group = p.group;
    row.type = p.conflict->type;
    row.reason = p.conflict->reason;
    row.a = {valid_utf8(sa.id), valid_utf8(title_of(sa, p.a.source)), slice(sa.text, p.va.begin, p.va.end),
             slice(sa.text, ua.begin, ua.end)};
    row.b = {valid_utf8(sb.id), valid_utf8(title_of(sb, p.b.source)), slice(sb.text, p.vb.begin, p.vb.end),
             slice(sb.text, ub.begin, ub.end)};
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string conflicts_csv_header(bool cluster_column) {
  return std::string(cluster_column ? "cluster," : "") +
         "group,type,reason,source_a,title_a,value_a,claim_a,source_b,title_b,value_b,claim_b\r\n";
}

std::string conflicts_csv_rows(const Result& result, const std::string* cluster) {
  std::string out;
  for (const ConflictRow& r : conflict_rows(result)) {
    if (cluster) out += csv_cell(valid_utf8(*cluster)) + ",";
    const std::string cells[] = {
        r.group < 0 ? "" : whole_number(r.group), r.type, r.reason,
        r.a.source, r.a.title, r.a.value, r.a.claim,
        r.b.source, r.b.title, r.b.value, r.b.claim};
    bool first = true;
    for (const std::string& cell : cells) {
      if (!first) out += ',';
      first = false;
      out += csv_cell(cell);
    }
    out += "\r\n";
  }
  return out;
}

std::string conflicts_to_csv(const Result& result) {
  return conflicts_csv_header() + conflicts_csv_rows(result);
}

std::string conflicts_to_markdown(const Result& result, const std::string& heading) {
  std::string out = heading + "\n\n";
  if (!result.ok()) return out + "error: " + markdown_text(result.error) + "\n";
  const std::vector<ConflictRow> rows = conflict_rows(result);
  out += whole_number(rows.size()) + " conflicting " + (rows.size() == 1 ? "value" : "values") +
         " across " + whole_number(result.sources.size()) + " sources: ";
  for (size_t i = 0; i < result.sources.size(); ++i) {
    if (i) out += ", ";
    out += markdown_text(title_of(result.sources[i], i));
  }
  out += ".\n\n";
  if (rows.empty()) return out;
  out += "| Reason | Source A | Says | Source B | Says |\n";
  out += "| --- | --- | --- | --- | --- |\n";
  for (const ConflictRow& r : rows) {
    out += "| " + markdown_text(r.reason) + " | " + markdown_text(r.a.title) + " | " +
           md_quote(r.a) + " | " + markdown_text(r.b.title) + " | " + md_quote(r.b) + " |\n";
  }
  return out;
}

}  // namespace tri
