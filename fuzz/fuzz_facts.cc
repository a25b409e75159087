// fuzz_facts — tri::extract_facts() through the public API on any bytes: repaired and cut into
// units as compare() does, each unit tokenized and read.
//
// Checks: every span (quantities with their number inside the phrase, times, names and roles,
// attributions, negations with their predicates, scopes and modals, modalities) lies inside its
// unit and on code point boundaries; quantity intervals are finite with lo <= hi; dates and
// weekdays are in range; all strings are valid UTF-8;
// describe(q) is what extract_facts stored; each value is compatible with itself.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check.h"
#include "triangulate/facts.h"
#include "triangulate/segment.h"
#include "triangulate/text.h"
#include "triangulate/tokens.h"

namespace {

void check_span(std::string_view text, const tri::Unit& u, size_t b, size_t e, const char* what) {
  FUZZ_CHECK(u.begin <= b && b <= e && e <= u.end, "%s [%zu, %zu) outside its unit [%zu, %zu)", what, b, e, u.begin,
             u.end);
  FUZZ_CHECK(fuzz::on_boundary(text, b) && fuzz::on_boundary(text, e), "%s [%zu, %zu) cuts a code point", what, b,
             e);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const tri::Repair rep = tri::repair_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const std::string& text = rep.text;
  for (const tri::Unit& u : tri::segment(text)) {
    const std::vector<tri::Token> tokens = tri::tokenize(text, u.begin, u.end);
    const tri::Facts f = tri::extract_facts(text, tokens);
    for (const tri::Quantity& q : f.quantities) {
      check_span(text, u, q.begin, q.end, "quantity");
      check_span(text, u, q.num_begin, q.num_end, "quantity number");
      FUZZ_CHECK(q.begin <= q.num_begin && q.num_end <= q.end, "number [%zu, %zu) outside its phrase [%zu, %zu)",
                 q.num_begin, q.num_end, q.begin, q.end);
      FUZZ_CHECK(std::isfinite(q.lo) && std::isfinite(q.hi) && std::isfinite(q.value) && q.lo <= q.hi,
                 "quantity interval [%g, %g] value %g", q.lo, q.hi, q.value);
      FUZZ_CHECK(std::isfinite(q.num_lo) && std::isfinite(q.num_hi), "quantity numbers %g, %g", q.num_lo, q.num_hi);
      FUZZ_CHECK(fuzz::valid_utf8(q.unit) && fuzz::valid_utf8(q.display) && fuzz::valid_utf8(q.hedge) &&
                     fuzz::valid_utf8(q.vague),
                 "quantity strings not valid UTF-8");
      FUZZ_CHECK(tri::describe(q) == q.display, "describe() gives '%s', display is '%s'", tri::describe(q).c_str(),
                 q.display.c_str());
      FUZZ_CHECK(tri::compatible(q, q), "quantity '%s' is not compatible with itself", q.display.c_str());
      FUZZ_CHECK(q.step >= 0 && std::isfinite(q.step), "quantity '%s' has step %g", q.display.c_str(), q.step);
    }
    for (const tri::TimeExpr& t : f.times) {
      check_span(text, u, t.begin, t.end, "time");
      FUZZ_CHECK(t.month == -1 || (t.month >= 1 && t.month <= 12), "month %d", t.month);
      FUZZ_CHECK(t.day == -1 || (t.day >= 1 && t.day <= 31), "day %d", t.day);
      FUZZ_CHECK(t.weekday >= -1 && t.weekday <= 6, "weekday %d", t.weekday);
      FUZZ_CHECK(t.years_ago >= -1, "years ago %d", t.years_ago);
      FUZZ_CHECK(t.last_year == -1 || (t.year >= 0 && t.last_year == t.year + 1), "season %d-%d", t.year, t.last_year);
      FUZZ_CHECK(fuzz::valid_utf8(t.display) && fuzz::valid_utf8(t.part), "time strings not valid UTF-8");
      FUZZ_CHECK(tri::compatible(t, t), "time '%s' is not compatible with itself", t.display.c_str());
    }
    for (const tri::NameMention& n : f.names) {
      check_span(text, u, n.begin, n.end, "name");
      FUZZ_CHECK(!n.parts.empty(), "name '%s' without parts", n.display.c_str());
      for (const std::string& p : n.parts) FUZZ_CHECK(!p.empty() && fuzz::valid_utf8(p), "empty or invalid name part");
      if (n.role_end > n.role_begin) check_span(text, u, n.role_begin, n.role_end, "role");
      FUZZ_CHECK(fuzz::valid_utf8(n.role) && fuzz::valid_utf8(n.role_head) && fuzz::valid_utf8(n.honorific) &&
                     fuzz::valid_utf8(n.display),
                 "name strings not valid UTF-8");
    }
    for (const tri::Attribution& a : f.attributions) {
      check_span(text, u, a.begin, a.end, "attribution");
      FUZZ_CHECK(fuzz::valid_utf8(a.who), "attribution not valid UTF-8");
    }
    for (const tri::Negation& n : f.negations) {
      check_span(text, u, n.begin, n.end, "negation");
      check_span(text, u, n.pred_begin, n.pred_end, "negated predicate");
      check_span(text, u, n.scope_begin, n.scope_end, "negation scope");
      check_span(text, u, n.modal_begin, n.modal_end, "negated modal");
      FUZZ_CHECK(fuzz::valid_utf8(n.word) && fuzz::valid_utf8(n.predicate), "negation strings not valid UTF-8");
    }
    for (const tri::Modality& m : f.modalities) {
      check_span(text, u, m.begin, m.end, "modality");
      check_span(text, u, m.scope_begin, m.scope_end, "modality scope");
      FUZZ_CHECK(fuzz::valid_utf8(m.word), "modality not valid UTF-8");
    }
  }
  return 0;
}
