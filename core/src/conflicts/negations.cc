// conflicts/negations.cc — a predicate one unit denies where the other states it.
#include "conflicts/kinds.h"

#include <algorithm>
#include <string>
#include <vector>

#include "facts/scan.h"
#include "name_kinds.h"
#include "words.h"

namespace tri {
namespace conflicts_internal {
namespace {

bool is_auxiliary(const std::string& w) {
  const WordSet& kAux = word_set(WordList::negations_is_auxiliary_aux);
  return kAux.has(w);
}

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

// "Not ... until" and "not ... before" say when, not whether: against "after", "once" or "when",
// or the same time ("until" against any statement without its own "until"), they agree ("will not
// be named until charges are laid" / "would be named after he is charged", "will not reopen before
// September" / "will reopen in September"). `n`: a's negation; `j`: b's predicate.
bool not_until(const Side& a, const Negated& n, const Side& b, size_t j) {
  const auto& ta = a.u.data->tokens;
  size_t k = n.pred + 1;  // the bound: the clause word that ends the scope, or "before" in it
  while (k < ta.size() && ta[k].begin < n.scope_end && ta[k].norm != "before") ++k;
  if (k >= ta.size() || !word_set(WordList::negations_not_until_bounds).has(ta[k].norm)) return false;  // until, till, before
  const auto& tb = b.u.data->tokens;
  bool until = false;  // the other's clause has its own "until" ("would be released until relatives are told")
  for (size_t i = j + 1; i < tb.size() && i <= j + 8; ++i) {
    const std::string& w = tb[i].norm;
    if (word_set(WordList::negations_not_until_after).has(w)) return true;  // after, once, when
    if (tb[i].type == TokenType::kPunct && w != "-") break;
    until = until || w == "until" || w == "till";
  }
  // "Did not reach Dunmere until Friday" tells that it did, and when: against a statement without
  // "until" no denial (its time is disputed as a time of that happening, dates.cc).
  if (ta[k].norm != "before" && !until) return true;
  for (const TimeExpr& x : a.u.data->facts.times) {
    // The bound's own time, right after it ("before September", "until next week").
    if (x.begin < ta[k].end || k + 1 >= ta.size() || (x.begin != ta[k + 1].begin && (k + 2 >= ta.size() || x.begin != ta[k + 2].begin)))
      continue;
    for (const TimeExpr& y : b.u.data->facts.times) {
      if (y.begin < tb[j].end || (j + 10 < tb.size() && y.begin > tb[j + 10].begin)) continue;
      const Match m = compare(x, y);
      if (m == Match::kSame || m == Match::kCompatible) return true;
    }
  }
  return false;
}

// The verb an intention at token k announces ("plans to close", "intention of closing"); k when
// the token is no intention followed by one.
size_t intended(const SimUnit& u, size_t k) {
  const auto& t = u.data->tokens;
  if (k + 2 >= t.size() || !word_set(WordList::negations_intended_intent).has(t[k].norm)) return k;
  const bool to = t[k + 1].norm == "to";
  if (!to && t[k + 1].norm != "of") return k;
  const std::string& v = t[k + 2].norm;
  const bool verb = to || (v.size() > 4 && facts_internal::ends_with(v, "ing"));
  return verb && (u.words[k + 2].flags & kContent) && !(u.words[k + 2].flags & (kName | kNumber)) ? k + 2 : k;
}

// A denial of more ("denied that further job cuts were planned") says nothing of what was
// stated before ("plans to cut 600 jobs"): only a statement of more disputes it ("more job cuts
// are planned").
bool more_denied(const Side& a, const Negated& n, const Side& b) {
  const WordSet& more = word_set(WordList::negations_more_denied_more);
  bool denied = false, stated = false;
  for (const Token& t : a.u.data->tokens) denied = denied || (t.begin > n.span.first && t.begin < n.scope_end && more.has(t.norm));
  for (const Token& t : b.u.data->tokens) stated = stated || more.has(t.norm);
  return denied && !stated;
}

// "Not A but B" corrects what follows the predicate, and states the predicate ("did not crash
// into the sea but into a field").
bool contrasted(const SimUnit& u, const Negation& n) {
  const WordSet& kComplement = word_set(WordList::negations_contrasted_complement);
  const auto& t = u.data->tokens;
  size_t k = 0;
  while (k < t.size() && t[k].begin < n.begin) ++k;
  // "but" and a complement after the negation in its sentence ("not for who she is but for what
  // she did", "not because of X, but because of Y"); a clause after "but" is no contrast of this
  // ("is not charged, but the police said ...": after a comma, only a preposition or "because").
  for (size_t steps = 0; k + 1 < t.size() && steps < 12; ++k, ++steps) {
    if (t[k].norm == ";" || t[k].norm == "." || t[k].norm == ":") break;
    if (t[k].norm != "but") continue;
    const std::string& w = t[k + 1].norm;
    const bool article = w == "a" || w == "an" || w == "the";
    return w == "because" || (kComplement.has(w) && !(article && k > 0 && t[k - 1].norm == ","));
  }
  return false;
}

}  // namespace

std::vector<Negated> negated(const SimUnit& u) {
  std::vector<Negated> out;
  const auto& t = u.data->tokens;
  for (const Negation& n : u.data->facts.negations) {
    if (n.pred_end <= n.pred_begin || record(u, n) || contrasted(u, n)) continue;
    size_t k = 0, p = 0;
    while (k < t.size() && t[k].begin < n.begin) ++k;
    while (p < t.size() && t[p].begin < n.pred_begin) ++p;
    // The predicate's content word: the first one in its span.
    while (p < t.size() && t[p].end <= n.pred_end && !(u.words[p].flags & kContent)) ++p;
    if (k >= t.size() || p >= t.size() || t[p].end > n.pred_end) continue;
    if (u.words[p].flags & (kName | kNumber)) continue;
    // Not saying is no claim ("police could not say how many", "would not comment"), and "no one
    // else was hurt" denies others, not what another source states.
    const WordSet& kSpeech = word_set(WordList::negations_negated_speech);
    if (kSpeech.has(t[p].norm)) continue;
    size_t after = k;
    while (after < t.size() && t[after].end <= n.end) ++after;
    if (after < t.size() && t[after].norm == "else") continue;
    out.push_back({k, p, negation_span(n), n.scope_end, n.word == "nobody" || n.word == "no one"});
  }
  return out;
}

namespace {

// The stated side gives the amount of its predicate as none ("visibility was close to zero",
// "nil visibility"): that says what a denial ("no visibility") says.
bool stated_as_none(const SimUnit& u, size_t pred) {
  const auto& t = u.data->tokens;
  const auto none = [&](size_t k) {
    const std::string& w = t[k].norm;
    return word_set(WordList::negations_stated_as_none_none).has(w);  // zero, nil, none, nothing
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

// Token k of side s is what a negation of s speaks of, right before it: only words of its
// phrase or auxiliaries between ("Alcohol hand gels do not kill"). s denies something of it too,
// so a denial of it on the other side ("Soap and water, not alcohol gel, is needed") does not
// contradict s.
bool denied_of(const Side& s, size_t k) {
  const auto& t = s.u.data->tokens;
  if (s.u.words[k].flags & kVerb) return false;
  for (size_t i = k + 1; i < t.size() && i <= k + 4; ++i) {
    for (const Negation& n : s.u.data->facts.negations)
      if (t[i].begin == n.begin) return true;
    if (!(s.u.words[i].flags & kContent) && !is_auxiliary(t[i].norm)) return false;
  }
  return false;
}

// The negator at token k of side a stands where the other side has a negation of its own ("no
// evidence exists to show" / "no evidence shows", "denied that pressure had forced" / "denied that
// it was pressure which had forced"): both deny, whatever each took for the predicate.
bool shared_negator(const Side& a, size_t k, const Side& b) {
  const int j = a.to[k];
  if (j < 0) return false;
  if (b.u.words[static_cast<size_t>(j)].flags & kNegator) return true;
  const size_t at = b.u.data->tokens[static_cast<size_t>(j)].begin;
  for (const Negation& n : b.u.data->facts.negations)
    if (n.begin == at) return true;
  return false;
}

// Side s states its verb k of nothing ("gave no details", "found nothing"): that denies what a
// negated verb denies ("declined to give details").
bool object_denied(const Side& s, size_t k) {
  const auto& t = s.u.data->tokens;
  if (k + 1 >= t.size()) return false;
  const std::string& w = t[k + 1].norm;
  return word_set(WordList::negations_object_denied_none).has(w);  // no, nothing, none, nobody
}

// Side s names its word k as what someone tried, hoped or planned to do ("tried to reach the
// harbour"): not that it happened, so a failure to do it ("failed to reach") does not contradict it.
bool only_attempted(const Side& s, size_t k) {
  const auto& t = s.u.data->tokens;
  return k >= 2 && t[k - 1].norm == "to" && word_set(WordList::negations_only_attempted).has(t[k - 2].norm);
}

// Negator k denies what is to come ("will not appeal", "won't"): that contradicts an intention
// ("plans to appeal"), which only_attempted() sets apart from what happened.
bool future(const SimUnit& u, size_t k) {
  const WordSet& kFuture = word_set(WordList::negations_future);  // will, won't, would, wouldn't
  const auto& t = u.data->tokens;
  return kFuture.has(t[k].norm) || (k > 0 && kFuture.has(t[k - 1].norm));
}

// "Again" after token k in its clause (up to six tokens on): another time of what k names ("would
// not raise rates again" does not deny the rise that happened).
bool again_after(const SimUnit& u, size_t k) {
  const auto& t = u.data->tokens;
  for (size_t i = k + 1; i < t.size() && i <= k + 6 && t[i].type != TokenType::kPunct; ++i)
    if (t[i].norm == "again") return true;
  return false;
}

// The personal pronoun that is the subject right before token k (up to four tokens back, past
// auxiliaries and adverbs), or "".
std::string subject_pronoun(const Side& s, size_t k) {
  const auto& t = s.u.data->tokens;
  for (size_t i = k, steps = 0; i > 0 && steps < 4; ++steps) {
    --i;
    const std::string& n = t[i].norm;
    const std::string w = n.substr(0, n.find('\''));  // "i'm", "he's"
    if (facts_internal::is_pronoun(w)) return w;
    if (t[i].type == TokenType::kPunct || (s.u.words[i].flags & kContent)) break;
  }
  return "";
}

// The tense an auxiliary tells, its "n't" aside: 1 present ("does", "isn't"), 2 past ("did",
// "wasn't", "had"), 3 to come ("will", "would", "won't": "would not raise rates again" leaves
// "raised its rate" standing), 0 none (another modal; "has", whose perfect reaches into the past:
// "has not approved" denies "approved on Monday").
int aux_tense(std::string w) {
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) w.resize(w.size() - 3);
  return word_set(WordList::negations_aux_tense_present).has(w)  ? 1   // am, are, do, does, is
         : word_set(WordList::negations_aux_tense_past).has(w)  ? 2   // did, had, was, were
         : word_set(WordList::negations_aux_tense_future).has(w) ? 3  // shall, will, wo(n't), would
                                                                  : 0;
}

// A denial and a statement told in two tenses speak of two times ("She doesn't live on Kelby Road"
// / "who lived on Kelby Road"): the denial's tense by the auxiliary that carries it or stands
// before its predicate ("No ferries will run" / "The ferry ran aground"), the
// statement's by its auxiliary or, without one, its form ("lived", "met"; "runs").
bool other_tense(const Side& a, const Negated& n, const Side& b, size_t j, const Lexicon& lexicon) {
  const auto& ta = a.u.data->tokens;
  const std::string& neg = ta[n.negator].norm;
  int denied = neg == "not" || neg == "n't" ? (n.negator > 0 ? aux_tense(ta[n.negator - 1].norm) : 0) : aux_tense(neg);
  if (denied == 0 && n.pred > n.negator) denied = aux_tense(ta[n.pred - 1].norm);  // "No ferries will run"
  if (denied == 0) return false;
  const auto& tb = b.u.data->tokens;
  int stated = 0;
  if (j > 0 && is_auxiliary(tb[j - 1].norm)) {
    stated = aux_tense(tb[j - 1].norm);  // none for a modal ("will live")
  } else {
    const std::string& w = tb[j].norm;
    const bool past = (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) ||
                      (lexicon.is_verb(b.u.words[j].lex) && lexicon.base_form(w) != w);
    // A present form ("runs aground") is not what a denial of the future speaks of; against a
    // denial in the past it stays, as a headline tells in the present what happened.
    stated = past ? 2 : denied == 3 && w.back() == 's' && tb[j].stem != w ? 1 : 0;
  }
  return stated != 0 && stated != denied;
}

// Token k stands in a condition ("if the subsidies are not repealed", "unless they are
// repealed"): a condition asserts nothing, whichever way it is put.
bool conditional(const SimUnit& u, size_t k) {
  const auto& t = u.data->tokens;
  for (size_t i = k + 1, steps = 0; i > 0 && steps < 12; ++steps) {
    --i;
    const std::string& w = t[i].norm;
    if (w == "," || w == ";" || w == ":" || w == "." || w == "but") return false;
    if (w == "if" || w == "unless") return true;
  }
  return false;
}

// A verb that lends its negation to the clause after it ("I don't think he was there" says "I
// think he wasn't"): the other side's negation after the verb's counterpart is the same denial.
bool raised_elsewhere(const Side& a, const Negated& n, const Side& b, size_t j) {
  const WordSet& kRaising = word_set(WordList::negations_raised_elsewhere_raising);
  if (!kRaising.has(a.u.data->tokens[n.pred].norm)) return false;
  const auto& tb = b.u.data->tokens;
  for (const Negation& m : b.u.data->facts.negations)
    if (m.begin >= tb[j].end && m.begin <= tb[std::min(j + 12, tb.size() - 1)].end) return true;
  return false;
}

// Side s states its word k as what someone was kept from doing ("barred from discussing",
// "prevented by the court from leaving"): that is not doing it.
bool kept_from(const Side& s, size_t k) {
  const WordSet& kKept = word_set(WordList::negations_kept_from_kept);
  const auto& t = s.u.data->tokens;
  for (size_t i = k, steps = 0; i > 0 && steps < 3; ++steps) {
    --i;
    if (t[i].norm != "from") continue;
    for (size_t v = i, back = 0; v > 0 && back < 6; ++back) {  // "barred by the league from"
      --v;
      if (kKept.has(t[v].norm)) return true;
      if (t[v].type == TokenType::kPunct) break;
    }
    return false;
  }
  return false;
}

// A word of `list` among the (up to four) tokens before token k in its clause, with no other
// content word between ("charged with arson", "lost their sense").
bool after_word(const Side& s, size_t k, WordList list) {
  const auto& t = s.u.data->tokens;
  for (size_t i = k, steps = 0; i > 0 && steps < 4; ++steps) {
    --i;
    if (t[i].type == TokenType::kPunct) return false;
    if (word_set(list).has(t[i].norm)) return true;
    if (s.u.words[i].flags & kContent) return false;
  }
  return false;
}

// Side s states its word k as absent or hardly so: after a word of losing, lacking, removing or
// blocking, or an adverb of "almost never" ("lost their sense of time", "removed from the final
// bill", "blocked the road", "rarely keep passenger lists"). That says what a denial says ("no
// longer had any sense of time", "was not in the final bill", "left without a road", "do not keep
// passenger lists"), unless the denial's predicate `pred` is
// itself such a word ("No homes were lost" denies the loss).
bool stated_absent(const Side& s, size_t k, const Side& denial, size_t pred) {
  return after_word(s, k, WordList::negations_stated_absent_words) &&
         !word_set(WordList::negations_stated_absent_words).has(denial.u.data->tokens[pred].norm);
}

// Side s states its word k as stopped or forbidden: after a word of stopping ("suspended visiting",
// "banned swimming") or as the subject of one, its complement and auxiliaries between ("Visiting has
// been suspended", "Visits to the ward were stopped"). That says what a denial of doing it says
// ("may not visit", "told not to swim"), unless the denial's predicate is itself such a word
// ("Visiting was not suspended").
bool stated_stopped(const Side& s, size_t k, const Side& denial, size_t pred) {
  const WordSet& kStops = word_set(WordList::negations_stopped_stops);
  if (kStops.has(denial.u.data->tokens[pred].norm)) return false;
  const WordSet& kDeterminers = word_set(WordList::slots_verb_at_determiners);
  const auto& t = s.u.data->tokens;
  for (size_t i = k; i > 0 && i + 3 > k;) {  // "suspended all visits" (not "stopped by the church")
    --i;
    if (kStops.has(t[i].norm)) return true;
    if (!kDeterminers.has(t[i].norm) && t[i].norm != "all") break;
  }
  for (size_t i = k + 1; i < t.size() && i <= k + 12 && t[i].type != TokenType::kPunct; ++i) {
    if (kStops.has(t[i].norm)) return true;
    if (s.u.words[i].flags & kVerb) return false;  // another verb: k is what it tells of
  }
  return false;
}

// Side s states its word k as what someone is accused of ("charged with arson", "arrested on
// suspicion of fraud"): a denial of it ("denies arson") answers the accusation and contradicts
// nothing the other side states.
bool accused(const Side& s, size_t k) { return after_word(s, k, WordList::negations_accused_accusations); }

// Token k is a negation's predicate, or stands between its negator and predicate ("going" in
// "not going to be").
bool governed(const std::vector<Negated>& neg, size_t k) {
  for (const Negated& n : neg)
    if (n.pred == k || (n.negator < k && k < n.pred)) return true;
  return false;
}

// Word k of side a is a broader word for word j of side b ("cut" for "slice", "food" for "pizza").
bool broader(const Side& a, size_t k, const Side& b, size_t j, const Lexicon& lexicon) {
  return lexicon.relation(b.u.words[j].lex, a.u.words[k].lex) == WordRelation::kHypernym;
}

// The denial names something narrower than what the other side states, after its predicate
// ("nobody is slicing a tomato" / "someone is slicing a vegetable"), or narrows it by a phrase the
// other side does not have: a preposition and a content word within three tokens, both unaligned
// ("there is no cat eating corn on the cob" / "a cat is eating corn"; "declined to make an offer
// during that time" / "made an offer"). It leaves the stated claim open, and the two do not
// contradict each other.
bool narrower_in_scope(const Side& a, const Negated& n, const Side& b, const Lexicon& lexicon) {
  const auto& t = a.u.data->tokens;
  const WordSet& kNarrowing = word_set(WordList::negations_narrowing_prepositions);
  const auto within = [&](size_t k) { return k < t.size() && t[k].end <= n.scope_end; };
  for (size_t k = n.pred + 1; within(k); ++k) {
    if (a.to[k] >= 0 && a.match[k] == WordMatch::kHypernym && broader(b, static_cast<size_t>(a.to[k]), a, k, lexicon))
      return true;
    if (a.to[k] < 0 && kNarrowing.has(t[k].norm))
      for (size_t m = k + 1; m <= k + 3 && within(m); ++m)
        if ((a.u.words[m].flags & kContent) && a.to[m] < 0) return true;
  }
  return false;
}

// Word k of a, unaligned, names what an unaligned word of b shortly before its word j names: a
// name and the noun the cluster gives as its kind ("the Saltwren had not passed" / "the vessel had
// passed": name_kinds.h), or a pronoun right before it that may stand for it.
bool same_thing(const Side& a, size_t k, const Side& b, size_t j, const Lexicon& lexicon) {
  for (size_t x = j > 8 ? j - 8 : 0; x < j; ++x) {
    if (b.to[x] < 0 && (b.u.words[x].flags & kContent) && same_kind(a.u.words[k], b.u.words[x], lexicon)) return true;
    // Or a pronoun, which may stand for what a noun names ("his client would not appeal" / "he
    // would appeal"; a name is someone in particular: "Liddy refused to plead" / "he pleaded").
    const std::string& w = b.u.data->tokens[x].norm;
    if (x + 3 > j && !(a.u.words[k].flags & kName) && (w == "he" || w == "she" || w == "they")) return true;
  }
  return false;
}

// What verb k of side s takes is a pronoun ("vote for her", "called him") where the other side's
// verb o takes a noun that pronoun's owner has, unaligned ("voted for her opponent", "called his
// lawyer"): the two verbs take two things.
bool possessed_apart(const Side& s, size_t k, const Side& other, size_t o) {
  // The first word after verb v that is no preposition or article (up to three on), or npos.
  const auto taken = [](const Side& x, size_t v) {
    const auto& t = x.u.data->tokens;
    for (size_t i = v + 1; i < t.size() && i <= v + 3 && t[i].type != TokenType::kPunct; ++i)
      if ((x.u.words[i].flags & kContent) || word_set(WordList::negations_object_pronouns).has(t[i].norm) ||
          word_set(WordList::numbers_possessor_possessives).has(t[i].norm))
        return i;
    return std::string::npos;
  };
  const size_t p = taken(s, k), q = taken(other, o);
  if (p == std::string::npos || q == std::string::npos) return false;
  const auto& ts = s.u.data->tokens;
  const auto& to = other.u.data->tokens;
  return word_set(WordList::negations_object_pronouns).has(ts[p].norm) &&
         !(p + 1 < ts.size() && (s.u.words[p + 1].flags & kContent)) &&
         word_set(WordList::numbers_possessor_possessives).has(to[q].norm) && q + 1 < to.size() &&
         (other.u.words[q + 1].flags & kContent) && other.to[q + 1] < 0;
}

// What verb k of side s takes (the word after it, or after an article or possessive: not after a
// preposition, "met with Ruiz" is Ruiz meeting too) is the subject of the other side's verb o,
// right before it with only function words between ("may fail to hold the straps" / "the straps
// that hold a child"), both verbs active (no form of "be" among the three tokens before either:
// "did not arrest the man" / "the man was arrested" is one thing): the two verbs tell what two
// things do.
bool roles_swapped(const Side& s, size_t k, const Side& other, size_t o) {
  const auto passive = [](const Side& x, size_t v) {
    for (size_t i = v, steps = 0; i > 0 && steps < 3; ++steps)
      if (facts_internal::is_be_form(x.u.data->tokens[--i].norm)) return true;
    return false;
  };
  if (passive(s, k) || passive(other, o)) return false;
  const auto& t = s.u.data->tokens;
  for (size_t i = k + 1; i < t.size() && i <= k + 3; ++i) {
    if (word_set(WordList::slots_verb_at_determiners).has(t[i].norm)) continue;
    if (!(s.u.words[i].flags & kContent)) return false;
    const int w = s.to[i];
    if (w < 0 || static_cast<size_t>(w) >= o) return false;
    for (size_t m = static_cast<size_t>(w) + 1; m < o; ++m)
      if ((other.u.words[m].flags & kContent) || other.u.data->tokens[m].type == TokenType::kPunct) return false;
    return true;
  }
  return false;
}

// The first of `words` (or `also`) among the four tokens before token k, within its clause ("most
// of the routes"), or null.
const std::string* quantified(const std::vector<Token>& t, size_t k, WordList words, const std::string* also) {
  for (size_t steps = 0; steps < 4 && k > 0 && t[k - 1].type != TokenType::kPunct; ++steps) {
    --k;
    if (word_set(words).has(t[k].norm) || (also && t[k].norm == *also)) return &t[k].norm;
  }
  return nullptr;
}

// Negator k, after its auxiliary, stands in what a speaker says of itself ("The company said it
// had no plans to move", "Ruiz said that she had no plans"): the past is the report's, and the
// intention may still hold. Not what it says of another ("Police said the driver did not intend").
bool reported(const SimUnit& u, size_t k) {
  static constexpr WordSet kSelf("he it she they we");
  const auto& t = u.data->tokens;
  if (k < 3 || !kSelf.has(t[k - 2].norm)) return false;
  const size_t said = k - 3 - (t[k - 3].norm == "that" && k > 3);  // the attribution's last word
  for (const Attribution& at : u.data->facts.attributions)
    if (at.end == t[said].end) return true;
  return false;
}

}  // namespace

void negations(const Side& a, const std::vector<Negated>& na, const Side& b, const std::vector<Negated>& nb, bool a_first,
               const Lexicon& lexicon, std::vector<Difference>* out) {
  // A unit that denies something is contradicted only by a unit that denies nothing in that slot.
  for (Negated n : na) {
    // A denied intention denies the act it announces ("has no plans to close the line", "no
    // intention of closing" / "will close the line"), when the intention has no counterpart.
    // The intention's tense is not the act's ("does not plan to close" / "will close").
    bool intent = false;
    if (const size_t v = intended(a.u, n.pred); a.to[n.pred] < 0 && v != n.pred && a.to[v] >= 0) {
      n.pred = v;
      intent = true;
      n.span.second = std::max(n.span.second, a.u.data->tokens[v].end);
    }
    const int j = a.to[n.pred];
    // The denied predicate must be the word the other states (or a synonym), or the broader word
    // one level up (what "slicing" states, "not cutting" denies); not a narrower word ("not
    // slicing" / "cutting"), a sibling ("react" / "attempt") or a derived noun ("live" / "life",
    // "agree" / "agreement").
    const WordMatch pm = a.match[n.pred];
    if (j < 0 || pm == WordMatch::kFunction || pm == WordMatch::kSibling || pm == WordMatch::kDerivation) continue;
    // The stated word is then a verb: flagged as one, or after an auxiliary ("is slicing"; not
    // "a news conference").
    if (pm == WordMatch::kHypernym) {
      const size_t s = static_cast<size_t>(j);
      const bool verb = (b.u.words[s].flags & kVerb) || (s > 0 && is_auxiliary(b.u.data->tokens[s - 1].norm));
      if (!verb || !lexicon.parent(b.u.words[s].lex, a.u.words[n.pred].lex)) continue;
    }
    if (narrower_in_scope(a, n, b, lexicon) || shared_negator(a, n.negator, b) || more_denied(a, n, b) ||
        raised_elsewhere(a, n, b, static_cast<size_t>(j)) || not_until(a, n, b, static_cast<size_t>(j)) ||
        (!intent && other_tense(a, n, b, static_cast<size_t>(j), lexicon)) ||
        (intent && n.negator > 0 && aux_tense(a.u.data->tokens[n.negator - 1].norm) == 2 &&
         !reported(a.u, n.negator)) ||  // "did not intend to"
        conditional(a.u, n.negator) ||
        again_after(a.u, n.pred) != again_after(b.u, static_cast<size_t>(j)) ||
        conditional(b.u, static_cast<size_t>(j)))
      continue;
    // Two different people as subjects ("we didn't seem to have a plan" / "he seemed a safe pick");
    // "it" and "they" may both stand for one body ("the union said it was consulted" / "the union
    // said they had not been consulted").
    const std::string pa = subject_pronoun(a, n.negator), pb = subject_pronoun(b, static_cast<size_t>(j));
    const auto body = [](const std::string& p) { return p == "it" || p == "they"; };
    if (!pa.empty() && !pb.empty() && pa != pb && !(body(pa) && body(pb))) continue;
    // What each verb takes (the first content word after it in its clause), unaligned on both sides:
    // the denial and the statement are of two things ("never returned any of his calls" / "returned
    // to Kelby College"). (A predicate after an article is a noun: "did not have a knife in his
    // hand" / "had a knife in his pocket" still dispute the knife.)
    const auto other_thing = [](const Side& s, size_t k) {
      const auto& t = s.u.data->tokens;
      for (size_t i = k + 1; i < t.size() && i <= k + 4 && t[i].type != TokenType::kPunct; ++i)
        if (s.u.words[i].flags & kContent) return s.to[i] < 0;
      return false;
    };
    if (n.pred > 0 && !word_set(WordList::slots_verb_at_determiners).has(a.u.data->tokens[n.pred - 1].norm) &&
        other_thing(a, n.pred) && other_thing(b, static_cast<size_t>(j)))
      continue;
    // So are a pronoun and a noun it owns ("did not vote for her" / "voted for her opponent"), and
    // what one verb takes and the other's subject.
    if (possessed_apart(a, n.pred, b, static_cast<size_t>(j)) || possessed_apart(b, static_cast<size_t>(j), a, n.pred) ||
        roles_swapped(a, n.pred, b, static_cast<size_t>(j)) || roles_swapped(b, static_cast<size_t>(j), a, n.pred))
      continue;
    if (governed(nb, static_cast<size_t>(j)) || in_denial(b, static_cast<size_t>(j), a) || denied_of(b, static_cast<size_t>(j)) ||
        stated_as_none(b.u, static_cast<size_t>(j)) || object_denied(b, static_cast<size_t>(j)) ||
        (only_attempted(b, static_cast<size_t>(j)) && !future(a.u, n.negator)) || kept_from(b, static_cast<size_t>(j)) ||
        stated_absent(b, static_cast<size_t>(j), a, n.pred) || stated_stopped(b, static_cast<size_t>(j), a, n.pred) ||
        (a.u.data->tokens[n.negator].stem == "deni" && accused(b, static_cast<size_t>(j))))  // deny, denied
      continue;
    // What the other side states only as possible is denied only as possible ("could not harm" /
    // "could harm"; not "denies arson" / "may have been arson", "would not harm" / "could harm").
    if (const std::string_view m = possibility(b, static_cast<size_t>(j)); !m.empty()) {
      const auto& ta = a.u.data->tokens;
      const std::string& neg = ta[n.negator].norm;
      const bool same = (n.negator > 0 && ta[n.negator - 1].norm == m) || neg.compare(0, m.size(), m) == 0;
      if (!same) continue;
    }
    // Anchored when what is denied is what the other states: the predicate's surroundings align,
    // its subject included (the nearest content word before the negation aligned to one before
    // the stated predicate).
    const Range rp{n.pred, n.pred + 1}, rq{static_cast<size_t>(j), static_cast<size_t>(j) + 1};
    // A negation that opens its clause ("There is no one ...", "Nobody was hurt") has no subject
    // before it to check.
    bool subject = true, opens = true;
    size_t subj = 0;
    // An aside between commas stands between a subject and its verb ("Ruiz, though, was not";
    // "Ruiz, a former minister in the province, has not").
    const auto& ta = a.u.data->tokens;
    for (size_t k = n.negator, steps = 0; k > 0 && steps < 6; ++steps) {
      --k;
      if (ta[k].norm == ",") {
        size_t c = k;
        while (c > 0 && k - c < 15 && ta[c - 1].norm != ",") --c;
        if (c > 1 && k - c < 15) {
          k = c - 1;
          continue;
        }
      }
      if (ta[k].type == TokenType::kPunct && ta[k].norm != "-") break;
      if (!(a.u.words[k].flags & kContent)) continue;
      subject = (a.to[k] >= 0 && static_cast<size_t>(a.to[k]) < static_cast<size_t>(j) &&
                 static_cast<size_t>(j) - static_cast<size_t>(a.to[k]) <= 8) ||
                (a.to[k] < 0 && same_thing(a, k, b, static_cast<size_t>(j), lexicon));
      subj = k;
      opens = false;
      break;
    }
    // A denial of part ("most routes will not run") is contradicted by the same part or all of it
    // ("most routes will run", "all routes will run"), not by another part ("eight main routes
    // running").
    if (const std::string* part = opens ? nullptr : quantified(ta, subj, WordList::negations_denial_of_part_parts, nullptr);
        part && !quantified(b.u.data->tokens, static_cast<size_t>(a.to[subj] >= 0 ? a.to[subj] : j),
                            WordList::negations_denial_of_part_all, part))
      continue;
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
      // With the count the stated side gives of it ("No homes were destroyed" / "Three homes were
      // destroyed").
      if (first > 0 && (b.u.words[first - 1].flags & kNumber) && first != static_cast<size_t>(j)) --first;
    }
    // A denial that opens its clause names what it denies between its negator and its predicate
    // ("No homes have been destroyed"): that word aligned shortly before the stated predicate
    // ("Three houses were destroyed", found just above) puts the two in one slot, as a subject would.
    const bool anchored =
        subject && ((opens && n.negator + 1 < n.pred && (a.u.words[n.negator + 1].flags & kContent) &&
                     first != static_cast<size_t>(j)) ||
                    same_slot(a, rp, b, rq));
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
    // And the intention before it ("plans to appeal").
    if (first == static_cast<size_t>(j) && only_attempted(b, first)) first -= 2;
    // "Nobody" or "no one" as its clause's subject ("Nobody was hurt", "There is no one slicing a
    // tomato") denies the predicate of anyone: the stated side's subject ("A firefighter was
    // hurt"), unaligned words that open its clause and name someone (not "He probably", "called
    // 911 when he", "She is interested in", "Two people"), is part of what differs.
    if (opens && n.anyone) {
      size_t start = first;
      bool names = false;
      for (int steps = 0; steps < 4 && start > 0 && b.to[start - 1] < 0 && tb[start - 1].type != TokenType::kPunct; ++steps) {
        --start;
        // Another verb's ("She is interested in going"), or a count ("Two people died": the counts
        // dispute that).
        if (is_auxiliary(tb[start].norm) || (b.u.words[start].flags & kNumber)) {
          names = false;
          break;
        }
        if (!(b.u.words[start].flags & kContent) || facts_internal::is_adverb_like(tb[start].norm)) continue;
        names = !lexicon.is_verb(b.u.words[start].lex);
        if (!names) break;
      }
      if (names && (start == 0 || tb[start - 1].type == TokenType::kPunct)) first = start;
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

}  // namespace conflicts_internal

bool denies_an_act(const SimUnit& a, const Discrepancy& d, const SimUnit& b, const Lexicon& lexicon) {
  const auto act = [&lexicon](const SimUnit& u, Span s) {
    const auto& t = u.data->tokens;
    for (size_t k = 0; k < t.size(); ++k)
      if (t[k].end == s.end) return conflicts_internal::verb_at(u, k, lexicon) || (k > 0 && t[k - 1].norm == "to");
    return false;
  };
  return act(a, d.a) && act(b, d.b);
}

namespace conflicts_internal {

std::string_view possibility(const Side& s, size_t k) {
  const auto& t = s.u.data->tokens;
  for (size_t i = k, steps = 0; i > 0 && steps < 3; ++steps) {
    --i;
    const std::string& w = t[i].norm;
    if (word_set(WordList::negations_possibility_modals).has(w)) return w;
    if (!word_set(WordList::negations_possibility_links).has(w)) break;
  }
  return {};
}

}  // namespace conflicts_internal

}  // namespace tri
