// quantity.cc — reading quantities (counts, money, percentages, measures, durations, ordinals)
// from a unit's tokens, and comparing two of them. See quantity.h for what is read.
#include "triangulate/facts/quantity.h"

#include <algorithm>
#include <cmath>

#include "facts/measure.h"
#include "facts/number.h"
#include "facts/scan.h"
#include "triangulate/stem.h"
#include "triangulate/text.h"
#include "words.h"

namespace tri {
namespace {

using namespace facts_internal;

// ---------------------------------------------------------------------------------------------
// Word tables

// What a hedge before a number does to the stated value: the factors applied to its low and
// high ends.
struct Hedge {
  std::string_view name;  // as the result names it, words joined by '_' ("up_to")
  double lo, hi;
};
constexpr Hedge kHedges[] = {
    {"about", 0.95, 1.05}, {"as_many_as", 0.5, 1}, {"at_least", 1, 2},  {"just_over", 1, 1.1},
    {"less_than", 0, 1},   {"more_than", 1, 2},    {"nearly", 0.9, 1},  {"up_to", 0, 1},
    {"well_over", 1.1, 3},
};

// The hedge of up to three words that ends right before token `at` (not reaching before
// s.floor), the longest that does, or null; its words joined by '_' in *key. words.txt
// quantity_hedges holds each hedge's words with its name ("no_more_than=up_to"): a value a
// measure may come to is its most ("the fee could rise to $22m"), "within 30 minutes" is up to.
const Hedge* hedge_before(const Scan& s, size_t at, size_t* begin, std::string* key) {
  for (size_t len = 3; len > 0; --len) {
    if (len > at || at - len < s.floor) continue;
    key->clear();
    for (size_t k = at - len; k < at; ++k) {
      if (k > at - len) *key += '_';
      key->append(s.norm(k));
    }
    const std::string_view name = word_set(WordList::quantity_hedges).value(*key);
    if (name.empty()) continue;
    for (const Hedge& h : kHedges)
      if (h.name == name) {
        *begin = at - len;
        return &h;
      }
  }
  return nullptr;
}

// A hedge as the result names it, its words apart ("up to").
std::string hedge_name(const Hedge& h) {
  std::string out(h.name);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

// Currency words after a number, and symbols before it.
std::string_view currency_word(std::string_view w) {
  return word_set(WordList::quantity_currency_word).value(w);  // "pounds=gbp"
}
std::string_view currency_symbol(std::string_view s) {
  return word_set(WordList::quantity_currency_symbol).value(s);  // "$=usd", "€=eur"
}
// Letters written against a "$": "US$", "A$", "HK$".
std::string_view dollar_prefix(std::string_view w) {
  return word_set(WordList::quantity_dollar_prefix).value(w);  // "us=usd", "hk=hkd"
}

// ---- what happened to the counted things ----
// The state a word names ("died" -> "dead"), from its norm and stem; empty when none. The words
// are stems ("died": "die") or as written ("killing", "hurt"): words.txt quantity_state_words
// ("die=dead", "detain=arrested", "evacuees=evacuated", "homeless=displaced", "unaccounted=missing"),
// and quantity_state_word_hospitalised for "in hospital".
std::string_view state_word(std::string_view norm, std::string_view stem) {
  const WordSet& kStates = word_set(WordList::quantity_state_words);
  if (const std::string_view st = kStates.value(stem); !st.empty()) return st;
  if (const std::string_view st = kStates.value(norm); !st.empty()) return st;
  return word_set(WordList::quantity_state_word_hospitalised).has(norm) ? "in hospital" : std::string_view();
}

// Words between a counted noun and the word that says what happened to it ("people were
// confirmed dead", "people have reportedly died").
bool state_link(std::string_view w) {
  return word_set(WordList::quantity_state_link).has(w);
}

// ---------------------------------------------------------------------------------------------
// The reader

class QuantityReader {
 public:
  QuantityReader(Scan& s, std::vector<Quantity>* out) : s_(s), out_(out) {}

  size_t read(size_t i);

 private:
  size_t find_noun(size_t p, bool allow_of, bool singular) const;
  size_t read_fraction(size_t i);
  size_t read_none(size_t i);
  void find_owner(size_t b, size_t e, bool premodifier, Quantity* q) const;
  std::string find_state(size_t b, size_t noun, size_t after) const;
  size_t past_links(size_t k) const;
  std::string_view state_at(size_t k) const;
  void push(Quantity q, size_t b, size_t e);

  Scan& s_;
  std::vector<Quantity>* out_;
};

// Token index of the noun a number counts (or an ordinal modifies), starting at p; kNone if
// none. `singular`: pick the first word that does not look like a modifier (ordinals);
// otherwise the first plural-looking word, else the last word of the noun phrase.
size_t QuantityReader::find_noun(size_t p, bool allow_of, bool singular) const {
  const Scan& s = s_;
  size_t q = p;
  if (allow_of && s.is(q, "of")) {
    ++q;
    if (is_determiner(s.norm(q))) ++q;
  }
  size_t cands[6];
  size_t nc = 0;
  while (q < s.size() && nc < 5) {
    if (s.hyphen_link(q) && nc > 0) {
      ++q;
      continue;
    }
    if (!s.word(q) || s.used[q]) break;
    const std::string_view w = s.norm(q);
    // A word in -ly before another word modifies it ("23 heavily armed men", "two daily flights").
    if (w.size() > 4 && ends_with(w, "ly") && !s.cap(q) && s.word(q + 1) && !s.stop(q + 1) && !s.used[q + 1]) {
      ++q;
      continue;
    }
    // Modifiers joined by "and" ("14 Tarnish and Vellic smugglers"): one count of the noun after both.
    if (eq(w, "and") && nc > 0 && s.cap(cands[nc - 1]) && s.word(q + 1) && s.cap(q + 1) && !s.used[q + 1]) {
      ++q;
      continue;
    }
    if (s.stop(q) && !word_set(WordList::quantity_find_noun_kept).has(w)) break;  // "other", "more", "few", ...
    // A verb of telling ends the phrase ("12 said"), unless it qualifies the counted noun right
    // after the number ("32 confirmed cases", "12 reported deaths").
    if (s.weekday_at(q) >= 0 || s.month_at(q) || (is_reporting_verb(w) && !(nc == 0 && s.plural_like(q + 1)))) break;
    const WordSet& kTimeWords = word_set(WordList::quantity_find_noun_time_words);
    if (kTimeWords.has(w)) break;  // a time follows: "80 next week"
    // A verb form after a noun ends the phrase ("1,000 people died").
    if (nc > 0 && !s.modifier_like(cands[nc - 1]) && !s.cap(q) &&
        (ends_with(w, "ed") || ends_with(w, "ing")))
      break;
    cands[nc++] = q;
    ++q;
  }
  if (nc == 0) return kNone;
  const WordSet& kSoft = word_set(WordList::quantity_find_noun_soft);
  size_t best = kNone;
  for (size_t k = 0; k < nc && best == kNone; ++k) {
    const size_t c = cands[k];
    if (kSoft.has(s.norm(c))) continue;
    if (singular) {
      if (!s.modifier_like(c)) best = c;
    } else if (s.plural_like(c) && !s.joined(c)) {
      best = c;
      // A plural before another plural names its kind ("32 measles cases", "two arms dealers"):
      // the last is the noun.
      while (k + 1 < nc && cands[k + 1] == best + 1 && s.plural_like(best + 1) && !s.joined(best + 1)) best = cands[++k];
    }
  }
  if (best == kNone) {
    best = cands[nc - 1];
    if (kSoft.has(s.norm(best)) && nc == 1) return kNone;
  }
  return best;
}

// "one in five", "1 out of 4", "two-thirds of", "a quarter of", "half of the": a share, read as
// an approximate percentage. Returns the token after it, or kNone.
size_t QuantityReader::read_fraction(size_t i) {
  const Scan& s = s_;
  double share = 0;
  size_t e = kNone;
  Num a;
  if (parse_number(s, i, &a) && !a.ordinal && a.vague.empty() && a.lo == a.hi && a.lo >= 1 &&
      a.lo == std::floor(a.lo)) {
    size_t d = a.end;
    if (s.is(d, "in")) {
      ++d;
      if (s.is(d, "every")) ++d;
    } else if (s.is(d, "out") && s.is(d + 1, "of")) {
      d += 2;
    } else {
      d = kNone;
    }
    Num den;
    int year = 0;
    if (d != kNone && parse_number(s, d, &den) && !den.ordinal && den.vague.empty() &&
        den.lo == den.hi && den.lo > a.lo && den.lo <= 1000 && !s.year_number(d, &year) &&
        den.words == a.words && !duration_unit(s.norm(den.end))) {
      share = a.lo / den.lo;
      e = den.end;
    }
  }
  if (e == kNone) {
    // Fraction words: "a third of", "two-thirds of", "three quarters of", "half of", "half the".
    size_t k = i;
    double num = 1;
    if (s.is(k, "a") || s.is(k, "one")) {
      ++k;
    } else if (cardinal_value(s.norm(k)) >= 2 && cardinal_value(s.norm(k)) <= 9) {
      num = cardinal_value(s.norm(k));
      ++k;
    } else if (!s.is(k, "half")) {
      return kNone;
    }
    if (k > i && s.hyphen_link(k)) ++k;
    const std::string_view f = s.norm(k);
    // words.txt: "thirds=3"; "half" alone ("half of", not "a half of")
    const double den = word_set(WordList::quantity_fraction_denominator).number(f);
    if (den == 0 || num >= den || (eq(f, "half") && k > i)) return kNone;
    const bool plural_form = f.back() == 's';
    if ((num > 1) != plural_form && !eq(f, "half")) return kNone;
    const std::string_view nx = s.norm(k + 1);
    const bool of = eq(nx, "of");
    if (!of && !(eq(f, "half") && (eq(nx, "the") || eq(nx, "its") || eq(nx, "their"))))
      return kNone;
    if (of && (duration_unit(s.norm(k + 2)) || duration_unit(s.norm(k + 3)))) return kNone;
    share = num / den;
    e = k + 1;
  }
  Quantity q;
  q.kind = QuantityKind::kPercent;
  q.unit = "percent";
  q.approx = true;
  q.value = q.num_lo = q.num_hi = 100 * share;
  q.lo = 0.95 * q.value;
  q.hi = 1.05 * q.value;
  q.vague = fold(s.raw(i, e));
  q.num_begin = s.bpos(i);
  q.num_end = s.epos(e - 1);
  // Its hedge, as a number's ("fewer than half", "more than a third").
  size_t b = i;
  std::string words;
  if (const Hedge* h = hedge_before(s, i, &b, &words)) {
    q.hedge = hedge_name(*h);
    q.lo *= h->lo;
    q.hi *= h->hi;
  }
  push(std::move(q), b, e);
  return e;
}

// The thing a measure, sum or share belongs to: the noun it modifies ("a 6.1-magnitude
// aftershock", "a $2.4bn deal"), or the noun before a linking word ("an aftershock of magnitude
// 6.1", "measured the quake at magnitude 5.8", "the deal is worth $2.4bn", "the epicentre was
// 10km north").
void QuantityReader::find_owner(size_t b, size_t e, bool premodifier, Quantity* q) const {
  const Scan& s = s_;
  // Lower case, or capitalised only to open the sentence ("Debt was $1.1 billion").
  auto plain = [&](size_t k) { return !s.cap(k) || (k == 0 && !s.cap(1)); };
  auto nounish = [&](size_t k) {
    return s.word(k) && !s.stop(k) && plain(k) && !s.verb_like(k) && !s.used[k] &&
           !is_adverb_like(s.norm(k)) && s.month_at(k) == 0 && s.weekday_at(k) < 0;
  };
  if (premodifier) {
    size_t k = e, head = kNone;
    while (k < s.size() && k < e + 3 && nounish(k)) {
      head = k;
      if (s.hyphen_link(k + 1)) ++k;  // "a 6.1-magnitude follow-up shock"
      ++k;
    }
    if (head != kNone && !is_reporting_verb(s.norm(head)) && !word_set(WordList::quantity_nounish_not_owner).has(s.norm(head))) {
      q->owner = std::string(s.norm(head));
      q->owner_begin = s.bpos(head);
      q->owner_end = s.epos(head);
      return;
    }
  }
  const WordSet& kLink = word_set(WordList::quantity_nounish_link);
  // A percentage is a change of what changes ("profit fell 12%", "shares were down 5%"): the
  // list changes holds the verbs of change, "by", "up" and "down".
  const WordSet& kChanges = word_set(WordList::quantity_find_owner_changes);
  size_t k = Scan::back(b, 1);
  for (int step = 0; step < 3 && k != kNone && s.word(k) && plain(k); ++step) {
    const std::string_view w = s.norm(k);
    if (kLink.has(w) || eq(w, "a") || eq(w, "an") || (q->kind == QuantityKind::kPercent && kChanges.has(w))) {
      k = Scan::back(k, 1);
      continue;
    }
    break;
  }
  if (k == kNone || k + 1 >= b || !nounish(k)) return;
  if (s.verb_like(k) || is_reporting_verb(s.norm(k))) return;
  const WordSet& kNotOwner = word_set(WordList::quantity_nounish_not_owner);
  if (kNotOwner.has(s.norm(k))) return;
  q->owner = std::string(s.norm(k));
  q->owner_begin = s.bpos(k);
  q->owner_end = s.epos(k);
}

// What happened to the things a count counts: the noun itself ("dead", "deaths"), a verb after
// it, or after a number without a noun ("people died", "people were killed", "at least nine were
// killed"), a verb before the number ("killing four", "injured 12"), or a toll it is the value of
// ("the death toll rose to 45"). `after`: the token after the number.
std::string QuantityReader::find_state(size_t b, size_t noun, size_t after) const {
  const Scan& s = s_;
  // Without electricity: "8,000 households are still without power", "power was cut to 8,000 homes".
  const auto power = [&](size_t k) { return s.is(k, "power") || s.is(k, "electricity"); };
  if (noun != kNone || s.word(after)) {
    if (noun != kNone) {
      const std::string_view st = state_word(s.norm(noun), s.stem(noun));
      if (!st.empty()) return std::string(st);
    }
    const size_t k = past_links(noun != kNone ? noun + 1 : after);
    const std::string_view st2 = state_at(k);
    if (!st2.empty()) return std::string(st2);
    if ((s.is(k, "without") || s.is(k, "lost")) && power(k + 1)) return "without power";
  }
  const size_t p = Scan::back(b, 1);
  if (p != kNone && s.word(p)) {
    const std::string_view w = s.norm(p);
    if (ends_with(w, "ed") || ends_with(w, "ing") || eq(w, "kill") || eq(w, "kills") ||
        eq(w, "injure")) {
      const std::string_view st = state_word(w, s.stem(p));
      if (!st.empty() && !eq(st, "missing")) return std::string(st);
    }
    // "claimed the lives of 12 people"
    if (eq(w, "of") && s.is(p - 1, "lives")) return "dead";
    // "power was cut to around 8,000 homes", "cut power to 8,000 homes"
    if (eq(w, "to") && p >= 1 && (s.is(p - 1, "cut") || (power(p - 1) && p >= 2 && s.is(p - 2, "cut")))) return "without power";
    // "pulled 14 people from the water", "freed two children alive from the rubble": taken out of
    // danger, which is what "rescued" says.
    const WordSet& kTakenOut = word_set(WordList::quantity_find_state_taken_out);
    if (noun != kNone && kTakenOut.has(w)) {
      for (size_t k = noun + 1, step = 0; step < 3 && s.word(k); ++k, ++step)
        if (s.is(k, "from")) return "rescued";
    }
  }
  // "the death toll rose to 45", "a toll of 12": a toll within the clause before.
  for (size_t k = p, step = 0; k != kNone && step < 6; k = Scan::back(k, 1), ++step) {
    if (s.clause_break(k)) break;
    if (s.is(k, "toll") && !s.is(k - 1, "injury")) return "dead";
  }
  // Jobs lost: a word of loss and a word of work around the count, or one word of both ("cutting
  // 340 jobs", "the loss of 180 jobs", "340 jobs will go", "430 workers at the plant will lose
  // their jobs", "putting 210 people out of work", "200 staff were laid off"). Read up to three
  // words before the number and, after it, the clause's words up to a verb of another kind
  // ("300 workers protested against plans to cut jobs": the count is of protesters).
  // ("work" only in "out of work": not "300 people go to work"; a noun of loss only before the
  // number or as its noun, "180 job losses": not "300 new jobs despite the loss of 50 posts").
  const WordSet& kJobs = word_set(WordList::quantity_state_jobs_lost);  // "cut=l", "jobs=j", "laid=b", "work=w", "loss=n"
  char seen = 0;
  const auto see = [&](size_t k) {
    const std::string_view v = kJobs.value(s.norm(k));
    if (!v.empty())
      seen |= v[0] == 'l' || (v[0] == 'n' && (k < after || k == noun)) ? 1
              : v[0] == 'j' || (v[0] == 'w' && s.is(k - 1, "of")) ? 2
              : v[0] == 'b' ? 3 : 0;
    return !v.empty();
  };
  for (size_t k = p, step = 0; k != kNone && step < 3 && s.word(k); k = Scan::back(k, 1), ++step) see(k);
  for (size_t k = after, step = 0; step < 10 && s.word(k) && !s.clause_break(k); ++k, ++step) {
    const std::string_view w = s.norm(k);
    if (!see(k) && k != noun && (ends_with(w, "ed") || ends_with(w, "ing"))) break;
  }
  if (seen == 3) return "jobs lost";
  return {};
}

// The first token from k past the words that link a count to its state ("were confirmed dead"),
// and the state a word at k names (empty when none).
size_t QuantityReader::past_links(size_t k) const {
  // Past an apposition first: "One person, an 81-year-old man, was killed".
  if (s_.punct(k, ",") && (s_.is(k + 1, "a") || s_.is(k + 1, "an") || s_.is(k + 1, "the")))
    for (size_t j = k + 2; j < k + 12 && (s_.word(j) || s_.number(j) || s_.punct(j, ",") || s_.punct(j, "-")); ++j)
      if (s_.punct(j, ",")) {
        k = j + 1;
        break;
      }
  for (int step = 0; step < 4 && s_.word(k) && state_link(s_.norm(k)); ++step) ++k;
  return k;
}

std::string_view QuantityReader::state_at(size_t k) const {
  if (!s_.word(k)) return {};
  // "taken to hospital", "in hospital", "treated at a local hospital".
  for (size_t j = k; j < k + 5 && s_.word(j); ++j) {
    if (s_.is(j, "hospital")) return "in hospital";
    if (!word_set(WordList::quantity_state_at_to_hospital).has(s_.norm(j))) break;
  }
  // "treated for minor injuries": the state the injuries name.
  for (size_t j = k + 2; s_.is(k, "treated") && s_.is(k + 1, "for") && j < k + 5 && s_.word(j); ++j)
    if (!state_word(s_.norm(j), s_.stem(j)).empty()) return state_word(s_.norm(j), s_.stem(j));
  return state_word(s_.norm(k), s_.stem(k));
}

void QuantityReader::push(Quantity q, size_t b, size_t e) {
  q.begin = s_.bpos(b);
  q.end = s_.epos(e - 1);
  if (q.num_end < q.num_begin || q.num_begin < q.begin || q.num_end > q.end) {
    q.num_begin = q.begin;
    q.num_end = q.end;
  }
  if (q.lo > q.hi) std::swap(q.lo, q.hi);
  q.display = describe(q);
  for (size_t k = b; k < e; ++k) s_.used[k] = 1;
  s_.floor = e;
  out_->push_back(std::move(q));
}

// A count of none: "No one was killed", "nobody was hurt", "there were no deaths", "no passengers
// were injured". It counts people (or the noun given) in the state its words name; without one
// ("no one knows", "no doubt") nothing is read. A zero in the same state is then one count like
// any other: "no one was killed" and "nobody died" state one claim, and "two people died" disputes
// it.
// Also one person, at least, in a state: "A man was injured", "a local woman was arrested", "an
// elderly passenger died". Read as a count of at least one, it disputes a count of none ("no one
// was hurt") and not a larger count ("three people were injured": he may be one of them); a
// person of an age ("a 27-year-old man") is left to the age reader, and "a man injured in the
// crash said" describes him.
size_t QuantityReader::read_none(size_t i) {
  const Scan& s = s_;
  size_t noun = kNone, next = kNone;  // the counted noun (none: people), the word after the phrase
  bool someone = false;
  if (s.is(i, "nobody")) {
    next = i + 1;
  } else if (s.no_one(i)) {
    next = s.no_one(i);
  } else if (s.is(i, "no") && s.word(i + 1) && !s.stop(i + 1) && !s.cap(i + 1)) {
    noun = i + 1;
    next = i + 2;
  } else if (!s.is(i, "no")) {
    for (size_t k = i + 1; k < i + 5 && s.word(k) && !s.used[k] && noun == kNone; ++k)
      if (word_set(WordList::quantity_someone_nouns).has(s.norm(k))) noun = k;
    if (noun == kNone || (!s.is(noun + 1, "died") && !state_link(s.norm(noun + 1)))) return kNone;
    next = noun + 1;
    someone = true;
  } else {
    return kNone;
  }
  std::string_view state;
  size_t e = next;
  if (noun != kNone && !someone) state = state_word(s.norm(noun), s.stem(noun));  // "no deaths", "no injuries"
  // Casualties are the dead and the injured together: a count of them is neither state, but none
  // of them is none injured (and none dead): "there were no casualties" states what "nobody was
  // hurt" does, and "two people were injured" disputes it.
  if (noun != kNone && state.empty() && word_set(WordList::quantity_none_injured).has(s.stem(noun))) state = "injured";
  if (state.empty()) {
    const size_t k = past_links(next);
    if (!s.word(k)) return kNone;
    state = state_at(k);
    e = k + 1;
  }
  if (state.empty()) return kNone;
  Quantity q;
  q.kind = QuantityKind::kCount;
  q.unit = noun != kNone ? std::string(s.stem(noun)) : stem_english("people");
  if (noun != kNone) q.noun = std::string(s.norm(noun));
  q.state = std::string(state);
  q.num_begin = s.bpos(i);
  q.num_end = s.epos(next - 1);
  if (someone) {
    // At least one: an open end (1e5, below the bound past which compare() rounds every value),
    // not approximate, so that none is not within its rounding. Its hedge, once displayed, is
    // made one of no list, which keeps it from agreeing by count (counts.cc: "a woman was
    // injured" may be another person).
    q.lo = q.num_lo = q.num_hi = q.value = 1;
    q.hi = 1e5;
    q.hedge = "at least";
    q.num_end = s.epos(i);
  }
  push(std::move(q), i, e);  // display: "none", "at least 1" (describe())
  if (someone) out_->back().hedge = "at least one";
  // The words stay free for the negation reader (polarity.cc): "nobody was hurt" denies as well
  // as counts.
  for (size_t k = i; k < e; ++k) s_.used[k] = 0;
  return e;
}

size_t QuantityReader::read(size_t i) {
  Scan& s = s_;
  if (s.used[i]) return kNone;
  if (s.is(i, "no") || s.is(i, "nobody") || s.is(i, "a") || s.is(i, "an")) {
    const size_t none = read_none(i);
    if (none != kNone) return none;
  }
  if (s.number(i) || s.is(i, "a") || s.is(i, "one") || s.is(i, "half") ||
      (s.word(i) && cardinal_value(s.norm(i)) >= 2)) {
    const size_t f = read_fraction(i);
    if (f != kNone) return f;
  }
  size_t start = i;
  std::string currency;
  // Currency symbol or code before the number: "$5m", "US$5", "€2.5 billion", "USD 5 million".
  if (s.any_punct(i) && !currency_symbol(s.norm(i)).empty() && s.number(i + 1)) {
    currency = std::string(currency_symbol(s.norm(i)));
    const size_t p = Scan::back(i, 1);
    if (eq(s.norm(i), "$") && s.attached(i) && s.word(p) && p >= s.floor &&
        !dollar_prefix(s.norm(p)).empty()) {
      currency = std::string(dollar_prefix(s.norm(p)));
      start = p;
    }
    ++i;
  } else if (s.word(i) && s.cap(i) && s.number(i + 1)) {
    if (word_set(WordList::quantity_currency_codes).has(s.norm(i))) {  // "EUR 40", "USD 12"
      currency = std::string(s.norm(i));
      ++i;
    }
  }
  if (s.used[i]) return kNone;
  // A minus sign before the number ("-5C", "minus 5 degrees"): read for temperatures only.
  size_t minus = kNone;
  if (currency.empty() && s.number(i)) {
    const size_t p = Scan::back(i, 1);
    if (p != kNone && p >= s.floor &&
        ((s.punct(p, "-") && s.attached(i) && !s.hyphen_link(p)) || s.is(p, "minus")))
      minus = p;
  }
  Num a;
  if (!parse_number(s, i, &a)) return kNone;
  if (a.begin < start && a.begin >= s.floor && start == i) start = a.begin;  // ".20": its point included
  // "no one", "any one of", "every one": a pronoun, not a number.
  if (a.words && s.is(i, "one") && a.end == i + 1 && i > 0 &&
      ((s.word(i - 1) && word_set(WordList::quantity_read_pronoun_one).has(s.norm(i - 1))) ||
       (i >= 2 && s.no_one(i - 2) == i + 1)))
    return a.end;
  // A number right after a capitalised word is part of a name: "Route 66", "Covid-19".
  if (currency.empty() && !a.words) {
    const size_t p = Scan::back(i, 1);
    const size_t pw = (p != kNone && s.punct(p, "-") && p > 0 && s.joined(p - 1)) ? p - 1 : p;
    if (pw != kNone && s.cap(pw) && !s.start(pw) && !s.stop(pw) && !s.month_at(pw) &&
        s.weekday_at(pw) < 0 && !s.is(pw, "magnitude"))
      return a.end;
  }
  Quantity q;
  double lo = a.lo, hi = a.hi;
  size_t num_b = a.begin, num_e = a.end, e = a.end;
  size_t b = start;
  // Ranges: "10 to 15", "10-15", "two or three", "between 10 and 15", "from 10 to 15".
  if (!a.ordinal && a.vague.empty()) {
    const size_t c = a.end;
    const bool dash = s.punct(c, "-");
    const bool to = s.is(c, "to") || s.is(c, "or");
    const bool and_ = s.is(c, "and") && Scan::back(start, 1) != kNone && s.is(start - 1, "between");  // "between $4 and $8"
    if (dash || to || and_) {
      size_t bi = c + 1;
      if (!currency.empty() && s.any_punct(bi) && currency_symbol(s.norm(bi)) == currency) ++bi;
      Num bn;
      if (parse_number(s, bi, &bn) && !bn.ordinal && bn.vague.empty() && bn.words == a.words) {
        double alo = a.lo, ahi = a.hi;
        if (!a.scaled && bn.scaled) {
          alo *= bn.scale;
          ahi *= bn.scale;
        }
        if (bn.lo > ahi) {
          lo = alo;
          hi = bn.hi;
          q.range = true;
          num_e = e = bn.end;
          if (Scan::back(start, 1) != kNone && Scan::back(start, 1) >= s.floor &&
              (and_ || (s.is(c, "to") && s.is(start - 1, "from"))))
            b = start - 1;
        }
      }
    }
  }
  double num_lo = lo, num_hi = hi;
  // Hedge before: "around 90", "up to 24 hours", "more than $5m".
  size_t hb = 0;
  std::string hedge_words;
  const Hedge* h = a.ordinal || minus != kNone ? nullptr : hedge_before(s, b, &hb, &hedge_words);
  if (h && hedge_words == "some" && !a.vague.empty()) h = nullptr;
  if (h) {
    b = hb;
    q.hedge = hedge_name(*h);
    lo = h->lo * lo;
    hi = h->hi * hi;
  }
  // What the number counts or measures.
  const bool number_joined = s.joined(num_e - 1);
  QuantityKind kind = QuantityKind::kOther;
  std::string unit;
  const MeasureUnit* measure = nullptr;
  bool premodifier = false;  // the phrase modifies a noun after it ("a 6.1-magnitude aftershock")
  size_t noun = kNone;
  size_t mag_begin = 0;
  size_t mend = kNone;
  // "in his 70s", "in her early 40s": an age, the decade (70 to 79).
  size_t whose = Scan::back(b, 1);
  if (whose != kNone && word_set(WordList::quantity_read_decade_parts).has(s.norm(whose))) whose = Scan::back(whose, 1);
  if (!a.words && !a.ordinal && s.is(e, "s") && s.attached(e) && whose != kNone && lo == hi && lo < 130 && static_cast<int>(lo) % 10 == 0 && lo == static_cast<int>(lo) &&
      word_set(WordList::quantity_read_decade_owners).has(s.norm(whose))) {
    kind = QuantityKind::kCount;
    unit = "age";
    num_hi = hi = lo + 9;
    q.range = true;
    ++e;
  } else if (!currency.empty()) {
    kind = QuantityKind::kMoney;
    unit = currency;
  } else if (s.punct(e, "%")) {
    kind = QuantityKind::kPercent;
    unit = "percent";
    ++e;
  } else if (s.is(e, "percent") || s.is(e, "pct") || (s.is(e, "per") && s.is(e + 1, "cent"))) {
    kind = QuantityKind::kPercent;
    unit = "percent";
    e += s.is(e, "per") ? 2 : 1;
  } else if (s.is(e, "percentage") && (s.is(e + 1, "point") || s.is(e + 1, "points"))) {
    kind = QuantityKind::kPercent;
    unit = "percentage point";
    e += 2;
  } else if (s.word(e) && !currency_word(s.norm(e)).empty() &&
             (!eq(s.norm(e), "won") || a.scaled || !a.words)) {
    kind = QuantityKind::kMoney;
    unit = std::string(currency_word(s.norm(e)));
    ++e;
  } else if (s.is(e, "us") && s.word(e + 1) && currency_word(s.norm(e + 1)) == "usd") {
    kind = QuantityKind::kMoney;
    unit = "usd";
    e += 2;
  } else if (!a.ordinal && !a.words && magnitude_before(s, b, &mag_begin)) {
    kind = QuantityKind::kMeasure;
    measure = &kMagnitudeUnit;
    b = std::min(b, mag_begin);
    premodifier = true;  // "a magnitude 5.9 earthquake"
  } else if (!a.ordinal && !a.words && (mend = magnitude_after(s, e)) != kNone) {
    kind = QuantityKind::kMeasure;
    measure = &kMagnitudeUnit;
    premodifier = s.hyphen_link(e) || !s.is(e, "on");
    e = mend;
  } else if (!a.ordinal && !a.words && a.decimal && a.lo < 10 && s.word(e) &&
             quake_noun(s.norm(e))) {
    kind = QuantityKind::kMeasure;  // "a 7.1 quake"
    measure = &kMagnitudeUnit;
    premodifier = true;
  } else if (!a.ordinal && a.vague.empty() &&
             (measure = measure_unit(s, number_joined && s.hyphen_link(e) ? e + 1 : e, &mend)) !=
                 nullptr) {
    kind = QuantityKind::kMeasure;
    premodifier = number_joined && s.hyphen_link(e);  // "a 10-km stretch"
    e = mend;
    if (s.hyphen_link(e) && s.word(e + 1) && word_set(WordList::quantity_read_dimensions).has(s.norm(e + 1))) {
      e += 2;  // "a 300m-long tunnel"
      premodifier = true;
    }
    if (!premodifier) {
      const size_t p = Scan::back(b, 1);
      premodifier = p != kNone && (s.is(p, "a") || s.is(p, "an")) && s.word(e) && !s.stop(e);
    }
  } else if (a.ordinal) {
    kind = QuantityKind::kOrdinal;
    if (number_joined && s.hyphen_link(e) && s.word(e + 1) && !s.stop(e + 1)) {
      noun = e + 1;  // "75th-anniversary"
    } else {
      noun = find_noun(number_joined && s.hyphen_link(e) ? e + 2 : e, false, true);
    }
    if (noun != kNone) {
      unit = std::string(s.stem(noun));
      e = noun + 1;
    } else if (a.words) {
      return kNone;  // "at first", "the first to": not a counted thing
    }
  } else if (number_joined && s.hyphen_link(e) && s.word(e + 1)) {
    const std::string_view w = s.norm(e + 1);
    const WordSet& kFractions = word_set(WordList::quantity_read_fractions);
    if (kFractions.has(w)) return e + 2;  // a fraction without "of" ("two-thirds"): not read
    if (duration_unit(w)) {
      kind = QuantityKind::kDuration;
      unit = std::string(duration_unit(w)->unit);
      e += 2;
      premodifier = true;  // "a six-hour search"
      if (s.joined(e - 1) && s.hyphen_link(e) && s.is(e + 1, "old")) {  // "5-year-old"
        kind = QuantityKind::kCount;
        unit = "age";
        premodifier = false;
        e += 2;
      }
    } else {
      kind = QuantityKind::kCount;  // "a 26-member delegation"
      unit = std::string(s.stem(e + 1));
      noun = e + 1;
      e += 2;
    }
  } else if ((s.word(e) && duration_unit(s.norm(e))) ||
             (!a.vague.empty() && s.is(e, "of") && duration_unit(s.norm(e + 1)))) {
    if (s.is(e, "of")) ++e;  // "a couple of hours", "dozens of years"
    kind = QuantityKind::kDuration;
    unit = std::string(duration_unit(s.norm(e))->unit);
    ++e;
    if (s.is(e, "old")) {  // "26 years old"
      kind = QuantityKind::kCount;
      unit = "age";
      ++e;
    } else if (!q.range && a.vague.empty()) {
      // A duration in two units is one, in the smaller unit: "two hours and 41 minutes", "1 hour
      // 20 minutes", "3 days, 4 hours".
      const DurationUnit* big = duration_unit(s.norm(e - 1));
      const size_t k = s.is(e, "and") || s.punct(e, ",") ? e + 1 : e;
      Num c;
      const DurationUnit* small = parse_number(s, k, &c) && !c.ordinal && c.vague.empty() && !c.scaled && c.lo == c.hi &&
                                          s.word(c.end) ? duration_unit(s.norm(c.end)) : nullptr;
      if (small && small->seconds < big->seconds) {
        const double r = big->seconds / small->seconds;
        lo = lo * r + (h ? h->lo : 1) * c.lo;
        hi = hi * r + (h ? h->hi : 1) * c.hi;
        num_lo = num_lo * r + c.lo;
        num_hi = num_hi * r + c.hi;
        unit = std::string(small->unit);
        e = c.end + 1;
      }
    }
  } else {
    const bool one = a.vague.empty() && lo == hi && a.lo == 1 && !q.range;
    const bool allow_of = !a.vague.empty() || !a.words || !one;
    // A part of a stated whole ("11 of the 24 wagons", "11 of the train's 24 wagons") counts the
    // whole's noun; the whole is read with it, no count of its own.
    size_t from = e;
    if (allow_of && s.is(e, "of")) {
      size_t k = e + 1;
      if (is_determiner(s.norm(k))) ++k;
      if (s.word(k) && s.is(k + 1, "'s")) k += 2;
      Num whole;
      if (parse_number(s, k, &whole) && !whole.ordinal && whole.vague.empty() && whole.lo > hi) from = whole.end;
    }
    noun = find_noun(from, allow_of && from == e && !(a.words && a.lo == 1), false);
    // Number words are often pronouns ("the two met"): more than one needs a plural noun.
    if (noun != kNone && a.words && !one && !s.plural_like(noun)) noun = kNone;
    if (noun != kNone) {
      kind = QuantityKind::kCount;
      unit = std::string(s.stem(noun));
      if (unit == "p" && s.bpos(noun) == s.epos(noun - 1)) unit = "penc";  // "12p": pence
      e = noun + 1;
    } else if (a.words && a.vague.empty()) {
      // A number word alone is a value only where a value is expected: "the toll rose to
      // seven", "stood at two", "reached nine."
      const WordSet& kValueBefore = word_set(WordList::quantity_read_value_before);
      const size_t p = Scan::back(b, 1);
      const bool ends = e >= s.size() || s.clause_break(e) || s.is(e, "and") || s.is(e, "on") ||
                        s.is(e, "in") || s.is(e, "by");
      // Or where people are counted in a state: "nine were killed", "two died".
      const bool counted = !a.ordinal && !state_at(past_links(e)).empty();
      if (!counted && (a.ordinal || p == kNone || !kValueBefore.has(s.norm(p)) || !ends || !s.word(p)))
        return a.end;
    }
  }
  // Measures: convert to the base unit; a minus sign counts for temperatures only.
  double factor = 1, offset = 0;
  if (measure) {
    unit = std::string(measure->base);
    q.unit_text = std::string(measure->text);
    factor = measure->factor;
    offset = measure->offset;
    if (minus != kNone && (eq(measure->base, "celsius") || eq(measure->base, "degree"))) {
      b = std::min(b, minus);
      num_lo = -num_lo;
      num_hi = -num_hi;
      lo = -lo;
      hi = -hi;
    }
  }
  q.num_begin = s.bpos(num_b);
  q.num_end = s.epos(num_e - 1);
  q.kind = kind;
  q.unit = std::move(unit);
  q.num_lo = num_lo;
  q.num_hi = num_hi;
  q.step = q.range || !a.vague.empty() ? 0 : a.step;
  q.vague = a.vague;
  q.approx = h != nullptr || !a.vague.empty();
  if (!a.vague.empty() && !h) {
    lo = num_lo;
    hi = num_hi;
  }
  q.lo = lo * factor + offset;
  q.hi = hi * factor + offset;
  q.value = (q.range || !a.vague.empty() ? (num_lo + num_hi) / 2 : num_lo) * factor + offset;
  if (!std::isfinite(q.lo) || !std::isfinite(q.hi) || !std::isfinite(q.value)) return e;
  if (noun != kNone && s.word(noun)) q.noun = std::string(s.norm(noun));
  // How often something happened ("arrested four times") counts no one in a state.
  if ((kind == QuantityKind::kCount || kind == QuantityKind::kOther) && q.noun != "times" && q.noun != "time")
    q.state = find_state(b, noun, num_e);
  if (kind == QuantityKind::kMeasure || kind == QuantityKind::kMoney ||
      kind == QuantityKind::kPercent || kind == QuantityKind::kDuration) {
    if (!premodifier && kind != QuantityKind::kMeasure) {
      const size_t p = Scan::back(b, 1);
      premodifier = p != kNone && (s.is(p, "a") || s.is(p, "an")) && s.word(e) && !s.stop(e);
    }
    find_owner(b, e, premodifier, &q);
  }
  push(std::move(q), b, e);
  return e;
}

}  // namespace

namespace facts_internal {
size_t read_quantity(Scan& s, size_t i, std::vector<Quantity>* out) {
  return QuantityReader(s, out).read(i);
}
}  // namespace facts_internal

// ---------------------------------------------------------------------------------------------

std::string describe(const Quantity& q) {
  // A count of none ("no one was killed", "0 deaths") reads as such.
  if (q.kind == QuantityKind::kCount && q.vague.empty() && q.hedge.empty() && q.num_lo == 0 && q.num_hi == 0) return "none";
  std::string out = q.hedge;
  if (!out.empty()) out += ' ';
  // Before the number: a currency symbol ("$5 million"), "magnitude".
  const char* symbol = nullptr;
  if (q.kind == QuantityKind::kMoney) {
    symbol = eq(q.unit, "usd")   ? "$"
             : eq(q.unit, "eur") ? "\xE2\x82\xAC"
             : eq(q.unit, "gbp") ? "\xC2\xA3"
             : eq(q.unit, "jpy") ? "\xC2\xA5"
                                 : nullptr;
    if (symbol) out += symbol;
  } else if (q.kind == QuantityKind::kMeasure && eq(q.unit, "magnitude")) {
    out += "magnitude ";
  }
  // The number: a vague amount as written, an ordinal, a range, or a value.
  if (!q.vague.empty()) {
    out += q.vague;
  } else if (q.kind == QuantityKind::kOrdinal) {
    const double v = std::round(q.num_lo);
    out += format_number(v);
    out += std::fabs(v) < 1e15 ? ordinal_suffix(static_cast<long long>(v)) : "th";
  } else {
    out += format_number(q.num_lo);
    if (q.range && q.num_hi != q.num_lo) {
      out += "\xE2\x80\x93";
      out += format_number(q.num_hi);
    }
  }
  // After it: "%", a currency code ("5 million CHF") or a currency's name when it has no code of
  // one country ("3 million crowns"), a unit ("10 km", "30°C").
  if (q.kind == QuantityKind::kPercent && q.vague.empty()) {
    out += !eq(q.unit, "percentage point") ? "%"
           : q.num_hi == 1                 ? " percentage point"
                                           : " percentage points";
  } else if (q.kind == QuantityKind::kMoney && !symbol) {
    out += ' ';
    for (char c : q.unit) out += static_cast<char>(c >= 'a' && c <= 'z' && q.unit.size() == 3 ? c - 32 : c);
  } else if (q.kind == QuantityKind::kMeasure && !q.unit_text.empty()) {
    if (q.unit_text.compare(0, 2, "\xC2\xB0") != 0) out += ' ';
    out += q.unit_text;
  } else if (q.kind == QuantityKind::kDuration && q.vague.empty()) {
    // Its unit, so that two durations compare as read ("2 hours" / "90 minutes").
    out += ' ';
    out += q.unit;
    if (q.num_hi != 1) {
      if (eq(q.unit, "century")) out.replace(out.size() - 1, 1, "ie");
      out += 's';
    }
  }
  return out;
}

Match compare(const Quantity& a, const Quantity& b) {
  using K = QuantityKind;
  const auto countish = [](K k) { return k == K::kCount || k == K::kOther; };
  if (a.kind != b.kind && !(countish(a.kind) && countish(b.kind))) return Match::kIncomparable;
  if ((eq(a.unit, "age")) != (eq(b.unit, "age")) && a.kind != K::kOther && b.kind != K::kOther)
    return Match::kIncomparable;
  if ((a.kind == K::kMoney || a.kind == K::kPercent || a.kind == K::kMeasure) && a.unit != b.unit)
    return Match::kIncomparable;
  double alo = a.lo, ahi = a.hi, blo = b.lo, bhi = b.hi;
  // A range of ages is exact ("in his 70s" is 70 to 79); other ranges round.
  bool loose = a.approx || b.approx || ((a.range || b.range) && !eq(a.unit, "age")) || !a.vague.empty() || !b.vague.empty();
  double tol_abs = 0;
  if (a.kind == K::kDuration && a.unit != b.unit) {
    const double sa = unit_seconds(a.unit), sb = unit_seconds(b.unit);
    if (sa == 0 || sb == 0) return Match::kIncomparable;
    alo *= sa;
    ahi *= sa;
    blo *= sb;
    bhi *= sb;
    loose = true;
  }
  if (a.kind == K::kMeasure && a.unit_text != b.unit_text) {
    if (eq(a.unit, "celsius")) tol_abs = 1.0;  // 30 °C is written 86 °F
    else loose = true;                      // "10 km (6 miles)": a rounded conversion
  }
  if (!(std::isfinite(alo) && std::isfinite(ahi) && std::isfinite(blo) && std::isfinite(bhi)))
    return Match::kIncomparable;
  const double big = std::max({std::fabs(alo), std::fabs(ahi), std::fabs(blo), std::fabs(bhi)});
  const double eps = 1e-9 * std::max(1.0, big);
  if (std::fabs(alo - blo) <= eps && std::fabs(ahi - bhi) <= eps) return Match::kSame;
  if (big >= 1e6) loose = true;
  const double tol = std::max(loose ? 0.05 * big : eps, tol_abs);
  if (alo <= bhi + tol && blo <= ahi + tol) return Match::kCompatible;
  // A value written with fewer digits may be the other rounded ("1.2 percent" / "1.23 percent",
  // "$22 million" / "$22.4 million"; not "magnitude 6.0" / "5.8").
  if (a.step > 0 && b.step > 0 && a.step != b.step && a.unit_text == b.unit_text && a.num_lo == a.num_hi &&
      b.num_lo == b.num_hi && std::fabs(a.num_lo - b.num_lo) <= std::max(a.step, b.step) / 2 * (1 + 1e-9))
    return Match::kCompatible;
  return Match::kConflict;
}

bool compatible(const Quantity& a, const Quantity& b) { return compare(a, b) != Match::kConflict; }

}  // namespace tri
