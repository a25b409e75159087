// facts.h — the checkable values a claim states: quantities, times, names, negation, modality and
// attribution, each with its byte span, read from one unit's tokens.
//
// Values are normalised so that two wordings of one fact compare equal: hedged numbers become
// intervals ("around 40" and "nearly 40" overlap; "20 to 25" does not overlap either), number words
// become numbers ("a dozen" = 12, "tens of thousands" = [20000, 99999]), dates keep only the
// fields the text gives ("Friday evening" = weekday Friday, part evening; "March 2021" = year
// 2021, month 3).
//
// Hedges read as intervals around the stated value v (for a range, lo applies to its low end and
// hi to its high end):
//   about     around, about, approximately, roughly, some, circa, an estimated, close to  [0.9v, 1.1v]
//   nearly    nearly, almost, just under                                           [0.9v, v]
//   up to     up to, at most, no more than, not more than                          [0, v]
//   as many as  as many as, as much as                                             [0.5v, v]
//   less than less than, fewer than, under, below                                  [0, v]
//   at least  at least, no fewer than, no less than, as few as                     [v, 2v]
//   more than more than, over, above, upwards of, in excess of                     [v, 2v]
//   just over                                                                      [v, 1.1v]
//   well over                                                                      [1.1v, 3v]
// Vague amounts: "dozens" [24, 119], "scores" [40, 199], "hundreds" [200, 999], "thousands"
// [2000, 9999], "tens of thousands" [20000, 99999] ... (k units: [2k, 10k - 1]). "a dozen" = 12,
// "a couple of" = [2, 3]. "a few", "several" and "many" are too vague to conflict with anything
// and are not read as quantities.
//
// A 4-digit whole number 1000..2100 is a year (a TimeExpr) when it stands alone or follows a
// preposition like in/since/by/until/of/before/after; it stays a count when hedged ("about
// 2000") or followed by a plural noun ("2000 homes"). A number right after a capitalised word
// ("Route 66", "Covid-19") is part of a name and is not read.
//
// Names: runs of capitalised words (with particles "de", "van", "bin", "al" ... between them,
// hyphenated parts "Anne-Marie", initials "J."), split at title words ("Irish Prime Minister
// Mary Byrne" = "Irish" + "Mary Byrne" with title "prime minister"). A sentence's first word
// starts a name only when the next token is capitalised too, is a possessive ("Lee's"), or a
// dateline colon or dash ("Dublin: ..."), so "Lee left Dublin" gives no name for "Lee".
//
// Example:
//   auto toks = tri::tokenize(s, 0, s.size());   // s = "The ferry carried around 40 vehicles."
//   tri::Facts f = tri::extract_facts(s, toks);
//   // f.quantities[0]: lo 36, hi 44, approx, unit "vehicl", text span "around 40 vehicles",
//   //                  display "about 40"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "triangulate/tokens.h"

namespace tri {

enum class QuantityKind {
  kCount,     ///< a number of things ("40 vehicles", "12 other ministers")
  kDuration,  ///< "36 hours", "45-minute", "two years"
  kMoney,     ///< "$5m", "5 million euros"
  kPercent,   ///< "12%", "12 per cent"
  kOrdinal,   ///< "25th anniversary", "first"
  kOther,     ///< a number without a recognisable noun
};

struct Quantity {
  size_t begin = 0, end = 0;  ///< the whole phrase: hedge, number, noun ("around 40 vehicles")
  size_t num_begin = 0, num_end = 0;  ///< just the number words/digits ("40", "20 to 25")
  QuantityKind kind = QuantityKind::kOther;
  double lo = 0, hi = 0;      ///< the interval the phrase allows (lo == hi for an exact value)
  double value = 0;           ///< the stated value (midpoint of a range)
  bool approx = false;        ///< hedged ("around", "nearly", "up to", "dozens of" ...)
  bool range = false;         ///< an explicit range ("20 to 25", "between 20 and 25", "20–25")
  std::string unit;           ///< stem of the counted noun, duration unit ("hour"), currency
                              ///< ("usd", "eur", "gbp"), "percent", or the noun an ordinal modifies;
                              ///< "age" for "5-year-old" / "26 years old" (a kCount); empty when
                              ///< no noun was found
  std::string display;        ///< short form for reasons: "about 40", "20–25", "up to 12", "25th"
  double num_lo = 0, num_hi = 0;  ///< the numbers as written, before hedging ("around 40" = 40, 40;
                                  ///< "20 to 25" = 20, 25; "dozens" = 24, 119)
  std::string hedge;  ///< normalised hedge: "about", "nearly", "up to", "as many as", "less than",
                      ///< "at least", "more than", "just over", "well over"; empty when none
  std::string vague;  ///< a vague amount as written, normalised: "dozens", "tens of thousands",
                      ///< "a couple"; empty for a plain number
};

struct TimeExpr {
  size_t begin = 0, end = 0;
  int year = -1;      ///< e.g. 2021
  int month = -1;     ///< 1..12
  int day = -1;       ///< 1..31
  int weekday = -1;   ///< 0 = Monday .. 6 = Sunday
  std::string part;   ///< "morning", "afternoon", "evening", "night", "late", "early"; or empty
  int years_ago = -1; ///< "two years ago" = 2 (relative); -1 otherwise
  std::string display;  ///< "Friday", "March 2021", "2 years ago"
};

struct NameMention {
  size_t begin = 0, end = 0;        ///< the name itself, without title or possessive
  std::vector<std::string> parts;   ///< folded words of the name: {"ingrid", "solvang"}
  std::string title;                ///< folded title before it ("prime minister", "president")
  std::string display;              ///< the name as written
};

struct Attribution {
  size_t begin = 0, end = 0;  ///< "according to X", "X said", "X reported"
  std::string who;            ///< folded X
};

struct Facts {
  std::vector<Quantity> quantities;
  std::vector<TimeExpr> times;
  std::vector<NameMention> names;
  std::vector<Attribution> attributions;
  /// Negators that govern the main predicate ("not", "never", "n't", "no"), as spans.
  std::vector<std::pair<size_t, size_t>> negations;
  bool modal = false;  ///< hedged modality: may, might, could, expected to, likely, reportedly
};

/// Reads the facts of one unit from its tokens (as tokenize() made them over `text`). Never fails;
/// a unit with no recognisable value gives empty lists.
Facts extract_facts(std::string_view text, const std::vector<Token>& tokens);

/// The short form of a quantity used in reasons (what extract_facts() stores in `display`):
/// "about 40", "20–25", "up to 12", "12", "25th", "$5 million", "12%", "tens of thousands".
std::string describe(const Quantity& q);

/// True when two quantities can both be true of one thing: their intervals overlap, with a
/// tolerance for rounding of 5% of the larger value when either is hedged, a range, vague or at
/// least a million (two exact small numbers must be equal: "12" vs "13" is not compatible).
/// Durations in different units are compared in seconds ("48 hours" ~ "two days"). Values that
/// cannot be compared (a percentage and a count, dollars and euros) give true: no conflict can be
/// shown between them.
bool compatible(const Quantity& a, const Quantity& b);

/// True when two times can name the same moment: every field both give is equal ("Friday evening"
/// ~ "Friday"; "2021" ~ "March 2021"; "Friday" vs "Saturday" is not). Parts of day are compatible
/// when equal or overlapping ("late" ~ "evening" / "night"; "early" ~ "morning" / "night";
/// "evening" ~ "night"). A full date is checked against a weekday. Relative times that carry no
/// field ("last week", "yesterday") are compatible with everything.
bool compatible(const TimeExpr& a, const TimeExpr& b);

}  // namespace tri
