// name.h — the people, places and organisations a claim names, with the roles people hold, and
// how two mentions compare.
//
// A name is a run of capitalised words (with particles "de", "van", "bin", "al" ... between
// them, hyphenated parts "Anne-Marie", initials "J."), split at titles ("Irish Prime Minister Mary
// Byrne" = "Irish" + "Mary Byrne" with role "prime minister"). A sentence's first word starts a
// name only when the next token is capitalised too, is a possessive ("Lee's"), or a dateline
// colon or dash ("Dublin: ..."), so "Lee left Dublin" gives no name for "Lee"; or when a capital
// inside it after a lower-case letter or an apostrophe says so ("McAllister left", "O'Rourke said").
//
// Roles are read wherever English puts them and normalised so that one office compares equal
// across wordings:
//   "Regional governor Greta Vahl"        role "regional governor", head "governor"
//   "the county sheriff, Nina Osk"        role "county sheriff", head "sheriff" (apposition)
//   "Nina Osk, the county sheriff,"       role "county sheriff", head "sheriff" (apposition)
//   "Sheriff Dora Osk"                    role "sheriff", head "sheriff"
//   "fire brigade commander Pieter Laan"  role "fire brigade commander", head "commander"
//   "Gov. Ana Ruiz", "a spokeswoman, Ana Ruiz"  role "governor" / "spokesperson"
// Abbreviations are expanded ("gen" -> "general"), gendered forms folded ("spokesman",
// "spokeswoman" -> "spokesperson"; "chairman" -> "chair"), hyphens become spaces
// ("secretary-general" -> "secretary general"). Honorifics ("Mr", "Dr", "Sir") are kept apart.
//
// Example:
//   tri::Facts f = tri::extract_facts(s, toks);  // s = "Nina Osk, the county sheriff, said so."
//   // f.names[0]: display "Nina Osk", parts {"nina", "osk"}, role "county sheriff",
//   //             role_head "sheriff", kind kPerson
//   tri::compare(f.names[0], sheriff_dora_osk) == tri::Match::kConflict;  // same office
//   tri::compare(f.names[0], osk) == tri::Match::kCompatible;             // "Osk"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "triangulate/facts/match.h"

namespace tri {

/// A guess from the words around a name: a role, an honorific or an apposition make a person;
/// an organisation word ("Agency", "Council", "Radio") or an acronym an organisation; a place
/// word ("Bridge", "County", "River") or a preposition of place ("in", "near") a place.
enum class NameKind { kUnknown, kPerson, kPlace, kOrganisation };

struct NameMention {
  size_t begin = 0, end = 0;        ///< the name itself, without role, honorific or possessive
  std::vector<std::string> parts;   ///< folded words of the name: {"ingrid", "solvang"}; a numeral after the first word as its value ("#2")
  std::string role;       ///< normalised role: "county sheriff", "prime minister"; empty if none
  std::string role_head;  ///< its head noun: "sheriff", "minister"; empty if none
  size_t role_begin = 0, role_end = 0;  ///< the role as written (equal when there is none)
  std::string honorific;  ///< "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev"
  NameKind kind = NameKind::kUnknown;
  std::string display;    ///< the name as written
};

/// The normalised form of a role as written (folded words): determiners dropped, abbreviations
/// expanded, gendered forms folded, hyphens to spaces. "The County Sheriff" -> "county sheriff";
/// "Gov." -> "governor"; "" for an empty or all-determiner input.
std::string normalise_role(std::string_view role);

/// The head noun of a normalised role: its last word ("county sheriff" -> "sheriff"), except in
/// "X of Y" forms ("secretary of state" -> "secretary"). "" for "".
std::string role_head(std::string_view normalised_role);

/// True when two mentions hold the same office: equal heads, and the other words of one role all
/// occur in the other ("county sheriff" ~ "sheriff"; "foreign minister" vs "finance minister"
/// are different offices; so are "deputy sheriff" and "sheriff": a rank such as acting, assistant,
/// deputy, former, interim or vice stated by one role only). False when either has no role.
bool same_office(const NameMention& a, const NameMention& b);

/// Compares two mentions as references to people, places or organisations:
///   kSame:         the same words ("Nina Osk" and "Nina Osk");
///   kCompatible:   one's words all occur in the other's, in order, an initial matching a word
///                  it starts ("Osk" ~ "Nina Osk"; "A. Osk" ~ "Nina Osk"): the same person;
///   kConflict:     different people in the same office ("the county sheriff, Nina Osk" vs
///                  "Sheriff Dora Osk"; "Regional governor Greta Vahl" vs "the regional
///                  governor, Ilse Vahl");
///   kIncomparable: different names and no shared office, or a mention without parts.
Match compare(const NameMention& a, const NameMention& b);

}  // namespace tri
