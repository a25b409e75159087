// groups.h — internal: claim groups, the units that state one claim across sources.
//
// A reader trusts "stated by 5 sources" only if the five units state one claim. Grouping by
// connected components chains claims (A agrees with B, B with C, so A and C "agree" though they
// say different things). Here a group is a clique of the link graph: every two of its units from
// different sources are linked (agree or conflict). Groups are grown greedily from the strongest
// link not yet covered, adding the unit (of a source not yet in the group) linked to every member
// with the highest total score, until none is left. A unit may join several groups (a sentence
// that carries two claims): it starts at most kMaxGroupsPerUnit, and more only with a unit that
// is in no group yet (such a group also takes in units whose links to its members no group holds);
// a group holds at most one unit per source. Units without links form groups of their own.
//
// Example: links A~B (0.9), B~C (0.8), no link A~C give two groups {A, B} and {B, C}, not {A, B, C}.
#pragma once

#include <vector>

#include "triangulate/triangulate.h"

namespace tri {

/// Most groups a unit starts or joins as a new group begins (a sentence carries a few claims);
/// links beyond them stay links, but for a link to a unit that is in no group yet.
inline constexpr int kMaxGroupsPerUnit = 3;

/// Fills r->groups (sorted by their first unit), units[].groups and each group's claim, sources and
/// status from r->links (agree and conflict links). Units of sources not compared are left out.
/// Deterministic; cost grows with the links times the group sizes.
void build_groups(Result* r);

}  // namespace tri
