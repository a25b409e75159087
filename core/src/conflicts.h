// conflicts.h — internal: where two aligned units say different things about the same slot.
//
// Two statements of one claim conflict when, with their words aligned (wordalign.h), a value of
// one sits where the other has an incompatible value, in the same surroundings:
//   number    quantities of one measure whose surroundings align ("seven people died" / "at least 12
//             dead") and whose intervals cannot both hold (quantity.h's comparison: hedges and
//             ranges are intervals, so "more than 300" and "about 340" are compatible);
//   date      times of the same happening (their clauses share an aligned predicate) that differ in
//             a field both give ("on Thursday night" / "began on Wednesday night");
//   name      two different people in the same role ("governor Marta Ilves" / "the governor, Karin
//             Ilves"), or different names between aligned words ("police say Moreno fired first" /
//             "police say Ortega fired first"); a surname against its full name is the same person;
//   negation  a predicate one unit denies ("could not rise", "has not yet been approved", "failed to
//             reach") where the other states it;
//   antonym   aligned slots holding opposite words ("the road reopened" / "the road remained closed").
// A value with a compatible counterpart in the same slot is matched, and only unmatched values
// conflict. Each discrepancy's spans cover the words that differ on both sides (a negation's span
// runs from the negator to the predicate).
//
// Whether the two units speak of the same event at all is decided by the caller (the similarity
// with these differences set aside, and the event groups of event.h): this unit only finds where
// they differ.
//
// Example:
//   a = "The fire began on Monday."  b = "The blaze started on Tuesday."
//   find_discrepancies(a, b, ...) -> {type "date", a "Monday", b "Tuesday", reason
//   "date: Monday vs Tuesday"}
#pragma once

#include <string_view>
#include <vector>

#include "lexicon.h"
#include "similarity.h"
#include "triangulate/triangulate.h"
#include "wordalign.h"

namespace tri {

/// The discrepancies between units `a` and `b` (their texts are the whole source texts their
/// offsets point into), in a fixed order: numbers, dates, names, negations, antonyms.
std::vector<Discrepancy> find_discrepancies(const SimUnit& a, const SimUnit& b, const WordAlignment& alignment,
                                            std::string_view text_a, std::string_view text_b);

}  // namespace tri
