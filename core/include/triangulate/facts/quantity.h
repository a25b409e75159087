// quantity.h — numbers a claim states, normalised so that two wordings of one value compare
// equal, and how two of them compare.
//
// What is read (each as one Quantity with its byte span):
//   counts       "90 trucks", "two charges", "twenty-one people", "a dozen", "two dozen homes",
//                "half a dozen", "a hundred trees", "at least 9 dead", "the toll rose to seven"
//   money        "$2.4bn" = "$2.4 billion" = "2.4 billion dollars" = "US$2.4 billion"; "€3m",
//                "£1.2 million", "3.1 billion euros" (unit: a currency code; value in that
//                currency)
//   percentages  "12%" = "12 per cent" = "12 percent"; "one in five" = 20%, "two-thirds of" ~ 67%
//                (approximate); "3 percentage points" (unit "percentage point", not comparable
//                with percent)
//   measures     magnitudes ("magnitude 5.2", "a 5.2-magnitude quake", "a magnitude-6.1
//                aftershock", "5.8 on the Richter scale"), lengths ("10km" = "10 kilometres",
//                "6 miles"), masses ("40 tonnes", "12 kg"), temperatures ("30C", "86F", "-5°C"),
//                speeds ("120 km/h", "75 mph", "40 knots"), areas ("500 hectares", "3 sq km") and
//                volumes ("20 litres"): `unit` is the base unit and lo/hi are in it, so like
//                compares with like ("10km" and "10 kilometres" are both 10,000 metre)
//   durations    "24 hours", "a 70-minute ceremony", "two years" (compared in seconds)
//   ordinals     "75th anniversary", "the third attempt"
//
// Hedges read as intervals around the stated value v (for a range, lo applies to its low end and
// hi to its high end):
//   about       around, about, approximately, roughly, some, circa, an estimated,
//               close to                                                     [0.9v, 1.1v]
//   nearly      nearly, almost, just under                                   [0.9v, v]
//   up to       up to, at most, no more than, not more than                  [0, v]
//   as many as  as many as, as much as                                       [0.5v, v]
//   less than   less than, fewer than, under, below                          [0, v]
//   at least    at least, no fewer than, no less than, as few as             [v, 2v]
//   more than   more than, over, above, upwards of, in excess of             [v, 2v]
//   just over                                                                [v, 1.1v]
//   well over                                                                [1.1v, 3v]
// (for a negative value, a measure below zero, the two ends swap so that lo <= hi).
// Vague amounts: "dozens" [24, 119], "scores" [40, 199], "hundreds" [200, 999], "thousands"
// [2000, 9999], "tens of thousands" [20000, 99999] ... (k units: [2k, 10k - 1]); "a couple of"
// [2, 3]; "several hundred" [300, 900], "a few thousand" [2000, 5000]. "a few", "several" and
// "many" alone are too vague to conflict with anything: not read.
//
// Not quantities: a year ("in 2019", a TimeExpr), "two years ago" (a time), a number inside a name
// ("Route 66", "Covid-19"), a number word used as a pronoun ("the two met", "one of them"), a
// fraction without "of" ("two-thirds").
//
// What a quantity is about: `noun` is the counted noun as written ("charges", "dead"); `state`
// what happened to the counted things when the text says it ("five people died", "at least 9
// dead", "killing four", "12 deaths" all have state "dead"); `owner` the thing a measure, a sum
// or a share belongs to when the text says it ("a 6.1-magnitude aftershock" -> "aftershock",
// "measured the quake at magnitude 5.8" -> "quake", "a $2.4bn deal" -> "deal"), so that a measure
// of another thing is not compared with the main one's.
//
// Example:
//   auto toks = tri::tokenize(s, 0, s.size());   // s = "The ferry carried around 90 vehicles."
//   tri::Quantity q = tri::extract_facts(s, toks).quantities[0];
//   // q: kCount, lo 81, hi 99, approx, hedge "about", unit "vehicl", noun "vehicles",
//   //    span "around 90 vehicles", display "about 90"
//   tri::compare(q, q_nearly_90) == tri::Match::kCompatible
#pragma once

#include <cstddef>
#include <string>

#include "triangulate/facts/match.h"

namespace tri {

enum class QuantityKind {
  kCount,     ///< a number of things ("90 vehicles", "26 other heads of state", "5-year-old")
  kDuration,  ///< "24 hours", "70-minute", "two years"
  kMoney,     ///< "$5m", "5 million euros"
  kPercent,   ///< "12%", "12 per cent", "one in five", "3 percentage points"
  kOrdinal,   ///< "75th anniversary", "first"
  kMeasure,   ///< a magnitude, length, mass, temperature, speed, area or volume
  kOther,     ///< a number without a recognisable noun ("the toll rose to 45")
};

struct Quantity {
  size_t begin = 0, end = 0;          ///< the whole phrase: hedge, number, unit, noun
  size_t num_begin = 0, num_end = 0;  ///< just the number words or digits ("90", "10 to 15")
  QuantityKind kind = QuantityKind::kOther;
  double lo = 0, hi = 0;  ///< the interval the phrase allows, in `unit` (lo == hi when exact)
  double value = 0;       ///< the stated value in `unit` (the midpoint of a range)
  bool approx = false;    ///< hedged ("around", "up to", "dozens of", "two-thirds of" ...)
  bool range = false;     ///< an explicit range ("10 to 15", "between 10 and 15", "10–15")
  /// What one unit of the value is:
  ///   kCount: the stem of the counted noun ("vehicl"), or "age" ("5-year-old", "26 years old");
  ///   kDuration: "second", "minute", "hour", "day", "week", "month", "year", "decade", "century";
  ///   kMoney: a lower-case currency code ("usd", "eur", "gbp", "jpy" ...);
  ///   kPercent: "percent" or "percentage point";
  ///   kOrdinal: the stem of the noun it modifies ("anniversari");
  ///   kMeasure: the base unit: "magnitude", "metre", "kilogram", "celsius", "km/h",
  ///             "square metre", "litre" (or "degree" for degrees of no stated scale);
  ///   kOther: empty.
  std::string unit;
  /// kMeasure: the unit as written, in short form ("km", "mi", "m", "t", "kg", "°C", "°F",
  /// "km/h", "mph", "kn", "ha", "acre", "l", "gal"); "" for magnitudes and other kinds.
  std::string unit_text;
  std::string noun;   ///< kCount / kOrdinal: the counted noun, folded as written ("charges")
  std::string state;  ///< kCount: "dead", "injured", "missing", "arrested", "evacuated",
                      ///< "rescued", "displaced", "without power", "in hospital", "jobs lost" when the
                      ///< text says so;
                      ///< else empty
  std::string owner;  ///< kMeasure, kMoney, kPercent, kDuration: the folded head noun of the
                      ///< thing it belongs to ("aftershock", "deal"); empty when not said
  size_t owner_begin = 0, owner_end = 0;  ///< its span (equal when there is none)
  std::string display;    ///< short form for reasons: "about 90", "10–15", "$2.4 billion", "5.8"
  double num_lo = 0, num_hi = 0;  ///< the numbers as written, before hedging and unit conversion
                                  ///< ("around 90" = 90, 90; "10 to 15" = 10, 15; "6 miles" = 6)
  /// The place of the last digit written, in num_lo's unit ("22": 1, "22.4": 0.1, "$2.4bn": 1e8);
  /// 0 for numbers in words, ranges and vague amounts. compare() reads a value written with
  /// fewer digits as possibly the other rounded.
  double step = 0;
  std::string hedge;  ///< normalised hedge: "about", "nearly", "up to", "as many as", "less than",
                      ///< "at least", "more than", "just over", "well over"; "at least one" for
                      ///< one person in a state ("a man was injured": 1 to 1e5); empty when none
  std::string vague;  ///< a vague amount, normalised: "dozens", "tens of thousands", "a couple";
                      ///< empty for a plain number
};

/// The short form of a quantity used in reasons (what extract_facts() stores in `display`):
/// "about 90", "10–15", "up to 24", "26", "75th", "$5 million", "12%", "tens of thousands",
/// "magnitude 5.8", "about 10 km", "30°C", "up to 24 hours". Never fails: a default Quantity
/// gives "0".
std::string describe(const Quantity& q);

/// Compares the values of two quantities (not what they count: whether two counts are of the
/// same thing — `noun`, `state`, `owner` — is the caller's question).
///   kIncomparable: different kinds (a count and a percentage), currencies, or base units; a
///                  kOther number compares with counts and other kOther numbers only;
///   kSame:         the same interval ("$2.4bn" and "2.4 billion dollars"; "10km" and
///                  "10 kilometres"; "about 340" and "around 340");
///   kCompatible:   the intervals overlap, allowing for rounding: 5% of the larger value when
///                  either is hedged, a range, vague, at least a million, or written in another
///                  unit ("10 km" ~ "6 miles"; 1 degree for temperatures); exact small numbers
///                  must be equal ("26" vs "27" conflict), or one the other rounded to its
///                  last digit ("1.2%" ~ "1.23%", "$22 million" ~ "$22.4 million");
///   kConflict:     otherwise ("five" vs "at least 9"; "magnitude 5.2" vs "magnitude 6.0").
/// Durations in different units are compared in seconds ("24 hours" ~ "one day"). An interval
/// that is not finite (extract_facts() never makes one) gives kIncomparable.
Match compare(const Quantity& a, const Quantity& b);

/// True unless compare(a, b) is kConflict: both can be true of one thing.
bool compatible(const Quantity& a, const Quantity& b);

}  // namespace tri
