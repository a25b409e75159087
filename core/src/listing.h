// listing.h — internal: which links the result lists, so that it grows with the units.
//
// A claim that n sources state has n(n-1)/2 agreeing pairs; syndicated copies make n large (40
// sources of reshuffled wire copy: 89,000 links, 6 MB of JSON for 3,400 units). The group already
// says that every two of its units agree, so for a group of more than kListedGroupSources
// sources the result lists only:
//   - its units' links to its claim unit (Group::claim), not to each other;
//   - of a unit's links into such a group that it is not in, the one to its best partner there
//     (between two such groups, each unit's link to its best partner in the other).
// The group is marked `summarised`. Every other link is listed, so clusters of up to
// kListedGroupSources sources list every link. Nothing is decided here: statuses, groups,
// disputes and omissions are all made from every link before the listing is chosen.
//
// Example: 20 sources that each state "The bridge reopened on Monday" form one group of 20 units;
// its 190 agreeing pairs are listed as the 19 links to its claim unit.
#pragma once

#include "triangulate/triangulate.h"

namespace tri {

/// Groups of more sources than this list their links in summary.
inline constexpr int kListedGroupSources = 16;

/// Sets Link::listed and Group::summarised (r->groups and units[].groups made). Deterministic;
/// cost grows with the links times the groups per unit.
void choose_listed_links(Result* r);

}  // namespace tri
