// polarity.cc — reading negations (with the predicate each negates) and markers of modality, and
// comparing the polarity of one predicate in two claims. See polarity.h for what is read.
#include "triangulate/facts/polarity.h"

#include "facts/number.h"
#include "facts/scan.h"
#include "triangulate/text.h"
#include "words.h"

namespace tri {
namespace {

using namespace facts_internal;

// Clause words that end a negation's scope.
bool scope_end_word(std::string_view w) {
  return word_set(WordList::polarity_scope_end_word).has(w);
}

// Words skipped between a negator and its predicate ("not yet been approved", "not a single").
bool predicate_filler(std::string_view w) {
  const WordSet& k = word_set(WordList::polarity_predicate_filler);
  return k.has(w) || is_auxiliary(w);
}

// The modal verb inside a contracted negator ("couldn't" -> "could", "cannot" -> "can"; "won't",
// "don't" -> "": no modal).
std::string_view modal_of_contraction(std::string_view w) {
  return word_set(WordList::polarity_modal_contraction).value(w);
}
bool modal_contraction(std::string_view w) { return !modal_of_contraction(w).empty(); }

class PolarityReader {
 public:
  PolarityReader(const Scan& s, std::vector<Negation>* neg, std::vector<Modality>* mod)
      : s_(s), neg_(neg), mod_(mod) {}
  void run();

 private:
  size_t clause_end(size_t from) const;
  size_t first_content(size_t from, size_t limit) const;
  size_t verb_after_aux(size_t from, size_t limit) const;
  size_t predicate(size_t b, size_t e, std::string_view word, size_t limit) const;
  void add_negation(size_t b, size_t e, std::string_view word, bool verbal);
  void read_negations();
  void read_modality();

  const Scan& s_;
  std::vector<Negation>* neg_;
  std::vector<Modality>* mod_;
};

// The token after the clause that runs from `from`: a clause break, a clause word, or 40 tokens.
size_t PolarityReader::clause_end(size_t from) const {
  const Scan& s = s_;
  size_t j = from;
  // A relative pronoun after "of" opens the clause it stands in ("none of which caused injuries").
  while (j < s.size() && j < from + 40 && !s.clause_break(j) &&
         !(s.word(j) && scope_end_word(s.norm(j)) && !(j > from && s.is(j - 1, "of"))))
    ++j;
  return j;
}

// The first content word in [from, limit), skipping fillers; kNone when there is none.
size_t PolarityReader::first_content(size_t from, size_t limit) const {
  const Scan& s = s_;
  for (size_t k = from; k < limit; ++k) {
    if (s.hyphen_link(k)) continue;
    if (!s.word(k) && !s.number(k)) return kNone;
    if (s.word(k) && (predicate_filler(s.norm(k)) || s.stop(k) || is_adverb_like(s.norm(k))))
      continue;
    return k;
  }
  return kNone;
}

// After a subject: the main verb following an auxiliary chain ("nobody was hurt" -> "hurt"), or
// a verb form standing alone ("no one died"). kNone when neither comes before `limit`.
size_t PolarityReader::verb_after_aux(size_t from, size_t limit) const {
  const Scan& s = s_;
  for (size_t k = from; k < limit; ++k) {
    if (!s.word(k)) return kNone;
    if (is_auxiliary(s.norm(k))) return first_content(k + 1, limit);
    if (s.verb_like(k)) return k;
    // Right after the subject, a word in -s is its verb ("nobody disputes", "no one knows").
    const std::string_view w = s.norm(k);
    if (k == from && w.size() >= 4 && ends_with(w, "s") && !ends_with(w, "ss") && !s.stop(k)) return k;
    if (k > from + 5) return kNone;
  }
  return kNone;
}

// The predicate a negator at tokens [b, e) negates.
size_t PolarityReader::predicate(size_t b, size_t e, std::string_view word, size_t limit) const {
  const Scan& s = s_;
  (void)b;
  if (eq(word, "no one") || eq(word, "nobody") || eq(word, "nothing") || eq(word, "none")) {
    size_t k = e;
    if (s.is(k, "of")) {  // "none of the passengers were hurt", "none of the mayor's aides"
      ++k;
      while (k < limit && k < e + 6 &&
             ((s.word(k) && !is_auxiliary(s.norm(k)) && !s.verb_like(k)) || s.is(k, "'s") || s.is(k, "'")))
        ++k;
    }
    return verb_after_aux(k, limit);
  }
  if (eq(word, "neither")) {
    // "neither the captain nor the pilot was injured" -> "injured"; "neither confirmed nor
    // denied" -> "confirmed".
    size_t k = e;
    while (k < limit && k < e + 10 && !s.is(k, "nor")) ++k;
    if (k < limit && s.is(k, "nor")) {
      ++k;
      while (k < limit && k < e + 16 && s.word(k) && !is_auxiliary(s.norm(k)) && !s.verb_like(k)) ++k;
      const size_t v = verb_after_aux(k, limit);
      if (v != kNone && !s.verb_like(e)) return v;
    }
    return first_content(e, limit);
  }
  if (eq(word, "no")) {
    // "no foreign leader has attended" -> "attended"; "no deaths" -> "deaths"; "no further talks
    // are planned" -> "planned".
    size_t k = e + (s.is(e, "further") || s.is(e, "more")), head = kNone;
    while (k < limit && k < e + 4 && s.word(k) && !s.stop(k) && !s.verb_like(k)) head = k++;
    if (k < limit && s.word(k) && (is_auxiliary(s.norm(k)) || s.verb_like(k))) {
      const size_t v = verb_after_aux(k, limit);
      if (v != kNone) return v;
    }
    return head;
  }
  if (eq(word, "denied")) {
    // "denied that the minister had resigned" -> "resigned"; "denied the claims" -> "claims";
    // "denied reports that it would cut jobs" -> "cut", as "denied that".
    const WordSet& kClaims = word_set(WordList::polarity_predicate_claims);
    if (kClaims.has(s.norm(e)) && s.is(e + 1, "that")) ++e;
    if (s.is(e, "that")) {
      for (size_t k = e + 1; k < limit && k < e + 8; ++k) {
        if (s.word(k) && is_auxiliary(s.norm(k))) {
          const size_t v = first_content(k + 1, limit);
          if (v != kNone) return v;
          break;
        }
        if (k > e + 1 && s.verb_like(k)) return k;
      }
    }
    return first_content(e, limit);
  }
  if (eq(word, "nor") && s.word(e) && is_auxiliary(s.norm(e))) {
    // "nor was the mayor asked", "nor did he say": the verb after the inverted subject.
    for (size_t k = e + 1; k < limit && k < e + 7; ++k)
      if (s.word(k) && s.verb_like(k) && !is_auxiliary(s.norm(k))) return k;
  }
  const size_t p = first_content(e, limit);
  // "not going to have", "not about to resign": the verb after "to" is what is negated.
  if (p != kNone && (s.is(p, "going") || s.is(p, "about")) && s.is(p + 1, "to")) {
    const size_t v = first_content(p + 2, limit);  // past "be" in "not going to be sponsoring"
    if (v != kNone) return v;
  }
  return p;
}

void PolarityReader::add_negation(size_t b, size_t e, std::string_view word, bool verbal) {
  const Scan& s = s_;
  Negation n;
  n.begin = s.bpos(b);
  n.end = s.epos(e - 1);
  n.word = std::string(word);
  n.verbal = verbal;
  const size_t limit = clause_end(e);
  n.scope_begin = n.begin;
  n.scope_end = limit > e ? s.epos(limit - 1) : n.end;
  const size_t p = predicate(b, e, word, limit);
  if (p != kNone && p < limit) {
    n.pred_begin = s.bpos(p);
    n.pred_end = s.epos(p);
    n.predicate = std::string(s.norm(p));
  } else {
    n.pred_begin = n.pred_end = n.end;
  }
  // A modal right before the negator ("could not", "may never"), or inside it ("couldn't").
  const size_t m = Scan::back(b, 1);
  if (modal_contraction(s.norm(b))) {
    n.modal_begin = s.bpos(b);
    n.modal_end = s.epos(b);
  } else if (m != kNone && s.word(m) && is_modal_verb(s.norm(m)) && s.month_at(m) == 0) {
    n.modal_begin = s.bpos(m);
    n.modal_end = s.epos(m);
  } else {
    n.modal_begin = n.modal_end = n.begin;
  }
  neg_->push_back(std::move(n));
}

void PolarityReader::read_negations() {
  const Scan& s = s_;
  for (size_t i = 0; i < s.size(); ++i) {
    // Inside a name, or part of a quantity's hedge ("no more than 20"): not a negation.
    if (!s.word(i) || s.in_name[i] || s.used[i]) continue;
    const std::string_view w = s.norm(i), nx = s.norm(i + 1), nx2 = s.norm(i + 2);
    const size_t p = Scan::back(i, 1);
    const std::string_view pv = p != kNone ? s.norm(p) : std::string_view();
    // Verbs of not doing: "failed to", "refused to", "declined to", "denied".
    const std::string_view st = s.stem(i);
    // The "to" may come after an aside between commas ("declined, through a lawyer, to comment").
    size_t to = s.is(i + 1, "to") ? i + 1 : kNone;
    if (to == kNone && s.punct(i + 1, ","))
      for (size_t k = i + 2; k < s.size() && k < i + 10; ++k)
        if (s.punct(k, ",")) {
          if (s.is(k + 1, "to")) to = k + 1;
          break;
        }
    // The nouns too: "the pilot's failure to lower the gear", "their refusal to pay" (a possessive
    // "'s" before them is no "is").
    const bool noun = eq(st, "failur") || eq(w, "refusal");
    // Negated, they deny nothing: "did not deny", "never refused to".
    const bool undone = p != kNone && is_negator(pv);
    if ((eq(st, "fail") || eq(st, "failur") || eq(st, "refus") || eq(st, "declin")) && to != kNone && !s.used[to] &&
        (noun || !is_be_form(pv)) && !undone) {
      const std::string word = eq(st, "fail") || eq(st, "failur") ? "failed to"
                               : eq(st, "refus") ? "refused to"
                                               : "declined to";
      add_negation(i, to + 1, word, true);
      i = to;
      continue;
    }
    if (eq(st, "deni") && word_set(WordList::polarity_read_negations_deny).has(w) &&  // deny, denies, denied
        !is_be_form(pv) && !(p != kNone && s.is(p, "been")) && !undone) {
      add_negation(i, i + 1, "denied", true);
      continue;
    }
    // "ruled out a hosepipe ban": that there will be none (not "was ruled out", "has not ruled out").
    if (eq(st, "rule") && s.is(i + 1, "out") && !(is_be_form(pv) && !eq(w, "ruling")) && !undone) {  // rule, rules, ruled, ruling
      add_negation(i, i + 2, "ruled out", true);
      ++i;
      continue;
    }
    // "lacked the funds", "a lack of staff": having none of it.
    if (eq(st, "lack")) {  // lack, lacks, lacked, lacking
      const size_t end = s.is(i + 1, "of") ? i + 2 : i + 1;
      add_negation(i, end, "lacked", true);
      i = end - 1;
      continue;
    }
    // "has yet to be approved".
    if (eq(w, "yet") && eq(nx, "to") &&
        is_auxiliary(pv)) {
      add_negation(i, i + 2, "yet to", false);
      ++i;
      continue;
    }
    if (!is_negator(w)) continue;
    if (eq(w, "not") && word_set(WordList::polarity_read_negations_not_only).has(nx)) continue;  // "not only"
    if (eq(w, "not") && eq(nx, "to") && eq(nx2, "mention")) continue;
    if (eq(w, "not") && (eq(pv, "if") || (eq(pv, "or") && p > 0 && s.is(p - 1, "whether"))))
      continue;
    if (eq(w, "no") && word_set(WordList::polarity_read_negations_no_idioms).has(nx)) continue;  // "no doubt"
    // "almost no visibility", "virtually nothing": an amount close to none, not a denial.
    if (is_approximator(pv)) continue;
    if (eq(w, "no") && s.punct(i + 1, ".") && s.number(i + 2)) continue;  // "No. 10"
    // "three no votes", "12 no votes": votes cast "no", counted, not a denial.
    if (eq(w, "no") && p != kNone && (s.number(p) || numeral_value(pv, false) > 0)) continue;
    if (eq(w, "nothing") && eq(nx, "but")) continue;
    if (eq(w, "none") && eq(nx, "other")) continue;
    if (eq(w, "never") && eq(nx, "mind")) continue;
    // "nor" after "neither" belongs to it: one negation of one predicate.
    if (eq(w, "nor")) {
      bool paired = false;
      for (size_t k = i, steps = 0; k > 0 && steps < 12 && !s.punct(k - 1, "."); ++steps)
        paired = paired || s.is(--k, "neither");
      if (paired) continue;
    }
    if (const size_t e = s.no_one(i); e && !s.used[e - 1]) {
      add_negation(i, e, "no one", false);
      i = e - 1;
      continue;
    }
    if (eq(w, "no") && eq(nx, "longer")) {
      add_negation(i, i + 2, "no longer", false);
      ++i;
      continue;
    }
    const WordSet& kKeep = word_set(WordList::polarity_read_negations_keep);
    add_negation(i, i + 1, kKeep.has(w) ? w : std::string_view("not"), false);
  }
}

void PolarityReader::read_modality() {
  const Scan& s = s_;
  const WordSet& kAdverbs = word_set(WordList::polarity_read_modality_adverbs);
  const WordSet& kSet = word_set(WordList::polarity_read_modality_set);
  const WordSet& kPlan = word_set(WordList::polarity_read_modality_plan);
  const WordSet& kHearsay = word_set(WordList::polarity_read_modality_hearsay);
  for (size_t i = 0; i < s.size(); ++i) {
    if (!s.word(i) || s.in_name[i]) continue;
    const std::string_view w = s.norm(i);
    size_t b = i, e = i + 1;
    std::string word;
    if (kAdverbs.has(w) || modal_contraction(w)) {
      word = std::string(modal_contraction(w) ? modal_of_contraction(w) : w);
    } else if (eq(w, "may") && !s.month_at(i) && !s.used[i]) {
      word = "may";
    } else if (s.is(i + 1, "to") && !s.number(i + 2)) {
      const size_t p = Scan::back(i, 1);
      const bool be = p != kNone && s.word(p) && is_be_form(s.norm(p));
      if (kSet.has(w) && (be || eq(w, "expected") || eq(w, "scheduled"))) {
        word = std::string(w) + " to";
      } else if (kPlan.has(w)) {
        word = "plans to";
      } else if (kHearsay.has(w) && (be || eq(w, "reputed"))) {
        word = std::string(w) + " to";
      } else {
        continue;
      }
      if (be) b = p;
      e = i + 2;
    } else {
      continue;
    }
    Modality m;
    m.begin = s.bpos(b);
    m.end = s.epos(e - 1);
    m.word = std::move(word);
    m.scope_begin = m.begin;
    const size_t limit = clause_end(e);
    m.scope_end = limit > e ? s.epos(limit - 1) : m.end;
    mod_->push_back(std::move(m));
    i = e - 1;
  }
}

void PolarityReader::run() {
  read_negations();
  read_modality();
}

}  // namespace

namespace facts_internal {
void read_polarity(const Scan& s, std::vector<Negation>* negations,
                   std::vector<Modality>* modalities) {
  PolarityReader(s, negations, modalities).run();
}
}  // namespace facts_internal

std::pair<size_t, size_t> negation_span(const Negation& n) {
  size_t b = n.begin, e = n.end;
  if (n.modal_end > n.modal_begin) b = std::min(b, n.modal_begin);
  if (n.pred_end > n.pred_begin) {
    b = std::min(b, n.pred_begin);
    e = std::max(e, n.pred_end);
  }
  return {b, e};
}

Polarity polarity_at(const std::vector<Negation>& negations,
                     const std::vector<Modality>& modalities, size_t at) {
  Polarity p;
  for (const Negation& n : negations) {
    const bool in_pred = n.pred_begin <= at && at < n.pred_end;
    const bool in_scope = n.scope_begin <= at && at < n.scope_end;
    if (in_pred || in_scope) {
      p.negated = true;
      if (n.modal_end > n.modal_begin) p.modal = true;
    }
  }
  for (const Modality& m : modalities)
    if (m.scope_begin <= at && at < m.scope_end) p.modal = true;
  return p;
}

Match compare(const Polarity& a, const Polarity& b) {
  if (a.negated == b.negated) return a.modal == b.modal ? Match::kSame : Match::kCompatible;
  return a.modal == b.modal ? Match::kConflict : Match::kCompatible;
}

}  // namespace tri
