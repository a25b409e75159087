// event.h — internal: do two sources report the same event?
//
// Readers sometimes paste an article about a look-alike event: another fire in another town,
// another coach fired by another team. Its sentences resemble the others' ("Four people were
// killed", "The coach was fired on Monday"), and linking them would report corroboration and
// conflicts that are not there. Before any unit is linked, the sources are grouped by event:
// a small learned model (the "event" model of the data bundle) scores each pair of sources from
// what whole articles share (their names, above all the names each mentions most and those of
// its headline and lead, which name what it reports; their words; the years, dates and numbers they
// mention), and sources are
// joined by average linkage while the mean probability stays at or above the model's "same"
// threshold. Units are linked only within one event group.
//
// A source with fewer than kEventMinUnits claims is too short to judge: it belongs to no group
// and is compared with every source (a pair of single sentences is never split by this guard).
//
// Example: three reports of a quake in one town and one report of a quake in another town
// (another place, day, governor and toll) give two groups: {0, 1, 2} and {3}.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model.h"
#include "similarity.h"

namespace tri {

/// Sources with fewer claims than this are not judged on their own.
inline constexpr int kEventMinUnits = 3;
/// The units that open a source (headline and lead), which name what it reports.
inline constexpr size_t kEventLeadUnits = 3;

/// What a whole source says: its names (with how often each is mentioned) and content terms with
/// their background weights, the years it mentions, and its number of linkable units.
struct SourceProfile {
  std::vector<std::pair<uint32_t, double>> names;    ///< sorted by term, distinct
  std::vector<int> name_count;                       ///< mentions of each name
  std::vector<uint32_t> top_names;                   ///< up to three: most mentioned, then rarest in general use
  std::vector<std::pair<uint32_t, double>> lead;     ///< names in the first kEventLeadUnits units, sorted, distinct
  std::vector<std::pair<uint32_t, double>> lead_words;  ///< content terms of those units, sorted, distinct
  std::vector<std::pair<uint32_t, double>> content;  ///< sorted by term, distinct
  std::vector<uint32_t> years;                       ///< sorted, distinct
  std::vector<uint32_t> dates;                       ///< month * 100 + day, sorted, distinct
  std::vector<uint64_t> numbers;  ///< values stated (not years, at least 2) by their bits, sorted, distinct
  int units = 0;
};

/// The profile of one source from its SimUnits.
SourceProfile make_profile(const std::vector<const SimUnit*>& units);

/// Weighted Dice overlap of two sorted (term, weight) lists: the weight of shared terms over all.
double weighted_dice(const std::vector<std::pair<uint32_t, double>>& x,
                     const std::vector<std::pair<uint32_t, double>>& y);

/// The names of the event features, in the order event_features() fills them.
const std::vector<std::string>& event_feature_names();
/// names_digest() (model.h) of those names: what the engine compares with the event model's list.
uint64_t event_features_digest();

/// The features of a pair of sources.
void event_features(const SourceProfile& a, const SourceProfile& b, std::vector<double>* x);

/// The event group of each source (0, 1, ... numbered by their first source), from the event
/// model; -1 for a source too short to judge (linked with every group); all zeros when the model
/// is empty.
std::vector<int> group_events(const std::vector<SourceProfile>& profiles, const Model& model);

}  // namespace tri
