// measure.h — internal: units of measurement written after a number, converted to one base unit
// per dimension, and the ways English writes an earthquake's magnitude. Used by the quantity
// reader (quantity.cc); what a measure is as a fact is documented in facts/quantity.h.
//
//   lengths        km, kilometres, m (when not "million"), metres, cm, mm, miles, nautical miles,
//                  ft, feet, yards, inches                              -> metre
//   masses         kg, kilos, grams, tonnes, tons, lb, ounces           -> kilogram
//   temperatures   30C, 30 °C, 30 degrees Celsius, 86F, Fahrenheit     -> celsius
//                  ("30 degrees" alone: degree, comparable only with itself)
//   speeds         km/h, kph, kilometres per hour, mph, miles an hour, knots, m/s  -> km/h
//   areas          hectares, acres, square kilometres, sq km, km², square miles    -> square metre
//   volumes        litres, ml, gallons (US), cubic metres                           -> litre
//   magnitudes     "magnitude 5.2", "magnitude-6.1", "magnitude of 6.4", "its magnitude at 6.4",
//                  "5.2-magnitude", "5.2 magnitude", "5.8 on the Richter scale"
//
// Example (tokens of "10 kilometres north"): measure_unit(s, 1, &end) -> {"metre", 1000, 0,
//   "km"}, end == 2.
#pragma once

#include <cstddef>
#include <string_view>

#include "facts/scan.h"

namespace tri {
namespace facts_internal {

struct MeasureUnit {
  std::string_view base;  ///< "metre", "kilogram", "celsius", "km/h", "square metre", "litre",
                          ///< "degree", "magnitude"
  double factor;          ///< base units per written unit
  double offset;          ///< added after the factor (Fahrenheit to Celsius)
  std::string_view text;  ///< short written form: "km", "mi", "°C", "mph"; "" for a magnitude
};

/// The unit of a magnitude (base "magnitude", no conversion).
extern const MeasureUnit kMagnitudeUnit;

/// The measure unit written at token k, right after a number ("km", "degrees Celsius", "km/h",
/// "square miles"); *end receives the token after it. Null when there is none. "C" and "F" count
/// only written against the number ("30C") or after "°" / "degrees".
const MeasureUnit* measure_unit(const Scan& s, size_t k, size_t* end);

/// A magnitude written before the number that starts at token b ("magnitude 5.2",
/// "magnitude-6.1", "magnitude of 6.4"): true, with the prefix's first token in *begin; for
/// "its magnitude at 6.4" or "magnitude was 6.4" true with *begin = b. Tokens before s.floor are
/// not looked at.
bool magnitude_before(const Scan& s, size_t b, size_t* begin);

/// A magnitude written after a number that ends before token e ("-magnitude", " magnitude",
/// " on the Richter scale"): the token after it, or kNone.
size_t magnitude_after(const Scan& s, size_t e);

/// A noun for an earthquake ("quake", "tremor", "aftershock" ...): "a 7.1 quake" is a magnitude.
bool quake_noun(std::string_view w);

}  // namespace facts_internal
}  // namespace tri
