// judge.h — internal: unit features, similarity and the agree / conflict / related decision.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine.h"

namespace tri {

/// Similarity at or above which two units with compatible facts agree.
inline constexpr double kAgree = 0.38;
/// Similarity at or above which a discrepancy in the same slot makes a conflict.
inline constexpr double kConflict = 0.30;
/// Below kConflict, two quantities of one rare counted noun (few units of the cluster count it)
/// still make a conflict from this similarity on.
inline constexpr double kConflictRare = 0.12;
/// Similarity needed before a lone negation difference counts (near-identical statements).
inline constexpr double kNegation = 0.55;
/// Agreement also needs this similarity once names are set aside: two sentences that name the
/// same people and places but say different things about them do not agree.
inline constexpr double kContent = 0.25;
/// A conflict needs this much shared content (names set aside): the differing value is part of it.
inline constexpr double kConflictContent = 0.2;
/// ...unless a unit's words are almost all names: less than this share of its weight is content.
inline constexpr double kContentShare = 0.25;
/// Function words count this share of their cluster weight in the whole-unit similarity: they
/// carry a sentence's structure (tense, negation, who did what to whom), not its topic.
inline constexpr double kStopWeight = 0.15;
/// A pair of synonyms counts this share of an exact match.
inline constexpr double kSynonym = 0.8;
/// A negation conflicts only when the other unit states this share of the negated clause.
inline constexpr double kNegatedClauseCover = 0.6;
/// A unit keeps links scoring at least this share of its best score toward a source.
inline constexpr double kBestMargin = 0.8;
/// Clause-window similarity counts this much of a whole-unit match.
inline constexpr double kClauseDiscount = 0.9;

/// The term key of a token: the spelling-folded stem of a word, "#value" for a number.
std::string term_key(const Token& t);

/// A predicate a unit denies: "not passed", "failed to stay", "no details".
struct Denial {
  size_t begin = 0;     ///< byte where the negator starts
  size_t pred_tok = 0;  ///< token of the denied predicate
  uint32_t pred = 0;    ///< its term
};

struct UnitFeatures {
  int source = 0, unit = 0;
  std::vector<uint32_t> terms;                 ///< sorted, unique
  std::vector<std::vector<uint32_t>> clauses;  ///< sorted, unique term ids per clause
  std::vector<uint32_t> tok_term;              ///< per token: term id or kNoTerm
  std::vector<int> tok_clause;                 ///< per token: clause index
  std::vector<bool> tok_name;                  ///< per token: part of a capitalised name
  std::vector<uint32_t> name_terms;            ///< sorted terms that occur only as names
  std::vector<uint32_t> stop_terms;            ///< sorted function words (weighted by kStopWeight)
  double stop_total = 0;                       ///< sum of their weights
  double total = 0;                            ///< sum of term weights
  std::vector<double> clause_total;
  /// Per name mention (as in Facts::names): its parts as cluster-wide ids (spelling variants
  /// share one), the term of each part in this unit (or kNoTerm), and the role it holds.
  std::vector<std::vector<uint32_t>> name_parts;
  std::vector<std::vector<uint32_t>> name_part_terms;
  std::vector<std::string> roles;
  std::vector<Denial> denials;
  /// Clause windows (one or two adjacent clauses with at least three terms) and their weights.
  std::vector<std::vector<uint32_t>> windows;
  std::vector<double> window_total;
};

inline constexpr uint32_t kNoTerm = 0xFFFFFFFFu;

/// Builds the features of one unit, adding its terms to `vocab` and counting them in `df`.
/// `aliases` gives, per name mention of the unit (same order as ud.facts.names), the full name
/// the cluster resolves it to (empty when none): its missing parts count as the unit's terms.
/// Cluster-wide ids of name parts: equal parts, and long parts one edit apart ("Schoof",
/// "Schooff"), share an id.
using NamePartIds = std::unordered_map<std::string, uint32_t>;
NamePartIds name_part_ids(const std::vector<SourceData>& data);

UnitFeatures make_features(int source, int unit, const UnitData& ud,
                           const std::vector<std::vector<std::string>>& aliases, const NamePartIds& parts,
                           std::unordered_map<std::string, uint32_t>* vocab,
                           std::vector<uint32_t>* df);

/// Resolves short name mentions across the cluster: a mention whose parts all occur in exactly
/// one longer name of the cluster (or in one that is mentioned at least twice as often as any
/// other) stands for that name ("Solvang" -> "Ingrid Solvang").
/// Returns, per source, per unit, per mention, the resolved full name's parts (or empty).
std::vector<std::vector<std::vector<std::vector<std::string>>>> resolve_aliases(
    const std::vector<SourceData>& data);

/// Fills the weight totals once all document frequencies are known.
void finish_features(UnitFeatures* f, const std::vector<double>& weight);

/// Per term id: the sorted synonym groups the term belongs to (empty for most terms).
using SynonymGroups = std::vector<std::vector<uint32_t>>;

/// The synonym groups of a term key (spelling-folded stem), from core/data/synonyms.txt.
const std::vector<uint32_t>& synonym_groups_of(const std::string& key);

struct Judgement {
  double score = 0;
  Relation relation = Relation::kRelated;
  std::vector<Discrepancy> discrepancies;
};

/// Scores and judges units `a` and `b` (of different sources).
Judgement judge(const UnitFeatures& fa, const UnitFeatures& fb, const UnitData& a,
                const UnitData& b, std::string_view text_a, std::string_view text_b,
                const std::vector<double>& weight, const std::vector<uint32_t>& df,
                uint32_t rare_df, const SynonymGroups* groups);

}  // namespace tri
