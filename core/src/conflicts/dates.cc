// conflicts/dates.cc — times of one happening that differ in a field both give.
#include "conflicts/kinds.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "facts/scan.h"
#include "words.h"

namespace tri {
namespace conflicts_internal {
namespace {

bool comparable(const SimUnit& ua, const TimeExpr& a, const SimUnit& ub, const TimeExpr& b) {
  return (a.weekday >= 0 && b.weekday >= 0) || (a.year >= 0 && b.year >= 0) ||
         (a.month >= 0 && b.month >= 0 && (a.year < 0 || b.year < 0 || a.year == b.year)) || (clock_time(ua, a) && clock_time(ub, b));
}

// The tokens of time t with a hedge before it ("at about 8:15 a.m."): the time's place in its
// sentence.
Range told(const Side& s, const TimeExpr& t) {
  Range r = tokens_in(s.u, t.begin, t.end);
  if (r.first > 0 && word_set(WordList::time_read_year_hedge_end).has(s.u.data->tokens[r.first - 1].norm)) --r.first;
  return r;
}

// Two clock times that one told roughly allows ("about 8 a.m." / "7.48am", "around 9pm" /
// "8.49pm"): a quarter of an hour either way of a time to the minute, half an hour of a whole
// hour. Not "about 8:15 a.m." / "7.48am".
bool roughly(const Side& a, const TimeExpr& x, const Side& b, const TimeExpr& y) {
  if (!clock_time(a.u, x) || !clock_time(b.u, y)) return false;
  const auto slack = [](const Side& s, const TimeExpr& t) {
    const Range r = told(s, t);
    return r.first == tokens_in(s.u, t.begin, t.end).first ? 0 : t.minute > 0 ? 15 : 30;
  };
  const int day = x.twelve_hour || y.twelve_hour ? 720 : 1440;  // "at about 9" is 9am or 9pm
  const int apart = std::abs((x.hour * 60 + std::max(x.minute, 0)) - (y.hour * 60 + std::max(y.minute, 0))) % day;
  return std::min(apart, day - apart) <= std::max(slack(a, x), slack(b, y));
}

std::string time_text(const TimeExpr& t, std::string_view text) {
  return t.display.empty() ? span_text(text, {t.begin, t.end}) : t.display;
}

// The preposition that makes a time the bound of a period ("until Friday", "since 2019", "by
// June", "between 2016 and 2022"), or "" for a time at which something happens ("on Wednesday",
// "did not leave until Friday"): a bound and a point date different things ("stole between 2016
// and 2022" / "stole in 2019").
std::string bound_of(const Side& s, Range r) {
  const WordSet& kBounds = word_set(WordList::dates_bound_of_bounds);
  size_t k = neighbour(s.u, r, -1);
  if (k != std::string::npos && s.u.data->tokens[k].norm == "the") k = neighbour(s.u, Range{k, k + 1}, -1);  // "since the 2004-05 season"
  if (k == std::string::npos) return "";
  const auto& t = s.u.data->tokens;
  // "Did not leave until 11:15" tells when it left: the end of a denial's clause, "until" is no bound.
  if ((t[k].norm == "until" || t[k].norm == "till") && k > 0)
    for (const Negation& n : s.u.data->facts.negations)
      if (n.begin < t[k].begin && n.scope_end >= t[k - 1].end && n.scope_end <= t[k].begin) return "";
  // The end of a span ("between 2016 and 2022", "from Monday to Wednesday") is bounded as its start.
  if ((t[k].norm == "and" || t[k].norm == "to") && k > 1 && kBounds.has(t[k - 2].norm)) return t[k - 2].norm;
  return kBounds.has(t[k].norm) ? t[k].norm : "";
}

// The verb a time dates: the nearest before it in its clause, or for a time that opens its
// unit ("On Wednesday the council approved", "Late on Tuesday, crews reopened") the first after it,
// across the comma that may close the opening phrase; not for a bound ("By Thursday, 18 men had
// been brought up": when a count was taken).
size_t dated_verb(const SimUnit& u, Range r, const Lexicon& lexicon) {
  const size_t v = verb_before(u, r, lexicon);
  const bool bound = r.first > 0 && word_set(WordList::dates_bound_of_bounds).has(u.data->tokens[r.first - 1].norm);
  if (v != std::string::npos || bound) return v;
  for (size_t k = 0; k < r.first; ++k)
    if ((u.words[k].flags & kContent) && !fact_in(u.data->facts.times, u.data->tokens, Range{k, k + 1})) return v;
  for (size_t k = r.last, commas = 0; k < u.words.size() && k < r.last + 8; ++k) {
    if (clause_mark(u.data->tokens[k]) && ++commas > 1) break;
    if (verb_at(u, k, lexicon)) return k;
  }
  return v;
}

// The verbs before the two times name two steps of a prosecution (words.txt dates_step:
// "convicted on Tuesday" / "sentenced on Wednesday"), which the lexicon may relate (WordNet's
// "conviction" is a "sentence") but which fall on different days.
bool steps_apart(const Side& a, Range x, const Side& b, Range y, const Lexicon& lexicon) {
  const size_t i = dated_verb(a.u, x, lexicon), j = dated_verb(b.u, y, lexicon);
  if (i == std::string::npos || j == std::string::npos) return false;
  const WordSet& kSteps = word_set(WordList::dates_step);
  const std::string_view si = kSteps.value(a.u.data->tokens[i].norm), sj = kSteps.value(b.u.data->tokens[j].norm);
  return !si.empty() && !sj.empty() && si != sj;
}

// The two times date the same happening: the verbs before them align ("ran aground off the
// point on Thursday evening" / "ran aground on Friday evening", not "crossed the border on Tuesday" /
// "set off on Monday").
bool same_predicate(const Side& a, Range x, const Side& b, Range y, const Lexicon& lexicon) {
  const size_t i = dated_verb(a.u, x, lexicon), j = dated_verb(b.u, y, lexicon);
  return i != std::string::npos && j != std::string::npos && a.to[i] == static_cast<int>(j);
}

// The content words right before a time (up to three tokens back, not across a comma): what the
// time dates ("will close on 3 March", "completion expected on 10 March"); none after a verb of
// saying ("police said Saturday" dates the telling).
// With `telling`, whether a verb of saying comes first: the time dates the telling, and no words
// are given ("police said Saturday", "a naval officer said here Friday").
std::vector<size_t> dated(const SimUnit& u, Range r, bool* telling = nullptr) {
  std::vector<size_t> out;
  const auto& t = u.data->tokens;
  for (size_t k = r.first, steps = 0; k > 0 && steps < 3;) {
    --k;
    if (clause_mark(t[k])) break;
    if (facts_internal::is_reporting_verb(t[k].norm)) {
      if (telling) *telling = true;
      return {};
    }
    if ((u.words[k].flags & kContent) && !(u.words[k].flags & (kName | kNumber))) out.push_back(k);
    steps += !t[k].cap;  // a name (and its title) takes no step: "the resignation of Foreign Minister Helga Marr on Tuesday"
  }
  return out;
}

// A noun made from a verb ("completion", "expansion", "shipment", "resignation").
bool nominal(const SimUnit& u, size_t k) {
  const std::string& w = u.data->tokens[k].norm;
  for (const char* end : {"tion", "sion", "ment"})
    if (w.size() > 6 && facts_internal::ends_with(w, end)) return true;
  return false;
}

// A word that names a happening: a verb (verb_at(): by the lexicon, a past form, after a modal;
// or after "to": "to close") or a noun made from one.
bool happening(const SimUnit& u, size_t k, const Lexicon& lexicon) {
  return verb_at(u, k, lexicon) || (k > 0 && u.data->tokens[k - 1].norm == "to") || nominal(u, k);
}

// The only time of each unit, each dating a happening the lexicon relates to the other's, aligned
// or not ("The deal will close on 3 March" / "completion expected on 10 March": close and
// completion are kinds of ending; "resigned on Monday" / "the resignation of Helga Marr on
// Tuesday": a verb and its noun): the two units date one happening two ways. Words written alike
// are otherwise left to the slots (same_slot, same_predicate): here they would date "Sunday's
// game" and "arrested on Tuesday" alike, or "to host the Oscars in 2014" and "first hosted the
// Oscars in 2007".
bool one_dated_happening(const Side& a, Range x, const Side& b, Range y, const Lexicon& lexicon) {
  if (a.u.data->facts.times.size() != 1 || b.u.data->facts.times.size() != 1 || !a.al) return false;
  const auto da = dated(a.u, x), db = dated(b.u, y);
  for (const WordAlignment::Pair& m : a.al->matches) {
    const size_t i = static_cast<size_t>(a.first ? m.i : m.j), j = static_cast<size_t>(a.first ? m.j : m.i);
    if (m.m != WordMatch::kFunction && (m.m != WordMatch::kExact || nominal(a.u, i) != nominal(b.u, j)) &&
        std::find(da.begin(), da.end(), i) != da.end() &&
        std::find(db.begin(), db.end(), j) != db.end() && happening(a.u, i, lexicon) && happening(b.u, j, lexicon))
      return true;
  }
  return false;
}

// A unit that tells the other's claim as its subject and dates it with a verb of occurring ("A fire
// that gutted the warehouse started on Monday night" / "A large fire destroyed the warehouse on
// Tuesday night"): a word of the other's subject (before its first verb and any comma) is aligned
// into this one's subject, a word of the other's predicate into the words between this subject and
// the verb of occurring (words, not names or numbers), and no comma parts the other's first verb
// from its time. Not "The blaze started on Sunday" / "The blaze was put out on Monday": another
// happening of the blaze.
bool occurrence_dated(const Side& a, Range x, const Side& b, Range y, const Lexicon& lexicon) {
  const size_t v = verb_before(b.u, y, lexicon);
  if (v == std::string::npos || !word_set(WordList::dates_occurred).has(b.u.data->tokens[v].norm)) return false;
  // The end of a unit's subject: its first verb (verb_at) or comma.
  const auto subject_end = [&](const SimUnit& u, size_t end) {
    size_t k = 0;
    for (; k < end; ++k)
      if (verb_at(u, k, lexicon) || clause_mark(u.data->tokens[k])) break;
    return k;
  };
  const size_t fa = subject_end(a.u, x.first), fb = subject_end(b.u, v);
  const auto into = [&](size_t i, size_t from, size_t to) {
    return (a.u.words[i].flags & kContent) && !(a.u.words[i].flags & (kName | kNumber)) &&
           a.to[i] >= static_cast<int>(from) && a.to[i] < static_cast<int>(to);
  };
  bool told = false;
  for (size_t k = fa; k < x.first; ++k) {
    if (clause_mark(a.u.data->tokens[k])) return false;
    told = told || into(k, fb, v);
  }
  if (!told) return false;
  for (size_t i = 0; i < fa; ++i)
    if (into(i, 0, fb)) return true;
  return false;
}

}  // namespace

bool clock_time(const SimUnit& u, const TimeExpr& t) {
  if (t.hour < 0 || !t.twelve_hour) return t.hour >= 0;
  const size_t k = tokens_in(u, t.begin, t.end).first;  // "at 9:15", "about 9:15"
  return k > 0 && word_set(WordList::dates_clock_told).has(u.data->tokens[k - 1].norm);
}

void dates(const Side& a, const Side& b, const Lexicon& lexicon, std::vector<Difference>* out) {
  // Opposite happenings at two times are two happenings, not one dated two ways ("the strike began
  // on Monday" / "the strike ended on Thursday"; opposites.cc).
  if (a.al && !a.al->antonyms.empty()) return;
  // So are those of two members of a series, told by their places in it (words.txt
  // dates_place_in_series: "The first miners were lifted out on Wednesday" / "The last miners were
  // lifted out on Friday"); not "last" of a time ("last Friday").
  const auto place = [](const Side& s) -> const std::string* {
    const auto& t = s.u.data->tokens;
    for (size_t k = 0; k < t.size(); ++k)
      if (word_set(WordList::dates_place_in_series).has(t[k].norm) && !fact_in(s.u.data->facts.times, t, Range{k, k + 1}))
        return &t[k].norm;
    return nullptr;
  };
  const std::string *pa = place(a), *pb = place(b);
  if (pa && pb && *pa != *pb) return;
  const auto& ta = a.u.data->facts.times;
  const auto& tb = b.u.data->facts.times;
  std::vector<uint8_t> matched_a(ta.size(), false), matched_b(tb.size(), false);
  for (size_t i = 0; i < ta.size(); ++i)
    for (size_t j = 0; j < tb.size(); ++j)
      if (comparable(a.u, ta[i], b.u, tb[j]) && (compatible(ta[i], tb[j]) || roughly(a, ta[i], b, tb[j]))) matched_a[i] = matched_b[j] = true;
  for (size_t i = 0; i < ta.size(); ++i) {
    if (matched_a[i]) continue;
    const Range ri = told(a, ta[i]);
    for (size_t j = 0; j < tb.size(); ++j) {
      if (matched_b[j] || !comparable(a.u, ta[i], b.u, tb[j]) || compatible(ta[i], tb[j])) continue;
      const Range rj = told(b, tb[j]);
      // The two times stand in the same place ("on Monday" / "on Tuesday", not "since 1959" /
      // "in 2015"); anchored when they also date the same happening: their predicates align.
      const bool one = one_dated_happening(a, ri, b, rj, lexicon) ||
                       (ta.size() == 1 && tb.size() == 1 &&
                        (occurrence_dated(a, ri, b, rj, lexicon) || occurrence_dated(b, rj, a, ri, lexicon)));
      // Clock times, also on one day, date many happenings: only the same one ("came in around 4
      // p.m. local time" / "were told at 5:30 p.m. local time to leave").
      const bool clocks = clock_time(a.u, ta[i]) && clock_time(b.u, tb[j]);
      // A preposition told with one time and not the other ("early on Tuesday" / "on Wednesday
      // morning"): the words before them, across a function word, place them.
      const auto before_preposition = [](const Side& s, Range r) {
        r.first -= r.first > 0 && !(s.u.words[r.first - 1].flags & kContent);
        return r;
      };
      // Two days that end one state ("will run until 20 February" / "will stay open until 27
      // February") end what the two units state, however they word the state, when they share a
      // word outside their times, or its synonym (not "The museum will stay closed until March" /
      // "The museum's cafe will stay open until May": opposites; clock times are left to the rules
      // above, "Roads were closed until 4 p.m." / "The curfew lasts until midnight").
      const auto until = [&](const Side& s, Range r) {
        const std::string x = bound_of(s, r);
        return x == "until" || x == "till";
      };
      const auto shares = [&] {
        for (size_t k = 0; k < a.to.size(); ++k)
          if ((a.match[k] == WordMatch::kExact || a.match[k] == WordMatch::kSynonym) && (a.u.words[k].flags & kContent) &&
              !fact_in(ta, a.u.data->tokens, Range{k, k + 1}))
            return true;
        return false;
      };
      if (!((adjacent(a, ri, b, rj) || adjacent(a, before_preposition(a, ri), b, before_preposition(b, rj))) && !clocks) && !(same_slot(a, ri, b, rj) && same_predicate(a, ri, b, rj, lexicon)) && !one &&
          !(!clocks && until(a, ri) && until(b, rj) && shares()))
        continue;
      if (steps_apart(a, ri, b, rj, lexicon) || another_happening(a.u, ri) != another_happening(b.u, rj)) continue;
      // Two things that open their sentences, each the subject of the verb the time dates, both
      // verbs passive or neither, had two happenings ("The mayor will be sworn in on 9 January" /
      // "The council will be sworn in on 15 January"; not "The breach was discovered on 14 May" /
      // "The company found the breach on 12 May").
      const auto passive = [](const Side& s, size_t v) { return v > 0 && facts_internal::is_be_form(s.u.data->tokens[v - 1].norm); };
      if (const size_t va = dated_verb(a.u, ri, lexicon), vb = dated_verb(b.u, rj, lexicon);
          va != std::string::npos && vb != std::string::npos && passive(a, va) == passive(b, vb) &&
          subjects_apart(a, va, b, vb, lexicon))
        continue;
      // A bound and a point are different things, unless the point is a clock time outside the
      // bound ("shot at 7.15 a.m." / "shot shortly after 9 a.m.", "before noon" / "at 2 p.m."); a
      // bound told as near ("shortly after 2:30 p.m.", "just before noon") holds for an hour.
      if (const std::string x = bound_of(a, ri), y = bound_of(b, rj); x != y) {
        const int d = (minutes_after(ta[i], tb[j]) + 2160) % 1440 - 720;  // the nearer way round: "shortly before midnight" / "11:40 p.m."
        const auto outside = [](const Side& s, Range r, const std::string& bound, int past) {  // `past`: the point's minutes after the bound
          const size_t k = neighbour(s.u, r, -1);
          const bool near = k != std::string::npos && k > 0 && word_set(WordList::dates_near_bound).has(s.u.data->tokens[k - 1].norm);
          return (bound == "after" && (past < 0 || (near && past > 60))) || (bound == "before" && (past > 0 || (near && past < -60)));
        };
        if (!(clocks && !ta[i].twelve_hour && !tb[j].twelve_hour && ((x.empty() && outside(b, rj, y, d)) || (y.empty() && outside(a, ri, x, -d)))))
          continue;
      }
      // Years of a happening to come and of one past are two happenings ("will host the awards in
      // 2027" / "first hosted the awards in 2019").
      // So are other times of one planned or to come ("will", "hopes to", "is to") and of one that
      // happened, under verbs that do not align ("forced Greyline to cancel all sailings on Monday"
      // / "hopes to resume crossings on Wednesday"; not "will reopen on Friday" / "reopened on
      // Saturday"). What comes before the time in its clause: bit 1, a year's sense of to come
      // ("will", or "to" and a word); bit 2, planned ("will", a word of planning, "is to"); bit 4,
      // a modal ("must").
      const auto to_come = [&](const Side& s, Range r) {
        const auto& t = s.u.data->tokens;
        int how = 0;
        for (size_t k = r.first; k-- > 0 && !clause_mark(t[k]);) {
          const bool to = t[k].norm == "to", will = t[k].norm == "will";
          if (will || (to && k + 1 < r.first && !t[k + 1].cap && (s.u.words[k + 1].flags & kContent) && !(s.u.words[k + 1].flags & kNumber)))
            how |= 1;
          if (will || word_set(WordList::numbers_planned).has(t[k].norm) || (to && k > 0 && word_set(WordList::negations_aux_tense_present).has(t[k - 1].norm)))  // "are to"
            how |= 2;
          if (facts_internal::is_modal_verb(t[k].norm)) how |= 4;
        }
        return how;
      };
      // A clause in the present dates what is planned as often as what happened ("Rangers face
      // Carrow United in the final on 31 May" / "Harlow will play Carrow United in the final on 24
      // May"; a headline tells the past in the present): only a past form before the time (a word
      // in -ed, not a name; "was", "had"; an irregular past) tells one that happened.
      const auto past = [](const Side& s, Range r) {
        const auto& t = s.u.data->tokens;
        for (size_t k = r.first; k-- > 0 && !clause_mark(t[k]);)
          if ((!t[k].cap && t[k].norm.size() > 4 && facts_internal::ends_with(t[k].norm, "ed")) ||
              word_set(WordList::negations_aux_tense_past).has(t[k].norm) ||
              word_set(WordList::scan_verb_like_irregular).has(t[k].norm))
            return true;
        return false;
      };
      const int x = to_come(a, ri), y = to_come(b, rj);
      if (ta[i].year >= 0 && tb[j].year >= 0 ? (x & 1) != (y & 1)
                                             : (x & 2) != (y & 2) && !same_predicate(a, ri, b, rj, lexicon) &&
                                                   (x & 2 ? past(b, rj) : past(a, ri)))
        continue;
      // What had happened by one time had happened by a later one too: two such bounds of the
      // past are two looks at it ("By Sunday the fire had burned 1,500 acres" / "By Tuesday the
      // fire had burned 10,400 acres"), not two dates of one thing; a deadline to come is one
      // ("must be repaid by June"). ("After Sunday's game" / "after Monday's game" name the game by
      // its day: those stay disputed.)
      if (!x && !y && bound_of(a, ri) == "by" && bound_of(b, rj) == "by") continue;
      out->push_back(make("date", {ta[i].begin, ta[i].end}, {tb[j].begin, tb[j].end},
                          (clocks ? "time: " : "date: ") + time_text(ta[i], a.text) + " vs " +
                              time_text(tb[j], b.text),
                          same_slot(a, ri, b, rj) || one));
      matched_b[j] = true;
      break;
    }
  }
}

bool same_time(const SimUnit& a, const SimUnit& b) {
  // A time right after a figure to compare with dates that figure, not what happened ("rose to
  // 58.3 percent, up from 54.9 percent four years ago"; "compared with 4.2 million last year").
  const auto happened = [](const SimUnit& u) {
    std::vector<const TimeExpr*> out;
    for (const TimeExpr& x : u.data->facts.times) {
      const size_t k = tokens_in(u, x.begin, x.end).first;
      bool base = false;
      for (const Quantity& q : u.data->facts.quantities) {
        const Range r = tokens_in(u, q.begin, q.end);
        if (r.last != k || r.first == 0) continue;
        const std::string& w = u.data->tokens[r.first - 1].norm;
        base = base || w == "from" || w == "with" || w == "than";
      }
      if (!base) out.push_back(&x);
    }
    return out;
  };
  const auto ta = happened(a), tb = happened(b);
  if (ta.empty() && tb.empty()) return true;
  for (const TimeExpr* x : ta)
    for (const TimeExpr* y : tb)
      if ((comparable(a, *x, b, *y) && compatible(*x, *y)) || (!x->display.empty() && x->display == y->display)) return true;
  return false;
}

int time_kind(const SimUnit& u, const TimeExpr& t) {
  const Range r = tokens_in(u, t.begin, t.end);
  bool telling = false;
  dated(u, r, &telling);
  return telling + 2 * (r.first > 0 && word_set(WordList::dates_bound_of_bounds).has(u.data->tokens[r.first - 1].norm));
}

int times_differ(const SimUnit& a, const TimeExpr& x, const SimUnit& b, const TimeExpr& y) {
  // Times of one kind only: of a happening, of a telling ("police said Saturday", dated()), or a
  // bound ("until Monday").
  return comparable(a, x, b, y) && time_kind(a, x) == time_kind(b, y) ? !compatible(x, y) : -1;
}

bool times_clash(const SimUnit& a, const SimUnit& b) {
  bool clash = false;
  for (const TimeExpr& x : a.data->facts.times)
    for (const TimeExpr& y : b.data->facts.times) {
      const int d = times_differ(a, x, b, y);
      if (d == 0) return false;
      clash = clash || d > 0;
    }
  return clash;
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
