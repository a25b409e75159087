// similarity.cc — unit representations and the features of a pair.
#include "similarity.h"
#include "decimal.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "detmath.h"
#include "terms.h"
#include "words.h"
#include "sorting.h"

namespace tri {

uint32_t Vocabulary::intern(const std::string& key) {
  const uint32_t id = ids.intern(key);
  if (id == df.size()) df.push_back(0);
  return id;
}

void canonical_terms(Vocabulary* vocab, std::vector<SimUnit>* units) {
  // The keys in order, and each old id's new one.
  std::vector<std::pair<std::string_view, uint32_t>> keys;
  keys.reserve(vocab->ids.size());
  for (uint32_t id = 0; id < vocab->ids.size(); ++id) keys.emplace_back(vocab->ids.key(id), id);
  sort_by(keys.begin(), keys.end());
  std::vector<uint32_t> to(keys.size());
  std::vector<uint32_t> df(keys.size());
  for (size_t k = 0; k < keys.size(); ++k) {
    to[keys[k].second] = static_cast<uint32_t>(k);
    df[k] = vocab->df[keys[k].second];
  }
  StringIds ids;
  ids.reserve(keys.size());
  for (const auto& key : keys) ids.intern(key.first);
  vocab->ids = std::move(ids);
  vocab->df = std::move(df);
  for (SimUnit& u : *units) {
    for (WordToken& w : u.words)
      if (w.term != kNoTerm) w.term = to[w.term];
    for (uint32_t& t : u.terms) t = to[t];
    sort_by(u.terms.begin(), u.terms.end());
  }
}

namespace {

bool clause_break(const Token& t) {
  if (t.type != TokenType::kPunct || t.norm.size() != 1) return false;
  switch (t.norm[0]) {
    case ',': case ';': case ':': case '(': case ')': case '[': case ']': return true;
    case '-': return t.space_before;
    default: return false;
  }
}

// "#7" for a number word that states one whole value ("seven"), so that it matches "7".
std::string number_word_key(const Quantity& q) {
  if (q.num_lo != q.num_hi || q.num_lo < 0 || q.num_lo > 1e15 || q.num_lo != std::floor(q.num_lo)) return "";
  return "#" + whole_number(static_cast<long long>(q.num_lo));
}

}  // namespace

std::vector<uint8_t> name_tokens(const std::vector<Token>& toks) {
  std::vector<uint8_t> name(toks.size(), false);
  for (size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    if (t.type != TokenType::kWord || !t.cap || t.stop) continue;
    const bool first = k == 0 || (toks[k - 1].type == TokenType::kPunct && !clause_break(toks[k - 1]) &&
                                  toks[k - 1].norm != "\"" && toks[k - 1].norm != "'");
    const bool next_cap = k + 1 < toks.size() && toks[k + 1].cap && toks[k + 1].type == TokenType::kWord;
    name[k] = !first || next_cap;
  }
  // A list of three or more names is content, not who the sentence is about.
  for (size_t k = 0; k < toks.size();) {
    if (!name[k]) {
      ++k;
      continue;
    }
    size_t items = 0, end = k, m = k;
    while (m < toks.size() && name[m]) {
      while (m < toks.size() && name[m]) ++m;
      ++items;
      end = m;
      size_t sep = m;
      while (sep < toks.size() && word_set(WordList::similarity_name_tokens_separators).has(toks[sep].norm))  // , . and or
        ++sep;
      if (sep == m || sep >= toks.size() || !name[sep]) break;
      m = sep;
    }
    if (items >= 3)
      for (size_t q = k; q < end; ++q) name[q] = false;
    k = std::max(end, k + 1);
  }
  return name;
}

SimUnit make_sim_unit(int source, int unit, bool headline, const UnitData& data, const Lexicon& lexicon,
                      Vocabulary* vocab) {
  SimUnit u;
  u.source = source;
  u.unit = unit;
  u.headline = headline;
  u.data = &data;
  const auto& toks = data.tokens;
  const std::vector<uint8_t> name = name_tokens(toks);
  // Number words that state a value take the number's key: the first word of the value, and the
  // others of it are no words of their own ("four hundred and fifty" is "450", "twelve hundred"
  // "1,200"; not "no one", whose "no" denies).
  std::vector<std::string> value_key(toks.size());
  std::vector<uint8_t> hedge(toks.size(), false);  // words of a number's hedge ("up to")
  std::vector<uint8_t> within(toks.size(), false);  // a value's words after its first
  for (const Quantity& q : data.facts.quantities) {
    size_t k = 0;
    for (; k < toks.size() && toks[k].begin < q.num_begin; ++k) hedge[k] = toks[k].begin >= q.begin;
    size_t m = k;
    while (m + 1 < toks.size() && toks[m].end < q.num_end) ++m;
    if (k < toks.size() && toks[k].type == TokenType::kWord && toks[m].end == q.num_end && (m == k || q.num_lo >= 1)) {
      value_key[k] = number_word_key(q);
      for (size_t j = k + 1; j <= m && !value_key[k].empty(); ++j) within[j] = true;
    }
  }
  // "Per cent" is "percent": one word, the key of the other spelling.
  for (size_t k = 1; k < toks.size(); ++k)
    if (toks[k].norm == "cent" && toks[k - 1].norm == "per" && value_key[k - 1].empty()) value_key[k] = "percent", within[k - 1] = true;
  std::vector<std::string> key(toks.size());
  for (size_t k = 0; k < toks.size(); ++k)
    if (toks[k].type != TokenType::kPunct && !within[k])
      key[k] = value_key[k].empty() ? lexicon.base_form(term_key(toks[k])) : value_key[k];
  // A country's capital named by its country ("the Peruvian capital", "France's capital",
  // "the capital of Peru") is the city: the word "capital" takes the city's key (and is a name), so
  // "the Portuguese capital" and "Lisbon" align. The country's words stay what they are (taking
  // them out of the sentence made two sentences that both say "the Portuguese capital" less alike).
  // The country's words are capitalised, and "capital" heads its phrase ("capital markets" is not a
  // city).
  std::vector<uint8_t> city_at(toks.size(), false);
  const auto country = [&](size_t b, size_t e) -> const std::string* {  // tokens [b, e)
    std::string phrase;
    for (size_t j = b; j < e; ++j) {
      if (toks[j].type != TokenType::kWord || (!toks[j].cap && !toks[j].stop)) return nullptr;
      phrase += (j > b ? " " : "") + key[j];
    }
    return toks[b].cap && toks[e - 1].cap ? lexicon.capital_of(phrase) : nullptr;
  };
  for (size_t k = 0; k < toks.size(); ++k) {
    if (toks[k].norm != "capital" || (k + 1 < toks.size() && toks[k + 1].type == TokenType::kWord &&
                                      !toks[k + 1].stop && toks[k + 1].norm != "city"))
      continue;
    const size_t end = k > 0 && toks[k - 1].norm == "'s" ? k - 1 : k;  // "France's capital"
    const size_t from = k + 2 < toks.size() && toks[k + 1].norm == "of" ? (toks[k + 2].norm == "the" ? k + 3 : k + 2) : 0;
    for (size_t n = 1; n <= 3 && !city_at[k]; ++n) {
      const std::string* city = n <= end ? country(end - n, end) : nullptr;
      if (!city && from > 0 && from + n <= toks.size()) city = country(from, from + n);
      if (city) key[k] = *city, city_at[k] = true;
    }
  }
  u.words.resize(toks.size());
  for (size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    WordToken& w = u.words[k];
    if (t.type == TokenType::kPunct || key[k].empty()) continue;
    // "almost no", "nearly nothing": an amount, not a negation (tokens.h). A verb of not doing
    // ("declined to comment", "refused to leave", "denied") negates as "not" does.
    bool verbal = false;
    for (const Negation& n : u.data->facts.negations) verbal = verbal || (n.verbal && n.begin == t.begin);
    const bool negator = verbal || (is_negator(t.norm) && !(k > 0 && is_approximator(toks[k - 1].norm)));
    // "has not yet been found", "hasn't yet decided": not so far, as "has yet to" says (measure()).
    const uint8_t not_yet = negator && !verbal && t.norm != "no" && k + 1 < toks.size() && toks[k + 1].norm == "yet" ? kNotYet : 0;
    if (t.stop) {
      w.term = vocab->intern("~" + t.norm);
      w.flags = kFunction;
      w.idf = static_cast<float>(lexicon.idf(lexicon.id(key[k])));
      if (negator) w.flags |= kNegator | not_yet;
      continue;
    }
    w.term = vocab->intern(key[k]);
    w.lex = lexicon.id(key[k]);
    // A word and the particle after it that the lexicon knows as one verb ("caved in", "passed
    // away"; not "take up to 24 hours") also match as that verb: "caved in" / "collapsed".
    if (!name[k] && k + 1 < toks.size() && !hedge[k + 1]) w.phrase = lexicon.id(key[k] + "_" + key[k + 1]);
    w.idf = static_cast<float>(lexicon.idf(w.lex));
    w.flags = kContent;
    if (negator) w.flags |= kNegator | not_yet;
    if (name[k] || city_at[k]) w.flags |= kName;
    if (!name[k] && lexicon.is_verb(w.lex)) w.flags |= kVerb;
    if (t.type == TokenType::kNumber || !value_key[k].empty()) w.flags |= kNumber;
    u.terms.push_back(w.term);
  }
  sort_unique(&u.terms);
  for (uint32_t t : u.terms) ++vocab->df[t];
  return u;
}

std::vector<double> cluster_weights(const Vocabulary& vocab, size_t units) {
  std::vector<double> w(vocab.df.size());
  for (size_t t = 0; t < w.size(); ++t) w[t] = det_log((units + 10.0) / (vocab.df[t] + 1.0));
  return w;
}

namespace {

enum Feature {
  kCovMin, kCovMax, kExactMin, kExactMax, kClusterMin, kClusterMax, kCountMin, kCountMax,
  kUnalignedIdfMin, kUnalignedIdfMax, kUnalignedWeightMin, kUnalignedWeightMax,
  kUnalignedNamesMin, kUnalignedNamesMax, kUnalignedNumbersMin, kUnalignedNumbersMax,
  kLexicalShare, kFunctionDice, kBigramDice, kOrder, kContentMin, kContentMax,
  kNumbersMatched, kQuantityConflicts, kTimeConflicts, kNegationDiffers, kNegationAny,
  kAntonyms, kModalDiffers, kCharDice, kHeadlines,
  kNgram1, kNgram2, kNgram3, kLcs, kOverlap, kVerbsMin, kVerbsMax, kUnalignedVerbIdf, kPlainMin, kPlainMax, kClauseMin, kClauseMax,
  kFeatureCount
};

// The names of the features in the order of Feature, each followed by a space.
constexpr char kNames[] =
    "cov_min cov_max exact_min exact_max cluster_min cluster_max count_min count_max "
    "unaligned_idf_min unaligned_idf_max unaligned_weight_min unaligned_weight_max "
    "unaligned_names_min unaligned_names_max unaligned_numbers_min unaligned_numbers_max "
    "lexical_share function_dice bigram_dice order content_min content_max numbers_matched "
    "quantity_conflicts time_conflicts negation_differs negation_any antonyms modal_differs "
    "char_dice headlines ngram1 ngram2 ngram3 lcs overlap verbs_min verbs_max "
    "unaligned_verb_idf plain_min plain_max clause_min clause_max ";
static_assert(names_count(kNames) == kFeatureCount, "a name for each feature");

// What one side of a pair leaves aligned and unaligned.
struct Side {
  double total = 0, aligned = 0, exact = 0, lexical = 0;  // background weight
  double cl_total = 0, cl_aligned = 0;                     // cluster weight
  int content = 0, content_aligned = 0;
  double unaligned_idf = 0, unaligned_weight = 0;
  int unaligned_names = 0, unaligned_numbers = 0, numbers_aligned = 0, negators = 0;
  int firm = 0;  // negators but those of what has not happened so far ("not yet")
  int verbs = 0, verbs_aligned = 0;
  double unaligned_verb_idf = 0;
  double plain_total = 0, plain_aligned = 0;  // content words that are not names or numbers
};

Side measure(const std::vector<WordToken>& w, const std::vector<int>& to, const std::vector<WordMatch>& m,
             const std::vector<double>& cw) {
  Side s;
  for (size_t k = 0; k < w.size(); ++k) {
    if (w[k].flags & kNegator) ++s.negators, s.firm += !(w[k].flags & kNotYet);
    if (!(w[k].flags & kContent)) continue;
    const double idf = w[k].idf;
    const double c = w[k].term < cw.size() ? cw[w[k].term] : 0.0;
    ++s.content;
    s.total += idf;
    const bool plain = !(w[k].flags & (kName | kNumber));
    if (plain) {
      s.plain_total += idf;
      if (to[k] >= 0) s.plain_aligned += match_weight(m[k]) * idf;
    }
    if (w[k].flags & kVerb) {
      ++s.verbs;
      if (to[k] >= 0) ++s.verbs_aligned;
      else s.unaligned_verb_idf = std::max(s.unaligned_verb_idf, idf);
    }
    s.cl_total += c;
    if (to[k] >= 0) {
      const double q = match_weight(m[k]);
      ++s.content_aligned;
      s.aligned += q * idf;
      s.cl_aligned += q * c;
      if (m[k] == WordMatch::kExact) s.exact += idf;
      else s.lexical += q * idf;
      if (w[k].flags & kNumber) ++s.numbers_aligned;
    } else {
      s.unaligned_idf = std::max(s.unaligned_idf, idf);
      s.unaligned_weight += idf;
      if (w[k].flags & kName) ++s.unaligned_names;
      if (w[k].flags & kNumber) ++s.unaligned_numbers;
    }
  }
  return s;
}

double ratio(double x, double y) { return y > 0 ? x / y : 0.0; }

// Dice overlap of two sorted, distinct sets.
double dice(const std::vector<uint64_t>& x, const std::vector<uint64_t>& y) {
  if (x.empty() && y.empty()) return 0.0;
  // A merge without branches on the values (which way it goes is unpredictable): each step moves
  // past the smaller value, or past both when they are equal.
  size_t both = 0, i = 0, j = 0;
  const size_t nx = x.size(), ny = y.size();
  while (i < nx && j < ny) {
    const uint64_t a = x[i], b = y[j];
    both += a == b;
    i += a <= b;
    j += b <= a;
  }
  return 2.0 * both / (nx + ny);
}

void function_words(const SimUnit& u, std::vector<uint64_t>* to) {
  std::vector<uint64_t>& out = *to;
  out.clear();
  for (const WordToken& w : u.words)
    if (w.flags & kFunction) out.push_back(w.term);
}

void bigrams(const SimUnit& u, std::vector<uint64_t>* to) {
  std::vector<uint64_t>& out = *to;
  out.clear();
  uint32_t prev = kNoTerm;
  for (const WordToken& w : u.words) {
    if (!(w.flags & kContent)) continue;
    if (prev != kNoTerm) out.push_back((static_cast<uint64_t>(prev) << 32) | w.term);
    prev = w.term;
  }
}

// Character trigrams of the content words (with word boundaries), hashed.
void char_trigrams(const SimUnit& u, std::vector<uint64_t>* to) {
  std::vector<uint64_t>& out = *to;
  out.clear();
  const auto& toks = u.data->tokens;
  for (size_t k = 0; k < toks.size() && k < u.words.size(); ++k) {
    if (!(u.words[k].flags & kContent)) continue;
    // The word with a space on each side, read in place.
    const std::string& w = toks[k].norm;
    const size_t n = w.size() + 2;
    const auto at = [&](size_t i) { return i == 0 || i == n - 1 ? ' ' : w[i - 1]; };
    for (size_t i = 0; i + 3 <= n; ++i) {
      uint64_t h = 1469598103934665603ull;
      for (size_t j = i; j < i + 3; ++j) h = (h ^ static_cast<unsigned char>(at(j))) * 1099511628211ull;
      out.push_back(h);
    }
  }
}

// Share of pairs of aligned content words that keep their order in both units.
double order_agreement(const SimUnit& a, const WordAlignment& al) {
  std::vector<int> js;
  js.reserve(a.words.size());
  for (size_t i = 0; i < a.words.size(); ++i)
    if ((a.words[i].flags & kContent) && al.a_to_b[i] >= 0) js.push_back(al.a_to_b[i]);
  if (js.size() < 2) return 1.0;
  size_t concordant = 0, all = 0;
  for (size_t x = 0; x < js.size(); ++x)
    for (size_t y = x + 1; y < js.size(); ++y, ++all) concordant += js[x] < js[y];
  return static_cast<double>(concordant) / all;
}

bool same_measure(const Quantity& x, const Quantity& y) { return x.kind == y.kind && x.unit == y.unit; }

// Quantities of one measure with no compatible counterpart on the other side and incompatible
// with one there.
int quantity_conflicts(const Facts& fa, const Facts& fb) {
  const auto has_match = [](const Quantity& q, const std::vector<Quantity>& others) {
    for (const Quantity& o : others)
      if (same_measure(q, o) && compatible(q, o)) return true;
    return false;
  };
  int n = 0;
  for (const Quantity& qa : fa.quantities) {
    if (qa.unit.empty() || qa.kind == QuantityKind::kOther || has_match(qa, fb.quantities)) continue;
    for (const Quantity& qb : fb.quantities)
      if (same_measure(qa, qb) && !compatible(qa, qb) && !has_match(qb, fa.quantities)) {
        ++n;
        break;
      }
  }
  return n;
}

bool comparable(const TimeExpr& a, const TimeExpr& b) {
  return (a.weekday >= 0 && b.weekday >= 0) || (a.year >= 0 && b.year >= 0) ||
         (a.month >= 0 && b.month >= 0 && (a.year < 0 || b.year < 0 || a.year == b.year));
}

int time_conflicts(const Facts& fa, const Facts& fb) {
  const auto has_match = [](const TimeExpr& x, const std::vector<TimeExpr>& others) {
    for (const TimeExpr& o : others)
      if (comparable(x, o) && compatible(x, o)) return true;
    return false;
  };
  int n = 0;
  for (const TimeExpr& xa : fa.times) {
    if (has_match(xa, fb.times)) continue;
    for (const TimeExpr& xb : fb.times)
      if (comparable(xa, xb) && !compatible(xa, xb) && !has_match(xb, fa.times)) {
        ++n;
        break;
      }
  }
  return n;
}

// Word n-grams (all words, function words too) as hashes.
// Hashed n-grams of the terms `t` (a unit's terms in order).
void ngrams(const std::vector<uint32_t>& t, size_t n, std::vector<uint64_t>* to) {
  std::vector<uint64_t>& out = *to;
  out.clear();
  for (size_t i = 0; i + n <= t.size(); ++i) {
    uint64_t h = 1469598103934665603ull;
    for (size_t k = 0; k < n; ++k) h = (h ^ t[i + k]) * 1099511628211ull;
    out.push_back(h);
  }
}

void make_sets(const SimUnit& u, UnitSets* s) {
  function_words(u, &s->function);
  bigrams(u, &s->bigrams);
  char_trigrams(u, &s->trigrams);
  std::vector<uint32_t>& t = s->terms;
  t.clear();
  for (const WordToken& w : u.words)
    if (w.term != kNoTerm) t.push_back(w.term);
  for (size_t n = 1; n <= 3; ++n) ngrams(t, n, &s->ngrams[n - 1]);
  for (std::vector<uint64_t>* v : {&s->function, &s->bigrams, &s->trigrams, &s->ngrams[0], &s->ngrams[1], &s->ngrams[2]})
    sort_unique(v);
}

// Longest common subsequence of the content terms, as a share of the shorter unit's content.
double lcs_share(const SimUnit& a, const SimUnit& b) {
  std::vector<uint32_t> x, y;
  x.reserve(a.words.size());
  y.reserve(b.words.size());
  for (const WordToken& w : a.words)
    if (w.flags & kContent) x.push_back(w.term);
  for (const WordToken& w : b.words)
    if (w.flags & kContent) y.push_back(w.term);
  if (x.empty() || y.empty()) return 0.0;
  if (x.size() > 200 || y.size() > 200) return 0.0;  // units this long are not sentences
  std::vector<int> prev(y.size() + 1, 0), cur(y.size() + 1, 0);
  for (size_t i = 1; i <= x.size(); ++i) {
    for (size_t j = 1; j <= y.size(); ++j)
      cur[j] = x[i - 1] == y[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    std::swap(prev, cur);
  }
  return static_cast<double>(prev[y.size()]) / std::min(x.size(), y.size());
}

// The best-covered clause of a unit: its clauses (split at commas, semicolons, colons, brackets and
// spaced dashes; the words of an attribution, "officials said", left out) with at least two
// content words, each covered by its aligned words (weighted as the coverage); 0 without one.
double best_clause(const SimUnit& u, const std::vector<int>& to, const std::vector<WordMatch>& m) {
  const auto& t = u.data->tokens;
  const auto& attr = u.data->facts.attributions;
  double best = 0, total = 0, covered = 0;
  int words = 0;
  const auto close = [&] {
    if (words >= 2 && total > 0) best = std::max(best, covered / total);
    total = covered = 0;
    words = 0;
  };
  for (size_t k = 0; k < t.size(); ++k) {
    if (clause_break(t[k])) {
      close();
      continue;
    }
    if (!(u.words[k].flags & kContent)) continue;
    bool attributed = false;
    for (const Attribution& at : attr) attributed = attributed || (t[k].begin >= at.begin && t[k].end <= at.end);
    if (attributed) continue;
    ++words;
    total += u.words[k].idf;
    if (to[k] >= 0) covered += match_weight(m[k]) * u.words[k].idf;
  }
  close();
  return best;
}

}  // namespace

bool values_disagree(const SimUnit& a, const SimUnit& b) {
  const Facts& fa = a.data->facts;
  const Facts& fb = b.data->facts;
  // Clock times an hour or more apart, none nearer, tell two moments ("at 7.15 a.m." / "after 9
  // a.m."; "3:30 a.m." / "3:33 a.m." is one told roughly; not a feature of the models).
  int near = 0, far = 0;
  for (const TimeExpr& x : fa.times)
    for (const TimeExpr& y : fb.times)
      if (x.hour >= 0 && y.hour >= 0 && !x.twelve_hour && !y.twelve_hour)
        ++(std::abs(minutes_after(x, y)) < 60 ? near : far);
  return quantity_conflicts(fa, fb) + quantity_conflicts(fb, fa) + time_conflicts(fa, fb) + time_conflicts(fb, fa) > 0 ||
         (far && !near);
}

void add_window_pairs(const SimUnit& a, const std::vector<SimUnit>& wa, const SimUnit& b,
                      const std::vector<SimUnit>& wb, std::vector<std::pair<const SimUnit*, const SimUnit*>>* out) {
  for (size_t i = 0; i <= wa.size(); ++i)
    for (size_t k = 0; k <= wb.size(); ++k)
      if (i < wa.size() || k < wb.size()) out->push_back({i < wa.size() ? &wa[i] : &a, k < wb.size() ? &wb[k] : &b});
}

std::vector<SimUnit> clause_windows(const SimUnit& u) {
  const auto& t = u.data->tokens;
  // Clause of each token (-1 for breaks), content words per clause outside attributions.
  std::vector<int> clause(t.size(), -1);
  std::vector<int> words;
  int c = 0;
  bool open = false;
  for (size_t k = 0; k < t.size(); ++k) {
    if (clause_break(t[k])) {
      if (open) ++c, open = false;
      continue;
    }
    if (!open) words.push_back(0), open = true;
    clause[k] = c;
    if (!(u.words[k].flags & kContent)) continue;
    bool attributed = false;
    for (const Attribution& at : u.data->facts.attributions)
      attributed = attributed || (t[k].begin >= at.begin && t[k].end <= at.end);
    if (!attributed) ++words[c];
  }
  std::vector<SimUnit> out;
  const int n = static_cast<int>(words.size());
  if (n < 2) return out;
  const auto window = [&](int first, int last) {
    SimUnit w = u;
    w.terms.clear();
    for (size_t k = 0; k < t.size(); ++k) {
      if (clause[k] >= first && clause[k] <= last) {
        if (w.words[k].flags & kContent) w.terms.push_back(w.words[k].term);
        continue;
      }
      w.words[k] = WordToken{};
    }
    sort_unique(&w.terms);
    out.push_back(std::move(w));
  };
  for (int i = 0; i < n; ++i) {
    if (words[i] >= kWindowWords) window(i, i);
    if (i + 1 < n && words[i] + words[i + 1] >= kWindowWords && (words[i] < kWindowWords || words[i + 1] < kWindowWords))
      window(i, i + 1);
  }
  return out;
}

const std::vector<std::string>& feature_names() {
  static const std::vector<std::string> names = names_of(kNames);
  return names;
}

uint64_t features_digest() {
  constexpr uint64_t kDigest = names_digest(kNames);
  return kDigest;
}

double content_covered(const std::vector<double>& x) { return x[kCountMax]; }

namespace {

// `neutral`: the kinds of difference set aside (bits: 1 numbers, 2 dates, 4 negations); their
// counts are zero.
void fill_features(const SimUnit& a, const SimUnit& b, const PairContext& ctx, const std::vector<double>& cw,
             const WordAlignment* al, int neutral, std::vector<double>* out, SetCache* cache) {
  std::vector<double>& x = *out;
  UnitSets own_a, own_b;
  std::pair<const UnitSets*, const UnitSets*> cached{&own_a, &own_b};
  if (cache) cached = cache->of(a, b);
  else make_sets(a, &own_a), make_sets(b, &own_b);
  const UnitSets& set_a = *cached.first;
  const UnitSets& set_b = *cached.second;
  x.assign(kFeatureCount, 0.0);
  const Side sa = measure(a.words, al->a_to_b, al->a_match, cw);
  const Side sb = measure(b.words, al->b_to_a, al->b_match, cw);
  const auto both = [&](Feature lo, double va, double vb) {
    x[lo] = std::min(va, vb);
    x[lo + 1] = std::max(va, vb);
  };
  both(kCovMin, ratio(sa.aligned, sa.total), ratio(sb.aligned, sb.total));
  both(kExactMin, ratio(sa.exact, sa.total), ratio(sb.exact, sb.total));
  both(kClusterMin, ratio(sa.cl_aligned, sa.cl_total), ratio(sb.cl_aligned, sb.cl_total));
  both(kCountMin, ratio(sa.content_aligned, sa.content), ratio(sb.content_aligned, sb.content));
  both(kUnalignedIdfMin, sa.unaligned_idf, sb.unaligned_idf);
  both(kUnalignedWeightMin, sa.unaligned_weight, sb.unaligned_weight);
  both(kUnalignedNamesMin, sa.unaligned_names, sb.unaligned_names);
  both(kUnalignedNumbersMin, sa.unaligned_numbers, sb.unaligned_numbers);
  x[kLexicalShare] = ratio(sa.lexical + sb.lexical, sa.aligned + sb.aligned);
  x[kFunctionDice] = dice(set_a.function, set_b.function);
  x[kBigramDice] = dice(set_a.bigrams, set_b.bigrams);
  x[kOrder] = order_agreement(a, *al);
  both(kContentMin, sa.content, sb.content);
  x[kNumbersMatched] = sa.numbers_aligned;
  if (!(neutral & 1))
    x[kQuantityConflicts] = quantity_conflicts(a.data->facts, b.data->facts) + quantity_conflicts(b.data->facts, a.data->facts);
  if (!(neutral & 2))
    x[kTimeConflicts] = time_conflicts(a.data->facts, b.data->facts) + time_conflicts(b.data->facts, a.data->facts);
  if (!(neutral & 4)) {
    // A unit denied only "so far" ("has not yet been charged") differs from neither a denial ("has
    // not been charged") nor what is still under way ("is still being investigated").
    x[kNegationDiffers] = (sa.negators > 0) != (sb.negators > 0) && sa.firm + sb.firm > 0;
    x[kAntonyms] = static_cast<double>(al->antonyms.size());
    x[kModalDiffers] = a.data->facts.modalities.empty() != b.data->facts.modalities.empty();
  }
  x[kNegationAny] = (sa.negators > 0) || (sb.negators > 0);
  x[kCharDice] = dice(set_a.trigrams, set_b.trigrams);
  x[kHeadlines] = static_cast<int>(a.headline) + static_cast<int>(b.headline);
  x[kNgram1] = dice(set_a.ngrams[0], set_b.ngrams[0]);
  x[kNgram2] = dice(set_a.ngrams[1], set_b.ngrams[1]);
  x[kNgram3] = dice(set_a.ngrams[2], set_b.ngrams[2]);
  x[kLcs] = lcs_share(a, b);
  x[kOverlap] = ctx.overlap;
  // Verbs say what happened: whether each side's verbs found a counterpart (1 for a side without
  // verbs), and the rarest verb left unaligned on either side.
  both(kVerbsMin, sa.verbs ? ratio(sa.verbs_aligned, sa.verbs) : 1.0, sb.verbs ? ratio(sb.verbs_aligned, sb.verbs) : 1.0);
  x[kUnalignedVerbIdf] = std::max(sa.unaligned_verb_idf, sb.unaligned_verb_idf);
  // What the units say once who and where are set aside (1 for a side of names only).
  both(kPlainMin, sa.plain_total > 0 ? sa.plain_aligned / sa.plain_total : 1.0,
       sb.plain_total > 0 ? sb.plain_aligned / sb.plain_total : 1.0);
  // A claim both state: each side's best-covered clause.
  both(kClauseMin, best_clause(a, al->a_to_b, al->a_match), best_clause(b, al->b_to_a, al->b_match));
}

// Token indices of a unit inside a byte span.
std::vector<size_t> tokens_within(const SimUnit& u, Span s) {
  std::vector<size_t> out;
  const auto& t = u.data->tokens;
  for (size_t k = 0; k < t.size(); ++k)
    if (t[k].begin >= s.begin && t[k].end <= s.end && t[k].type != TokenType::kPunct) out.push_back(k);
  return out;
}

// Aligns token i of a with token j of b as an exact match (the words stand for one value).
void join(WordAlignment* al, size_t i, size_t j) {
  al->a_to_b[i] = static_cast<int>(j);
  al->b_to_a[j] = static_cast<int>(i);
  al->a_match[i] = al->b_match[j] = WordMatch::kExact;
}

// Two values of one measure that can both hold are one value, however each is hedged or written
// ("more than 300 homes" / "about 350 homes", "nearly 50 passengers" / "48 passengers"): their
// numbers, unaligned as words, are aligned as a match. One measure: the same counted noun,
// currency or unit, or two durations ("in 20 minutes" / "within half an hour"). Each value is
// paired once, the first compatible one in order.
void align_compatible_numbers(const SimUnit& a, const SimUnit& b, WordAlignment* al) {
  const auto& qa_all = a.data->facts.quantities;
  const auto& qb_all = b.data->facts.quantities;
  if (qa_all.empty() || qb_all.empty()) return;
  const auto free_number = [](const SimUnit& u, const Quantity& q, const std::vector<int>& to) {
    const auto ks = tokens_within(u, {q.num_begin, q.num_end});
    for (size_t k : ks)
      if (to[k] >= 0 || !(u.words[k].flags & kNumber)) return std::string::npos;
    return ks.empty() ? std::string::npos : ks.front();
  };
  for (const Quantity& qa : qa_all) {
    if (qa.unit.empty() || qa.kind == QuantityKind::kOther) continue;
    const size_t i = free_number(a, qa, al->a_to_b);
    if (i == std::string::npos) continue;
    for (const Quantity& qb : qb_all) {
      if (qb.kind != qa.kind || (qb.unit != qa.unit && qa.kind != QuantityKind::kDuration)) continue;
      const Match m = compare(qa, qb);
      if (m != Match::kSame && m != Match::kCompatible) continue;
      const size_t j = free_number(b, qb, al->b_to_a);
      if (j == std::string::npos) continue;
      join(al, i, j);
      break;
    }
  }
}

}  // namespace

void align_pair(const SimUnit& a, const SimUnit& b, const Lexicon& lexicon, WordAlignment* al, RelationMemo* memo,
                const WordAlignment* whole) {
  if (whole) align_within(a.words, b.words, *whole, al);
  else align_words(a.words, b.words, lexicon, memo, al);
  align_compatible_numbers(a, b, al);
}

void aligned_features(const SimUnit& a, const SimUnit& b, const PairContext& ctx, const std::vector<double>& cw,
                      const WordAlignment& al, std::vector<double>* out, SetCache* sets) {
  fill_features(a, b, ctx, cw, &al, 0, out, sets);
}

void pair_features(const SimUnit& a, const SimUnit& b, const PairContext& ctx, const std::vector<double>& cw,
                   const Lexicon& lexicon, std::vector<double>* out, WordAlignment* al, RelationMemo* memo,
                   SetCache* sets, const WordAlignment* whole) {
  align_pair(a, b, lexicon, al, memo, whole);
  fill_features(a, b, ctx, cw, al, 0, out, sets);
}

void neutral_features(const SimUnit& a, const SimUnit& b, const PairContext& ctx, const std::vector<double>& cw,
                      const WordAlignment& alignment, const std::vector<Discrepancy>& differences,
                      std::vector<double>* out, SetCache* sets, const std::vector<std::pair<Span, Span>>* slots) {
  WordAlignment al = alignment;
  if (slots) {
    const auto part = [&](size_t i, int j) {  // token i of a from token j of b
      if (j < 0) return;
      al.a_to_b[i] = -1;
      al.b_to_a[static_cast<size_t>(j)] = -1;
      al.a_match[i] = al.b_match[static_cast<size_t>(j)] = WordMatch::kNone;
    };
    for (const auto& [sa, sb] : *slots) {
      for (size_t k : tokens_within(a, sa)) part(k, al.a_to_b[k]);
      for (size_t k : tokens_within(b, sb))
        if (al.b_to_a[k] >= 0) part(static_cast<size_t>(al.b_to_a[k]), static_cast<int>(k));
    }
  }
  int kinds = 0;
  for (const Discrepancy& d : differences)
    kinds |= d.type == "number" ? 1 : d.type == "date" ? 2 : d.type == "negation" ? 4 : 0;
  if (kinds & 4) al.antonyms.clear();
  for (const Discrepancy& d : differences) {
    const auto ta = tokens_within(a, d.a), tb = tokens_within(b, d.b);
    std::vector<size_t> fa, fb;  // the unaligned ones, in order
    for (size_t k : ta)
      if (al.a_to_b[k] < 0) fa.push_back(k);
    for (size_t k : tb)
      if (al.b_to_a[k] < 0) fb.push_back(k);
    for (size_t n = 0; n < fa.size() && n < fb.size(); ++n) join(&al, fa[n], fb[n]);
  }
  fill_features(a, b, ctx, cw, &al, kinds, out, sets);
}

const UnitSets* SetCache::listed(const SimUnit& u) {
  for (size_t k = 0; k < used_; ++k)
    if (sets_[k].first == &u) return &sets_[k].second;
  if (used_ == sets_.size()) sets_.emplace_back();
  sets_[used_].first = &u;
  make_sets(u, &sets_[used_].second);
  return &sets_[used_++].second;
}

std::pair<const UnitSets*, const UnitSets*> SetCache::of(const SimUnit& a, const SimUnit& b) {
  // A shared unit's sets; a window's (or any unit's without share()) listed here.
  const std::less<const SimUnit*> before;
  const auto shared = [&](const SimUnit& u) -> const UnitSets* {
    if (!shared_ || before(&u, units_) || !before(&u, units_ + shared_->size())) return nullptr;
    return &(*shared_)[static_cast<size_t>(&u - units_)];
  };
  if (sets_.capacity() < sets_.size() + 2) sets_.reserve(2 * sets_.size() + 2);  // no move while x is held
  const UnitSets* x = shared(a);
  if (!x) x = listed(a);
  const UnitSets* y = shared(b);
  if (!y) y = listed(b);
  return {x, y};
}

std::vector<UnitSets> make_unit_sets(const std::vector<SimUnit>& units, const std::vector<uint8_t>& wanted) {
  std::vector<UnitSets> out(units.size());
  for (size_t k = 0; k < units.size(); ++k)
    if (wanted[k]) make_sets(units[k], &out[k]);
  return out;
}

}  // namespace tri
