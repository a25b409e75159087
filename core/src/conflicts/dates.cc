// conflicts/dates.cc — times of one happening that differ in a field both give.
#include "conflicts/kinds.h"

#include <string>
#include <vector>

#include "facts/scan.h"
#include "words.h"

namespace tri {
namespace conflicts_internal {
namespace {

bool comparable(const TimeExpr& a, const TimeExpr& b) {
  return (a.weekday >= 0 && b.weekday >= 0) || (a.year >= 0 && b.year >= 0) ||
         (a.month >= 0 && b.month >= 0 && (a.year < 0 || b.year < 0 || a.year == b.year));
}

std::string time_text(const TimeExpr& t, std::string_view text) {
  return t.display.empty() ? span_text(text, {t.begin, t.end}) : t.display;
}

// The preposition that makes a time the bound of a period ("until Friday", "since 2019", "by
// June"), or "" for a time at which something happens ("on Wednesday"): a bound and a point
// date different things.
std::string bound_of(const Side& s, Range r) {
  const WordSet& kBounds = word_set(WordList::dates_bound_of_bounds);
  size_t k = neighbour(s.u, r, -1);
  if (k != std::string::npos && s.u.data->tokens[k].norm == "the") k = neighbour(s.u, Range{k, k + 1}, -1);  // "since the 2004-05 season"
  if (k == std::string::npos) return "";
  return kBounds.has(s.u.data->tokens[k].norm) ? s.u.data->tokens[k].norm : "";
}

// The two times date the same happening: the verbs before them align ("ran aground off the
// point on Thursday evening" / "ran aground on Friday evening", not "crossed the border on Tuesday" /
// "set off on Monday").
bool same_predicate(const Side& a, Range x, const Side& b, Range y, const Lexicon& lexicon) {
  const size_t i = verb_before(a.u, x, lexicon), j = verb_before(b.u, y, lexicon);
  return i != std::string::npos && j != std::string::npos && a.to[i] == static_cast<int>(j);
}

}  // namespace

void dates(const Side& a, const Side& b, const Lexicon& lexicon, std::vector<Difference>* out) {
  const auto& ta = a.u.data->facts.times;
  const auto& tb = b.u.data->facts.times;
  std::vector<uint8_t> matched_a(ta.size(), false), matched_b(tb.size(), false);
  for (size_t i = 0; i < ta.size(); ++i)
    for (size_t j = 0; j < tb.size(); ++j)
      if (comparable(ta[i], tb[j]) && compatible(ta[i], tb[j])) matched_a[i] = matched_b[j] = true;
  for (size_t i = 0; i < ta.size(); ++i) {
    if (matched_a[i]) continue;
    const Range ri = tokens_in(a.u, ta[i].begin, ta[i].end);
    for (size_t j = 0; j < tb.size(); ++j) {
      if (matched_b[j] || !comparable(ta[i], tb[j]) || compatible(ta[i], tb[j])) continue;
      const Range rj = tokens_in(b.u, tb[j].begin, tb[j].end);
      // The two times stand in the same place ("on Monday" / "on Tuesday", not "since 1959" /
      // "in 2015"); anchored when they also date the same happening: their predicates align.
      if (!adjacent(a, ri, b, rj) && !(same_slot(a, ri, b, rj) && same_predicate(a, ri, b, rj, lexicon))) continue;
      if (bound_of(a, ri) != bound_of(b, rj)) continue;
      out->push_back(make("date", {ta[i].begin, ta[i].end}, {tb[j].begin, tb[j].end},
                          "date: " + time_text(ta[i], a.text) + " vs " + time_text(tb[j], b.text),
                          same_slot(a, ri, b, rj)));
      matched_b[j] = true;
      break;
    }
  }
}

bool same_time(const SimUnit& a, const SimUnit& b) {
  const auto& ta = a.data->facts.times;
  const auto& tb = b.data->facts.times;
  if (ta.empty() && tb.empty()) return true;
  for (const TimeExpr& x : ta)
    for (const TimeExpr& y : tb)
      if ((comparable(x, y) && compatible(x, y)) || (!x.display.empty() && x.display == y.display)) return true;
  return false;
}

bool only_a_time(const SimUnit& u) {
  const WordSet& kStamp = word_set(WordList::dates_only_a_time_stamp);
  const auto& t = u.data->tokens;
  if (u.data->facts.times.empty()) return false;
  for (size_t k = 0; k < t.size(); ++k) {
    if (!(u.words[k].flags & (kContent | kNumber)) || kStamp.has(t[k].norm)) continue;
    if (!fact_in(u.data->facts.times, t, Range{k, k + 1}) && !(u.words[k].flags & kNumber)) return false;
  }
  return true;
}

}  // namespace conflicts_internal

}  // namespace tri
