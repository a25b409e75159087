// name_kinds.h — internal: what kind of thing a name is, as the cluster's own reports say.
//
// News introduces a name with the common noun of its kind and then uses either: "the tanker
// Merrow Star" ... "the ship"; "harbour master Ilse Varna" ... "the harbour master"; "The vessel, the
// Saltwren, had set out" ... "the Saltwren". A report that says "the vessel had passed its
// inspection" and one that says "the Saltwren had not passed its inspection" speak of one thing,
// and only the cluster's text says so. learn_name_kinds() reads such introductions in every unit
// of a cluster and gives each word of the name its kinds (WordToken::kinds); same_kind() tells
// whether a name and a noun are such a pair.
//
// Where it counts: the subject of a denial (conflicts/negations.cc). "The Saltwren had not passed"
// against "the vessel had passed" is then anchored, as "the Saltwren had passed" is, instead of
// being left to the model's judgement of the whole pair. (Matching names with their kinds in the
// word alignment itself was measured on 2026-12-03 with the shipped model: ECB+ development
// recall 0.4917 -> 0.4959, but three false conflicts on the development topics and about twenty
// on the training topics, where an aligned name anchored a dispute between its neighbours: the
// model was not trained on such matches. Not kept.)
//
// An introduction is a common noun right before a name ("the ferry Saltwren", "spokesman John
// Hale"), or a noun and a name in apposition between commas ("the vessel, the Saltwren,"). The
// noun is one the lexicon knows as a noun (it has a broader word, and is not used mostly as a verb
// or an adjective unless an article stands before it: "told Harwick" is no introduction, "the
// ferry Saltwren" is); a name that is a time ("the tanker Monday") has no kind, and a noun that
// introduces two names that share no word ("boss Vincent Gigante", "boss John Gotti") names
// neither.
//
// Example:
//   units of "The tanker Merrow Star ran aground." and "The company said the ship had passed."
//   learn_name_kinds(lexicon, &units): "Merrow" and "Star" get the kind "tanker"; in
//   "the Merrow Star had not passed", the subject is then the ship's (a tanker is a ship).
#pragma once

#include <vector>

#include "lexicon.h"
#include "similarity.h"

namespace tri {

/// Learns the kinds of the cluster's names from its units and sets them on every word of those
/// names in `units` (WordToken::kinds: the two most often given, by count, then lexicon
/// id). Call after canonical_terms(): the result does not depend on the order of the sources.
void learn_name_kinds(const Lexicon& lexicon, std::vector<SimUnit>* units);

/// True when one of x and y is a word of a name and the other a common noun (not a name or a
/// number) that is one of the name's kinds, a synonym of one, or a broader word for one
/// ("Saltwren" / "vessel"; "Merrow" of "the tanker Merrow Star" / "ship").
bool same_kind(const WordToken& x, const WordToken& y, const Lexicon& lexicon);

}  // namespace tri
