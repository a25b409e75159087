// attribution.h — who a claim is attributed to, and the source that one cites: the ground for
// telling one origin of a claim from another.
//
// What is read (each as one Attribution with its byte span):
//   "according to the national weather service"     who = origin = "the national weather
//                                                     service"
//   "Harbour Wire said", "officials say", "the ministry told reporters", "the agency reported",
//   "the mayor announced", "police confirmed"        who = origin = the subject
//   "..., said a government spokesman."             who = origin = "a government spokesman"
//   "the agency reported, citing a ministry statement"  who "the agency", origin "a ministry
//                                                     statement" (a lone "citing X" or "quoting
//                                                     X": who = origin = X)
//   "Harbour Wire quoted a local official as saying"  who "Harbour Wire", origin "a local
//                                                     official"
//   "a spokesman for the ministry said"             who "a spokesman for the ministry", origin
//                                                     "the ministry" (also "officials at",
//                                                     "sources close to", "a source in")
// Not attributions: the passive "is said to" (modality, see polarity.h).
//
// Example:
//   tri::Facts f = tri::extract_facts(s, toks);  // s = "The bridge is shut, the agency said."
//   // f.attributions[0]: span "the agency said", who "the agency", origin "the agency",
//   //                    key "agency", verb "said"
#pragma once

#include <cstddef>
#include <string>

#include "triangulate/facts/match.h"

namespace tri {

struct Attribution {
  size_t begin = 0, end = 0;  ///< the whole attribution, verb and cited source included
  std::string who;            ///< who says it, as written ("the national weather service")
  size_t who_begin = 0, who_end = 0;
  std::string origin;         ///< the source cited, as written; equal to `who` when none is cited
  size_t origin_begin = 0, origin_end = 0;
  std::string key;   ///< the origin folded, without a leading article: "national weather service"
  std::string verb;  ///< folded: "according to", "said", "says", "told", "reported", "citing",
                     ///< "quoted" ...
};

/// Compares the origins of two attributions:
///   kSame:         the same key ("the agency" and "The Agency");
///   kCompatible:   one key's words all occur in the other's ("the weather service" ~ "national
///                  weather service"): possibly the same source;
///   kIncomparable: otherwise, or an empty key. Two sources never conflict: they are only
///                  different.
Match compare(const Attribution& a, const Attribution& b);

}  // namespace tri
