// copies.h — internal: a sentence syndicated word for word to many sources is compared once.
//
// A wire story carried by hundreds of outlets repeats each of its sentences in each of them. Every
// copy of a sentence would meet every other (n(n-1)/2 pairs, all judged alike), and the candidate
// finder, which keeps a few proposals per unit and ignores words in too many units, would leave
// most copies unlinked: 100 copies of a sentence made groups of 57, and 257 copies no link at all,
// so a claim that 300 sources state read "single source". A text that recurs byte for byte in
// more than kCopySources sources is therefore a copy class: its first unit (in source order) is
// compared with the rest of the cluster; the others are not compared at all, each is linked to
// the first (agree, score 1), and the report gives them the first one's part: its groups, its
// status and its place on the sides of a dispute. Work and result stay proportional to the units.
// Texts that recur in fewer sources are compared as any other unit (link.cc's CopyMemo judges
// such a pair of texts once), so smaller clusters are unchanged.
//
// Example: 300 sources of the same two sentences: two classes of 300 units, two groups of 300
// units (each "stated by 300 sources"), 598 links.
#pragma once

#include <cstdint>
#include <vector>

#include "similarity.h"
#include "triangulate/triangulate.h"

namespace tri {

/// A text recurring in more sources than this is compared once.
inline constexpr int kCopySources = 16;

/// No text id (text_ids()).
inline constexpr uint32_t kNoText = 0xFFFFFFFFu;

/// Per unit of `units` (SimUnits of the result `r`): an id its text shares with every unit of the
/// same bytes and kind (ids from 0, in order of first use); kNoText for a unit without words, or
/// of the other kind than the first unit of its text (a headline and a sentence of the same words
/// are apart). Word-for-word copies are judged alike (link.cc) and compared once (below).
std::vector<uint32_t> text_ids(const Result& r, const std::vector<SimUnit>& units);

/// The copy classes of `units` (SimUnits of the result `r`): lists of unit indices, first the unit
/// that is compared, then its copies (in source order; each of another source). Sets `copy` on
/// every unit but the first of each class. A headline and a sentence of the same words are apart,
/// and so are copies in sources of two events (`event`: each source's event group, event.h).
std::vector<std::vector<uint32_t>> find_copy_classes(const Result& r, const std::vector<int>& event,
                                                     std::vector<SimUnit>* units);

/// Adds, for each entry of `units` whose unit is the first of a copy class (r.copies), its
/// copies with the span at the same place of their text (a dispute's side: every copy states the
/// value its first unit states).
void add_copies(const Result& r, std::vector<std::pair<UnitRef, Span>>* units);

/// Gives each copy its first unit's status (the statuses made from the links).
void copy_statuses(Result* r);

}  // namespace tri
