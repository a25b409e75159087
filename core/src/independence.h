// independence.h — internal: how many independent sources stand behind a claim.
//
// Two reports agreeing is corroboration only if they were not written from each other and do not
// repeat one origin. Two things reduce the count of a claim group (groups.h):
//   derived copies  a copy or rewrite shares runs of wording with its original and follows it
//                   claim by claim; independently written reports of one event share facts, not
//                   sentences, and tell them in their own order. The wording share of two sources
//                   is the share of the shorter one's word 5-grams (winnowed fingerprints, as MOSS
//                   compares programs) found in the other, words between quotation marks left out
//                   (reports quote the same people alike); the order share is the longest chain
//                   of agreeing claims in the same order in both, over the shorter one's claims.
//                   A pair is derived at kCopyWording of wording, or at kRewriteWording with
//                   kRewriteOrder of order (a rewrite changes words but keeps the sequence), and
//                   either way with at least kMinSharedRuns fingerprints in common: one run of
//                   words in common ("Mayor Ilse Varga said the market would") is what two
//                   short reports of one event share by chance, a few percent of a short one.
//   shared origins  units that attribute the claim to the same origin ("according to Harbour
//                   Wire", "Harbour Wire said", "..., citing Harbour Wire") repeat one source,
//                   however many outlets print it.
// A group's independent count merges its sources along derived pairs, then merges sources whose
// units cite the same origin; its origins list the cited origins as written.
//
// Example: three outlets print "up to 24 hours, according to the state agency"; two are copies of
// the third: 3 sources, 1 independent origin, origins ["the state agency"].
#pragma once

#include <vector>

#include "engine.h"
#include "triangulate/triangulate.h"

namespace tri {

/// A copy: this much shared wording.
inline constexpr double kCopyWording = 0.15;
/// A rewrite: this much shared wording, and this much of the shorter source's claims agreeing in
/// the same order.
inline constexpr double kRewriteWording = 0.05;
inline constexpr double kRewriteOrder = 0.5;
/// Fingerprints in common a derived pair needs besides its share (or all of the shorter source's,
/// when it has fewer).
inline constexpr size_t kMinSharedRuns = 3;

/// Pairs of sources listed per source: its closest others (derived ones first, then by similarity,
/// then by wording). A pair is listed when either source lists it, so the result grows with the
/// sources, not with their pairs (2,000 copies of one text have 2 million pairs), and clusters of
/// up to kListedPairs + 1 sources list every pair that shares a claim or wording.
inline constexpr size_t kListedPairs = 31;

/// Fills r->pairs (similarity, shared claims, wording, derived) for the compared sources with at
/// least one shared claim or shared wording, each source's kListedPairs closest (sorted by a,
/// then b), and each group's origins and independent count. Every pair counts for the independent
/// counts, listed or not. Needs r->groups (groups.h) and the units' tokens and facts (`data`).
void assess_independence(const std::vector<SourceData>& data, Result* r);

/// The fingerprints two sources have in common (fingerprints(), sorted lists).
size_t shared_fingerprints(const std::vector<uint64_t>& fingerprints_a, const std::vector<uint64_t>& fingerprints_b);

/// The wording share of two token streams (see above), 0..1: shared_fingerprints() over the
/// shorter list; 0 when either is too short for one 5-gram.
double wording_share(const std::vector<uint64_t>& fingerprints_a, const std::vector<uint64_t>& fingerprints_b);

/// The winnowed fingerprints of a source's claims (sorted, distinct).
std::vector<uint64_t> fingerprints(const SourceData& units);

}  // namespace tri
