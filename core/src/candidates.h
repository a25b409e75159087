// candidates.h — internal: which pairs of units are worth scoring.
//
// Scoring every unit against every unit of every other source grows with the square of the
// input. Instead an inverted index over content terms proposes, for each unit, the units of other
// sources that share weight with it (background IDF of the shared terms, as a Dice overlap), and
// each unit keeps its best few per other source and overall. Terms so common that their postings
// would be long (function-like words of the cluster) propose nothing; their weight is small anyway.
// Every proposed pair also carries its cheap overlap, a feature of the similarity. Words related through the lexicon (synonyms, derivations, hypernyms) also
// propose pairs, at kRelatedWeight, so a paraphrase that shares few words still reaches the scorer.
//
// Cost: the postings touched, bounded per unit by kMaxPosting per term; memory: the candidate list,
// at most kPerUnit pairs proposed per unit (a pair is a candidate when either unit proposes it).
//
// Example: three sources of ten sentences each give at most 30 * kPerUnit pairs; a sentence that
// shares only "the" with another is not proposed.
#pragma once

#include <cstdint>
#include <vector>

#include "similarity.h"

namespace tri {

/// Candidates kept per unit and other source.
inline constexpr int kPerSource = 6;
/// Candidates kept per unit in all: room for kPerSource of each other source in a cluster of up to
/// ten sources (9 * 6 = 54). At 48, the eight 12-article clusters of each ECB+ development topic
/// lost same-event pairs to the cap (candidate recall 0.888 -> 0.929 at 56; same-event recall
/// 0.477 -> 0.490 at precision 0.902); the 200-source row costs about 10% more time and 4% more
/// memory (bench/hostile.py, `sources`).
inline constexpr int kPerUnit = 56;
/// A related word (synonym, derivation, hypernym) counts this share of its weight.
inline constexpr double kRelatedWeight = 0.5;
/// A term whose postings list is longer than this proposes no pairs.
inline constexpr size_t kMaxPosting = 256;

struct Candidate {
  uint32_t a = 0, b = 0;     ///< indices into the unit list, a < b, different sources
  double overlap = 0;        ///< weighted Dice of shared content terms (background weights), at most 1
};

/// The candidate pairs of `units`, sorted by (a, b). `source_rank[s]`: the rank of source s's id
/// among the ids (source_ranks()); ties between equal overlaps are broken by it and the unit
/// index, so the choice does not depend on the order the sources come in, and each unit proposes
/// at most kPerSource units of each other source and kPerUnit in all, however many are alike.
std::vector<Candidate> find_candidates(const std::vector<SimUnit>& units, const Lexicon& lexicon,
                                       const std::vector<int>& source_rank);

/// For each source, the rank of its id among the ids of all sources.
std::vector<int> source_ranks(const std::vector<SourceResult>& sources);

}  // namespace tri
