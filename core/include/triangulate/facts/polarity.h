// polarity.h — what a claim denies and how sure it is: negations, each with the predicate it
// negates, and markers of modality; and how the polarity of one predicate compares across two
// claims.
//
// Negators: "not", "n't" ("haven't", "couldn't"), "never", "no", "no one", "nobody", "none",
// "nothing", "neither", "nor", "without", "no longer", "has yet to"; and verbs of not doing:
// "failed to", "refused to", "declined to", "denied". Not negations: "not only", "if not",
// "whether or not", "not to mention", "no doubt", "no matter", "nothing but", "none other",
// "never mind", "not least", a hedge ("no more than 20"), "No. 10", a word inside a name.
//
// Each negation keeps the span of the negator and of the predicate it negates, so a discrepancy
// can show both words that changed ("has not yet been approved": negator "not", predicate
// "approved"; "No one was killed": negator "No one", predicate "killed"; "There were no deaths":
// negator "no", predicate "deaths"), and the clause it governs (its scope). A modal verb right
// before the negator is kept too ("could not rise": modal "could").
//
// Modality: "may", "might", "could", "would", "likely", "unlikely", "reportedly", "allegedly",
// "possibly", "perhaps", "probably", "expected to", "scheduled to", "set to" (after a form of
// be), "plans to", "is said to", "is believed to" ... each with its span and a normalised word.
//
// Example:
//   tri::Facts f = tri::extract_facts(s, toks);  // s = "The toll could not rise further."
//   // f.negations[0]: negator "not", predicate "rise", modal "could", word "not"
//   // f.modalities[0]: "could"
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "triangulate/facts/match.h"

namespace tri {

struct Negation {
  size_t begin = 0, end = 0;              ///< the negator as written: "not", "No one", "failed to"
  size_t pred_begin = 0, pred_end = 0;    ///< the predicate it negates; equal when none was found
  size_t scope_begin = 0, scope_end = 0;  ///< from the negator to the end of its clause
  size_t modal_begin = 0, modal_end = 0;  ///< a modal verb governing it ("could not", "couldn't");
                                          ///< equal when none
  std::string word;       ///< normalised negator: "not" (also for "n't" and "cannot"), "never",
                          ///< "no", "no one", "nobody", "none", "nothing", "neither", "nor",
                          ///< "without", "no longer", "yet to", "failed to", "refused to",
                          ///< "declined to", "denied", "ruled out"
  std::string predicate;  ///< the predicate, folded ("approved"); empty when none was found
  bool verbal = false;    ///< a verb of not doing ("failed to", "refused to", "declined to",
                          ///< "denied", "ruled out")
};

struct Modality {
  size_t begin = 0, end = 0;              ///< "may", "is expected to", "reportedly", "is said to"
  size_t scope_begin = 0, scope_end = 0;  ///< from the marker to the end of its clause
  std::string word;  ///< normalised: "may", "might", "could", "would", "likely", "reportedly",
                     ///< "expected to", "plans to", "said to" ...
};

/// The polarity of one predicate in one claim: whether a negation governs it and whether it is
/// hedged by a modal.
struct Polarity {
  bool negated = false;
  bool modal = false;
};

/// The span a discrepancy should show for a negation: from the negator (or the modal before it)
/// through the predicate ("could not rise", "has not yet been approved" -> "not yet been
/// approved"). The negator alone when no predicate was found.
std::pair<size_t, size_t> negation_span(const Negation& n);

/// The polarity of the word that starts at byte `at` in a unit with these negations and
/// modalities (as extract_facts() gives them): negated when `at` lies in a negation's predicate
/// or scope; modal when it lies in a modality's scope or in the scope of a negation with a modal.
/// A byte outside every scope is asserted and not modal.
Polarity polarity_at(const std::vector<Negation>& negations,
                     const std::vector<Modality>& modalities, size_t at);

/// Compares the polarity of one predicate as two claims state it:
///   kSame:       both assert it or both deny it, with the same modality;
///   kConflict:   one asserts and the other denies, and neither hedges ("the board approved" vs
///                "has not yet been approved"), or both hedge ("the toll could rise" vs "could
///                not rise");
///   kCompatible: one asserts and the other denies but only one hedges ("it rose" vs "it may not
///                have risen"), or the same polarity with different modality ("rose" vs "may
///                have risen").
Match compare(const Polarity& a, const Polarity& b);

}  // namespace tri
