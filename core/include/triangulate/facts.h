// facts.h — the checkable values a claim states, read from one unit's tokens: quantities, times,
// names (with roles), negations, modality and attribution, each with its byte span.
//
// This is the entry point; each kind of fact has its own header, which says what is read and how
// two values of that kind compare (all with a Match from facts/match.h):
//   facts/quantity.h     counts, money, percentages, measures, durations, ordinals; compare()
//   facts/time.h         dates, weekdays, clock times, parts of day, relative times; compare()
//   facts/name.h         people, places, organisations, roles; compare(), same_office()
//   facts/polarity.h     negations with their predicates, modality; compare(Polarity, Polarity)
//   facts/attribution.h  who says it and the source cited; compare()
// Values are normalised so that two wordings of one fact compare equal ("$2.4bn" = "2.4 billion
// dollars", "10km" = "10 kilometres", "5 June" = "June 5th", "spokesman" = "spokeswoman").
//
// Example:
//   auto toks = tri::tokenize(s, 0, s.size());
//   // s = "The county sheriff, Nina Osk, said five people died on Thursday night."
//   tri::Facts f = tri::extract_facts(s, toks);
//   // f.quantities[0]: 5 people, state "dead"; f.times[0]: Thursday, part "night";
//   // f.names[0]: "Nina Osk", role "county sheriff"; f.attributions[0]: who "The county
//   // sheriff, Nina Osk"
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "triangulate/facts/attribution.h"
#include "triangulate/facts/match.h"
#include "triangulate/facts/name.h"
#include "triangulate/facts/polarity.h"
#include "triangulate/facts/quantity.h"
#include "triangulate/facts/time.h"
#include "triangulate/tokens.h"

namespace tri {

/// Everything extract_facts() reads from one unit, each list in text order.
struct Facts {
  std::vector<Quantity> quantities;
  std::vector<TimeExpr> times;
  std::vector<NameMention> names;
  std::vector<Attribution> attributions;
  std::vector<Negation> negations;    ///< each negator, its predicate and its scope
  std::vector<Modality> modalities;   ///< each marker of modality ("may", "expected to")
};

/// Reads the facts of one unit from its tokens (as tokenize() made them over `text`; offsets are
/// into `text`). Never fails: a unit with no recognisable value, or no tokens, gives empty lists.
/// Times are read before quantities at each token (so "two years ago" and "since 1987" are
/// times), names skip the tokens of both. Work is linear in the number of tokens.
Facts extract_facts(std::string_view text, const std::vector<Token>& tokens);

}  // namespace tri
