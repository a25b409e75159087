// disputes.h — internal: conflict links as disputed values with sides.
//
// When four reports give a number and one gives another, a reader needs one dispute with two
// sides ("about 40 ferries: 3 sources / 10 to 15 ferries: 1 source"), not a conflict for every
// pair of units. The conflict links of one claim group (groups.h) that dispute one slot (the part
// of their reason before the colon: "ferries", "date", "negation") become one Conflict; units
// that agree with each other, or state the value in the same words, stand on one side.
//
// Example: links A≠D, B≠D, C≠D on "ferries", with A~B~C agreeing, give one conflict with sides
// {A, B, C} and {D}.
#pragma once

#include "triangulate/triangulate.h"

namespace tri {

/// Fills r->conflicts from r->links and r->groups. A conflict link whose units share no group
/// (there is none after build_groups) is its own dispute. Deterministic.
void build_conflicts(Result* r);

}  // namespace tri
