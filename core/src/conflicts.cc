// conflicts.cc — typed substitutions between aligned units.
#include "conflicts.h"

#include "facts/number.h"
#include "facts/scan.h"
#include "sorting.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

namespace tri {
namespace {

// How far (in tokens) the surroundings of a value reach, and how many content words they hold.
constexpr int kReach = 5;
constexpr int kContextWords = 99;

struct Side {
  const SimUnit& u;
  const std::vector<int>& to;      // alignment to the other side
  const std::vector<WordMatch>& match;
  std::string_view text;
};

struct Range {
  size_t first = 0, last = 0;  // tokens [first, last)
  bool empty() const { return first >= last; }
};

Range tokens_in(const SimUnit& u, size_t begin, size_t end) {
  const auto& t = u.data->tokens;
  Range r;
  r.first = t.size();
  for (size_t k = 0; k < t.size(); ++k)
    if (t[k].begin >= begin && t[k].end <= end) {
      r.first = std::min(r.first, k);
      r.last = k + 1;
    }
  if (r.last == 0) r.first = 0;
  return r;
}

bool hard_break(const Token& t) {
  return t.type == TokenType::kPunct && (t.norm == ";" || t.norm == ":" || t.norm == "(" || t.norm == ")");
}

// Content words around a range that say what happens (not names or numbers): up to kContextWords
// on each side within kReach tokens, not across a semicolon, colon or bracket.
std::vector<size_t> context(const SimUnit& u, Range r) {
  std::vector<size_t> out;
  const auto& t = u.data->tokens;
  int taken = 0;
  for (size_t k = r.first, steps = 0; k > 0 && steps < kReach && taken < kContextWords; ++steps) {
    --k;
    if (hard_break(t[k])) break;
    if ((u.words[k].flags & kContent) && !(u.words[k].flags & (kName | kNumber))) out.push_back(k), ++taken;
  }
  taken = 0;
  for (size_t k = r.last, steps = 0; k < t.size() && steps < kReach && taken < kContextWords; ++k, ++steps) {
    if (hard_break(t[k])) break;
    if ((u.words[k].flags & kContent) && !(u.words[k].flags & (kName | kNumber))) out.push_back(k), ++taken;
  }
  return out;
}

bool inside(size_t k, Range r) { return k >= r.first && k < r.last; }

// Aligned words tie the surroundings of x (in side a) to those of y (in side b): the content words
// near x aligned to words near or inside y, and those near y aligned inside x (each aligned pair
// counted once). Enough of them make one slot: words weighing kSlotEvidence (one specific word,
// or two common ones), two words, or one word of half that weight when the units are short (in a
// sentence of a few words, every word is the slot's; a loose relation like "taken" ~ "ship" is not).
constexpr int kShortUnit = 6;

bool same_slot(const Side& a, Range x, const Side& b, Range y) {
  const auto cx = context(a.u, x), cy = context(b.u, y);
  std::vector<std::pair<size_t, size_t>> pairs;
  for (size_t k : cx) {
    const int j = a.to[k];
    if (j < 0) continue;
    if (inside(static_cast<size_t>(j), y) || std::find(cy.begin(), cy.end(), static_cast<size_t>(j)) != cy.end())
      pairs.emplace_back(k, static_cast<size_t>(j));
  }
  for (size_t k : cy) {
    const int i = b.to[k];
    if (i >= 0 && inside(static_cast<size_t>(i), x)) pairs.emplace_back(static_cast<size_t>(i), k);
  }
  sort_by(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  double w = 0;
  for (const auto& [i, j] : pairs)
    w += match_weight(a.match[i]) * std::min(a.u.words[i].idf, b.u.words[j].idf);
  const auto content = [](const SimUnit& u) {
    int n = 0;
    for (const WordToken& t : u.words) n += (t.flags & kContent) != 0;
    return n;
  };
  const bool short_units = content(a.u) <= kShortUnit && content(b.u) <= kShortUnit;
  return w >= kSlotEvidence || pairs.size() >= 2 || (short_units && w >= kSlotEvidence / 2);
}

std::string span_text(std::string_view text, Span s) { return std::string(text.substr(s.begin, s.end - s.begin)); }

Difference make(const char* type, Span a, Span b, std::string reason, bool anchored) {
  Difference d;
  d.discrepancy.type = type;
  d.discrepancy.a = a;
  d.discrepancy.b = b;
  d.discrepancy.reason = std::move(reason);
  d.anchored = anchored;
  return d;
}

// The nearest word before (dir -1) or after (dir +1) a range, skipping punctuation; npos at the end.
size_t neighbour(const SimUnit& u, Range r, int dir) {
  const auto& t = u.data->tokens;
  if (dir < 0) {
    for (size_t k = r.first; k > 0;) {
      --k;
      if (t[k].type != TokenType::kPunct) return k;
    }
    return std::string::npos;
  }
  for (size_t k = r.last; k < t.size(); ++k)
    if (t[k].type != TokenType::kPunct) return k;
  return std::string::npos;
}

// The words right before (or right after) x and y are aligned to each other: x and y stand in the
// same place ("police say Moreno fired" / "police say Ortega fired").
bool adjacent(const Side& a, Range x, const Side& b, Range y) {
  for (int dir : {-1, 1}) {
    const size_t i = neighbour(a.u, x, dir), j = neighbour(b.u, y, dir);
    if (i != std::string::npos && j != std::string::npos && a.to[i] == static_cast<int>(j)) return true;
  }
  return false;
}

// adjacent(), by a content word: "said Moreno" / "said Ortega" stand in one place; "to Paris" /
// "to Lyon" or "by 8,000" / "and 60" do not (a preposition or a conjunction places nothing).
bool adjacent_content(const Side& a, Range x, const Side& b, Range y) {
  for (int dir : {-1, 1}) {
    const size_t i = neighbour(a.u, x, dir), j = neighbour(b.u, y, dir);
    if (i != std::string::npos && j != std::string::npos && a.to[i] == static_cast<int>(j) &&
        a.match[i] != WordMatch::kFunction && (a.u.words[i].flags & kContent))
      return true;
  }
  return false;
}

// ---- numbers

// The last word of a quantity phrase: the noun it counts ("people" in "seven people").
size_t noun_token(const SimUnit& u, const Quantity& q, Range r) {
  const auto& t = u.data->tokens;
  size_t noun = t.size();
  for (size_t k = r.first; k < r.last; ++k)
    if (t[k].type == TokenType::kWord && t[k].begin >= q.num_end && (u.words[k].flags & kContent)) noun = k;
  return noun;
}

// A count of part of a set: the number followed by "of" ("two of the trawlers", "one of them").
bool partitive(const SimUnit& u, const Quantity& q) {
  const auto& t = u.data->tokens;
  for (size_t k = 0; k < t.size(); ++k)
    if (t[k].begin >= q.num_end) return t[k].norm == "of";
  return false;
}

// Whose ordinal a possessive one is ("the crossing celebrates its 50th anniversary"): the content
// words before the verb that governs the possessive (the content word right before it) in its
// clause, outside times and verbs.
std::vector<size_t> possessor(const Side& s, Range r, const Lexicon& lexicon) {
  std::vector<size_t> out;
  const auto& t = s.u.data->tokens;
  const size_t p = neighbour(s.u, r, -1);
  if (p == std::string::npos || !(t[p].norm == "its" || t[p].norm == "their" || t[p].norm == "his" || t[p].norm == "her"))
    return out;
  const auto in_time = [&](size_t k) {
    for (const TimeExpr& x : s.u.data->facts.times)
      if (t[k].begin >= x.begin && t[k].end <= x.end) return true;
    return false;
  };
  bool verb = false;
  for (size_t k = p; k > 0;) {
    --k;
    if (t[k].type == TokenType::kPunct && (t[k].norm == "," || t[k].norm == ";" || t[k].norm == ":")) break;
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
  size_t head = std::string::npos, marker = std::string::npos;
};

Series series(const Side& s, Range r) {
  static constexpr facts_internal::WordSet kMarkers("after at before by during for from in of on since this to under with within");
  const auto& t = s.u.data->tokens;
  Series out;
  size_t k = r.first;
  while (k < r.last && !(s.u.words[k].flags & kNumber)) ++k;  // the ordinal itself
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
  if (sa.head != std::string::npos && sb.head != std::string::npos && a.to[sa.head] != static_cast<int>(sb.head) &&
      a.u.words[sa.head].term != b.u.words[sb.head].term)
    return false;
  if (sa.marker == std::string::npos || sb.marker == std::string::npos) return true;
  return a.u.data->tokens[sa.marker].norm == b.u.data->tokens[sb.marker].norm;
}

// A count of the rest or of more ("two other victims", "five more bodies", "the remaining three
// boats"): a part, not the whole. `x`: the quantity's tokens.
bool of_the_rest(const SimUnit& u, Range x) {
  static constexpr facts_internal::WordSet kRest("additional another further more other others remaining");
  const auto& t = u.data->tokens;
  if (x.first > 0 && kRest.has(t[x.first - 1].norm)) return true;  // "the remaining three"
  for (size_t k = x.first; k < x.last; ++k)
    if (kRest.has(t[k].norm)) return true;
  return false;
}

// A capitalised word between the number and its noun in qa ("11 Yemeni pirates", tokens x) that
// qb's phrase (tokens y) does not have.
bool named_part(const SimUnit& a, const Quantity& qa, Range x, const SimUnit& b, Range y) {
  const auto& t = a.data->tokens;
  for (size_t k = x.first; k + 1 < x.last; ++k) {
    if (t[k].begin < qa.num_end || !t[k].cap || !(a.words[k].flags & kContent)) continue;
    bool found = false;
    for (size_t j = y.first; j < y.last; ++j) found = found || b.words[j].term == a.words[k].term;
    if (!found) return true;
  }
  return false;
}

// A count of a part: of the rest, or of those a name qualifies, where the other count is not.
bool part_and_whole(const SimUnit& a, const Quantity& qa, Range x, const SimUnit& b, const Quantity& qb, Range y) {
  return qa.kind == QuantityKind::kCount &&
         (of_the_rest(a, x) != of_the_rest(b, y) || named_part(a, qa, x, b, y) || named_part(b, qb, y, a, x));
}

bool same_measure(const Side& a, const Quantity& qa, Range ra, const Side& b, const Quantity& qb, Range rb,
                  const Lexicon& lexicon) {
  if (qa.kind != qb.kind) return false;
  // A part ("two of the trawlers", "two other victims") and a whole ("the three trawlers") are two
  // measures.
  if (partitive(a.u, qa) != partitive(b.u, qb)) return false;
  // So are a count qualified by a name and one without it ("11 Yemeni pirates" / "23 pirates").
  if (part_and_whole(a.u, qa, ra, b.u, qb, rb)) return false;
  // Two ordinals of different owners are two series ("the crossing ... its 50th" / "the station ...
  // its 25th").
  if (qa.kind == QuantityKind::kOrdinal && !same_possessor(a, ra, b, rb, lexicon)) return false;
  if (qa.kind == QuantityKind::kOrdinal && !same_series(a, ra, b, rb)) return false;
  // A measure of another thing (an aftershock's magnitude, a rival's price) is not this one's.
  if (!qa.owner.empty() && !qb.owner.empty() && qa.owner != qb.owner) {
    const Range oa = tokens_in(a.u, qa.owner_begin, qa.owner_end), ob = tokens_in(b.u, qb.owner_begin, qb.owner_end);
    bool aligned = false;
    for (size_t k = oa.first; k < oa.last; ++k)
      aligned = aligned || (a.to[k] >= 0 && inside(static_cast<size_t>(a.to[k]), ob) && a.match[k] != WordMatch::kHypernym);
    if (!aligned) return false;
  }
  // Counts of people in one state ("seven people died" / "at least 12 dead") are one measure.
  if (!qa.state.empty() && qa.state == qb.state) return true;
  // Bare numbers ("Two managed to escape") are one measure when they stand in the same place: a
  // content word next to them aligned to one next to the other ("by", "and" do not place them).
  if (qa.kind == QuantityKind::kOther || qa.unit.empty() || qb.unit.empty()) {
    return qa.kind == qb.kind && adjacent_content(a, ra, b, rb);
  }
  if (qa.unit == qb.unit) return true;
  if (qa.kind != QuantityKind::kCount) return false;
  // Two counts of differently worded nouns ("12 dead" / "seven people died") are one measure when
  // the noun of one is aligned to a word of the other phrase or its surroundings.
  const size_t na = noun_token(a.u, qa, ra), nb = noun_token(b.u, qb, rb);
  if (na >= a.to.size() || nb >= b.to.size()) return false;
  const auto around = [](Range r, size_t k) {
    return k + 3 >= r.first && k < r.last + 3;  // inside the phrase or within three tokens of it
  };
  // Siblings ("cars" / "vans", kinds of one thing) count different things; a broader word
  // ("people" / "passengers") names the same things only as the other phrase's own noun.
  // A noun after "per" is what a rate is divided by ("15 points per game" counts points, not games).
  const auto per = [](const Side& s, int k) { return k > 0 && s.u.data->tokens[static_cast<size_t>(k) - 1].norm == "per"; };
  const auto holds = [&](WordMatch m, int to, Range r) {
    if (to < 0 || m == WordMatch::kSibling) return false;
    if (m == WordMatch::kHypernym) return inside(static_cast<size_t>(to), r);
    return around(r, static_cast<size_t>(to));
  };
  // Near the other phrase means in its clause: no conjunction or comma between ("26 crew" /
  // "two of the trawlers and their crew" count trawlers).
  const auto joined = [](const Side& s, Range r, int to) {
    if (to < 0) return false;
    const size_t k = static_cast<size_t>(to);
    const size_t from = k < r.first ? k + 1 : r.last, until = k < r.first ? r.first : k;
    for (size_t i = from; i < until && i < s.u.data->tokens.size(); ++i) {
      const std::string& w = s.u.data->tokens[i].norm;
      if (w == "and" || w == "or" || w == "but" || w == "," || w == ";") return false;
    }
    return true;
  };
  return (holds(a.match[na], a.to[na], rb) && joined(b, rb, a.to[na]) && !per(b, a.to[na])) ||
         (holds(b.match[nb], b.to[nb], ra) && joined(a, ra, b.to[nb]) && !per(a, b.to[nb]));
}

// What a phrase is "of": the first content word after an "of" right behind the phrase; the two
// phrases have the same complement when those words align, or when either has none.
bool same_complement(const Side& a, Range x, const Side& b, Range y) {
  const auto complement = [](const Side& s, Range r) {
    const auto& t = s.u.data->tokens;
    size_t k = r.last;
    if (k >= t.size() || t[k].norm != "of") return std::string::npos;
    for (++k; k < t.size() && k < r.last + 5; ++k)
      if (s.u.words[k].flags & kContent) return k;
    return std::string::npos;
  };
  const size_t cx = complement(a, x), cy = complement(b, y);
  if (cx == std::string::npos || cy == std::string::npos) return true;
  return a.to[cx] == static_cast<int>(cy);
}

// Two values agree when their intervals do, unless both state a bound with the same hedge on
// different numbers in one unit: "up to $6 million" and "up to $9m" give two different ceilings
// ("up to 120 mph" and "up to 193 km/h" give one).
bool values_agree(const Quantity& x, const Quantity& y) {
  static const char* const kBounds[] = {"up to", "more than", "at least", "less than", "as many as"};
  bool bound = false;
  for (const char* h : kBounds) bound = bound || x.hedge == h;
  if (bound && x.hedge == y.hedge && x.vague.empty() && y.vague.empty() && x.unit_text == y.unit_text &&
      compare(x, y) != Match::kSame &&
      (x.num_lo != y.num_lo || x.num_hi != y.num_hi))
    return false;
  return compatible(x, y);
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
  // A value with a compatible counterpart of the same measure is matched.
  std::vector<uint8_t> matched_a(qa_all.size(), false), matched_b(qb_all.size(), false);
  for (size_t i = 0; i < qa_all.size(); ++i)
    for (size_t j = 0; j < qb_all.size(); ++j) {
      if ((place_a[i] >= 0 && place_a[i] != static_cast<int>(j)) || (place_b[j] >= 0 && place_b[j] != static_cast<int>(i)))
        continue;
      if (same_measure(a, qa_all[i], ra[i], b, qb_all[j], rb[j], lexicon) && values_agree(qa_all[i], qb_all[j]))
        matched_a[i] = matched_b[j] = true;
    }
  for (size_t i = 0; i < qa_all.size(); ++i) {
    const Quantity& qa = qa_all[i];
    if (matched_a[i]) continue;
    for (size_t j = 0; j < qb_all.size(); ++j) {
      const Quantity& qb = qb_all[j];
      if (matched_b[j] || !same_measure(a, qa, ra[i], b, qb, rb[j], lexicon) || values_agree(qa, qb)) continue;
      // Anchored by a specific counted noun, or by aligned surroundings (a general noun alone is
      // not enough for two numbers in unrelated parts of two long sentences).
      // Ordinals tell which one of a kind ("the 70th anniversary of X"): of two different things
      // when what they are "of" does not align.
      if (qa.kind == QuantityKind::kOrdinal && !same_complement(a, ra[i], b, rb[j])) continue;
      const bool anchored = same_slot(a, ra[i], b, rb[j]);
      // The slot is what is counted ("ferries"); a sum of money is counted in its currency, however
      // written ("$1.2bn", "1.2 billion dollars": "usd").
      std::string noun = qa.unit.empty() ? "number" : qa.unit;
      const size_t nt = noun_token(a.u, qa, ra[i]);
      if (qa.kind != QuantityKind::kMoney && nt < a.u.data->tokens.size())
        noun = span_text(a.text, {a.u.data->tokens[nt].begin, a.u.data->tokens[nt].end});
      out->push_back(make("number", {qa.begin, qa.end}, {qb.begin, qb.end}, noun + ": " + qa.display + " vs " + qb.display,
                          anchored));
      matched_b[j] = true;
      break;
    }
  }
}

// ---- dates

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
  static const char* const kBounds[] = {"until", "till", "by", "since", "before", "after", "from", "through"};
  size_t k = neighbour(s.u, r, -1);
  if (k != std::string::npos && s.u.data->tokens[k].norm == "the") k = neighbour(s.u, Range{k, k + 1}, -1);  // "since the 2004-05 season"
  if (k == std::string::npos) return "";
  for (const char* w : kBounds)
    if (s.u.data->tokens[k].norm == w) return w;
  return "";
}

// The verb nearest before a range in its clause (up to eight tokens back), or npos.
size_t verb_before(const Side& s, Range r, const Lexicon& lexicon) {
  const auto& t = s.u.data->tokens;
  for (size_t k = r.first, steps = 0; k > 0 && steps < 8; ++steps) {
    --k;
    if (t[k].type == TokenType::kPunct && (t[k].norm == "," || t[k].norm == ";" || t[k].norm == ":")) break;
    if ((s.u.words[k].flags & kContent) && lexicon.is_verb(s.u.words[k].lex)) return k;
  }
  return std::string::npos;
}

// The two times date the same happening: the verbs before them align ("ran aground off the
// point on Thursday evening" / "ran aground on Friday evening", not "crossed the border on Tuesday" /
// "set off on Monday").
bool same_predicate(const Side& a, Range x, const Side& b, Range y, const Lexicon& lexicon) {
  const size_t i = verb_before(a, x, lexicon), j = verb_before(b, y, lexicon);
  return i != std::string::npos && j != std::string::npos && a.to[i] == static_cast<int>(j);
}

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

// The letters of two runs agree once case, spaces and punctuation are set aside, up to an ending of
// at most two letters (a plural, a demonym).
bool same_letters(const Side& a, size_t ai, size_t ae, const Side& b, size_t bi, size_t be) {
  const auto letters = [](const Side& s, size_t i, size_t e, bool initials) {
    std::string out;
    for (size_t k = i; k < e; ++k) {
      const std::string& n = s.u.data->tokens[k].norm;
      if (n == "'s" || n == "'") continue;  // a possessive
      for (char c : n)
        if (std::isalnum(static_cast<unsigned char>(c))) {
          out += c;
          if (initials) break;
        }
    }
    return out;
  };
  // An acronym of the other ("EU" / "European Union").
  const std::string ia = letters(a, ai, ae, true), ib = letters(b, bi, be, true);
  const std::string x = letters(a, ai, ae, false), y = letters(b, bi, be, false);
  if (!x.empty() && x == y) return true;  // the same letters, dots and case aside ("A.J." / "AJ")
  if ((ae - ai == 1 && x.size() >= 2 && x == ib && be - bi >= 2) || (be - bi == 1 && y.size() >= 2 && y == ia && ae - ai >= 2))
    return true;
  // One the other's beginning, up to two letters more: "Turk" / "Turks", "Kenya" / "Kenyan".
  const std::string& s = x.size() <= y.size() ? x : y;
  const std::string& l = x.size() <= y.size() ? y : x;
  if (s.size() >= 3 && l.compare(0, s.size(), s) == 0 && l.size() - s.size() <= 2) return true;
  // One word abbreviating another ("Mt" / "Mount", "Colo." / "Colorado", "W." / "West"): the same
  // first letter, and the short one's letters in order in the long one.
  if (ae - ai == 1 && be - bi == 1 && !s.empty() && s.size() <= 4 && s.size() < l.size() && s[0] == l[0]) {
    size_t j = 1;
    for (size_t k = 1; k < l.size() && j < s.size(); ++k) j += l[k] == s[j];
    if (j == s.size()) return true;
  }
  // One spelling of the other in a word of five letters or more: a letter added or dropped
  // ("Ecclesia" / "Ecclessia"), or the last letter changed ("Wolfe" / "Wolff"). (A letter changed
  // elsewhere often makes another name: "Carter" / "Carver".)
  if (s.size() >= 5 && l.size() == s.size() + 1) {
    size_t front = 0;
    while (front < s.size() && s[front] == l[front]) ++front;
    if (s.compare(front, std::string::npos, l, front + 1, std::string::npos) == 0) return true;
  }
  if (s.size() >= 5 && l.size() == s.size() && s.compare(0, s.size() - 1, l, 0, s.size() - 1) == 0) return true;
  // Names of several words, word by word ("Mt Arden" / "Mount Arden", "Douglas J. Feith" / "Doug
  // Feith"), without their initials, stops and articles.
  const auto words = [](const Side& side, size_t i, size_t e) {
    std::vector<size_t> out;
    for (size_t k = i; k < e; ++k) {
      const Token& t = side.u.data->tokens[k];
      if (t.type == TokenType::kWord && t.norm.size() > 1 && t.norm != "the") out.push_back(k);
    }
    return out;
  };
  const std::vector<size_t> wa = words(a, ai, ae), wb = words(b, bi, be);
  if ((ae - ai >= 2 || be - bi >= 2) && !wa.empty() && wa.size() == wb.size() &&
      (wa.size() < ae - ai || wb.size() < be - bi || wa.size() >= 2)) {
    for (size_t k = 0; k < wa.size(); ++k)
      if (a.u.data->tokens[wa[k]].norm != b.u.data->tokens[wb[k]].norm &&
          !same_letters(a, wa[k], wa[k] + 1, b, wb[k], wb[k] + 1))
        return false;
    return true;
  }
  // The shorter name's words within the longer's, in order and ending with its last word, written
  // in full or shortened ("Mt Arden" / "Ridgeback Mount Arden"), as a name within a longer one is
  // the same name (name.h).
  if (!wa.empty() && !wb.empty() && wa.size() != wb.size()) {
    const bool a_short = wa.size() < wb.size();
    const Side& ss = a_short ? a : b;
    const Side& ls = a_short ? b : a;
    const std::vector<size_t>& ws = a_short ? wa : wb;
    const std::vector<size_t>& wl = a_short ? wb : wa;
    const auto same_word = [&](size_t i, size_t j) {
      return ss.u.data->tokens[i].norm == ls.u.data->tokens[j].norm || same_letters(ss, i, i + 1, ls, j, j + 1);
    };
    if (!same_word(ws.back(), wl.back())) return false;
    size_t j = 0;
    for (size_t k = 0; k + 1 < ws.size(); ++k) {
      while (j + 1 < wl.size() && !same_word(ws[k], wl[j])) ++j;
      if (j + 1 >= wl.size()) return false;
      ++j;
    }
    return true;
  }
  return false;
}

// The run holds nothing but titles before a name ("Mr", "Inspector", "Lt.").
bool titles_only(const Side& s, size_t i, size_t e) {
  static constexpr facts_internal::WordSet kTitles(
      "capt captain chancellor col colonel det detective doctor dr gen general gov governor insp inspector judge "
      "lieutenant lt mayor minister miss mr mrs ms officer premier president prof professor rep rev "
      "reverend sen senator sergeant sgt sir");
  bool any = false;
  for (size_t k = i; k < e; ++k) {
    const Token& t = s.u.data->tokens[k];
    if (t.type == TokenType::kPunct) continue;
    if (!kTitles.has(t.norm)) return false;
    any = true;
  }
  return any;
}

// ---- names

// The same person (place, organisation): the same words, or one's words within the other's
// ("Osk" ~ "Nina Osk"), as name.h compares them.
bool same_person(const NameMention& x, const NameMention& y) {
  const Match m = compare(x, y);
  return m == Match::kSame || m == Match::kCompatible;
}

bool mentioned(const NameMention& x, const std::vector<NameMention>& others) {
  for (const NameMention& o : others)
    if (same_person(x, o)) return true;
  return false;
}

bool in_attribution(const SimUnit& u, const NameMention& n) {
  for (const Attribution& at : u.data->facts.attributions)
    if (n.begin >= at.begin && n.end <= at.end) return true;
  return false;
}

// Words of the same family name with different given names: two different people.
bool same_surname_other_person(const NameMention& x, const NameMention& y) {
  if (x.parts.size() < 2 || y.parts.size() < 2) return false;
  return x.parts.back() == y.parts.back() && x.parts.front() != y.parts.front() &&
         x.parts.front().size() > 1 && y.parts.front().size() > 1;
}

// The aligned words right around a name: the nearest content word on each side that is aligned
// into the other name's surroundings.
bool both_sides_aligned(const Side& a, Range x, Range y) {
  const auto& t = a.u.data->tokens;
  const auto near = [&](size_t k) {
    const int j = a.to[k];
    if (j < 0) return false;
    const long d1 = static_cast<long>(j) - static_cast<long>(y.first);
    const long d2 = static_cast<long>(j) - static_cast<long>(y.last);
    return (d1 < 0 && d1 >= -3) || (d2 >= 0 && d2 < 3);
  };
  bool left = false, right = false;
  for (size_t k = x.first, steps = 0; k > 0 && steps < 3; ++steps) {
    --k;
    if (t[k].type == TokenType::kPunct) continue;
    if (near(k)) left = true;
    if (a.u.words[k].flags & kContent) break;
  }
  for (size_t k = x.last, steps = 0; k < t.size() && steps < 3; ++k, ++steps) {
    if (t[k].type == TokenType::kPunct) continue;
    if (near(k)) right = true;
    if (a.u.words[k].flags & kContent) break;
  }
  return left && right;
}

void names(const Side& a, const Side& b, std::vector<Difference>* out) {
  const auto& na = a.u.data->facts.names;
  const auto& nb = b.u.data->facts.names;
  std::vector<uint8_t> used(nb.size(), false);
  for (const NameMention& x : na) {
    if (mentioned(x, nb)) continue;
    const Range rx = tokens_in(a.u, x.begin, x.end);
    for (size_t j = 0; j < nb.size(); ++j) {
      const NameMention& y = nb[j];
      if (used[j] || mentioned(y, na)) continue;
      const Range ry = tokens_in(b.u, y.begin, y.end);
      if (same_letters(a, rx.first, rx.last, b, ry.first, ry.last)) continue;  // "Norway" / "Norwegian"
      // Who is quoted is not what is said: two different people quoted are no conflict, unless they
      // hold one office (below).
      const bool quoted = in_attribution(a.u, x) || in_attribution(b.u, y);
      const bool same_role = same_office(x, y);
      const bool sibling = same_surname_other_person(x, y) && (same_role || same_slot(a, rx, b, ry));
      const bool place = adjacent_content(a, rx, b, ry);
      if (!same_role && !sibling && !place) continue;
      // One office named in more than one word ("county sheriff", "regional governor") is one
      // post; a bare "president" may be another country's.
      const bool qualified_office = same_role && (x.role.find(' ') != std::string::npos || same_slot(a, rx, b, ry));
      // Anchored: the same role or family, or full names between aligned words (not a one-word
      // place or nationality, not who is quoted).
      const bool full = (x.parts.size() >= 2 || !x.role.empty()) && (y.parts.size() >= 2 || !y.role.empty());
      const bool slot = full && !quoted && both_sides_aligned(a, rx, ry) && same_slot(a, rx, b, ry);
      const std::string role = same_role ? x.role : "name";
      out->push_back(make("name", {x.begin, x.end}, {y.begin, y.end}, role + ": " + x.display + " vs " + y.display,
                          qualified_office || sibling || slot));
      used[j] = true;
      break;
    }
  }
}

// ---- negation

bool is_auxiliary(const std::string& w) {
  static const char* const kAux[] = {"do", "does", "did", "is", "are", "was", "were", "be", "been", "being",
                                     "has", "have", "had", "will", "would", "can", "could", "shall",
                                     "should", "may", "might", "must"};
  for (const char* x : kAux)
    if (w == x) return true;
  return false;
}

// The negators of a unit with the content word each governs (the first within four tokens).
struct Negated {
  size_t negator, pred;           // tokens
  std::pair<size_t, size_t> span;  // what the discrepancy shows: negator (or modal) to predicate
};

// "No one has done it since 1959" says the same as "the first time since 1959": a negation whose
// scope holds "since", "before" or "ever" is a record, not a denial of what another unit states.
// "Before" counts as an adverb only ("never seen before."), not as a preposition ("will not hold
// a hearing before the vote").
bool record(const SimUnit& u, const Negation& n) {
  const auto& t = u.data->tokens;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].begin < n.scope_begin || t[k].end > n.scope_end) continue;
    if (t[k].norm == "since" || t[k].norm == "ever") return true;
    if (t[k].norm == "before" && (k + 1 == t.size() || t[k + 1].type == TokenType::kPunct)) return true;
  }
  return false;
}

std::vector<Negated> negated(const SimUnit& u) {
  std::vector<Negated> out;
  const auto& t = u.data->tokens;
  for (const Negation& n : u.data->facts.negations) {
    if (n.pred_end <= n.pred_begin || record(u, n)) continue;
    size_t k = 0, p = 0;
    while (k < t.size() && t[k].begin < n.begin) ++k;
    while (p < t.size() && t[p].begin < n.pred_begin) ++p;
    // The predicate's content word: the first one in its span.
    while (p < t.size() && t[p].end <= n.pred_end && !(u.words[p].flags & kContent)) ++p;
    if (k >= t.size() || p >= t.size() || t[p].end > n.pred_end) continue;
    if (u.words[p].flags & (kName | kNumber)) continue;
    // Not saying is no claim ("police could not say how many", "would not comment"), and "no one
    // else was hurt" denies others, not what another source states.
    static constexpr facts_internal::WordSet kSpeech("comment discuss elaborate say speak talk tell");
    if (kSpeech.has(t[p].norm)) continue;
    size_t after = k;
    while (after < t.size() && t[after].end <= n.end) ++after;
    if (after < t.size() && t[after].norm == "else") continue;
    out.push_back({k, p, negation_span(n)});
  }
  return out;
}

// The stated side gives the amount of its predicate as none ("visibility was close to zero",
// "nil visibility"): that says what a denial ("no visibility") says.
bool stated_as_none(const SimUnit& u, size_t pred) {
  const auto& t = u.data->tokens;
  const auto none = [&](size_t k) {
    const std::string& w = t[k].norm;
    return w == "zero" || w == "nil" || w == "none" || w == "nothing";
  };
  const auto clause_break = [&](size_t k) {
    return t[k].type == TokenType::kPunct && (t[k].norm == "," || t[k].norm == "." || t[k].norm == ";");
  };
  for (size_t k = pred, steps = 0; k > 0 && steps < 2; ++steps) {
    --k;
    if (clause_break(k)) break;
    if (none(k)) return true;
  }
  for (size_t k = pred + 1; k < t.size() && k <= pred + 5; ++k) {
    if (clause_break(k)) break;
    if (none(k)) return true;
  }
  return false;
}

// Token k of side s lies in what a negation of s denies, after its negator ("patients who can't
// afford to pay", "I don't think he was there"): it is not stated. A negation the other side
// shares (its negator aligned to one there) denies on both sides and leaves the rest to compare
// ("I didn't feel we were executing" / "I didn't feel we were not executing").
bool in_denial(const Side& s, size_t k, const Side& other) {
  const auto& t = s.u.data->tokens;
  for (const Negation& n : s.u.data->facts.negations) {
    if (!(t[k].begin >= n.end && t[k].end <= n.scope_end)) continue;
    size_t g = 0;
    while (g < t.size() && t[g].end <= n.begin) ++g;
    const bool shared = g < t.size() && s.to[g] >= 0 && (other.u.words[static_cast<size_t>(s.to[g])].flags & kNegator);
    if (!shared) return true;
  }
  return false;
}

// Token k is a negation's predicate, or stands between its negator and predicate ("going" in
// "not going to be").
bool governed(const std::vector<Negated>& neg, size_t k) {
  for (const Negated& n : neg)
    if (n.pred == k || (n.negator < k && k < n.pred)) return true;
  return false;
}

void negations(const Side& a, const Side& b, bool a_first, std::vector<Difference>* out) {
  const auto na = negated(a.u), nb = negated(b.u);
  // A unit that denies something is contradicted only by a unit that denies nothing in that slot.
  for (const Negated& n : na) {
    const int j = a.to[n.pred];
    if (j < 0 || a.match[n.pred] == WordMatch::kFunction || a.match[n.pred] == WordMatch::kHypernym) continue;
    if (governed(nb, static_cast<size_t>(j)) || in_denial(b, static_cast<size_t>(j), a) ||
        stated_as_none(b.u, static_cast<size_t>(j)))
      continue;
    // Anchored when what is denied is what the other states: the predicate's surroundings align,
    // its subject included (the nearest content word before the negation aligned to one before
    // the stated predicate).
    const Range rp{n.pred, n.pred + 1}, rq{static_cast<size_t>(j), static_cast<size_t>(j) + 1};
    // A negation that opens its clause ("There is no one ...", "Nobody was hurt") has no subject
    // before it to check.
    bool subject = true;
    // An aside between commas stands between a subject and its verb ("Ruiz, though, was not").
    static constexpr facts_internal::WordSet kAsides("also however meanwhile moreover nevertheless nonetheless though too");
    const auto& ta = a.u.data->tokens;
    for (size_t k = n.negator, steps = 0; k > 0 && steps < 6; ++steps) {
      --k;
      if (k >= 3 && ta[k].norm == "," && ta[k - 2].norm == "," && kAsides.has(ta[k - 1].norm)) {
        k -= 2;
        continue;
      }
      if (ta[k].type == TokenType::kPunct && ta[k].norm != "-") break;
      if (!(a.u.words[k].flags & kContent)) continue;
      subject = a.to[k] >= 0 && static_cast<size_t>(a.to[k]) < static_cast<size_t>(j) &&
                static_cast<size_t>(j) - static_cast<size_t>(a.to[k]) <= 8;
      break;
    }
    const bool anchored = subject && same_slot(a, rp, b, rq);
    const auto& tb = b.u.data->tokens;
    const Span neg{n.span.first, n.span.second};
    // The stated side's span takes the auxiliaries right before its predicate ("does have", "will
    // be released"): they are what the negator changed.
    size_t first = static_cast<size_t>(j);
    // It also takes the words the negated side has between its negator and its predicate when
    // they align ("doesn't have the fan base" / "does have the fan base").
    if (n.negator + 1 < n.pred) {
      const int f = a.to[n.negator + 1];
      if (f >= 0 && static_cast<size_t>(f) < first && first - static_cast<size_t>(f) <= 4) first = static_cast<size_t>(f);
    }
    // A negating verb ("denied", "refused") stands where the stated side has its own verb
    // ("confirmed"): that verb is what changed.
    if (n.negator + 1 < n.pred && (a.u.words[n.negator].flags & kContent) && first > 0 && b.to[first - 1] < 0 &&
        (b.u.words[first - 1].flags & kContent))
      --first;
    for (int steps = 0; steps < 2 && first > 0; ++steps) {
      const Token& t = tb[first - 1];
      if (!(b.u.words[first - 1].flags & kFunction) || !is_auxiliary(t.norm)) break;
      --first;
    }
    const Span pos{tb[first].begin, tb[static_cast<size_t>(j)].end};
    const std::string ns = span_text(a.text, neg), ps = span_text(b.text, pos);
    if (a_first)
      out->push_back(make("negation", neg, pos, "negation: \xE2\x80\x9C" + ns + "\xE2\x80\x9D vs \xE2\x80\x9C" + ps + "\xE2\x80\x9D",
                          anchored));
    else
      out->push_back(make("negation", pos, neg, "negation: \xE2\x80\x9C" + ps + "\xE2\x80\x9D vs \xE2\x80\x9C" + ns + "\xE2\x80\x9D",
                          anchored));
    return;  // one denial is the discrepancy; more would repeat it
  }
}

// ---- antonyms

// A word preceded by an article or a possessive ("a man", "the woman", "his car") names a thing.
bool is_noun_like(const Side& s, size_t k) {
  static constexpr facts_internal::WordSet kDeterminers("a an her his its that the their this");
  const auto& t = s.u.data->tokens;
  // Right after the determiner, or after it and one modifier ("his former employers").
  return (k >= 1 && kDeterminers.has(t[k - 1].norm)) ||
         (k >= 2 && t[k - 1].type == TokenType::kWord && kDeterminers.has(t[k - 2].norm));
}

// An antonym's span, with the verb right before it when that verb is unaligned ("remained closed").
Span antonym_span(const Side& s, size_t k) {
  const auto& t = s.u.data->tokens;
  size_t first = k;
  if (k > 0 && (s.u.words[k - 1].flags & kContent) && s.to[k - 1] < 0) first = k - 1;
  return {t[first].begin, t[k].end};
}

void antonyms(const Side& a, const Side& b, const WordAlignment& al, std::vector<Difference>* out) {
  for (const auto& [i, j] : al.antonyms) {
    if ((a.u.words[i].flags | b.u.words[j].flags) & kName) continue;  // "North" / "South" name places
    // Places and orders ("inside" / "outside", "east" / "west", "first" / "last") tell where or
    // which, of different things more often than of one thing two ways.
    static constexpr facts_internal::WordSet kWhereWhich("east first inside last north outside south west");
    if (kWhereWhich.has(a.u.data->tokens[i].norm) || kWhereWhich.has(b.u.data->tokens[j].norm)) continue;
    // Opposite nouns ("man" / "woman", "employer" / "employee") name two things, not one thing two
    // ways: only opposite verbs and adjectives (what happened, what something is like) contradict.
    // A word after a determiner on either side is taken for a noun.
    if (!(a.u.words[i].flags & kVerb) && !(b.u.words[j].flags & kVerb) && a.u.data->tokens[i].stem.size() &&
        (is_noun_like(a, static_cast<size_t>(i)) || is_noun_like(b, static_cast<size_t>(j))))
      continue;
    // A prefix ("pro-", "anti-") is opposite only before the same word ("pro-reform" /
    // "anti-reform", not "pro-active" / "anti-piracy").
    const auto& ta = a.u.data->tokens;
    const auto& tb = b.u.data->tokens;
    if ((ta[i].joined || tb[j].joined) &&
        !(ta[i].joined && tb[j].joined && static_cast<size_t>(i) + 2 < ta.size() && static_cast<size_t>(j) + 2 < tb.size() &&
          ta[i + 2].stem == tb[j + 2].stem))
      continue;
    const Range ri{static_cast<size_t>(i), static_cast<size_t>(i) + 1};
    const Range rj{static_cast<size_t>(j), static_cast<size_t>(j) + 1};
    const bool anchored = same_slot(a, ri, b, rj);
    if (!anchored && !adjacent(a, ri, b, rj)) continue;
    const Span sa = antonym_span(a, static_cast<size_t>(i)), sb = antonym_span(b, static_cast<size_t>(j));
    out->push_back(make("negation", sa, sb,
                        "opposite: \xE2\x80\x9C" + span_text(a.text, sa) + "\xE2\x80\x9D vs \xE2\x80\x9C" +
                            span_text(b.text, sb) + "\xE2\x80\x9D",
                        anchored));
  }
}

// ---- substitutions

// Some word of the run [i, e) of `s` occurs in the other unit (as a word of another name there).
bool mentioned_elsewhere(const Side& s, size_t i, size_t e, const Side& other) {
  for (size_t k = i; k < e; ++k) {
    if (!(s.u.words[k].flags & kContent)) continue;
    for (const WordToken& w : other.u.words)
      if (w.term == s.u.words[k].term) return true;
  }
  return false;
}

// A capital letter after the first letter ("LeBlanc", "McCann").
bool capital_inside(std::string_view w) {
  for (size_t k = 1; k < w.size(); ++k)
    if (w[k] >= 'A' && w[k] <= 'Z') return true;
  return false;
}

// Token k is the unit's first word (only punctuation before it).
bool first_word(const SimUnit& u, size_t k) {
  for (size_t i = 0; i < k; ++i)
    if (u.data->tokens[i].type != TokenType::kPunct) return false;
  return true;
}

// The fact (a quantity, a time) that holds a token of the run, or null.
template <class Fact>
const Fact* fact_in(const std::vector<Fact>& facts, const std::vector<Token>& t, Range r) {
  for (const Fact& f : facts)
    for (size_t k = r.first; k < r.last; ++k)
      if (t[k].begin >= f.begin && t[k].end <= f.end) return &f;
  return nullptr;
}

const Quantity* quantity_in(const Side& s, Range r) { return fact_in(s.u.data->facts.quantities, s.u.data->tokens, r); }
const TimeExpr* time_in(const Side& s, Range r) { return fact_in(s.u.data->facts.times, s.u.data->tokens, r); }

// Every content word of the unit outside `r` is aligned.
bool all_aligned_but(const Side& s, Range r) {
  for (size_t k = 0; k < s.u.words.size(); ++k)
    if (!inside(k, r) && (s.u.words[k].flags & (kContent | kNumber)) && s.to[k] < 0) return false;
  return true;
}

// A run of unaligned content words of one unit standing where a run of unaligned words of the other
// stands: the words right before both runs are aligned to each other, and so are the words right
// after (the start or end of the unit counts as aligned). When the runs hold names on both sides
// ("Hallworth wouldn't comment" / "Orlova wouldn't comment") or numbers on both sides ("Two managed to
// escape" / "Seven managed to escape"), it is a difference the facts did not name. Tokens inside
// spans already reported are skipped.
void substitutions(const Side& a, const Side& b, const Lexicon& lexicon, std::vector<Difference>* out) {
  const auto& ta = a.u.data->tokens;
  const auto& tb = b.u.data->tokens;
  const auto covered = [&](const Token& t, bool side_a) {
    for (const Difference& d : *out) {
      // A name told apart only loosely (no slot) leaves the run to the test of place below.
      if (!d.anchored && d.discrepancy.type == "name") continue;
      const Span s = side_a ? d.discrepancy.a : d.discrepancy.b;
      if (t.begin < s.end && s.begin < t.end) return true;
    }
    return false;
  };
  for (size_t i = 0; i < ta.size();) {
    if (a.to[i] >= 0 || ta[i].type == TokenType::kPunct) {
      ++i;
      continue;
    }
    size_t e = i;  // the run [i, e): unaligned words (and punctuation inside it)
    while (e < ta.size() && a.to[e] < 0 && !(ta[e].type == TokenType::kPunct && (ta[e].norm == "," || ta[e].norm == ".")))
      ++e;
    const Range rx{i, e};
    const size_t lx = neighbour(a.u, rx, -1), rxn = neighbour(a.u, rx, 1);
    i = e;
    // The corresponding run in b lies between the partners of the two neighbours.
    size_t jb = 0, je = tb.size();
    if (lx != std::string::npos) {
      if (a.to[lx] < 0) continue;
      jb = static_cast<size_t>(a.to[lx]) + 1;
    }
    if (rxn != std::string::npos) {
      if (a.to[rxn] < 0) continue;
      je = static_cast<size_t>(a.to[rxn]);
    }
    if (lx == std::string::npos && rxn == std::string::npos) continue;
    while (jb < je && tb[jb].type == TokenType::kPunct) ++jb;
    while (je > jb && tb[je - 1].type == TokenType::kPunct) --je;
    if (jb >= je || je - jb > 6 || e - rx.first > 6) continue;
    // The other run, like this one, stays inside one clause and holds no aligned content word.
    bool unaligned = true;
    for (size_t j = jb; j < je; ++j)
      unaligned = unaligned && (b.to[j] < 0 || !(b.u.words[j].flags & (kContent | kNumber))) &&
                  !(tb[j].type == TokenType::kPunct && (tb[j].norm == "," || tb[j].norm == "."));
    if (!unaligned) continue;
    // The same function word at the edge of both runs belongs to the slot's surroundings
    // ("and Brackett, 52" / "and Sallowby, 52").
    size_t ib = rx.first;
    const auto plain = [](const Side& s, size_t k) { return !(s.u.words[k].flags & (kContent | kNumber)); };
    while (ib + 1 < e && jb + 1 < je && plain(a, ib) && plain(b, jb) && ta[ib].norm == tb[jb].norm) ++ib, ++jb;
    while (e - 1 > ib && je - 1 > jb && plain(a, e - 1) && plain(b, je - 1) && ta[e - 1].norm == tb[je - 1].norm) --e, --je;
    const Range run{ib, e};
    // One numeral in two notations is no difference ("War Two" / "War II").
    if (e - run.first == 1 && je - jb == 1) {
      const int va = facts_internal::numeral_value(ta[run.first].norm, true);
      const int vb = facts_internal::numeral_value(tb[jb].norm, true);
      if (va >= 0 && va == vb) continue;
    }
    // A name here: a word marked as part of a name, or a capitalised word that does not start the
    // sentence (outside headlines), or one that starts it but is no word WordNet relates to others
    // or has a capital inside ("Hallworth", "LeBlanc").
    // Runs of names hold only names (at most three words, after an article); runs of numbers hold
    // a number. A name run with other words in it ("Lyon was in" / "France since") stands
    // between different words, so it fills no common slot.
    const auto kinds = [&lexicon](const Side& s, size_t from, size_t to, bool* name, bool* number) {
      // Words that may stand beside a number in its run ("about 40", "more than 40").
      static constexpr facts_internal::WordSet kHedges("about above almost around at below just least less more nearly over some than under up");
      bool numeral = false;
      int names = 0, others = 0, function = 0, hedges = 0;
      for (size_t k = from; k < to; ++k) {
        const WordToken& w = s.u.words[k];
        const Token& t = s.u.data->tokens[k];
        if ((w.flags & kNumber) || facts_internal::numeral_value(t.norm, false) >= 0) {
          numeral = true;
          continue;
        }
        if (!(w.flags & kContent)) {
          const bool article = k == from && (t.norm == "the" || t.norm == "a" || t.norm == "an");
          if (t.type != TokenType::kPunct && !article) ++function, hedges += kHedges.has(t.norm);
          continue;
        }
        if ((w.flags & kName) || (t.cap && (!lexicon.related(w.lex) || capital_inside(s.text.substr(t.begin, t.end - t.begin)) ||
                                         (!first_word(s.u, k) && !s.u.headline))))
          ++names;
        else
          ++others;
      }
      *name = names > 0 && names <= 3 && others == 0 && function == 0 && !numeral;
      // A number and nothing else that says what it counts ("3 hours" / "60 cars" count two
      // different things; the facts compare counts of things).
      // Other function words ("There were four in" / "For the second") put the number in another
      // part of the sentence.
      *number = numeral && others == 0 && function == hedges;
    };
    bool na, nua, nb, nub;
    kinds(a, run.first, e, &na, &nua);
    kinds(b, jb, je, &nb, &nub);
    const char* type = (na && nb) ? "name" : (nua && nub) ? "number" : nullptr;
    if (!type) continue;
    // A title names the person the other run names, or another title of them ("France's
    // president" / "France's Ana Ruiz", "Inspector Gaskin" / "Mr Gaskin"): no difference of who.
    if (na && nb && (titles_only(a, run.first, e) || titles_only(b, jb, je))) continue;
    // Numbers the quantity reader understood keep their hedges and ranges ("more than 200" /
    // "about 230" are compatible); the same hedge on two different numbers states two different
    // bounds ("more than five times" / "more than eleven times").
    if (std::string(type) == "number") {
      // Numbers of two times that can be one (a season "1998-99" and its year "1999") are no
      // difference.
      const TimeExpr* xa = time_in(a, run);
      const TimeExpr* xb = time_in(b, Range{jb, je});
      if (xa && xb && compatible(*xa, *xb)) continue;
      const Quantity* qa = quantity_in(a, run);
      const Quantity* qb = quantity_in(b, Range{jb, je});
      // A year against a number that is no time, a place in a series against a count: two ways of
      // telling which one ("the 2031 games" / "the 12th games"), not two values of one thing.
      const auto ordinal = [](const Quantity* q) { return q && q->kind == QuantityKind::kOrdinal; };
      if (!xa != !xb || ordinal(qa) != ordinal(qb)) continue;
      // Quantities of different measures (numbers() told them apart) are no substitution.
      if (qa && qb && !same_measure(a, *qa, tokens_in(a.u, qa->begin, qa->end), b, *qb, tokens_in(b.u, qb->begin, qb->end), lexicon))
        continue;
      if (qa && qb && !(qa->hedge == qb->hedge && qa->vague == qb->vague)) {
        const Match m = compare(*qa, *qb);
        if (m == Match::kSame || m == Match::kCompatible) continue;
      }
    }
    bool seen = false;
    for (size_t k = run.first; k < e; ++k) seen = seen || covered(ta[k], true);
    for (size_t k = jb; k < je; ++k) seen = seen || covered(tb[k], false);
    if (seen) continue;
    // Two wordings of one name are no difference: one is part of the other's name elsewhere in
    // its unit ("Saddam Hussein" ... "Hussein"), or the same letters ("VisualBasic").
    if (std::string(type) == "name" && (same_letters(a, run.first, e, b, jb, je) || mentioned_elsewhere(a, run.first, e, b) ||
                                        mentioned_elsewhere(b, jb, je, a)))
      continue;
    const Span sa{ta[run.first].begin, ta[e - 1].end}, sb{tb[jb].begin, tb[je - 1].end};
    // The slot is anchored by the words around it, or by the whole sentence: every other content
    // word of both units aligned ("... prizes went to Feeney, 41, and Brackett, 52" / "... and
    // Sallowby, 52": a list of names leaves no other word near the one that changed).
    const bool anchored = same_slot(a, run, b, Range{jb, je}) || (all_aligned_but(a, run) && all_aligned_but(b, Range{jb, je}));
    out->push_back(make(type, sa, sb, std::string(type) + ": " + span_text(a.text, sa) + " vs " + span_text(b.text, sb), anchored));
  }
}

}  // namespace

// The compass direction right after a distance ("10 km north of the town", "15 kilometres
// south-west of"), folded ("north", "south-west"), or "".
std::string direction_after(const SimUnit& u, const Quantity& q) {
  static const char* const kPoints[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                        "southwest"};
  const auto& t = u.data->tokens;
  const Range r = tokens_in(u, q.begin, q.end);
  const size_t k = r.last;
  const auto point = [&](size_t i) {
    if (i >= t.size()) return false;
    for (const char* p : kPoints)
      if (t[i].norm == p) return true;
    return false;
  };
  if (!point(k)) return "";
  std::string out = t[k].norm;
  if (k + 2 < t.size() && t[k + 1].norm == "-" && point(k + 2)) out += "-" + t[k + 2].norm;
  return out;
}

std::string count_key(const SimUnit& u, const Quantity& q) {
  if (!q.vague.empty()) return "";
  if (q.kind == QuantityKind::kMoney)
    return q.value < 1e6 ? "" : "money " + q.unit;  // a sum large enough to be one deal's, not a ticket's price
  // A distance in a compass direction places one thing: "about 10 kilometres north of the town"
  // and "roughly 10km north of Sarvik" state one position.
  if (q.kind == QuantityKind::kMeasure && q.unit == "metre") {
    const std::string dir = direction_after(u, q);
    return dir.empty() ? "" : "distance " + dir;
  }
  if (q.kind != QuantityKind::kCount || partitive(u, q)) return "";
  if (!q.state.empty()) return "state " + q.state;
  if (q.unit.empty() || q.unit == "age") return "";
  const Range r = tokens_in(u, q.begin, q.end);
  const size_t n = noun_token(u, q, r);
  if (n >= u.words.size() || u.words[n].idf < kSpecificNoun) return "";
  return "noun " + q.unit;
}

bool states_count(const SimUnit& u, const std::string& key) {
  for (const Quantity& q : u.data->facts.quantities)
    if (count_key(u, q) == key) return true;
  return false;
}

// The counted noun's lexicon id, or Lexicon::kUnknown.
uint32_t counted_noun(const SimUnit& u, const Quantity& q) {
  const size_t n = noun_token(u, q, tokens_in(u, q.begin, q.end));
  return n < u.words.size() ? u.words[n].lex : Lexicon::kUnknown;
}

// Two counted nouns name the same things: the same word, related words ("residents" / "inhabitants"),
// or people both ("people" / "passengers": a noun whose hypernyms include a person).
bool same_things(uint32_t x, uint32_t y, const Lexicon& lexicon) {
  if (x == Lexicon::kUnknown || y == Lexicon::kUnknown) return false;
  const WordRelation r = lexicon.relation(x, y);
  if (r != WordRelation::kNone && r != WordRelation::kAntonym) return true;
  const uint32_t person = lexicon.id("person"), people = lexicon.id("peopl");
  const auto human = [&](uint32_t t) {
    return t == person || t == people || lexicon.relation(t, person) == WordRelation::kHypernym;
  };
  return human(x) && human(y);
}

// A dispute (or, with `agree`, an agreement) over the count `key` between units a and b (a < b),
// whose quantities are qa and qb.
CountDispute count_pair(std::string key, bool agree, uint32_t a, uint32_t b, const Quantity& qa, const Quantity& qb,
                        std::string reason) {
  CountDispute d;
  d.key = std::move(key);
  d.agree = agree;
  d.a = a;
  d.b = b;
  d.discrepancy.type = "number";
  d.discrepancy.a = {qa.begin, qa.end};
  d.discrepancy.b = {qb.begin, qb.end};
  d.discrepancy.reason = std::move(reason);
  return d;
}

ReasonParts reason_parts(const std::string& reason) {
  ReasonParts p;
  const size_t colon = reason.find(": ");
  const size_t from = colon == std::string::npos ? 0 : colon + 2;
  const size_t vs = reason.find(" vs ", from);
  if (vs == std::string::npos) return p;
  p.head = reason.substr(0, from);
  p.a = reason.substr(from, vs - from);
  p.b = reason.substr(vs + 4);
  p.values = true;
  return p;
}

std::vector<CountDispute> count_disputes(const std::vector<SimUnit>& units, const std::vector<int>& event_of_source,
                                         const Lexicon& lexicon) {
  struct Mention {
    uint32_t unit;
    const Quantity* q;
  };
  std::map<std::string, std::vector<Mention>> by_key;
  for (uint32_t u = 0; u < units.size(); ++u) {
    const SimUnit& su = units[u];
    for (const Quantity& q : su.data->facts.quantities) {
      const std::string key = count_key(su, q);
      if (key.empty()) continue;
      by_key[key].push_back({u, &q});
    }
  }
  const auto same_event = [&](int x, int y) {
    const int ex = event_of_source[static_cast<size_t>(x)], ey = event_of_source[static_cast<size_t>(y)];
    return ex < 0 || ey < 0 || ex == ey;
  };
  std::vector<CountDispute> out;
  for (const auto& [key, ms] : by_key) {
    if (ms.size() > kMaxCountMentions) continue;
    for (size_t i = 0; i < ms.size(); ++i)
      for (size_t k = i + 1; k < ms.size(); ++k) {
        const SimUnit& x = units[ms[i].unit];
        const SimUnit& y = units[ms[k].unit];
        if (x.source == y.source || !same_event(x.source, y.source)) continue;
        if (names_apart(x, y) ||
            part_and_whole(x, *ms[i].q, tokens_in(x, ms[i].q->begin, ms[i].q->end), y, *ms[k].q,
                           tokens_in(y, ms[k].q->begin, ms[k].q->end)))
          continue;
        const bool agree = compare(*ms[i].q, *ms[k].q) == Match::kSame ||
                           (ms[i].q->num_lo == ms[k].q->num_lo && ms[i].q->num_hi == ms[k].q->num_hi &&
                            compatible(*ms[i].q, *ms[k].q));
        if (!agree && (values_agree(*ms[i].q, *ms[k].q) || key.rfind("money", 0) == 0)) continue;
        // Mentions are listed in unit order: ms[i] is the pair's first unit.
        const Quantity& qa = *ms[i].q;
        const Quantity& qb = *ms[k].q;
        const std::string slot = key.substr(key.find(' ') + 1);
        out.push_back(count_pair(key, agree, ms[i].unit, ms[k].unit, qa, qb, slot + ": " + qa.display + " vs " + qb.display));
      }
  }
  // The same large count of the same things, however the sentences around it differ, is one
  // claim ("carrying 352 passengers and crew" / "there were 352 people on board"): a number of
  // at least kDistinctCount rarely stands for two different counts of one event. Only agreements
  // come from this: different numbers of things alike ("352 people", "120 people") count
  // different things as often as they dispute one. Names the two sentences do not share are no
  // sign of two happenings here (they are for a dispute, names_apart()): one report of a sinking
  // names the port the ship left, another the island it was bound for.
  std::map<double, std::vector<Mention>> by_value;
  for (uint32_t u = 0; u < units.size(); ++u)
    for (const Quantity& q : units[u].data->facts.quantities)
      if (q.kind == QuantityKind::kCount && q.vague.empty() && !q.range && q.num_lo >= kDistinctCount &&
          !q.unit.empty() && q.unit != "age" && !partitive(units[u], q))
        by_value[q.num_lo].push_back({u, &q});
  for (const auto& [value, ms] : by_value) {
    if (ms.size() > kMaxCountMentions) continue;
    for (size_t i = 0; i < ms.size(); ++i)
      for (size_t k = i + 1; k < ms.size(); ++k) {
        const SimUnit& x = units[ms[i].unit];
        const SimUnit& y = units[ms[k].unit];
        const Quantity& qa = *ms[i].q;
        const Quantity& qb = *ms[k].q;
        if (x.source == y.source || !same_event(x.source, y.source)) continue;
        if (qa.state != qb.state || !compatible(qa, qb)) continue;
        if (!same_things(counted_noun(x, qa), counted_noun(y, qb), lexicon)) continue;
        out.push_back(count_pair("value " + qa.display, true, ms[i].unit, ms[k].unit, qa, qb, ""));
      }
  }
  sort_by(out.begin(), out.end(), [](const CountDispute& x, const CountDispute& y) {
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  return out;
}

bool names_apart(const SimUnit& a, const SimUnit& b, const std::vector<Difference>* besides) {
  const auto disputed = [besides](const NameMention& n, bool side_a) {
    if (!besides) return false;
    for (const Difference& d : *besides) {
      const Span s = side_a ? d.discrepancy.a : d.discrepancy.b;
      if (d.discrepancy.type == "name" && n.begin < s.end && s.begin < n.end) return true;
    }
    return false;
  };
  const auto unmatched = [&](const SimUnit& x, const SimUnit& y, bool side_a) {
    for (const NameMention& n : x.data->facts.names)
      if (!in_attribution(x, n) && !mentioned(n, y.data->facts.names) && !disputed(n, side_a)) return true;
    return false;
  };
  return unmatched(a, b, true) && unmatched(b, a, false);
}

namespace {

// A line that gives nothing but a date and time ("Apr 12, 2007", "Updated: May 24, 2005, 3:23 PM
// ET") tells when a page was published, not when something happened: two of them differ without
// contradicting each other.
bool only_a_time(const SimUnit& u) {
  static constexpr facts_internal::WordSet kStamp(
      "a am at bst cet edt est et gmt hkt ist last m on p pm posted pst published updated utc");
  const auto& t = u.data->tokens;
  if (u.data->facts.times.empty()) return false;
  for (size_t k = 0; k < t.size(); ++k) {
    if (!(u.words[k].flags & (kContent | kNumber)) || kStamp.has(t[k].norm)) continue;
    if (!fact_in(u.data->facts.times, t, Range{k, k + 1}) && !(u.words[k].flags & kNumber)) return false;
  }
  return true;
}

}  // namespace

std::vector<Difference> find_differences(const SimUnit& a, const SimUnit& b, const WordAlignment& al,
                                         std::string_view text_a, std::string_view text_b, const Lexicon& lexicon) {
  if (only_a_time(a) || only_a_time(b)) return {};
  const Side sa{a, al.a_to_b, al.a_match, text_a};
  const Side sb{b, al.b_to_a, al.b_match, text_b};
  std::vector<Difference> out;
  numbers(sa, sb, lexicon, &out);
  dates(sa, sb, lexicon, &out);
  names(sa, sb, &out);
  substitutions(sa, sb, lexicon, &out);
  std::vector<Difference> neg;
  negations(sa, sb, true, &neg);
  if (neg.empty()) negations(sb, sa, false, &neg);
  out.insert(out.end(), neg.begin(), neg.end());
  antonyms(sa, sb, al, &out);
  return out;
}

}  // namespace tri
