// similarity.h — internal: how alike two units are, as a probability that they state the same claim.
//
// Each linkable unit becomes a list of WordTokens (wordalign.h): its terms, their lexicon ids and
// background weights, and flags (content, function word, name, number, negator). For a pair of
// units, the words are aligned and a fixed list of features is measured on the alignment: how much
// of each side's content is covered (by background weight, by the cluster's own weights, by count,
// by exact matches only), what is left unaligned on each side (the rarest such word, names,
// numbers), word order, function words, word pairs, lengths, and the facts (numbers and times that
// disagree, negation, antonyms, modality). The learned model (model.h) turns the features into the
// probability; the features never depend on the order of the two units (each is measured on both
// sides and given as the smaller and the larger value).
//
// Example:
//   a = "Some 40 rescuers were deployed."  b = "About 40 emergency workers were sent in."
//   features: number 40 aligned, "deployed" ~ "sent" (synonym), "rescuers" unaligned ...
//   Similarity sim(...); sim.probability(a, b) ~ 0.7   (agrees when >= the model's "agree" threshold)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine.h"
#include "lexicon.h"
#include "model.h"
#include "string_ids.h"
#include "wordalign.h"

namespace tri {

/// The terms of one cluster: ids for term keys, and in how many linkable units each occurs.
struct Vocabulary {
  StringIds ids;
  std::vector<uint32_t> df;
  uint32_t intern(const std::string& key);
};

/// A unit as the similarity sees it.
struct SimUnit {
  int source = 0, unit = 0;
  bool headline = false;
  std::vector<WordToken> words;     ///< one per token of the unit
  std::vector<uint32_t> terms;      ///< sorted distinct content terms (for candidates and df)
  const UnitData* data = nullptr;   ///< tokens and facts
  bool copy = false;  ///< a word-for-word copy compared through an earlier unit (copies.h)
};

/// Which tokens are parts of capitalised names: capitalised words that do not merely start the
/// sentence (or that are followed by another capitalised word); the items of a list of three or
/// more names ("Oslo, Bergen and Tromso") are what the sentence says, not names it is about.
std::vector<uint8_t> name_tokens(const std::vector<Token>& tokens);

/// Builds the SimUnit of a linkable unit, interning its terms in `vocab` and counting them in its
/// document frequencies.
SimUnit make_sim_unit(int source, int unit, bool headline, const UnitData& data, const Lexicon& lexicon,
                      Vocabulary* vocab);

/// Renumbers the terms of `vocab` in the order of their keys, in the vocabulary and in `units`: the
/// ids then do not depend on the order the sources came in, so no choice that breaks a tie by
/// term id (the names a source mentions most, the order of equal weights) does.
void canonical_terms(Vocabulary* vocab, std::vector<SimUnit>* units);

/// A unit's clause windows, for sentences that carry several claims: each clause (split at commas,
/// semicolons, colons, brackets and spaced dashes), and each two adjacent clauses, with at least
/// kWindowWords content words outside attributions ("officials said"), as a copy of the unit whose
/// other words are masked (they align with nothing and weigh nothing). Empty for a unit of one
/// clause.
inline constexpr int kWindowWords = 3;
std::vector<SimUnit> clause_windows(const SimUnit& u);

/// The pairs of pieces scored beside the whole units a and b (wa, wb their clause windows): each
/// window of one against the other whole unit or one of its windows, in a fixed order, appended
/// to `out`.
void add_window_pairs(const SimUnit& a, const std::vector<SimUnit>& wa, const SimUnit& b,
                      const std::vector<SimUnit>& wb, std::vector<std::pair<const SimUnit*, const SimUnit*>>* out);

/// True when a quantity of one unit disagrees with one of the same measure in the other and
/// neither has a compatible counterpart there ("was 16 years old" / "14-year-old brother"), or a
/// time does so (the features quantity_conflicts and time_conflicts, either way round).
bool values_disagree(const SimUnit& a, const SimUnit& b);

/// The names of the features, in the order pair_features() fills them (the model file lists the
/// same names; the engine refuses a model whose list differs).
const std::vector<std::string>& feature_names();
/// names_digest() (model.h) of those names: what the engine compares with a model's list.
uint64_t features_digest();

/// Per-cluster weights of terms: log((units + 10) / (df + 1)), the cluster's own inverse document
/// frequency (low for the words every report of the event uses).
std::vector<double> cluster_weights(const Vocabulary& vocab, size_t units);

/// What the stage before knows of the pair.
struct PairContext {
  double overlap = 0;  ///< the candidate finder's overlap (candidates.h)
};

/// The sets of a unit that the features compare, each sorted and distinct: its function words,
/// content bigrams, character trigrams of content words and term n-grams (1 to 3), all hashed.
struct UnitSets {
  std::vector<uint64_t> function, bigrams, trigrams, ngrams[3];
  std::vector<uint32_t> terms;  ///< the unit's terms in order (what the n-grams are made of)
};

/// The sets of each unit of `units` that `wanted[k]` names (the units of candidate pairs), made
/// once for all the runs that score a cluster's pairs and read by them through SetCache::share();
/// the others are left empty. About 1 KB a sentence (its character trigrams above all): less
/// than the candidate finder's index, which is freed before they are made.
std::vector<UnitSets> make_unit_sets(const std::vector<SimUnit>& units, const std::vector<uint8_t>& wanted);

/// The sets of the units and windows that one pair of units is scored with, each made once (a
/// window meets every window of the other unit). Keyed by address: clear() it before the units
/// it has seen are moved or freed. With share(), the sets of a cluster's units come from
/// make_unit_sets() (a unit meets many others); a window's are made here.
class SetCache {
 public:
  /// The sets of a and b, made if not yet: valid until the next call or clear().
  std::pair<const UnitSets*, const UnitSets*> of(const SimUnit& a, const SimUnit& b);
  /// Reads the sets of units[k] from sets[k] (make_unit_sets(); both outlive this cache).
  void share(const SimUnit* units, const std::vector<UnitSets>* sets) { units_ = units, shared_ = sets; }
  void clear() { used_ = 0; }
  /// Forgets every window but those `keep(window)` names (the next pair's first unit's windows,
  /// when it is the same as the last pair's).
  template <typename Keep>
  void keep_only(Keep keep) {
    size_t kept = 0;
    for (size_t k = 0; k < used_; ++k)
      if (keep(sets_[k].first)) std::swap(sets_[k], sets_[kept++]);
    used_ = kept;
  }

 private:
  const UnitSets* listed(const SimUnit& u);
  std::vector<std::pair<const SimUnit*, UnitSets>> sets_;  // the first used_ are current
  size_t used_ = 0;
  const SimUnit* units_ = nullptr;
  const std::vector<UnitSets>* shared_ = nullptr;
};

/// Measures the features of the pair (a, b) into `x` (resized to feature_names().size()) and the
/// word alignment into `alignment` (with the lexicon's relations from `memo` when given: see
/// RelationMemo; or, for pieces of two units, from `whole`, the units' alignment: align_within()).
/// The same as align_pair() and then aligned_features().
void pair_features(const SimUnit& a, const SimUnit& b, const PairContext& context,
                   const std::vector<double>& cluster_weight, const Lexicon& lexicon, std::vector<double>* x,
                   WordAlignment* alignment, RelationMemo* memo = nullptr, SetCache* sets = nullptr,
                   const WordAlignment* whole = nullptr);
/// The word alignment of pair_features() alone: words (align_words(), or align_within() `whole`),
/// then the numbers of values that can both hold.
void align_pair(const SimUnit& a, const SimUnit& b, const Lexicon& lexicon, WordAlignment* alignment,
                RelationMemo* memo = nullptr, const WordAlignment* whole = nullptr);
/// The features of pair_features() from the pair's alignment (align_pair()).
void aligned_features(const SimUnit& a, const SimUnit& b, const PairContext& context,
                      const std::vector<double>& cluster_weight, const WordAlignment& alignment,
                      std::vector<double>* x, SetCache* sets = nullptr);

/// Of features `x` (aligned_features()), the share of its content words aligned in the unit that
/// has more of them aligned.
double content_covered(const std::vector<double>& x);

/// The features of the pair as if the values in the given spans agreed: the tokens of each
/// discrepancy are aligned to each other, and the counts of disagreeing facts of their kinds are
/// zero. The model
/// gives this vector the probability that the two units state one claim apart from these
/// differences: the evidence a conflict needs. The words of `slots` (pairs of spans of a and b:
/// where a disputed value stands, such as an office) are left unaligned: they are not that evidence.
void neutral_features(const SimUnit& a, const SimUnit& b, const PairContext& context,
                      const std::vector<double>& cluster_weight, const WordAlignment& alignment,
                      const std::vector<Discrepancy>& differences, std::vector<double>* x,
                      SetCache* sets = nullptr, const std::vector<std::pair<Span, Span>>* slots = nullptr);

}  // namespace tri
