// terms.h — internal: the key under which the engine matches a token ("term key").
//
// Two tokens match exactly when their term keys are equal. A word's key is its Porter2 stem with
// British and American spellings folded together ("colours" -> "color", "travelled" ->
// "travel"); a number's key is "#" and its digits without thousands separators ("1,200" ->
// "#1200"). The lexicon (lexicon.h) and the background frequencies are keyed the same way, by
// scripts/make-lexicon.py through tools/term_keys.
//
// Example:
//   term_key(token for "Harbours") == "harbor"
//   term_key(token for "2,500")    == "#2500"
#pragma once

#include <string>

#include "triangulate/tokens.h"

namespace tri {

/// The term key of a token (see above). Punctuation keys are its folded text; never fails.
std::string term_key(const Token& t);

/// British and American spellings of one stem meet: "armour"/"armor", "travell"/"travel".
std::string spelling_key(const std::string& stem);

}  // namespace tri
