// conflicts.h — internal: where two aligned units say different things about the same slot.
//
// Two statements of one claim conflict when, with their words aligned (wordalign.h), a value of
// one sits where the other has an incompatible value, in the same surroundings:
//   number    quantities of one measure whose surroundings align ("seven people died" / "at least 12
//             dead") and whose intervals cannot both hold (quantity.h's comparison: hedges and
//             ranges are intervals, so "more than 300" and "about 340" are compatible);
//   date      times of the same happening (their clauses share an aligned predicate, or one unit
//             dates the other's claim with a verb of occurring: "A fire that gutted the warehouse
//             started on Monday night") that differ in a field both give ("on Thursday night" /
//             "began on Wednesday night");
//   name      two different people in the same role ("governor Marta Ilves" / "the governor, Karin
//             Ilves"), or different names between aligned words ("police say Moreno fired first" /
//             "police say Ortega fired first"); a surname against its full name is the same person;
//   negation  a predicate one unit denies ("could not rise", "has not yet been approved", "failed to
//             reach") where the other states it ("Nobody was hurt" denies it of anyone; a denial
//             narrowed by a phrase the other lacks, "no offer during the talks", leaves it open);
//   antonym   aligned slots holding opposite words ("the road reopened" / "the road remained closed",
//             "a large crowd" / "a small crowd").
// A value with a compatible counterpart in the same slot is matched, and only unmatched values
// conflict. Each discrepancy's spans cover the words that differ on both sides (a negation's span
// runs from the negator to the predicate).
//
// Each difference found is "anchored" when the words right around it align and weigh enough
// (a specific word like "visit" or "site", or two common ones): then it sits in the same slot of
// the same statement even when the rest of the two sentences differ. An unanchored difference
// ("On Friday, 36-year-old ..." / "On Monday, 36-year-old ...", where the time is far from its verb)
// counts only when the two units would agree apart from their differences: the caller
// decides that with the similarity model (link.h), and whether the two units speak of the same
// event at all (event.h).
//
// Each kind has its own file under conflicts/ (numbers.cc, dates.cc, names.cc, negations.cc, opposites.cc,
// substitutions.cc, counts.cc; slots.cc holds what they share, conflicts/kinds.h declares it).
//
// Example:
//   a = "The fire began on Monday."  b = "The blaze started on Tuesday."
//   find_discrepancies(a, b, ...) -> {type "date", a "Monday", b "Tuesday", reason
//   "date: Monday vs Tuesday"}
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "similarity.h"
#include "triangulate/triangulate.h"
#include "wordalign.h"

namespace tri {

struct Difference {
  Discrepancy discrepancy;
  bool anchored = false;  ///< the words around it align and weigh at least kSlotEvidence
  /// The words that make the disputed slot on each side (an office: "general manager" in
  /// "General Manager Ed Stefanski" / "general manager Billy King"), empty when none. They say
  /// where the values stand, not that the two units tell one happening: the slot itself is never
  /// that evidence.
  Span slot_a, slot_b;
};

/// A discrepancy's reason, "what: X vs Y", in its parts: `head` up to and with ": " ("" when there
/// is no colon), and the two values; `values` is false when it sets no two values against each other.
struct ReasonParts {
  std::string head, a, b;
  bool values = false;
};
ReasonParts reason_parts(const std::string& reason);

/// Aligned words around a difference weigh at least this (background IDF: "said" or "last" about
/// 7, "visit" 9, "site" 11): one specific word, or two common ones.
inline constexpr double kSlotEvidence = 9.0;

/// A dispute over one count found from the facts alone: units `a` and `b` (indices into the
/// units given) of different sources state counts of one specific thing (the same state, "12
/// dead" / "seven people died", or the same rare counted noun, "about 80 lifeguards" / "45
/// lifeguards") whose values cannot both hold, even when their sentences share too little to be
/// compared as statements. The discrepancy's spans are the two quantities; `a` < `b`.
struct CountDispute {
  uint32_t a = 0, b = 0;
  std::string key;  ///< what is counted, as count_key() gives it
  Discrepancy discrepancy;
  bool agree = false;  ///< the same amount instead: the two state one count ("about 80 lifeguards" twice)
};

/// A counted noun weighing at least this (background IDF) names a specific thing ("lifeguards",
/// "ferries"); "people" or "times" do not.
inline constexpr double kSpecificNoun = 9.0;
/// A count of at least this many things is distinctive enough to be one claim wherever it is
/// stated in one event (count_disputes' agreements by value).
inline constexpr double kDistinctCount = 100;
/// A count key mentioned more often than this in the cluster is no single claim.
inline constexpr size_t kMaxCountMentions = 12;

/// What a quantity counts, when it is a count of one specific thing ("state dead", "noun ferries"),
/// a sum of money large enough to be one deal's ("money usd"), or the age of a named person set
/// beside the name ("Osric Tell, 61, denied ...": "age tell"); "" otherwise. An age is only ever
/// disputed this way: two sentences giving one person's age agree on that, not on their claims.
std::string count_key(const SimUnit& u, const Quantity& q);

/// Whether `u` states a count of `key` (count_key()).
bool states_count(const SimUnit& u, const std::string& key);

/// The count disputes of `units` among sources of one event (event_of_source as group_events()
/// gives it), and (with `agree` set) the pairs that state the same amount of one specific thing,
/// the same sum of money, the same large count (kDistinctCount) of the same things ("352
/// passengers" / "352 people"; the counted nouns related in `lexicon`, or people both), or the
/// same sum or measure written with two significant digits or more ("$38,500" / "38.5 thousand
/// dollars"). Sorted by (a, b).
std::vector<CountDispute> count_disputes(const std::vector<SimUnit>& units,
                                         const std::vector<int>& event_of_source, const Lexicon& lexicon);

/// Each unit names someone or something (outside who is quoted, and outside the names that
/// `besides` sets against each other) that the other does not mention: with a different value, or
/// a different name in another slot, two happenings told alike ("the Kilbrennan station celebrated
/// its 25th anniversary" / "the Aldane crossing celebrates its 50th anniversary"; "manager Ana
/// Ruiz announced that Tom Vey was hired" / "manager Luis Ortiz announced that Dan Ek was hired").
bool names_apart(const SimUnit& a, const SimUnit& b, const std::vector<Difference>* besides = nullptr);

/// Each unit picks out a member of a series by an ordinal ("the first blast", "in the second
/// half"; counts.cc series_member) and no ordinal of one is the other's: two members of a series
/// ("Ten people were injured in the first blast" / "Four people were injured in the second
/// blast"), whose other values differ without a dispute. With `besides`, one of those differences
/// must be of another value than an ordinal ("her third title" / "her fourth title" is a dispute).
bool series_apart(const SimUnit& a, const SimUnit& b, const std::vector<Difference>* besides = nullptr);

/// Values of one kind and unit that differ, meet no value of the other, and are told of two times
/// (conflicts_internal::other_times: "A year earlier, net profit was 205 million crowns" / "Net
/// profit was 142 million crowns"): no dispute, and two claims, so the units agree in no piece
/// either.
bool values_told_apart(const SimUnit& a, const SimUnit& b);

/// The differences between units `a` and `b` (their texts are the whole source texts their
/// offsets point into), in a fixed order: numbers, dates, names, negations, antonyms.
std::vector<Difference> find_differences(const SimUnit& a, const SimUnit& b, const WordAlignment& alignment,
                                         std::string_view text_a, std::string_view text_b, const Lexicon& lexicon);

/// Whether find_differences() would find a denial or an opposite between `a` and `b` (its
/// differences of type "negation"): the only kind judged between units too far apart to be
/// related as they stand, so a pair without one is spared the other finders.
bool denial_or_opposite(const SimUnit& a, const SimUnit& b, const WordAlignment& alignment,
                        std::string_view text_a, std::string_view text_b, const Lexicon& lexicon);

/// Opposite words aligned between `a` and `b` of which one is stated the other way round ("will
/// not reopen" / "will remain closed", "was not guilty" / "was innocent"): one state told from
/// either side, no dispute; so are a state held until a time and its opposite at that time ("will
/// stay closed until Thursday" / "will reopen on Thursday"). Each as a discrepancy of type
/// "negation" between the two words, for the link stage to set aside: a pair that agrees without
/// them says one thing two ways.
std::vector<Discrepancy> restated_opposites(const SimUnit& a, const SimUnit& b, const WordAlignment& alignment);

/// The words that end a denial's two spans (`d`, of type "negation") are verbs on both sides:
/// what one denies the other states as an act ("refused to resign" / "the cleric resigned"), not
/// a word they share otherwise ("refused to have her photograph taken" / "her last public
/// photograph").
bool denies_an_act(const SimUnit& a, const Discrepancy& d, const SimUnit& b, const Lexicon& lexicon);

/// A statement and its denial word for word ("There is no man drawing" / "The man is drawing"):
/// every content word of each unit but its negators is aligned to the same word of the other
/// (WordMatch::kExact), and each has at least two. Set aside, such a denial leaves nothing to
/// weigh, so the link stage takes it as a dispute without asking a model (link.cc).
bool denial_word_for_word(const SimUnit& a, const SimUnit& b, const WordAlignment& alignment);

}  // namespace tri
