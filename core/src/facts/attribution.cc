// attribution.cc — reading who a claim is attributed to and the source cited, and comparing two
// origins. See attribution.h for what is read.
#include "triangulate/facts/attribution.h"

#include <algorithm>
#include <vector>

#include "facts/scan.h"
#include "triangulate/text.h"
#include "words.h"

namespace tri {
namespace {

using namespace facts_internal;

// The origin key: folded, without a leading article or determiner.
std::string origin_key(std::string_view written) {
  std::string k = fold(written);
  for (std::string_view art : {"the ", "a ", "an "}) {
    if (k.compare(0, art.size(), art) == 0) {
      k.erase(0, art.size());
      break;
    }
  }
  return k;
}

class AttributionReader {
 public:
  AttributionReader(const Scan& s, std::vector<Attribution>* out) : s_(s), out_(out) {}
  void run();

 private:
  size_t forward_source(size_t j, bool strict) const;
  size_t subject_start(size_t verb) const;
  size_t apposed_subject(size_t comma) const;
  void origin_in(size_t wb, size_t we, size_t* ob, size_t* oe) const;
  void set_origin(Attribution* a, size_t wb, size_t we) const;
  Attribution make(size_t b, size_t e, size_t wb, size_t we, std::string_view verb) const;
  bool attach_cited(size_t cb, size_t ce, size_t sb, size_t se, std::string_view verb);

  const Scan& s_;
  std::vector<Attribution>* out_;
  std::vector<size_t> end_tok_;  // per attribution: the token after it
};

// Tokens [j, e) after "according to" / "citing" / an inverted "said": up to 8, to punctuation.
// `strict`: only a noun phrase that ends the clause counts (else returns j).
size_t AttributionReader::forward_source(size_t j, bool strict) const {
  const Scan& s = s_;
  size_t e = j;
  while (e < s.size() && e - j < 8) {
    // "said police Lt. Ray Dunne", "said J. Dunne": a full stop after an abbreviation goes on.
    if (s.punct(e, ".") && e > j && s.word(e - 1) && is_abbreviation(s.norm(e - 1)) &&
        s.cap(e + 1)) {
      ++e;
      continue;
    }
    if (s.any_punct(e) && !s.hyphen_link(e)) break;
    if (s.word(e) && is_clause_word(s.norm(e)) && e > j) break;
    if (s.word(e) && e > j && (eq(s.norm(e), "on") || eq(s.norm(e), "in")) &&
        (s.weekday_at(e + 1) >= 0 || s.month_at(e + 1) || s.number(e + 1)))
      break;  // "said Harbour Wire on Monday"
    if (strict && s.verb_like(e)) return j;  // "said five people died": a clause, not a source
    if (strict && s.stop(e) && !(s.word(e) && word_set(WordList::attribution_forward_source_joiners).has(s.norm(e))))
      return j;  // a stop word that joins no name ("the", "of", "'s", "and" do)
    ++e;
  }
  if (strict && e < s.size() && !s.any_punct(e) && !s.is(e, "on") && !s.is(e, "in")) return j;
  return e;
}

// The first token of the subject of a reporting verb at `verb` ("the agency said"), or kNone.
size_t AttributionReader::subject_start(size_t verb) const {
  const Scan& s = s_;
  size_t k = Scan::back(verb, 1);
  const WordSet& kSkip = word_set(WordList::attribution_subject_start_skip);
  while (k != kNone && s.word(k) && (kSkip.has(s.norm(k)) || is_negator(s.norm(k))))
    k = Scan::back(k, 1);
  if (k == kNone || (s.word(k) && is_be_form(s.norm(k)))) return kNone;  // passive: "is said to"
  if (s.punct(k, ",")) return apposed_subject(k);
  const size_t e_subj = k + 1;
  size_t b = e_subj;
  bool content = false;
  while (b > 0 && e_subj - b < 8) {
    const size_t c = b - 1;
    if (s.any_punct(c) && !s.hyphen_link(c) && !s.punct(c, "'s")) break;
    if (s.word(c) && is_clause_word(s.norm(c)) && !(s.is(c, "to") && c > 0 && s.is(c - 1, "close")))
      break;  // "sources close to the board" goes on
    // "media reports say": "reports" right before the verb is the subject's noun, not a verb.
    const bool noun = c + 1 == e_subj && eq(s.norm(c), "reports") && c > 0 && s.word(c - 1);
    if (s.word(c) && !noun &&
        (is_reporting_verb(s.norm(c)) || (is_be_form(s.norm(c)) && !eq(s.norm(c), "'s"))))
      break;
    if (s.word(c) && (!s.stop(c) || is_pronoun(s.norm(c)) || s.acronym(c))) content = true;
    b = c;
  }
  if (!content || b >= e_subj) return kNone;
  return b;
}

// A subject with an apposition, ending at the comma before the verb: "Nina Osk, the county
// sheriff, said", "the mayor, Tom Lee, said". One of the two parts must hold a name; each is at
// most 6 words without a verb or clause word. Returns its first token, or kNone.
size_t AttributionReader::apposed_subject(size_t comma) const {
  const Scan& s = s_;
  // The words before token `end`, back to punctuation: false when there are none or one of them
  // is a verb or a clause word.
  auto segment = [&](size_t end, size_t* begin, bool* named) {
    size_t b = end;
    *named = false;
    while (b > 0 && end - b < 6) {
      const size_t c = b - 1;
      const bool initial = s.punct(c, ".") && c > 0 && s.word(c - 1) && s.norm(c - 1).size() == 1;
      if (!s.word(c) && !s.hyphen_link(c) && !initial) break;
      if (s.word(c) && (is_clause_word(s.norm(c)) || s.verb_like(c) ||
                        is_reporting_verb(s.norm(c)) || is_be_form(s.norm(c))))
        return false;
      if (s.in_name[c]) *named = true;
      b = c;
    }
    *begin = b;
    return b < end;
  };
  size_t a_begin = 0, b_begin = 0;
  bool a_named = false, b_named = false;
  if (!segment(comma, &a_begin, &a_named)) return kNone;
  const size_t first_comma = Scan::back(a_begin, 1);
  if (first_comma == kNone || !s.punct(first_comma, ",")) return kNone;
  if (!segment(first_comma, &b_begin, &b_named)) return kNone;
  if (!a_named && !b_named) return kNone;
  return b_begin;
}

// The origin within a source phrase [wb, we): "a spokesman for the ministry", "officials at the
// agency", "sources close to the board" speak for the organisation, so it is the origin; else the
// whole phrase. Returns the origin's tokens [*ob, *oe).
void AttributionReader::origin_in(size_t wb, size_t we, size_t* ob, size_t* oe) const {
  const Scan& s = s_;
  const WordSet& kAgents = word_set(WordList::attribution_origin_in_agents);
  *ob = wb;
  *oe = we;
  for (size_t k = wb + 1; k + 1 < we; ++k) {
    if (!kAgents.has(s.norm(k - 1))) continue;
    size_t o = kNone;
    if (s.word(k) && word_set(WordList::attribution_origin_in_links).has(s.norm(k)))  // "for", "at", "from", ...
      o = k + 1;
    else if (s.is(k, "close") && s.is(k + 1, "to"))
      o = k + 2;
    if (o == kNone || o >= we) continue;
    *ob = o;
    return;
  }
}

void AttributionReader::set_origin(Attribution* a, size_t wb, size_t we) const {
  const Scan& s = s_;
  size_t ob = wb, oe = we;
  origin_in(wb, we, &ob, &oe);
  a->origin = std::string(s.raw(ob, oe));
  a->origin_begin = s.bpos(ob);
  a->origin_end = s.epos(oe - 1);
  a->key = origin_key(a->origin);
}

Attribution AttributionReader::make(size_t b, size_t e, size_t wb, size_t we,
                                    std::string_view verb) const {
  const Scan& s = s_;
  Attribution a;
  a.begin = s.bpos(b);
  a.end = s.epos(e - 1);
  a.who = std::string(s.raw(wb, we));
  a.who_begin = s.bpos(wb);
  a.who_end = s.epos(we - 1);
  a.verb = std::string(verb);
  set_origin(&a, wb, we);
  return a;
}

// "..., citing Y" after an attribution of the same sentence: Y becomes its origin and the span
// grows to cover it. False when there is no such attribution.
bool AttributionReader::attach_cited(size_t cb, size_t ce, size_t sb, size_t se,
                                     std::string_view verb) {
  const Scan& s = s_;
  if (out_->empty()) return false;
  const size_t last_end = end_tok_.back();
  if (last_end > cb || cb - last_end > 3) return false;
  for (size_t k = last_end; k < cb; ++k)
    if (s.sentence_end(k)) return false;
  Attribution& a = out_->back();
  a.end = s.epos(ce - 1);
  set_origin(&a, sb, se);
  (void)verb;
  end_tok_.back() = ce;
  return true;
}

void AttributionReader::run() {
  const Scan& s = s_;
  auto add = [&](Attribution a, size_t e) {
    if (a.who.empty() || a.key.empty()) return;
    out_->push_back(std::move(a));
    end_tok_.push_back(e);
  };
  for (size_t i = 0; i < s.size(); ++i) {
    if (!s.word(i)) continue;
    const std::string_view w = s.norm(i);
    if (eq(w, "according") && s.is(i + 1, "to")) {
      const size_t e = forward_source(i + 2, false);
      if (e > i + 2) add(make(i, e, i + 2, e, "according to"), e);
      continue;
    }
    if (word_set(WordList::attribution_run_citing).has(w)) {  // citing, quoting
      const size_t e = forward_source(i + 1, false);
      if (e <= i + 1) continue;
      if (!attach_cited(i, e, i + 1, e, w)) add(make(i, e, i + 1, e, w), e);
      continue;
    }
    // "Harbour Wire quoted a local official as saying".
    if ((eq(w, "quoted") || eq(w, "quotes")) && !is_be_form(s.norm(i - 1))) {
      size_t as = i + 1;
      while (as < s.size() && as < i + 10 && !s.is(as, "as") && !s.any_punct(as)) ++as;
      const size_t b = subject_start(i);
      if (b != kNone && s.is(as, "as") && as > i + 1 &&
          s.word(as + 1) && word_set(WordList::attribution_run_as_saying).has(s.norm(as + 1))) {
        Attribution a = make(b, as + 2, b, i, "quoted");
        set_origin(&a, i + 1, as);
        add(std::move(a), as + 2);
        i = as + 1;
      }
      continue;
    }
    if (!is_reporting_verb(w) || is_reporting_verb(s.norm(i + 1))) continue;
    // Inverted: "..., said Harbour Wire." / "\" said a spokesman."
    const size_t p = Scan::back(i, 1);
    const WordSet& kInverted = word_set(WordList::attribution_add_inverted);
    const size_t subject = subject_start(i);
    if (subject == kNone && p != kNone &&
        (s.punct(p, ",") || s.punct(p, "\"") || s.punct(p, "'")) && kInverted.has(w)) {
      const size_t e = forward_source(i + 1, true);
      if (e > i + 1) {
        add(make(i, e, i + 1, e, w), e);
        i = e - 1;
        continue;
      }
    }
    // Subject before the verb: "the agency said", "local media reported", "officials say".
    const size_t b = subject;
    if (b == kNone) continue;
    size_t we = i;
    const WordSet& kSkip = word_set(WordList::attribution_subject_start_skip);  // as subject_start()
    while (we > b && s.word(we - 1) && (is_negator(s.norm(we - 1)) || kSkip.has(s.norm(we - 1))))
      --we;
    while (we > b && s.any_punct(we - 1)) --we;  // "Nina Osk, the sheriff, said"
    add(make(b, i + 1, b, we, w), i + 1);
  }
}

}  // namespace

namespace facts_internal {
void read_attributions(const Scan& s, std::vector<Attribution>* out) {
  AttributionReader(s, out).run();
}
}  // namespace facts_internal

Match compare(const Attribution& a, const Attribution& b) {
  if (a.key.empty() || b.key.empty()) return Match::kIncomparable;
  if (a.key == b.key) return Match::kSame;
  const auto wa = words_of(a.key), wb = words_of(b.key);
  const auto& sh = wa.size() <= wb.size() ? wa : wb;
  const auto& lo = wa.size() <= wb.size() ? wb : wa;
  for (std::string_view w : sh)
    if (std::find(lo.begin(), lo.end(), w) == lo.end()) return Match::kIncomparable;
  return Match::kCompatible;
}

}  // namespace tri
