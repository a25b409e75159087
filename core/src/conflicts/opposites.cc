// conflicts/opposites.cc — opposite words (WordNet antonyms) in one slot: "reopened" / "remained
// closed", "won" / "lost", "a large fire" / "a small fire".
#include "conflicts/kinds.h"

#include <string>
#include <vector>

#include "facts/scan.h"
#include "words.h"

namespace tri {
namespace conflicts_internal {
namespace {

// A word preceded by an article or a possessive ("a man", "the woman", "his car") names a thing.
bool is_noun_like(const Side& s, size_t k) {
  const WordSet& kDeterminers = word_set(WordList::opposites_is_noun_like_determiners);
  const auto& t = s.u.data->tokens;
  // Right after the determiner, or after it and one modifier ("his former employers").
  return (k >= 1 && kDeterminers.has(t[k - 1].norm)) ||
         (k >= 2 && t[k - 1].type == TokenType::kWord && kDeterminers.has(t[k - 2].norm));
}

// Word k of side s is stated the other way round: denied ("not unreasonable", "will not
// reopen") or barely so ("little changed", "hardly moved", "insufficiently equipped and
// experienced": the adverb also qualifies a word joined to the previous one by "and" or "or",
// unless that word is the other's opposite by a prefix, "inexperienced" to "experienced", which
// says it alone).
bool reversed(const Side& s, size_t k, const std::string& other) {
  const auto& t = s.u.data->tokens;
  const WordSet& kHardly = word_set(WordList::opposites_reversed_hardly);  // little, barely, insufficiently, ...
  if (k > 0 && kHardly.has(t[k - 1].norm)) return true;
  const std::string& w = t[k].norm;
  const bool prefixed = w.size() > other.size() && w.compare(w.size() - other.size(), other.size(), other) == 0;
  if (k > 2 && !prefixed && (t[k - 1].norm == "and" || t[k - 1].norm == "or") && t[k - 2].type == TokenType::kWord &&
      kHardly.has(t[k - 3].norm))
    return true;
  for (const Negation& n : s.u.data->facts.negations)
    if (t[k].begin >= n.end && t[k].end <= n.scope_end) return true;
  return false;
}

// An antonym's span, with the verb right before it when that verb is unaligned ("remained closed").
Span antonym_span(const Side& s, size_t k) {
  const auto& t = s.u.data->tokens;
  size_t first = k;
  if (k > 0 && (s.u.words[k - 1].flags & kVerb) && s.to[k - 1] < 0) first = k - 1;
  return {t[first].begin, t[k].end};
}

// The name that acts in side s's word k: a name's last word at most three words before it, with
// no punctuation between ("Varga won", "Piet Osk has lost"), else the first name of its clause,
// its subject ("Harlow Rangers beat Denton City 3-2 to win the cup"); npos when none.
size_t actor(const Side& s, size_t k) {
  const auto& t = s.u.data->tokens;
  size_t first = std::string::npos;
  bool near = true;
  for (size_t i = k, n = 0; i-- > 0 && !clause_mark(t[i]); ++n) {
    near = near && n < 3 && t[i].type != TokenType::kPunct;
    // A name, or a capitalised word the lexicon does not know (a headline's first word: "Varga wins").
    if ((s.u.words[i].flags & kName) || (t[i].cap && s.u.words[i].lex == Lexicon::kUnknown)) {
      if (near) return i;
      first = i;
    }
  }
  // The first name's last word, as near one gives it.
  while (first < k - 1 && (s.u.words[first + 1].flags & kName)) ++first;  // npos stays
  return first;
}

// The quantity that word k of side s takes, starting within three words after it ("open 25 new
// stores"), or null; with `before`, the one before it in its clause ("340 birds were found
// alive"), the nearest.
const Quantity* count_at(const Side& s, size_t k, bool before) {
  const Quantity* out = nullptr;
  for (const Quantity& q : s.u.data->facts.quantities) {
    size_t f = tokens_in(s.u, q.begin, q.end).first;
    if (!before && f > k && f <= k + 3) return &q;
    while (before && f < k && !clause_mark(s.u.data->tokens[f])) ++f;
    if (before && f == k) out = &q;
  }
  return out;
}

// A time of side s that bounds a state ("until Monday", "till June"): the state ends then.
bool held_until(const Side& s) {
  for (const TimeExpr& x : s.u.data->facts.times) {
    const size_t k = tokens_in(s.u, x.begin, x.end).first;
    if (k == 0) continue;
    const std::string& w = s.u.data->tokens[k - 1].norm;
    if (w == "until" || w == "till") return true;
  }
  return false;
}

}  // namespace

void antonyms(const Side& a, const Side& b, const WordAlignment& al, const Lexicon& lexicon, std::vector<Difference>* out) {
  // Opposite happenings are one happening told two ways only at one time: at two times they are
  // two ("the road closed on Monday" / "the road reopened on Thursday", "the strike began on
  // Monday" / "ended on Thursday"), and one dated and one not may be two ("fired its chief
  // engineer on Friday" / "has hired him as chief engineer").
  // A state said to last now, undated, is denied by its opposite done whenever the other dates it
  // ("Highway 9 remains closed" / "Highway 9 was reopened on Tuesday"; not "is expected to
  // reopen later today", "will be reopened on Monday").
  if (al.antonyms.empty()) return;
  const bool one_time = same_time(a.u, b.u);
  const auto lasting = [](const Side& s, size_t k, const Side& o, size_t j) {
    const WordSet& kNow = word_set(WordList::opposites_lasting_now);  // remains, stays, still
    const auto& t = s.u.data->tokens;
    const auto& u = o.u.data->tokens;
    const auto ahead = [&](size_t m) { return j >= m && (u[j - m].norm == "will" || u[j - m].norm == "to"); };
    return s.u.data->facts.times.empty() && ((k > 0 && kNow.has(t[k - 1].norm)) || (k > 1 && kNow.has(t[k - 2].norm))) &&
           u[j].norm.size() > 2 && facts_internal::ends_with(u[j].norm, "ed") && !ahead(1) && !ahead(2);
  };
  // A state held until a time and its opposite at that time are one change told from either side
  // of it ("will stay closed until Monday" / "will reopen on Monday").
  if (held_until(a) != held_until(b)) return;
  for (const auto& [i, j] : al.antonyms) {
    if (!one_time && !lasting(a, static_cast<size_t>(i), b, static_cast<size_t>(j)) &&
        !lasting(b, static_cast<size_t>(j), a, static_cast<size_t>(i)))
      continue;
    if ((a.u.words[i].flags | b.u.words[j].flags) & kName) continue;  // "North" / "South" name places
    // Places and orders ("inside" / "outside", "east" / "west", "first" / "last") tell where or
    // which, of different things more often than of one thing two ways.
    const WordSet& kWhereWhich = word_set(WordList::opposites_antonyms_where_which);
    if (kWhereWhich.has(a.u.data->tokens[i].norm) || kWhereWhich.has(b.u.data->tokens[j].norm)) continue;
    // Opposite nouns ("man" / "woman", "employer" / "employee") name two things, not one thing two
    // ways: only opposite verbs and adjectives (what happened, what something is like) contradict.
    // A word after a determiner on either side is taken for a noun.
    // Two adjectives before one noun, aligned, describe that thing two ways ("a large fire" / "a
    // small fire").
    const size_t x = static_cast<size_t>(i) + 1, y = static_cast<size_t>(j) + 1;
    const bool describe_one = lexicon.is_adjective(a.u.words[i].lex) && lexicon.is_adjective(b.u.words[j].lex) &&
                              x < a.u.words.size() && a.to[x] == static_cast<int>(y) && (a.u.words[x].flags & kContent) &&
                              !((a.u.words[x].flags | b.u.words[y].flags) & (kName | kNumber));
    if (!(a.u.words[i].flags & kVerb) && !(b.u.words[j].flags & kVerb) && a.u.data->tokens[i].stem.size() &&
        (is_noun_like(a, static_cast<size_t>(i)) || is_noun_like(b, static_cast<size_t>(j))) && !describe_one)
      continue;
    // A prefix ("pro-", "anti-") is opposite only before the same word ("pro-reform" /
    // "anti-reform", not "pro-active" / "anti-piracy").
    const auto& ta = a.u.data->tokens;
    const auto& tb = b.u.data->tokens;
    if ((ta[i].joined || tb[j].joined) &&
        !(ta[i].joined && tb[j].joined && static_cast<size_t>(i) + 2 < ta.size() && static_cast<size_t>(j) + 2 < tb.size() &&
          ta[i + 2].stem == tb[j + 2].stem))
      continue;
    // Opposites done by two different people are one outcome told from either side ("Varga won"
    // / "Osk lost").
    const size_t who_a = actor(a, static_cast<size_t>(i)), who_b = actor(b, static_cast<size_t>(j));
    if (who_a != std::string::npos && who_b != std::string::npos && a.u.words[who_a].term != b.u.words[who_b].term)
      continue;
    // So are opposite verbs of two things that open their sentences ("Humidity fell" /
    // "Containment rose").
    if (verb_at(a.u, static_cast<size_t>(i), lexicon) && verb_at(b.u, static_cast<size_t>(j), lexicon) &&
        subjects_apart(a, static_cast<size_t>(i), b, static_cast<size_t>(j), lexicon))
      continue;
    // Opposite verbs of different counts of things tell of two sets ("open 25 new stores" / "close
    // 14 stores"; not the sizes of a change, "rose 4%" / "fell 2%").
    const Quantity* ca = count_at(a, static_cast<size_t>(i), false);
    const Quantity* cb = count_at(b, static_cast<size_t>(j), false);
    if (ca && cb && !values_agree(*ca, *cb) &&
        opposites_take(a.u, *ca, tokens_in(a.u, ca->begin, ca->end), b.u, *cb, tokens_in(b.u, cb->begin, cb->end), lexicon))
      continue;
    // So do opposite states of different counts of things ("340 birds were found alive" / "62 birds
    // were found dead").
    ca = count_at(a, static_cast<size_t>(i), true);
    cb = count_at(b, static_cast<size_t>(j), true);
    if (ca && cb && !values_agree(*ca, *cb)) continue;
    // Converses, one in the passive, tell one deal from either side ("the kettles were sold" /
    // "people who bought the kettles", "were bought"; not "Almark bought the port" / "Almark sold
    // the port"). Without its auxiliary, as headlines and reduced clauses write it, the passive
    // has no object: nothing, a clause's end, or the other party after it ("Quay site sold", "the
    // mill, sold to a hotel group,"); not after "to" ("agreed to sell").
    const WordSet& kConverses = word_set(WordList::opposites_antonyms_converses);
    const auto passive = [](const Side& s, size_t k) {
      const auto& t = s.u.data->tokens;
      return k > 0 && (facts_internal::is_be_form(t[k - 1].norm) ||
                       (t[k - 1].norm != "to" && (k + 1 == t.size() || clause_mark(t[k + 1]) || t[k + 1].norm == "to" ||
                                                  t[k + 1].norm == "by" || t[k + 1].norm == "for")));
    };
    if (kConverses.has(ta[i].stem) && kConverses.has(tb[j].stem) && (passive(a, i) || passive(b, j))) continue;
    // Opposites dated by their own years, or one by a year and one not, are two happenings ("will
    // shut its car factory next year" / "the factory, which opened in 1989").
    const auto year_of = [](const Side& s, size_t k) {  // of a time after word k in its clause
      for (const TimeExpr& when : s.u.data->facts.times) {
        const size_t f = tokens_in(s.u, when.begin, when.end).first;
        size_t m = k + 1;
        while (m < f && !clause_mark(s.u.data->tokens[m])) ++m;
        if (when.year >= 0 && f > k && f - k < 9 && m == f) return when.year;
      }
      return -1;
    };
    if (year_of(a, i) != year_of(b, j)) continue;
    // What may happen is not contradicted by what is ("wards can reopen after three days without a
    // new case" / "the wards are closed"): the possibility's own dispute is with a denial of it.
    if (possibility(a, static_cast<size_t>(i)).empty() != possibility(b, static_cast<size_t>(j)).empty()) continue;
    // One opposite stated the other way round says what the other says ("not unreasonable" /
    // "reasonable", "will not reopen" / "will remain closed", "little changed" / "unchanged").
    if (reversed(a, static_cast<size_t>(i), tb[j].norm) != reversed(b, static_cast<size_t>(j), ta[i].norm)) continue;
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

}  // namespace conflicts_internal

std::vector<Discrepancy> restated_opposites(const SimUnit& a, const SimUnit& b, const WordAlignment& al) {
  using namespace conflicts_internal;
  const Side sa{a, al.a_to_b, al.a_match, {}, &al, true};
  const Side sb{b, al.b_to_a, al.b_match, {}, &al, false};
  std::vector<Discrepancy> out;
  if (al.antonyms.empty()) return out;
  // A state held until a time and its opposite at that time ("will stay closed until Thursday" /
  // "will reopen on Thursday") tell one change too, whichever way each is stated.
  const bool until = held_until(sa) != held_until(sb) && same_time(a, b);
  for (const auto& [i, j] : al.antonyms) {
    const size_t x = static_cast<size_t>(i), y = static_cast<size_t>(j);
    // Names ("North" / "South") and nouns ("the man" / "the woman") name two things.
    if (((a.words[x].flags | b.words[y].flags) & kName) || is_noun_like(sa, x) || is_noun_like(sb, y)) continue;
    const Token& ta = a.data->tokens[x];
    const Token& tb = b.data->tokens[y];
    if (!until && reversed(sa, x, tb.norm) == reversed(sb, y, ta.norm)) continue;
    Discrepancy d;
    d.type = "negation";
    d.a = {ta.begin, ta.end};
    d.b = {tb.begin, tb.end};
    out.push_back(d);
  }
  return out;
}

}  // namespace tri
