// number.h — internal: a number as written, in digits or words, for the time and quantity
// readers; formatting numbers for reasons; guarded double-to-int conversion.
//
// Digits keep their separators ("1,000.5", "10 000"), take a scale word ("5 million", "3.5bn",
// "$70-million") and an ordinal suffix ("75th"). Words: cardinals ("twenty-six", "two hundred
// and fifty thousand"), "a dozen", "two dozen", "half a dozen", "a hundred", "half a million",
// ordinals ("first", "twenty-first"), vague amounts ("dozens" = [24, 119], "tens of thousands"
// = [20000, 99999], "a couple of" = [2, 3], "several hundred" = [300, 900], "a few thousand" =
// [2000, 5000]).
//
// Example (tokens of "two dozen homes"):  parse_number(s, 0, &n) -> n.lo == n.hi == 24,
//   n.words, tokens [0, 2).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "facts/scan.h"

namespace tri {
namespace facts_internal {

/// A number as written.
struct Num {
  size_t begin = 0, end = 0;  ///< tokens [begin, end)
  double lo = 0, hi = 0;  ///< stated interval (equal for a plain number; a vague amount's range)
  double scale = 1;           ///< the scale word applied ("million" = 1e6), or 1
  bool scaled = false;
  bool words = false;         ///< written in words
  bool ordinal = false;       ///< "75th", "first"
  bool decimal = false;       ///< digits with a decimal part ("5.8")
  double step = 0;            ///< the place of the last digit written, scaled ("22.4 million": 1e5); 0 for words
  std::string vague;          ///< "dozens", "tens of thousands", "a couple"; empty otherwise
};

/// Reads a number at token i. False when there is none there, when the words are part of a name
/// ("Part Two"), or when the value is not finite.
bool parse_number(const Scan& s, size_t i, Num* out);

/// Parses digits with separators ("1,000.5", "75th") into *v. False when there is no digit, more
/// than 62 digits, or the value is not finite. A comma that does not group thousands is read as a
/// decimal comma.
bool parse_digits(std::string_view s, double* v);

/// The value of a cardinal number word ("seven" = 7, "forty" = 40), else -1.
int cardinal_value(std::string_view w);
/// The value of an ordinal word ("third" = 3, "hundredth" = 100), else -1.
int ordinal_value(std::string_view w);
/// The value of a Roman numeral written the usual way ("ii" = 2, "xiv" = 14; folded), 1 to 399,
/// else -1 ("iiii", "vx" and words like "mix" are not numerals).
int roman_value(std::string_view w);
/// The value of a numeral word in a name, in any notation: a cardinal ("two"), an ordinal
/// ("second", "2nd"), digits ("2") or, when `roman`, a Roman numeral ("ii"); else -1.
int numeral_value(std::string_view w, bool roman);
/// A scale word that may follow a number with a space ("million", "bn"), else 0.
double spaced_scale(std::string_view w);

/// A unit of time as written ("hours", "yr") with its canonical name ("hour") and length.
struct DurationUnit {
  std::string_view word;
  std::string_view
      unit;  ///< "second", "minute", "hour", "day", "week", "month", "year", "decade", "century"
  double seconds;
};
/// The duration unit a folded word names, or null.
const DurationUnit* duration_unit(std::string_view w);
/// Seconds in a canonical unit name ("hour" = 3600), or 0 when it is not one.
double unit_seconds(std::string_view unit);

/// A number for reasons: "90", "10,000", "2.5 million", "3.75". Never fails (NaN gives "nan").
std::string format_number(double v);
/// "st", "nd", "rd" or "th" for n.
std::string ordinal_suffix(long long n);

/// Converts v to an int when it is finite, whole or not, and within [lo, hi] (truncating toward
/// zero). False otherwise, leaving *out unchanged: no undefined conversion is ever made.
bool to_int(double v, int lo, int hi, int* out);

}  // namespace facts_internal
}  // namespace tri
