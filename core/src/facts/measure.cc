// measure.cc — units of measurement written after a number, and the ways English writes a
// magnitude. See measure.h.
#include "facts/measure.h"

namespace tri {
namespace facts_internal {

namespace {

constexpr std::string_view kDegC = "\xC2\xB0" "C", kDegF = "\xC2\xB0" "F";
constexpr MeasureUnit kKm{"metre", 1000, 0, "km"}, kMetre{"metre", 1, 0, "m"},
    kCm{"metre", 0.01, 0, "cm"}, kMm{"metre", 0.001, 0, "mm"}, kMile{"metre", 1609.344, 0, "mi"},
    kNauticalMile{"metre", 1852, 0, "nmi"}, kFoot{"metre", 0.3048, 0, "ft"},
    kYard{"metre", 0.9144, 0, "yd"}, kInch{"metre", 0.0254, 0, "in"},
    kKg{"kilogram", 1, 0, "kg"}, kGram{"kilogram", 0.001, 0, "g"},
    kTonne{"kilogram", 1000, 0, "t"}, kPound{"kilogram", 0.45359237, 0, "lb"},
    kOunce{"kilogram", 0.028349523125, 0, "oz"}, kCelsius{"celsius", 1, 0, kDegC},
    kFahrenheit{"celsius", 5.0 / 9.0, -32.0 * 5.0 / 9.0, kDegF},
    kDegree{"degree", 1, 0, "\xC2\xB0"}, kKmh{"km/h", 1, 0, "km/h"},
    kMph{"km/h", 1.609344, 0, "mph"}, kKnot{"km/h", 1.852, 0, "kn"}, kMs{"km/h", 3.6, 0, "m/s"},
    kHectare{"square metre", 1e4, 0, "ha"}, kAcre{"square metre", 4046.8564224, 0, "acre"},
    kSqKm{"square metre", 1e6, 0, "km\xC2\xB2"},
    kSqMile{"square metre", 2589988.110336, 0, "sq mi"}, kSqM{"square metre", 1, 0, "m\xC2\xB2"},
    kSqFt{"square metre", 0.09290304, 0, "sq ft"}, kLitre{"litre", 1, 0, "l"},
    kMl{"litre", 0.001, 0, "ml"}, kGallon{"litre", 3.785411784, 0, "gal"},
    kCubicM{"litre", 1000, 0, "m\xC2\xB3"}, kMagnitude{"magnitude", 1, 0, ""};

const MeasureUnit* length_word(std::string_view w) {
  static const WordSet km("km kms kilometre kilometres kilometer kilometers");
  static const WordSet m("m metre metres meter meters");
  static const WordSet cm("cm centimetre centimetres centimeter centimeters");
  static const WordSet mm("mm millimetre millimetres millimeter millimeters");
  static const WordSet mi("mile miles mi");
  static const WordSet ft("ft foot feet");
  static const WordSet yd("yard yards yd yds");
  if (km.has(w)) return &kKm;
  if (m.has(w)) return &kMetre;
  if (cm.has(w)) return &kCm;
  if (mm.has(w)) return &kMm;
  if (mi.has(w)) return &kMile;
  if (ft.has(w)) return &kFoot;
  if (yd.has(w)) return &kYard;
  if (w == "inch" || w == "inches") return &kInch;
  return nullptr;
}

}  // namespace

const MeasureUnit kMagnitudeUnit = kMagnitude;

const MeasureUnit* measure_unit(const Scan& s, size_t k, size_t* end) {
  if (!s.word(k) && !s.punct(k, "\xC2\xB0")) return nullptr;
  const std::string_view w = s.norm(k);
  const bool against = s.attached(k);
  // Temperatures: "30C", "30 °C", "30 degrees Celsius", "86F", "30 degrees".
  if (s.punct(k, "\xC2\xB0") || w == "degree" || w == "degrees") {
    const std::string_view x = s.norm(k + 1);
    if (x == "c" || x == "celsius" || x == "centigrade") {
      *end = k + 2;
      return &kCelsius;
    }
    if (x == "f" || x == "fahrenheit") {
      *end = k + 2;
      return &kFahrenheit;
    }
    *end = k + 1;
    return &kDegree;
  }
  if ((w == "c" && against) || w == "celsius" || w == "centigrade") {
    *end = k + 1;
    return &kCelsius;
  }
  if ((w == "f" && against) || w == "fahrenheit") {
    *end = k + 1;
    return &kFahrenheit;
  }
  // Speeds: "km/h", "kph", "kilometres per hour", "miles an hour", "mph", "knots", "m/s".
  if (w == "kph" || w == "kmh" || w == "kmph") {
    *end = k + 1;
    return &kKmh;
  }
  if (w == "mph") {
    *end = k + 1;
    return &kMph;
  }
  if (w == "knots" || w == "knot" || w == "kts") {
    *end = k + 1;
    return &kKnot;
  }
  const MeasureUnit* len = length_word(w);
  if (w == "m" && s.punct(k + 1, "/") && s.is(k + 2, "s")) {
    *end = k + 3;
    return &kMs;
  }
  if (len && (len == &kKm || len == &kMile || len == &kMetre)) {
    if (len == &kKm && s.punct(k + 1, "/") && s.is(k + 2, "h")) {
      *end = k + 3;
      return &kKmh;
    }
    if ((s.is(k + 1, "per") || s.is(k + 1, "an") || s.is(k + 1, "a")) && s.is(k + 2, "hour")) {
      *end = k + 3;
      return len == &kMile ? &kMph : len == &kKm ? &kKmh : nullptr;
    }
    if (len == &kMetre && s.is(k + 1, "per") && s.is(k + 2, "second")) {
      *end = k + 3;
      return &kMs;
    }
  }
  // Areas and volumes: "square kilometres", "sq km", "km2", "hectares", "cubic metres".
  if (w == "square" || w == "sq") {
    const MeasureUnit* l2 = length_word(s.norm(k + 1));
    if (l2 == &kKm) { *end = k + 2; return &kSqKm; }
    if (l2 == &kMile) { *end = k + 2; return &kSqMile; }
    if (l2 == &kMetre || s.is(k + 1, "m")) { *end = k + 2; return &kSqM; }
    if (l2 == &kFoot) { *end = k + 2; return &kSqFt; }
    return nullptr;
  }
  if (w == "km2" || (w == "km" && s.punct(k + 1, "\xC2\xB2"))) {
    *end = w == "km2" ? k + 1 : k + 2;
    return &kSqKm;
  }
  if (w == "hectare" || w == "hectares" || w == "ha") {
    *end = k + 1;
    return &kHectare;
  }
  if (w == "acre" || w == "acres") {
    *end = k + 1;
    return &kAcre;
  }
  if (w == "cubic" && (length_word(s.norm(k + 1)) == &kMetre || s.is(k + 1, "m"))) {
    *end = k + 2;
    return &kCubicM;
  }
  if (w == "litre" || w == "litres" || w == "liter" || w == "liters") {
    *end = k + 1;
    return &kLitre;
  }
  if (w == "ml" || w == "millilitres" || w == "milliliters") {
    *end = k + 1;
    return &kMl;
  }
  if (w == "gallon" || w == "gallons") {
    *end = k + 1;
    return &kGallon;
  }
  // Masses.
  if (w == "kg" || w == "kgs" || w == "kilogram" || w == "kilograms" || w == "kilogramme" ||
      w == "kilogrammes" || w == "kilo" || w == "kilos") {
    *end = k + 1;
    return &kKg;
  }
  if (w == "gram" || w == "grams" || w == "gramme" || w == "grammes") {
    *end = k + 1;
    return &kGram;
  }
  if (w == "tonne" || w == "tonnes" || w == "ton" || w == "tons") {
    *end = k + 1;
    return &kTonne;
  }
  if (w == "lb" || w == "lbs") {
    *end = k + 1;
    return &kPound;
  }
  if (w == "ounce" || w == "ounces" || w == "oz") {
    *end = k + 1;
    return &kOunce;
  }
  if (w == "nautical" && (s.is(k + 1, "mile") || s.is(k + 1, "miles"))) {
    *end = k + 2;
    return &kNauticalMile;
  }
  // Lengths ("m" only as a metre when the number reader did not take it as "million").
  if (len) {
    *end = k + 1;
    return len;
  }
  return nullptr;
}

bool quake_noun(std::string_view w) {
  static const WordSet k(
      "quake earthquake tremor aftershock temblor shock quakes earthquakes tremors aftershocks "
      "foreshock");
  return k.has(w);
}

// "magnitude 5.2", "magnitude-6.1", "magnitude of 6.4" before token b: the first token of the
// prefix in *begin. "its magnitude at 6.4", "magnitude was 6.4": true with *begin = b.
bool magnitude_before(const Scan& s, size_t b, size_t* begin) {
  const size_t p1 = Scan::back(b, 1), p2 = Scan::back(b, 2);
  if (p1 == kNone || p1 < s.floor) return false;
  if (s.is(p1, "magnitude")) {
    *begin = p1;
    return true;
  }
  if (p2 == kNone || p2 < s.floor || !s.is(p2, "magnitude")) return false;
  if (s.hyphen_link(p1) || s.is(p1, "of")) {
    *begin = p2;
    return true;
  }
  if (s.is(p1, "at") || s.is(p1, "was") || s.is(p1, "is") || s.is(p1, "measured")) {
    *begin = b;
    return true;
  }
  return false;
}

// "-magnitude", " magnitude", " on the Richter scale" after token e (the end of the number):
// the token after it, or kNone.
size_t magnitude_after(const Scan& s, size_t e) {
  if (s.hyphen_link(e) && s.is(e + 1, "magnitude")) return e + 2;
  if (s.is(e, "magnitude")) return e + 1;
  if (s.is(e, "on") && s.is(e + 1, "the")) {
    bool named = false;
    for (size_t k = e + 2; k < e + 6 && k < s.size(); ++k) {
      if (!s.word(k) && !s.hyphen_link(k)) break;
      if (s.is(k, "richter") || s.is(k, "magnitude") || s.is(k, "moment")) named = true;
      if (s.is(k, "scale")) return named ? k + 1 : kNone;
    }
  }
  return kNone;
}

}  // namespace facts_internal
}  // namespace tri
