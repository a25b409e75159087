// conflicts/numbers.cc — quantities in the same slot whose values cannot both hold.
#include "conflicts/kinds.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "facts/number.h"
#include "facts/scan.h"
#include "words.h"

namespace tri {
namespace conflicts_internal {
namespace {

// Whose ordinal a possessive one is ("the crossing celebrates its 50th anniversary"): the content
// words before the verb that governs the possessive (the content word right before it) in its
// clause, outside times and verbs.
std::vector<size_t> possessor(const Side& s, Range r, const Lexicon& lexicon) {
  std::vector<size_t> out;
  const auto& t = s.u.data->tokens;
  const size_t p = neighbour(s.u, r, -1);
  if (p == std::string::npos || !word_set(WordList::numbers_possessor_possessives).has(t[p].norm))  // its, their, his, her
    return out;
  const auto in_time = [&](size_t k) {
    for (const TimeExpr& x : s.u.data->facts.times)
      if (t[k].begin >= x.begin && t[k].end <= x.end) return true;
    return false;
  };
  bool verb = false;
  for (size_t k = p; k > 0;) {
    --k;
    if (clause_mark(t[k])) break;
    const WordToken& w = s.u.words[k];
    if (!(w.flags & kContent)) continue;
    if (!verb) {
      verb = true;
      continue;
    }
    if (!lexicon.is_verb(w.lex) && !in_time(k) && t[k].norm != "month" && t[k].norm != "year" && t[k].norm != "week")
      out.push_back(k);
  }
  return out;
}

// Two possessive ordinals belong to one thing when some word of one's possessor is aligned into
// the other's ("the crossing ... its 50th" / "the lifeboat station ... its 25th" do not).
bool same_possessor(const Side& a, Range x, const Side& b, Range y, const Lexicon& lexicon) {
  const auto pa = possessor(a, x, lexicon), pb = possessor(b, y, lexicon);
  if (pa.empty() || pb.empty()) return true;
  for (size_t k : pa)
    if (a.to[k] >= 0 && std::find(pb.begin(), pb.end(), static_cast<size_t>(a.to[k])) != pb.end()) return true;
  return false;
}

// The series an ordinal counts in: the noun phrase it opens ("the fifth head coach") and the
// word that starts what qualifies it ("to be fired this season", "in team history", "since
// 2003"). `head` is the phrase's last word; `marker` the preposition or "to" right after the
// phrase, npos when none.
struct Series {
  size_t ordinal = 0, head = std::string::npos, marker = std::string::npos;
};

Series series(const Side& s, Range r) {
  const WordSet& kMarkers = word_set(WordList::numbers_series_markers);
  const auto& t = s.u.data->tokens;
  Series out;
  size_t k = r.first;
  while (k < r.last && !(s.u.words[k].flags & kNumber)) ++k;  // the ordinal itself
  out.ordinal = k;
  for (++k; k < t.size() && t[k].type == TokenType::kWord && (s.u.words[k].flags & kContent) &&
            (k < r.last || !(s.u.words[k].flags & kVerb));
       ++k)
    out.head = k;
  if (k < t.size() && t[k].type == TokenType::kWord && kMarkers.has(t[k].norm)) out.marker = k;
  return out;
}

// Two ordinals count in one series when the phrases they open end in the same word ("head
// coach" / "head coaching job" do not) and what qualifies them starts alike: "fifth coach to be
// fired this season" and "21st coach in team history" are two series; an ordinal without a
// qualifier may be either.
bool same_series(const Side& a, Range x, const Side& b, Range y) {
  const Series sa = series(a, x), sb = series(b, y);
  // A name inside one phrase that the other's lacks sets its own series ("the fifth league coach"
  // / "the third Western Division coach").
  const auto named_apart = [](const Side& s, const Series& ss, const Side& o, const Series& os) {
    if (ss.head == std::string::npos) return false;
    for (size_t k = ss.ordinal + 1; k < ss.head; ++k) {
      if (!s.u.data->tokens[k].cap || !(s.u.words[k].flags & kContent)) continue;
      bool found = false;
      for (size_t j = os.ordinal + 1; os.head != std::string::npos && j < os.head; ++j)
        found = found || o.u.words[j].term == s.u.words[k].term;
      if (!found) return true;
    }
    return false;
  };
  if (named_apart(a, sa, b, sb) || named_apart(b, sb, a, sa)) return false;
  if (sa.head != std::string::npos && sb.head != std::string::npos && a.to[sa.head] != static_cast<int>(sb.head) &&
      a.u.words[sa.head].term != b.u.words[sb.head].term)
    return false;
  if (sa.marker == std::string::npos || sb.marker == std::string::npos) return true;
  return a.u.data->tokens[sa.marker].norm == b.u.data->tokens[sb.marker].norm;
}

// Where a clause starting at token `from` begins with the short phrase that opens the sentence
// before it, set off by a comma ("In 2019 alone, ...", "A year earlier, ..."): 0, or else `from`.
size_t opening(const SimUnit& u, size_t from) {
  const auto& t = u.data->tokens;
  size_t open = from > 1 && from <= 8 && t[from - 1].norm == "," ? 0 : from;
  for (size_t k = open; k + 1 < from; ++k) open = clause_mark(t[k]) ? from : open;
  return open;
}

// A count of the rest or of more ("two other victims", "five more bodies", "the remaining three
// boats"): a part, not the whole ("more than 200" is a bound on the whole); with `total`, also a
// total ("a total of 14 years", "six guards in total"), not one of its parts; and a part named
// as such ("alone") that `other`, the unit compared, does not name too. `x`: the quantity's tokens.
bool of_the_rest(const SimUnit& u, Range x, bool total, const SimUnit& other) {
  const WordSet& kRest = word_set(WordList::numbers_of_the_rest_rest);
  const auto& t = u.data->tokens;
  // A part named as such: "alone" or a superlative in its clause or the phrase opening it ("In
  // 2019 alone he took 90,000 pounds", "In the emergency department alone, 300 computers were
  // encrypted", "His largest transfer, 18,000 pounds, ...": one of several). The part "alone"
  // follows is the other's count too when the other names it ("40 ambulances were diverted on
  // Thursday alone" / "25 ambulances were diverted on Thursday": Thursday's count, twice).
  const auto named = [&](size_t k) {
    if (t[k].norm != "alone" || k == 0) return true;
    for (const WordToken& w : other.words)
      if (w.term != kNoTerm && w.term == u.words[k - 1].term && (w.flags & kContent)) return false;
    return true;
  };
  const Range c = clause_of(u, x);
  for (size_t k = opening(u, c.first); k < c.last; ++k)
    if (word_set(WordList::numbers_of_the_rest_named).has(t[k].norm) && named(k)) return true;
  if (x.first > 0 && kRest.has(t[x.first - 1].norm)) return true;  // "the remaining three"
  if (total && x.first > 1 && t[x.first - 1].norm == "of" && kRest.has(t[x.first - 2].norm)) return true;
  if (total && x.last + 1 < t.size() && t[x.last].norm == "in" && t[x.last + 1].norm == "total") return true;
  for (size_t k = x.first; k < x.last; ++k)  // not a bound: "more than 200"
    if (kRest.has(t[k].norm) && (k + 1 >= t.size() || t[k + 1].norm != "than")) return true;
  return false;
}

// A capitalised word between the number and its noun in qa ("11 Yemeni pirates", tokens x) that
// qb's phrase (tokens y) does not have; with `any`, any word ("31,000 postal ballots").
bool named_part(const SimUnit& a, const Quantity& qa, Range x, const SimUnit& b, Range y, bool any) {
  const auto& t = a.data->tokens;
  for (size_t k = x.first; k + 1 < x.last; ++k) {
    if (t[k].begin < qa.num_end || !(t[k].cap || any) || !(a.words[k].flags & kContent) || (a.words[k].flags & kNumber) ||
        facts_internal::numeral_value(t[k].norm, false) >= 0)
      continue;
    bool found = false;
    for (size_t j = y.first; j < y.last; ++j) found = found || b.words[j].term == a.words[k].term;
    if (!found) return true;
  }
  return false;
}

// What a phrase is "of": the first content word after an "of" right behind the phrase, and the
// head, the last of the content words that follow it without a break ("of the cost of insulation
// work": cost, cost; "of insulation costs": insulation, costs). The two phrases have the same
// complement when their first words or their heads align, or when either has none.
bool same_complement(const Side& a, Range x, const Side& b, Range y) {
  static constexpr size_t npos = std::string::npos;
  const auto complement = [](const Side& s, Range r) -> std::pair<size_t, size_t> {
    const auto& t = s.u.data->tokens;
    size_t k = r.last;
    if (k >= t.size() || t[k].norm != "of") return {npos, npos};
    for (++k; k < t.size() && k < r.last + 5; ++k)
      if (s.u.words[k].flags & kContent) {
        size_t head = k;
        while (head + 1 < t.size() && (s.u.words[head + 1].flags & kContent)) ++head;
        return {k, head};
      }
    return {npos, npos};
  };
  const auto cx = complement(a, x), cy = complement(b, y);
  if (cx.first == npos || cy.first == npos) return true;
  return a.to[cx.first] == static_cast<int>(cy.first) || a.to[cx.second] == static_cast<int>(cy.second);
}

// The first token at or after byte `from` is "of".
bool of_at(const SimUnit& u, size_t from) {
  const auto& t = u.data->tokens;
  for (size_t k = 0; k < t.size(); ++k)
    if (t[k].begin >= from) return t[k].norm == "of";
  return false;
}

// A percentage followed by "of": a share of a whole ("8% of its workforce").
bool share_of(const SimUnit& u, const Quantity& q) { return of_at(u, q.end); }

// A percentage of no whole after a verb or "by", "up", "down", or after a noun of change and "of",
// or before such a noun: a change ("fell 2%", "cut by 5%", "up 3%", "a rise of 9%", "a 9% pay
// rise"; not "said 83% of voters").
bool change(const SimUnit& u, const Quantity& q, Range r) {
  if (r.first == 0 || share_of(u, q)) return false;
  const auto& t = u.data->tokens;
  const std::string& w = t[r.first - 1].norm;
  const WordSet& kNouns = word_set(WordList::numbers_change_nouns);  // rise, increase, cut, ...
  bool noun = w == "of" && r.first >= 2 && kNouns.has(t[r.first - 2].norm);
  for (size_t k = r.last; k < t.size() && k < r.last + 2; ++k) noun = noun || kNouns.has(t[k].norm);
  return noun || (u.words[r.first - 1].flags & kVerb) || word_set(WordList::numbers_change_before).has(w);  // by, up, down
}

// The value a change started from: "from" before it, and "to" before another value of the
// unit after it ("has risen from 1.4 billion euros to 2.1 billion").
bool start_of_change(const SimUnit& u, Range r) {
  const auto& t = u.data->tokens;
  if (r.first == 0 || t[r.first - 1].norm != "from") return false;
  for (const Quantity& o : u.data->facts.quantities) {
    const size_t k = tokens_in(u, o.begin, o.end).first;
    if (k > r.last && k < r.last + 3 && t[k - 1].norm == "to") return true;
  }
  return false;
}

}  // namespace

size_t noun_token(const SimUnit& u, const Quantity& q, Range r) {
  const auto& t = u.data->tokens;
  size_t noun = t.size();
  for (size_t k = r.first; k < r.last; ++k)
    if (t[k].type == TokenType::kWord && t[k].begin >= q.num_end && (u.words[k].flags & kContent)) noun = k;
  return noun;
}

bool partitive(const SimUnit& u, const Quantity& q) { return of_at(u, q.num_end); }

bool part_and_whole(const SimUnit& a, const Quantity& qa, Range x, const SimUnit& b, const Quantity& qb, Range y, bool any) {
  // The total of a state is the toll itself ("a total of 10 people had been killed" / "three
  // people killed"): one measure.
  const bool total = qa.state.empty() && qb.state.empty();
  // A count over all places ("employs 14,000 people worldwide", "nationwide") and one in a named
  // place ("employs 2,600 people in Oskarby") are a whole and a part: 1 and 2 here.
  const auto scope = [](const SimUnit& u, Range r) {
    const auto& t = u.data->tokens;
    if (r.last >= t.size()) return 0;
    if (word_set(WordList::numbers_scope_all).has(t[r.last].norm)) return 1;
    return r.last + 1 < t.size() && (t[r.last].norm == "in" || t[r.last].norm == "at") && t[r.last + 1].cap ? 2 : 0;
  };
  // The whole a sentence opens with ("Of the city's 75 bus routes, 62 were cancelled") and a count
  // told otherwise: a whole and, it may be, a part.
  const auto whole = [](const SimUnit& u, Range r) {
    const auto& t = u.data->tokens;
    const Range c = clause_of(u, r);
    return c.first == 0 && t[0].norm == "of" && c.last < t.size() && t[c.last].norm == ",";
  };
  return scope(a, x) + scope(b, y) == 3 || of_the_rest(a, x, total, b) != of_the_rest(b, y, total, a) || whole(a, x) != whole(b, y) ||
         (qa.kind == QuantityKind::kCount && (named_part(a, qa, x, b, y, any && qa.num_hi < qb.num_lo) ||
                                              named_part(b, qb, y, a, x, any && qb.num_hi < qa.num_lo)));
}

namespace {

// A word of `list` among the `reach` tokens before r in its clause.
bool listed_before(const SimUnit& u, Range r, WordList list, size_t reach) {
  const auto& t = u.data->tokens;
  for (size_t k = r.first, steps = 0; k-- > 0 && steps < reach && !clause_mark(t[k]); ++steps)
    if (word_set(list).has(t[k].norm)) return true;
  return false;
}

bool planned(const SimUnit& u, Range r) { return listed_before(u, r, WordList::numbers_planned, 6); }

bool limit(const SimUnit& u, Range r) { return listed_before(u, r, WordList::numbers_limit, 10); }

}  // namespace

bool stated_apart(const SimUnit& a, Range ra, const SimUnit& b, Range rb) {
  return planned(a, ra) != planned(b, rb) || limit(a, ra) != limit(b, rb);
}

bool another_happening(const SimUnit& u, Range r) { return listed_before(u, r, WordList::dates_another_happening, 6); }

// another_time() of a weekday, above every year's (a weekday dates a value more closely); a year
// in the phrase that opens the sentence ("In 2021, 1,200 appointments were cancelled") is marked
// by kOpening added to its own.
constexpr int kWeekday = 100000;
constexpr int kOpening = 10000;

int another_time(const SimUnit& u, Range r) {
  const auto& t = u.data->tokens;
  const Range c = clause_of(u, r);
  const size_t from = c.first, to = c.last;
  int kind = 0;
  for (size_t k = from; k < to; ++k) kind = std::max(kind, static_cast<int>(word_set(WordList::numbers_other_times).number(t[k].norm)));
  // A period before this one, near the value in its clause or in the phrase that opens the
  // sentence: "the previous year", "the preceding week", "last summer" ("last" before a season or a
  // year only: "last week" may be the happening's own), "a year earlier", "the day before", "two
  // years ago", "previously" before the value ("Harlowe previously cut 500 jobs"). Not the base
  // of a comparison ("fell 4.5% from a year earlier", "compared with the same quarter last year":
  // the value is of now).
  const WordSet& kPeriods = word_set(WordList::numbers_other_times_periods);
  bool base = false;  // after a word of comparison
  for (size_t k = opening(u, from); k + 1 < to; ++k) {
    // ("over the past year" is the span of the value, not a base)
    base = base || (word_set(WordList::numbers_other_times_base).has(t[k].norm) &&
                     !(t[k].norm == "over" && k + 2 < to && t[k + 1].norm == "the" && t[k + 2].norm == "past"));
    if (k > from + 1 && (k + 8 < r.first || k > r.last + 8)) continue;
    const int prior = static_cast<int>(word_set(WordList::numbers_other_times_prior).number(t[k].norm));
    if (!base && ((prior > 0 && static_cast<int>(kPeriods.number(t[k + 1].norm)) >= prior) ||
                  (kPeriods.number(t[k].norm) > 0 && word_set(WordList::numbers_other_times_later).has(t[k + 1].norm)) ||
                  (t[k].norm == "previously" && k < r.first)))  // "previously cut 500 jobs"
      kind = std::max(kind, 1);
  }
  // "Last year", "two years ago" in the value's clause ("burned 3,100 acres last year"); or a year
  // set apart right before its clause ("The last big flood, in 2007, forced 800 people out"). A
  // year alone (20 and the year) and a weekday without one (kWeekday) are two times too ("12 homes
  // flooded in 2019" / "40 homes flooded on Tuesday"), and so are two years ("cut 1,200 jobs in
  // 2024" / "cut 500 jobs in 2022"); either against no time may be one.
  // So is a year that names a happening of its own ("The 2019 fire burned 12,000 hectares": a year
  // between an article and a noun). A weekday after a bound ("By Thursday, 18 men had been brought
  // up", "since Monday") dates a running total (kWeekday, 1 and the weekday): another time than
  // the day's count, or a total by another day.
  // The clause's opening phrase counts as the clause ("On Tuesday, ...").
  const size_t aside = from >= 4 && t[from - 3].norm == "in" && clause_mark(t[from - 4]) ? t[from - 2].begin : SIZE_MAX;
  const size_t open = opening(u, from);
  const size_t opens = t[open].begin;  // the clause with its opening phrase
  // The phrase that opens the sentence, up to its comma (at most eight tokens): it dates every
  // clause ("In the first quarter of 2003, AMD reported a net loss of $146 million, or 42 cents a
  // share, on sales of $715 million").
  // Not a phrase that opens with a bound ("Since being drafted into service in 1971, it has had 45
  // accidents": a running total).
  size_t lead = 0;
  while (lead < t.size() && lead < 8 && !clause_mark(t[lead])) ++lead;
  const WordSet& kBounds = word_set(WordList::dates_bound_of_bounds);
  const size_t lead_end = lead < t.size() && t[lead].norm == "," && !kBounds.has(t[0].norm) ? t[lead].begin : 0;
  const bool bound_opens = kBounds.has(t[open].norm);
  for (const TimeExpr& x : u.data->facts.times) {
    const bool year = x.year >= 0 && x.month < 0;
    const Range y = tokens_in(u, x.begin, x.end);
    // (A year that opens the sentence after "In" dates it without a comma too: "In 2019 the
    // hospital dealt with an outbreak, when six patients were affected".)
    const bool in = (x.begin >= opens && x.end <= (to < t.size() ? t[to].begin : SIZE_MAX)) || x.end <= lead_end ||
                    (year && y.first == 1 && t[0].norm == "in");
    // After a bound ("since Monday", "Since 1971, it has had 45 accidents"): the start of a
    // running total.
    const bool bounded = y.first > 0 && kBounds.has(t[y.first - 1].norm);
    const bool named = year && y.first > 0 && y.last < t.size() && (t[y.first - 1].norm == "the" || t[y.first - 1].norm == "a") &&
                       (u.words[y.last].flags & kContent) && !(u.words[y.last].flags & kNumber);
    if ((in && x.years_ago > 0) || (x.begin == aside && year) || (in && named)) kind = std::max(kind, 1);
    else if (in && (year || (x.weekday >= 0 && x.year < 0)))
      kind = std::max(kind, year ? 20 + x.year + ((x.begin < t[from].begin || x.end <= lead_end) && !bounded && !bound_opens ? kOpening : 0)
                                 : bounded ? kWeekday + 1 + x.weekday : kWeekday);
  }
  return kind;
}

bool other_times(const SimUnit& a, Range ra, const SimUnit& b, Range rb) {
  int x = another_time(a, ra), y = another_time(b, rb);
  // A year that opens the sentence sets its value in another time than an undated one's (the
  // report's own); against a year in the clause it is that year.
  const auto opening_year = [](int k) { return k >= 20 + kOpening && k < kWeekday; };
  if ((opening_year(x) && y == 0) || (opening_year(y) && x == 0)) return true;
  if (opening_year(x)) x -= kOpening;
  if (opening_year(y)) y -= kOpening;
  return x != y && !(std::min(x, y) == 0 && std::max(x, y) >= 2);
}

bool same_measure(const Side& a, const Quantity& qa, Range ra, const Side& b, const Quantity& qb, Range rb,
                  const Lexicon& lexicon) {
  // Counts of people in one state are one measure, with or without their noun ("seven people
  // died" / "at least nine were killed"); in two states, two ("seven people died" / "twelve people
  // were injured").
  const auto countish = [](const Quantity& q) { return q.kind == QuantityKind::kCount || q.kind == QuantityKind::kOther; };
  if (qa.kind != qb.kind && !(countish(qa) && countish(qb) && !qa.state.empty() && qa.state == qb.state)) return false;
  if (!qa.state.empty() && !qb.state.empty() && qa.state != qb.state) return false;
  // A value aimed at or expected and one achieved are two measures; so are a limit and a value
  // within it ("The maximum sentence is ten years" / "was jailed for six years").
  if (stated_apart(a.u, ra, b.u, rb)) return false;
  // So are values offered, demanded, accepted and rejected, each of its own stance: the nearest
  // such word before the value in its clause ("Vellmark offered a 4.5 percent rise" / "The union
  // wants a 7 percent rise"; "is seeking 7 percent" / "would accept 6 percent").
  const auto stance = [](const Side& s, Range r) {
    const auto& t = s.u.data->tokens;
    for (size_t k = r.first, steps = 0; k-- > 0 && steps < 6 && !clause_mark(t[k]); ++steps)
      if (const std::string_view v = word_set(WordList::numbers_stance).value(t[k].norm); !v.empty()) return v;
    return std::string_view();
  };
  if (const std::string_view x = stance(a, ra), y = stance(b, rb); !x.empty() && !y.empty() && x != y) return false;
  if (other_times(a.u, ra, b.u, rb) || score_told(a.u, ra) != score_told(b.u, rb)) return false;
  // So are those who remain and all of them ("Seven patients remain unwell" / "About 40 patients
  // fell ill"). (The seriously hurt are told apart by their numbers: "12 injured, three of them
  // seriously" / "two seriously injured" is a dispute the reader of quantities does not see.)
  if (countish(qa) && (count_part(a.u, qa) == "remaining") != (count_part(b.u, qb) == "remaining")) return false;
  // The people who live in a place (its population) and the people an event touched are two
  // measures ("About 1,400 people live on Farra" / "352 people were on board").
  const auto population = [](const Side& s, const Quantity& q, Range r) {
    static constexpr WordSet kLive("live lives living reside resides");
    const size_t n = std::min(noun_token(s.u, q, r), r.last - 1) + 1;
    return n < s.u.data->tokens.size() && kLive.has(s.u.data->tokens[n].norm);
  };
  if (population(a, qa, ra) != population(b, qb, rb)) return false;
  // A part ("two of the trawlers", "two other victims") and a whole ("the three trawlers") are two
  // measures (a share, "half of" / "30% of", is told by its whole, below).
  if (qa.kind != QuantityKind::kPercent && partitive(a.u, qa) != partitive(b.u, qb)) return false;
  // Different parts of two wholes that differ are two measures ("won 34 of the 61 seats" / "won
  // 12 of the 15 seats in Orvane"; one part of two wholes disputes the whole: "two of the three
  // victims" / "two of the seven victims"): the whole, a number right after "of" and its
  // determiner.
  const auto whole = [](const SimUnit& u, const Quantity& q) {
    const auto& t = u.data->tokens;
    size_t k = tokens_in(u, q.num_end, SIZE_MAX).first + 1;
    k += k < t.size() && word_set(WordList::slots_verb_at_determiners).has(t[k].norm);
    return k < t.size() ? facts_internal::numeral_value(t[k].norm, false) : -1;
  };
  if (partitive(a.u, qa) && partitive(b.u, qb) && std::min(whole(a.u, qa), whole(b.u, qb)) >= 0 &&
      whole(a.u, qa) != whole(b.u, qb) && !values_agree(qa, qb))
    return false;
  // So are a share of a whole and a change ("8% of its workforce" / "shares fell 2%"), and shares
  // of two wholes ("60% of those polled" / "half of its voters").
  if (qa.kind == QuantityKind::kPercent &&
      ((share_of(a.u, qa) && change(b.u, qb, rb)) || (share_of(b.u, qb) && change(a.u, qa, ra)) ||
       !same_complement(a, ra, b, rb)))
    return false;
  // So are a count qualified by a name and one without it ("11 Yemeni pirates" / "23 pirates").
  if (part_and_whole(a.u, qa, ra, b.u, qb, rb)) return false;
  // So are counts of things two holders have ("The warehouse has 80 workers" / "The plant has 460
  // workers").
  if (qa.kind == QuantityKind::kCount && holders_apart(a.u, ra, b.u, rb, lexicon)) return false;
  // Two ordinals of different owners are two series ("the crossing ... its 50th" / "the station ...
  // its 25th").
  if (qa.kind == QuantityKind::kOrdinal && !same_possessor(a, ra, b, rb, lexicon)) return false;
  if (qa.kind == QuantityKind::kOrdinal && !same_series(a, ra, b, rb)) return false;
  // An ordinal after a preposition ("in the first half", "by the sixth round") says when, as a
  // date does: two are one measure only where the words they hang on align, the words before the
  // prepositions ("scored twice in the first half" / "scored twice in the second half"; not "led
  // at the end of the first half" / "scored three times in the second half", nor "Vale scored twice
  // in the first half" / "the hosts scored from the spot early in the second half").
  if (qa.kind == QuantityKind::kOrdinal) {
    constexpr size_t npos = std::string::npos;
    const auto preposition = [](const Side& s, Range r) {
      const auto& t = s.u.data->tokens;
      size_t k = r.first;
      if (k > 0 && t[k - 1].norm == "the") --k;
      return k > 0 && word_set(WordList::numbers_same_measure_when).has(t[k - 1].norm) ? k - 1 : npos;
    };
    const auto before = [](const Side& s, size_t p) { return p != npos && p > 0 && (s.u.words[p - 1].flags & kContent) ? p - 1 : npos; };
    const auto placed = [&](size_t i, size_t j) { return i != npos && j != npos && a.to[i] == static_cast<int>(j); };
    const size_t pa = preposition(a, ra), pb = preposition(b, rb);
    if ((pa != npos || pb != npos) && !placed(before(a, pa), before(b, pb))) return false;
  }
  // A measure of another thing (an aftershock's magnitude, a rival's price) is not this one's; a
  // broader or narrower word for the thing names it ("a three-day strike" / "a five-day walkout").
  if (!qa.owner.empty() && !qb.owner.empty() && qa.owner != qb.owner) {
    const Range oa = tokens_in(a.u, qa.owner_begin, qa.owner_end), ob = tokens_in(b.u, qb.owner_begin, qb.owner_end);
    bool aligned = false;
    for (size_t k = oa.first; k < oa.last; ++k)
      aligned = aligned || (a.to[k] >= 0 && inside(static_cast<size_t>(a.to[k]), ob));
    if (!aligned) return false;
  }
  // Percentages of no owner are of the noun right before them ("kept its interest rate at 4.5%" /
  // "inflation, now 3.1%"), or of the subject of the verb right before them when that subject
  // opens the sentence ("Humidity dropped to 12 percent" / "Containment rose to 40 percent"; a verb
  // with no such subject, "fell 5%", says nothing of what): two such nouns not aligned (subjects:
  // nor related by the lexicon) are two measures.
  if (qa.kind == QuantityKind::kPercent && qa.owner.empty() && qb.owner.empty()) {
    constexpr size_t npos = std::string::npos;
    // The noun before the percentage, or the verb before it (the first content word either way).
    const auto before = [](const Side& s, Range r) {
      for (size_t k = r.first, steps = 0; k > 0 && steps < 4; ++steps) {
        --k;
        if ((s.u.words[k].flags & kContent) && !facts_internal::is_adverb_like(s.u.data->tokens[k].norm)) return k;
      }
      return npos;
    };
    const size_t x = before(a, ra), y = before(b, rb);
    if (x != npos && y != npos) {
      const auto fx = a.u.words[x].flags, fy = b.u.words[y].flags;
      if (!((fx | fy) & (kVerb | kNumber | kName)) && a.to[x] != static_cast<int>(y)) return false;
      if ((fx & fy & kVerb) && subjects_apart(a, x, b, y, lexicon)) return false;
    }
  }
  // Counts of people in one state ("seven people died" / "at least 12 dead") are one measure.
  if (!qa.state.empty() && qa.state == qb.state) return true;
  // Bare numbers ("Two managed to escape") are one measure when they stand in the same place: a
  // content word next to them aligned to one next to the other ("by", "and" do not place them), or
  // one that the same "at", "of" or form of "be" hangs them on ("died at 75" / "died at 79"; not a
  // range, "was 10-12 million" / "was 11 million", nor one hour told on two clocks, "closes at 5"
  // / "closes at 17").
  if (qa.kind == QuantityKind::kOther || qa.unit.empty() || qb.unit.empty()) {
    const bool clock = std::fabs(qa.num_lo - qb.num_lo) == 12 && std::max(qa.num_lo, qb.num_lo) <= 24;  // "at 5" / "at 17"
    return qa.kind == qb.kind &&
           (adjacent_content(a, ra, b, rb) || (!qa.range && !qb.range && !clock && hung_on_one_word(a, ra, b, rb)));
  }
  // Two ages are one person's when the words right after them, the person, are aligned to each
  // other ("a 38-year-old man" / "a 39-year-old man"; not "38-year-old Ann Lee" / "63-year-old
  // Mary Dunn"). An age said of a person named elsewhere ("the boy was 16 years old") is the age
  // of the other's person when that person is in this sentence too ("a 14-year-old boy"; not "her
  // 14-year-old brother"); with no person after either, when their surroundings make one slot
  // ("the driver was 59 years old" / "the driver was 63 years old").
  if (qa.unit == "age" && qb.unit == "age") {
    // The person: the word after the age, or before "in his" ("a man in his 70s"); npos if none.
    const auto person = [](const Side& s, Range r) {
      const auto& t = s.u.data->tokens;
      const size_t k = r.first;
      if (k > 2 && word_set(WordList::quantity_read_decade_owners).has(t[k - 1].norm) && t[k - 2].norm == "in")
        return s.u.words[k - 3].flags & kContent ? k - 3 : std::string::npos;
      return r.last < s.to.size() && (s.u.words[r.last].flags & kContent) ? r.last : std::string::npos;
    };
    const size_t pa = person(a, ra), pb = person(b, rb);
    if (pa != std::string::npos && pb != std::string::npos) return a.to[pa] == static_cast<int>(pb);
    if (pa != std::string::npos) return a.to[pa] >= 0;
    if (pb != std::string::npos) return b.to[pb] >= 0;
    return same_slot(a, ra, b, rb);
  }
  // Sums of two things ("fined 150,000 pounds" / "25,000 pounds in costs", "revenue of 412 million
  // euros" / "a net loss of 37 million euros") are two measures: what a sum is, by the word before
  // it (across "of"), among the two after "in" right after it, or else the nearest such word before it in its
  // clause ("Revenue fell 8% to 412 million euros", "The firm lost 52 million euros").
  if (qa.kind == QuantityKind::kMoney) {
    const auto paid_as = [](const Side& s, Range r) {
      const auto& t = s.u.data->tokens;
      const WordSet& kinds = word_set(WordList::numbers_money_kind);  // "fined=fine", "sales=revenue"
      size_t k = r.first;
      k -= k > 1 && t[k - 1].norm == "of";
      if (const std::string_view before = k > 0 ? kinds.value(t[k - 1].norm) : std::string_view(); !before.empty()) return before;
      for (size_t i = r.last + 1; i < t.size() && i <= r.last + 2 && t[r.last].norm == "in"; ++i)  // "in emergency aid"
        if (const std::string_view v = kinds.value(t[i].norm); !v.empty()) return v;
      for (size_t i = r.first, steps = 0; i-- > 0 && steps < 8 && !clause_mark(t[i]); ++steps)
        if (const std::string_view v = kinds.value(t[i].norm); !v.empty()) return v;
      return std::string_view();
    };
    const std::string_view x = paid_as(a, ra), y = paid_as(b, rb);
    if (!x.empty() && !y.empty() && x != y) return false;
    // A sum by the period ("earning 1.3 million pounds a year", "per week") and one sum ("will
    // receive 2.4 million pounds") are two measures.
    const auto per_period = [](const Side& s, Range r) {
      const auto& t = s.u.data->tokens;
      return r.last + 1 < t.size() && (t[r.last].norm == "a" || t[r.last].norm == "an" || t[r.last].norm == "per") &&
             facts_internal::duration_unit(t[r.last + 1].norm);
    };
    if (per_period(a, ra) != per_period(b, rb)) return false;
  }
  // Things counted under two verbs after them that neither align nor relate ("340 homes had been
  // damaged" / "at least 25 houses were destroyed", "Seven climbers were caught" / "One climber
  // died") are two sets.
  const size_t na = noun_token(a.u, qa, ra), nb = noun_token(b.u, qb, rb);
  if (qa.kind == QuantityKind::kCount && na < a.to.size() && nb < b.to.size()) {
    if (governed_apart(a.u, na, ra, b.u, nb, rb, lexicon)) return false;
    // So are counts with opposite words in their clauses ("340 seabirds were found alive" / "62
    // seabirds were found dead").
    const auto in_clause = [](const Side& s, Range r, size_t k) {
      for (size_t m = std::min(k, r.first); m < std::max(k, r.last); ++m)
        if (clause_mark(s.u.data->tokens[m])) return false;
      return true;
    };
    if (a.al)
      for (const auto& [i, j] : a.al->antonyms)
        if (in_clause(a, ra, static_cast<size_t>(a.first ? i : j)) && in_clause(b, rb, static_cast<size_t>(a.first ? j : i)))
          return false;
  }
  // Durations in any units ("two hours" / "90 minutes": compare() converts them); a time between
  // two happenings is no length of one ("began two hours before Sorel spoke" / "spoke for 95
  // minutes").
  const auto offset = [](const Side& s, Range r) {
    static constexpr WordSet kOffset("after before earlier later");
    return r.last < s.u.data->tokens.size() && kOffset.has(s.u.data->tokens[r.last].norm);
  };
  if (qa.kind == QuantityKind::kDuration && offset(a, ra) != offset(b, rb)) return false;
  if (qa.unit == qb.unit || qa.kind == QuantityKind::kDuration) return true;
  if (qa.kind != QuantityKind::kCount) return false;
  // Two counts of differently worded nouns ("12 dead" / "seven people died") are one measure when
  // the noun of one is aligned to a word of the other phrase or its surroundings.
  if (na >= a.to.size() || nb >= b.to.size()) return false;
  const auto around = [](Range r, size_t k) {
    return k + 3 >= r.first && k < r.last + 3;  // inside the phrase or within three tokens of it
  };
  // Siblings ("cars" / "vans", kinds of one thing) count different things; a broader word
  // ("people" / "passengers") names the same things only as the other phrase's own noun.
  // A noun after "per" is what a rate is divided by ("15 points per game" counts points, not games).
  const auto per = [](const Side& s, int k) { return k > 0 && s.u.data->tokens[static_cast<size_t>(k) - 1].norm == "per"; };
  // Beside the other phrase, not in it, only when that phrase counts no noun of its own but people
  // ("12 dead" / "seven people died"): "the 14 smugglers" / "smugglers in two launches" count
  // smugglers and launches.
  const WordSet& kPeople = word_set(WordList::numbers_same_measure_people);
  const auto own_noun = [&](const Side& s, size_t n) { return n < s.u.data->tokens.size() && !kPeople.has(s.u.data->tokens[n].norm); };
  const auto holds = [&](WordMatch m, int to, Range r, bool counts_own) {
    if (to < 0 || m == WordMatch::kSibling) return false;
    if (m == WordMatch::kHypernym || counts_own) return inside(static_cast<size_t>(to), r);
    return around(r, static_cast<size_t>(to));
  };
  // Near the other phrase means in its clause: no conjunction or comma between ("26 crew" /
  // "two of the trawlers and their crew" count trawlers).
  const auto joined = [](const Side& s, Range r, int to) {
    if (to < 0) return false;
    const size_t k = static_cast<size_t>(to);
    const size_t from = k < r.first ? k + 1 : r.last, until = k < r.first ? r.first : k;
    for (size_t i = from; i < until && i < s.u.data->tokens.size(); ++i)
      if (word_set(WordList::numbers_same_measure_joins).has(s.u.data->tokens[i].norm)) return false;  // and, or, but, ",", ";"
    return true;
  };
  return (holds(a.match[na], a.to[na], rb, own_noun(b, nb)) && joined(b, rb, a.to[na]) && !per(b, a.to[na])) ||
         (holds(b.match[nb], b.to[nb], ra, own_noun(a, na)) && joined(a, ra, b.to[nb]) && !per(a, b.to[nb]));
}

bool values_agree(const Quantity& x, const Quantity& y) {
  // Two plain counts or sums of a million or more, each exact to its last digit, that differ by
  // more than the rounding of either ("310 million pounds" / "301 million pounds"): compare()
  // lets such values differ by 5%, which suits the similarity's features, not a dispute.
  const auto plain = [](const Quantity& q) {
    return q.hedge.empty() && q.vague.empty() && !q.approx && !q.range && q.num_lo == q.num_hi && q.step > 0 &&
           q.num_lo >= 1e6 && q.kind != QuantityKind::kMeasure && q.kind != QuantityKind::kDuration;
  };
  if (plain(x) && plain(y) && x.kind == y.kind && x.unit == y.unit &&
      std::fabs(x.num_lo - y.num_lo) > std::max(x.step, y.step) / 2 * (1 + 1e-9))
    return false;
  // Two bounds told alike that differ ("more than five times" / "more than eleven times"), and two
  // maximums however told ("up to 40 percent" / "as much as 45%": the most it can be is one value;
  // "more than 50" / "at least 46" can both hold).
  static const char* const kBounds[] = {"up to", "less than", "as many as", "more than", "at least"};
  int bx = 0, by = 0;  // 1 an upper bound, 2 a lower one
  for (int k = 0; k < 5; ++k) bx = x.hedge == kBounds[k] ? 1 + (k > 2) : bx, by = y.hedge == kBounds[k] ? 1 + (k > 2) : by;
  if (bx && (x.hedge == y.hedge || (bx == 1 && by == 1)) && x.vague.empty() && y.vague.empty() &&
      (x.unit_text == y.unit_text || x.kind == QuantityKind::kPercent) &&
      compare(x, y) != Match::kSame &&
      (x.num_lo != y.num_lo || x.num_hi != y.num_hi))
    return false;
  // Rounded, a value stands for half its last digit below it up to just under half above ("4%" for
  // 3.5% to 4.49%): "4%" / "4.5%" differ; "5%" / "4.5%" and "3%" / "2.8%" do not (compare() takes
  // either half).
  const Quantity& coarse = x.step >= y.step ? x : y;
  const Quantity& fine = x.step >= y.step ? y : x;
  if (fine.step > 0 && coarse.step > fine.step && coarse.hedge.empty() && fine.hedge.empty() && !coarse.approx &&
      !fine.approx && coarse.num_lo == coarse.num_hi && fine.num_lo == fine.num_hi && coarse.unit_text == fine.unit_text &&
      fine.num_lo >= coarse.num_lo + coarse.step / 2 * (1 - 1e-9))
    return false;
  return compatible(x, y);
}

bool orders_apart(const Quantity& x, const Quantity& y) {
  // Durations in seconds ("two hours" / "90 minutes"). In two units, more than twice apart: a
  // report rounds one span into another unit, it does not halve it ("nine days earlier" / "three
  // weeks in hospital" are two spans).
  const bool durations = x.kind == QuantityKind::kDuration && y.kind == QuantityKind::kDuration;
  const auto scale = [&](const Quantity& q) { return durations ? facts_internal::unit_seconds(q.unit) : 1.0; };
  const double below = std::min(x.hi * scale(x), y.hi * scale(y)), above = std::max(x.lo * scale(x), y.lo * scale(y));
  return below > 0 && below * (durations && x.unit != y.unit ? 2 : 10) < above;
}

bool sum_of_joined(const SimUnit& u, const Quantity& q) {
  if (q.kind != QuantityKind::kCount && q.kind != QuantityKind::kOther) return false;
  const std::vector<Quantity>& qs = u.data->facts.quantities;
  const auto& t = u.data->tokens;
  double run = 0;
  int joined = 0;
  size_t last = 0;  // the token after the run's last count
  for (const Quantity& o : qs) {
    const Range r = tokens_in(u, o.begin, o.end);
    const bool exact = o.kind == QuantityKind::kCount && o.num_lo == o.num_hi && o.unit != "age";
    // Only "and", a comma, or both between the two.
    bool joins = joined > 0 && exact && r.first > last && r.first - last <= 2;
    for (size_t k = last; joins && k < r.first; ++k) joins = t[k].norm == "and" || t[k].norm == ",";
    run = joins ? run + o.num_lo : exact ? o.num_lo : 0;
    joined = joins ? joined + 1 : exact ? 1 : 0;
    last = r.last;
    if (joined > 1 && std::fabs(run - q.num_lo) <= q.step / 2) return true;
  }
  return false;
}

bool also_given(const SimUnit& u, const Quantity& q) {
  const std::vector<Quantity>& others = u.data->facts.quantities;
  const WordSet& kFigures = word_set(WordList::numbers_also_given_figures);
  const auto& t = u.data->tokens;
  // Its parts, summed ("fined a combined £6m" / "fined £4m and ... £2m"); not the two numbers of a
  // score, which are no parts of one thing ("ended 2-1" gives no 3).
  double sum = 0;
  int parts = 0;
  for (const Quantity& o : others)
    if (o.kind == q.kind && o.unit == q.unit && o.state == q.state && o.num_lo == o.num_hi &&
        !next_number(u, tokens_in(u, o.begin, o.end), "-"))
      sum += o.num_lo, ++parts;
  if (parts > 1 && std::fabs(sum - q.num_lo) <= q.step / 2) return true;
  if (sum_of_joined(u, q)) return true;
  for (const Quantity& o : others) {
    if (o.num_lo != q.num_lo || o.num_hi != q.num_hi) continue;
    // A figure, or the same sum of millions with its measure left unsaid ("18 million pounds,
    // rising to 22 million"; not a bare "20" of a score, "a 20-2 run").
    if (kFigures.has(o.unit) || (o.kind == QuantityKind::kOther && q.kind != QuantityKind::kOther && o.num_lo >= 1e6))
      return true;
    const Range r = tokens_in(u, o.begin, o.end);
    if (o.unit.empty() && r.first > 0 && t[r.first - 1].norm == "at") return true;
    // A bare number that a figure is put at, raised to or revised to ("later raised the figure to
    // 31", "the toll now stands at 31").
    if (o.unit.empty() && r.first > 1 && (t[r.first - 1].norm == "to" || t[r.first - 1].norm == "of") &&
        kFigures.has(t[r.first - 2].stem))
      return true;
    // A figure to compare with ("compared with 4.2 million last year", "up from 40").
    if (r.first > 1) {
      const std::string& p = t[r.first - 1].norm;
      const std::string& pp = t[r.first - 2].norm;
      const auto in = [](WordList l, const std::string& w) { return word_set(l).has(w); };
      if ((in(WordList::numbers_also_given_with, p) && in(WordList::numbers_also_given_compared, pp)) ||
          (p == "from" && in(WordList::numbers_also_given_up, pp)))  // to, with; compared, comparison; up, down
        return true;
    }
    // "Of the 40 passengers, 12 were taken to hospital": a bare number after an opening "of".
    if (o.unit.empty() && !t.empty() && t[0].norm == "of" && r.first > 0 && t[r.first - 1].norm == ",") return true;
  }
  // A part counted without its noun ("two of them", "three of whom").
  if (q.num_lo != q.num_hi) return false;
  for (size_t k = 0; k + 2 < t.size(); ++k)
    if (t[k + 1].norm == "of" && word_set(WordList::numbers_also_given_pronouns).has(t[k + 2].norm) &&  // them, whom, those
        facts_internal::numeral_value(t[k].norm, false) == q.num_lo)
      return true;
  return false;
}

void numbers(const Side& a, const Side& b, const Lexicon& lexicon, std::vector<Difference>* out) {
  const auto& qa_all = a.u.data->facts.quantities;
  const auto& qb_all = b.u.data->facts.quantities;
  std::vector<Range> ra, rb;
  for (const Quantity& q : qa_all) ra.push_back(tokens_in(a.u, q.begin, q.end));
  for (const Quantity& q : qb_all) rb.push_back(tokens_in(b.u, q.begin, q.end));
  // A value standing in the other's place (the words beside them aligned, or its own words aligned
  // into the other) is compared with that one only: "$41 million contract" / "$63m contract" differ
  // though "$80 million" stands elsewhere in the sentence.
  const auto in_place = [&](size_t i, size_t j) {
    if (adjacent(a, ra[i], b, rb[j])) return true;
    for (size_t k = ra[i].first; k < ra[i].last; ++k)
      if (a.to[k] >= 0 && inside(static_cast<size_t>(a.to[k]), rb[j])) return true;
    return false;
  };
  // The same value stated on both sides (of one measure) is its own counterpart wherever it stands
  // ("the first shift and part of the second" / "part of the second shift and the first").
  std::vector<int> place_a(qa_all.size(), -1), place_b(qb_all.size(), -1);
  for (size_t i = 0; i < qa_all.size(); ++i)
    for (size_t j = 0; j < qb_all.size(); ++j)
      if (place_a[i] < 0 && place_b[j] < 0 && compare(qa_all[i], qb_all[j]) == Match::kSame &&
          same_measure(a, qa_all[i], ra[i], b, qb_all[j], rb[j], lexicon))
        place_a[i] = static_cast<int>(j), place_b[j] = static_cast<int>(i);
  for (size_t i = 0; i < qa_all.size(); ++i)
    for (size_t j = 0; j < qb_all.size(); ++j)
      if (place_a[i] < 0 && place_b[j] < 0 && in_place(i, j)) place_a[i] = static_cast<int>(j), place_b[j] = static_cast<int>(i);
  // A value with a compatible counterpart of the same measure is matched. (Here and below the
  // values are compared before the measures: same_measure() reads both sentences around them: 16%
  // of the instructions on number-heavy clusters when it came first, 9% now.)
  std::vector<uint8_t> matched_a(qa_all.size(), false), matched_b(qb_all.size(), false);
  for (size_t i = 0; i < qa_all.size(); ++i)
    for (size_t j = 0; j < qb_all.size(); ++j) {
      if ((place_a[i] >= 0 && place_a[i] != static_cast<int>(j)) || (place_b[j] >= 0 && place_b[j] != static_cast<int>(i)))
        continue;
      if (values_agree(qa_all[i], qb_all[j]) && same_measure(a, qa_all[i], ra[i], b, qb_all[j], rb[j], lexicon))
        matched_a[i] = matched_b[j] = true;
    }
  for (size_t i = 0; i < qa_all.size(); ++i) {
    const Quantity& qa = qa_all[i];
    if (matched_a[i] || also_given(b.u, qa)) continue;
    for (size_t j = 0; j < qb_all.size(); ++j) {
      const Quantity& qb = qb_all[j];
      if (matched_b[j] || (place_a[i] >= 0 && place_a[i] != static_cast<int>(j)) || (place_b[j] >= 0 && place_b[j] != static_cast<int>(i)) ||
          values_agree(qa, qb) || orders_apart(qa, qb) || !same_measure(a, qa, ra[i], b, qb, rb[j], lexicon) ||
          also_given(a.u, qb))
        continue;
      // Anchored by aligned surroundings (the counted noun alone is not enough for two numbers
      // in unrelated parts of two long sentences; counts of people in one state meet again in
      // count_disputes, counts.cc).
      // Ordinals tell which one of a kind ("the 70th anniversary of X"): of two different things
      // when what they are "of" does not align.
      if (qa.kind == QuantityKind::kOrdinal && !same_complement(a, ra[i], b, rb[j])) continue;
      if (opposites_take(a.u, qa, ra[i], b.u, qb, rb[j], lexicon)) continue;
      // Where a change started disputes only where the other's started.
      if (start_of_change(a.u, ra[i]) != start_of_change(b.u, rb[j])) continue;
      const bool anchored = same_slot(a, ra[i], b, rb[j]);
      // The slot is what is counted ("ferries"); a sum of money is counted in its currency, however
      // written ("$1.2bn", "1.2 billion dollars": "usd"), and a share in "percent" ("52 per cent").
      std::string noun = qa.unit.empty() ? "number" : qa.unit;
      const size_t nt = noun_token(a.u, qa, ra[i]);
      const auto& tn = a.u.data->tokens;
      if (qa.unit == "age" || qa.unit == "celsius" || !apposed_name(a.u, qa).empty())  // not "old", "C" or "Fahrenheit"
        noun = qa.unit == "celsius" ? "temperature" : "age";
      else if (qa.kind != QuantityKind::kMoney && qa.kind != QuantityKind::kPercent && nt < tn.size())
        // A unit of more than one word is named as written short: "km/h", not the last token of
        // "km/h" or "kilometres per hour".
        noun = qa.kind == QuantityKind::kMeasure && !qa.unit_text.empty() &&
                       (tn[nt].norm.size() < 3 || (nt > 0 && tn[nt].end <= qa.end && tn[nt - 1].begin >= qa.num_end &&
                                                   tn[nt - 1].type != TokenType::kPunct))
                   ? qa.unit_text
                   : span_text(a.text, {tn[nt].begin, tn[nt].end});
      out->push_back(make("number", {qa.begin, qa.end}, {qb.begin, qb.end}, noun + ": " + qa.display + " vs " + qb.display,
                          anchored));
      matched_b[j] = true;
      break;
    }
  }
}

}  // namespace conflicts_internal

bool values_told_apart(const SimUnit& a, const SimUnit& b) {
  using namespace conflicts_internal;
  // Values that meet a value of the other are counterparts already ("climbed 4.4 percent, adding
  // to the previous day's gain of 6 percent" / "climbed 4 percent, adding to the previous day's 6
  // percent rise").
  const auto met = [](const Quantity& q, const SimUnit& other) {
    for (const Quantity& o : other.data->facts.quantities)
      if (o.kind == q.kind && o.unit == q.unit && compatible(q, o)) return true;
    return false;
  };
  for (const Quantity& qa : a.data->facts.quantities)
    for (const Quantity& qb : b.data->facts.quantities) {
      if (qa.kind != qb.kind || qa.unit != qb.unit || qa.unit.empty() || met(qa, b) || met(qb, a)) continue;
      const Range ra = tokens_in(a, qa.begin, qa.end), rb = tokens_in(b, qb.begin, qb.end);
      if (other_times(a, ra, b, rb)) return true;
    }
  return false;
}

}  // namespace tri
