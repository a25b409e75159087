// match.h — what comparing two values of one kind of fact can say.
//
// Every kind of fact (quantity.h, time.h, name.h, polarity.h, attribution.h) has a compare()
// that answers with a Match. "Compatible" is not "conflict": two hedged counts whose intervals
// overlap, or "Monday" and "early on Monday, 3 June", can both be true; only kConflict says that
// both cannot.
//
// Example:
//   tri::compare(q_about_340, q_more_than_300) == tri::Match::kCompatible
//   tri::to_string(tri::Match::kConflict) == "conflict"
#pragma once

#include <string_view>

namespace tri {

enum class Match {
  kSame,          ///< the two say the same thing ("$2.4bn" and "2.4 billion dollars")
  kCompatible,    ///< both can be true ("at least 9" and "9"; "Monday" and "Monday, 3 June")
  kConflict,      ///< both cannot be true ("five" and "at least 9"; "5 June" and "June 12")
  kIncomparable,  ///< no common ground to compare on (a percentage and a count; dollars and euros)
};

/// "same", "compatible", "conflict" or "incomparable".
constexpr std::string_view to_string(Match m) {
  switch (m) {
    case Match::kSame: return "same";
    case Match::kCompatible: return "compatible";
    case Match::kConflict: return "conflict";
    case Match::kIncomparable: return "incomparable";
  }
  return "incomparable";
}

}  // namespace tri
