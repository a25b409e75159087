// conflicts/slots.cc — where a value stands: the aligned surroundings that make two values one slot.
#include "conflicts/kinds.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "facts/scan.h"
#include "sorting.h"
#include "words.h"

namespace tri {
namespace conflicts_internal {
namespace {

// How far (in tokens) the surroundings of a value reach, and how many content words they hold.
constexpr int kReach = 5;
constexpr int kContextWords = 99;

bool hard_break(const Token& t) {
  return t.type == TokenType::kPunct && (t.norm == ";" || t.norm == ":" || t.norm == "(" || t.norm == ")");
}

// Content words around a range that say what happens (not names, numbers or the words of another
// time: "in April last year" / "in March last year" share no happening): up to kContextWords on
// each side within kReach tokens (before a time, a name's words take none of them), not across a
// semicolon, colon or bracket.
std::vector<size_t> context(const SimUnit& u, Range r) {
  std::vector<size_t> out;
  const auto& t = u.data->tokens;
  const auto says = [&](size_t k) {
    return (u.words[k].flags & kContent) && !(u.words[k].flags & (kName | kNumber)) &&
           !fact_in(u.data->facts.times, t, Range{k, k + 1});
  };
  // Before a time, a name takes no step: "lifted off from Kestrel Point at 16:32".
  const bool time = fact_in(u.data->facts.times, t, r);
  int taken = 0;
  for (size_t k = r.first, steps = 0; k > 0 && steps < kReach && taken < kContextWords;) {
    --k;
    if (hard_break(t[k])) break;
    if (says(k)) out.push_back(k), ++taken;
    steps += !(time && (u.words[k].flags & kName));
  }
  taken = 0;
  for (size_t k = r.last, steps = 0; k < t.size() && steps < kReach && taken < kContextWords; ++k, ++steps) {
    if (hard_break(t[k])) break;
    if (says(k)) out.push_back(k), ++taken;
  }
  return out;
}

// Aligned words tie the surroundings of x (in side a) to those of y (in side b): the content words
// near x aligned to words near or inside y, and those near y aligned inside x (each aligned pair
// counted once). Enough of them make one slot: words weighing kSlotEvidence (one specific word,
// or two common ones), two words, or one word of half that weight when the units are short (in a
// sentence of a few words, every word is the slot's; a loose relation like "taken" ~ "ship" is not).
constexpr int kShortUnit = 6;

}  // namespace

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

bool inside(size_t k, Range r) { return k >= r.first && k < r.last; }

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

bool adjacent(const Side& a, Range x, const Side& b, Range y) {
  for (int dir : {-1, 1}) {
    const size_t i = neighbour(a.u, x, dir), j = neighbour(b.u, y, dir);
    if (i != std::string::npos && j != std::string::npos && a.to[i] == static_cast<int>(j)) return true;
  }
  return false;
}

bool adjacent_content(const Side& a, Range x, const Side& b, Range y) {
  for (int dir : {-1, 1}) {
    const size_t i = neighbour(a.u, x, dir), j = neighbour(b.u, y, dir);
    if (i != std::string::npos && j != std::string::npos && a.to[i] == static_cast<int>(j) &&
        a.match[i] != WordMatch::kFunction && (a.u.words[i].flags & kContent))
      return true;
  }
  return false;
}

Range clause_of(const SimUnit& u, Range r) {
  const auto& t = u.data->tokens;
  size_t from = r.first, to = r.last;
  while (from > 0 && !clause_mark(t[from - 1])) --from;
  while (to < t.size() && !clause_mark(t[to])) ++to;
  return {from, to};
}

bool next_number(const SimUnit& u, Range r, const char* mark) {
  const auto& t = u.data->tokens;
  return r.last + 1 < t.size() && t[r.last].norm == mark && t[r.last + 1].type == TokenType::kNumber;
}

bool hung_on_one_word(const Side& a, Range x, const Side& b, Range y) {
  const size_t i = neighbour(a.u, x, -1), j = neighbour(b.u, y, -1);
  if (i == std::string::npos || j == std::string::npos || a.to[i] != static_cast<int>(j)) return false;
  const std::string& w = a.u.data->tokens[i].norm;
  if (w != "at" && w != "of" && !facts_internal::is_be_form(w)) return false;
  // Not the first of a list ("were 4, 12 and 19" / "were 12, 4 and 19"), nor a range against one
  // value ("was 10-12 million" / "was 11 million"); two scores ("7-2" / "6-3") are two values.
  if (next_number(a.u, x, ",") || next_number(b.u, y, ",") || next_number(a.u, x, "-") != next_number(b.u, y, "-"))
    return false;
  // The rest of the two clauses is one: every word of each but its numbers aligned into the
  // other's clause, and not to a sibling (not "Her score was 92 in maths" / "His score was 85 in
  // maths", "Tickets are 20 for adults" / "10 for children", "closed at 9,107 on Monday" / "9,090
  // on Tuesday", "300 a day in summer" / "120 a day in winter"); and neither a noun phrase set off
  // after a comma ("The victim, a mother of 2, died" / "The victim's sister, a mother of 4, was
  // also injured" describe two people).
  const auto one = [](const Side& s, Range c, Range other) {
    const auto& t = s.u.data->tokens;
    if (c.first > 0 && t[c.first - 1].norm == "," && word_set(WordList::slots_verb_at_determiners).has(t[c.first].norm))
      return false;
    for (size_t k = c.first; k < c.last; ++k)
      if (t[k].type != TokenType::kPunct && !(s.u.words[k].flags & kNumber) &&
          (s.to[k] < 0 || s.match[k] == WordMatch::kSibling || !inside(static_cast<size_t>(s.to[k]), other)))
        return false;
    return true;
  };
  // Nor when each side has a word of its own outside the clause: two qualifiers ("For adults,
  // tickets are 20." / "For children, tickets are 10.", "The rate was 5, before the cut." / "4,
  // after the cut."); words on one side only add to the same claim ("The temperature was 25 at
  // noon, and rose to 30 by three").
  const auto own = [](const Side& s, Range c) {
    for (size_t k = 0; k < s.u.words.size(); ++k)
      if (!inside(k, c) && s.u.words[k].term != kNoTerm && !(s.u.words[k].flags & kNumber) &&
          (s.to[k] < 0 || s.match[k] == WordMatch::kSibling))
        return true;
    return false;
  };
  const Range ca = clause_of(a.u, x), cb = clause_of(b.u, y);
  return one(a, ca, cb) && one(b, cb, ca) && !(own(a, ca) && own(b, cb));
}

bool verb_at(const SimUnit& u, size_t k, const Lexicon& lexicon) {
  const Token& w = u.data->tokens[k];
  const std::string& before = k > 0 ? u.data->tokens[k - 1].norm : w.norm;
  // Not after an article or a possessive ("the company found the breach on 12 May").
  return (u.words[k].flags & kContent) && !word_set(WordList::slots_verb_at_determiners).has(before) &&
         (lexicon.is_verb(u.words[k].lex) || (!w.cap && w.norm.size() > 4 && facts_internal::ends_with(w.norm, "ed")) ||
          word_set(WordList::scan_verb_like_irregular).has(w.norm) ||
          before == "will" || facts_internal::is_modal_verb(before));
}

bool opposites_take(const SimUnit& x, const Quantity& qx, Range rx, const SimUnit& y, const Quantity& qy, Range ry,
                    const Lexicon& lexicon) {
  const auto things = [](const Quantity& q) { return q.kind == QuantityKind::kCount || q.kind == QuantityKind::kOther; };
  return things(qx) && things(qy) && rx.first > 0 && ry.first > 0 &&
         lexicon.relation(x.words[rx.first - 1].lex, y.words[ry.first - 1].lex) == WordRelation::kAntonym;
}

size_t verb_before(const SimUnit& u, Range r, const Lexicon& lexicon) {
  const auto& t = u.data->tokens;
  for (size_t k = r.first, steps = 0; k > 0 && steps < 8;) {
    --k;
    if (clause_mark(t[k])) break;
    if (verb_at(u, k, lexicon)) return k;
    steps += t[k].type != TokenType::kPunct && !(u.words[k].flags & kNumber);  // a value or a mark on the way takes no step
  }
  return std::string::npos;
}

bool verbs_apart(const SimUnit& x, size_t vx, const SimUnit& y, size_t vy, const Lexicon& lexicon) {
  return vx < x.words.size() && vy < y.words.size() && x.words[vx].term != y.words[vy].term &&
         lexicon.relation(x.words[vx].lex, y.words[vy].lex) == WordRelation::kNone;
}

size_t holder(const SimUnit& u, Range r) {
  const WordSet& kHave = word_set(WordList::counts_holder_have);
  const auto& t = u.data->tokens;
  for (size_t k = r.first, steps = 0; k > 0 && steps < 3; ++steps) {
    --k;
    if (!kHave.has(t[k].norm)) {
      if ((u.words[k].flags & kContent) || clause_mark(t[k])) break;  // "has killed 296 people": killed takes it
      continue;
    }
    for (size_t h = k; h > 0 && h + 4 > k;) {  // past auxiliaries and adverbs to the subject's last word
      --h;
      if (clause_mark(t[h]) || (u.words[h].flags & kNumber)) break;
      if ((u.words[h].flags & kContent) && !(u.words[h].flags & kVerb) && !facts_internal::is_adverb_like(t[h].norm)) return h;
    }
    break;
  }
  return std::string::npos;
}

Range opening_subject(const Side& s, size_t k, const Lexicon& lexicon) {
  constexpr Range kNoSubject{std::string::npos, std::string::npos};
  const auto& t = s.u.data->tokens;
  // Back past auxiliaries and a linking verb ("has remained closed").
  size_t n = k;
  while (n > 0 && t[n - 1].type != TokenType::kPunct && (!(s.u.words[n - 1].flags & kContent) || (n - 1 > 0 && verb_at(s.u, n - 1, lexicon))))
    --n;
  if (n == 0 || !(s.u.words[n - 1].flags & kContent) || (s.u.words[n - 1].flags & kNumber)) return kNoSubject;
  const size_t head = n - 1;
  size_t first = head;  // its first word: up to three ("The harbour master")
  while (first > 0 && head - first < 2 && (s.u.words[first - 1].flags & kContent) && !(s.u.words[first - 1].flags & kNumber)) --first;
  // After an article at most: a possessive refers back to someone named before ("Their findings").
  const bool article = first == 1 && (t[0].norm == "the" || t[0].norm == "a" || t[0].norm == "an");
  return first == 0 || article ? Range{first, head + 1} : kNoSubject;
}

bool subjects_apart(const Side& a, size_t i, const Side& b, size_t j, const Lexicon& lexicon) {
  const Range x = opening_subject(a, i, lexicon), y = opening_subject(b, j, lexicon);
  if (x.first == std::string::npos || y.first == std::string::npos) return false;
  // The last word of one aligned into the other names one thing ("The Kestrel ferry" / "The ferry
  // Kestrel"; not "The harbour master" / "The port board"); a name and a description may name one
  // person ("A former fund manager" / "Dana Brook").
  const size_t hx = x.last - 1, hy = y.last - 1;
  if ((a.to[hx] >= 0 && inside(static_cast<size_t>(a.to[hx]), y)) || (b.to[hy] >= 0 && inside(static_cast<size_t>(b.to[hy]), x)))
    return false;
  if ((a.u.words[hx].flags & kName) != (b.u.words[hy].flags & kName)) return false;
  return lexicon.relation(a.u.words[hx].lex, b.u.words[hy].lex) == WordRelation::kNone;
}

bool holders_apart(const SimUnit& x, Range rx, const SimUnit& y, Range ry, const Lexicon& lexicon) {
  constexpr size_t none = std::string::npos;
  const size_t hx = holder(x, rx), hy = holder(y, ry);
  // The kind of change a verb before the count makes (words.txt numbers_count_changed: "cut",
  // "add", "move" ...), or "".
  const auto changed = [&](const SimUnit& u, Range r) {
    const size_t v = verb_before(u, r, lexicon);
    return v != none ? word_set(WordList::numbers_count_changed).value(u.data->tokens[v].norm) : std::string_view();
  };
  const std::string_view cx = changed(x, rx), cy = changed(y, ry);
  return (hx != none && hy != none && x.words[hx].term != y.words[hy].term &&
          lexicon.relation(x.words[hx].lex, y.words[hy].lex) == WordRelation::kNone) ||
         (hx != none && !cy.empty()) || (hy != none && !cx.empty()) || (!cx.empty() && !cy.empty() && cx != cy);
}

size_t verb_after(const SimUnit& u, size_t n, const Lexicon& lexicon) {
  const auto& t = u.data->tokens;
  for (size_t k = n + 1; k < t.size() && k <= n + 4 && !clause_mark(t[k]); ++k)
    if (!word_set(WordList::negations_is_auxiliary_aux).has(t[k].norm) && !facts_internal::is_adverb_like(t[k].norm))
      return verb_at(u, k, lexicon) ? k : t.size();
  return t.size();
}

bool governed_apart(const SimUnit& x, size_t nx, Range rx, const SimUnit& y, size_t ny, Range ry, const Lexicon& lexicon) {
  // A verb right before the count, whose object it is ("trapped 31", not "supported by nine"; it
  // governs the count before a participle after the noun: "re-examined 51,040 ballots cast").
  const auto before = [&](const SimUnit& u, Range r) {
    const size_t v = r.first - 1;
    return r.first == 0 || !verb_at(u, v, lexicon) || word_set(WordList::negations_is_auxiliary_aux).has(u.data->tokens[v].norm) ||
                   facts_internal::is_reporting_verb(u.data->tokens[v].norm)
               ? u.words.size()
               : v;
  };
  // A count after "of" completes the noun before it ("a study of 2,400 adults has found"): no verb
  // governs the count, unless that noun only gathers what it counts ("a group of 14 climbers
  // survived").
  const auto of_noun = [](const SimUnit& u, Range r) {
    static constexpr WordSet kGathers("band batch couple crowd group handful number pair party team total");
    const auto& t = u.data->tokens;
    return r.first > 1 && t[r.first - 1].norm == "of" && !kGathers.has(t[r.first - 2].norm);
  };
  const size_t bx = before(x, rx), by = before(y, ry);
  // the verb after the noun governs
  const bool ax = bx == x.words.size() && !of_noun(x, rx), ay = by == y.words.size() && !of_noun(y, ry);
  // Against an object, the subject of a verb after its noun must be people who act ("200 rescue
  // workers joined"), not things it befalls ("1,500 jobs will go" / "will cut 1,200 jobs").
  const auto people = [&](const SimUnit& u, size_t n) {
    const WordRelation r = n < u.words.size() ? lexicon.relation(u.words[n].lex, lexicon.id("person")) : WordRelation::kNone;
    return r != WordRelation::kNone && r != WordRelation::kSibling && r != WordRelation::kAntonym;
  };
  if ((!ax && !ay) || (ax != ay && !people(ax ? x : y, ax ? nx : ny))) return false;
  return verbs_apart(x, ax ? verb_after(x, nx, lexicon) : bx, y, ay ? verb_after(y, ny, lexicon) : by, lexicon);
}

}  // namespace conflicts_internal

}  // namespace tri
