// measure.cc — units of measurement written after a number, and the ways English writes a
// magnitude. See measure.h.
#include "facts/measure.h"
#include "words.h"

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

// Units written as one word after a number: words.txt measure_unit_word pairs each word with the
// short form of its unit ("kilometres=km", "celsius=°C"), one of these.
constexpr const MeasureUnit* kWordUnits[] = {
    &kAcre, &kCelsius, &kCm, &kFahrenheit, &kFoot, &kGallon, &kGram, &kHectare, &kInch, &kKg, &kKm,
    &kSqKm, &kKmh, &kKnot, &kPound, &kLitre, &kMetre, &kMile, &kMl, &kMm, &kMph, &kOunce, &kTonne,
    &kYard};

const MeasureUnit* unit_word(std::string_view w) {
  const std::string_view text = word_set(WordList::measure_unit_word).value(w);
  if (text.empty()) return nullptr;
  for (const MeasureUnit* u : kWordUnits)
    if (u->text == text) return u;
  return nullptr;
}

}  // namespace

const MeasureUnit kMagnitudeUnit = kMagnitude;

const MeasureUnit* measure_unit(const Scan& s, size_t k, size_t* end) {
  const bool degree = s.punct(k, "\xC2\xB0") || s.is(k, "degree") || s.is(k, "degrees");
  if (!s.word(k) && !degree) return nullptr;
  const std::string_view w = s.norm(k);
  const MeasureUnit* u = unit_word(w);
  *end = k + 1;
  // Temperatures: "30 °C", "30 degrees Celsius", "86 degrees F", "30 degrees" (no scale);
  // "30C", "86F" only written against the number.
  if (degree) {
    const std::string_view x = s.norm(k + 1);
    const MeasureUnit* scale = eq(x, "c") ? &kCelsius : eq(x, "f") ? &kFahrenheit : unit_word(x);
    if (scale == &kCelsius || scale == &kFahrenheit) {
      *end = k + 2;
      return scale;
    }
    return &kDegree;
  }
  if ((eq(w, "c") || eq(w, "f")) && s.attached(k)) return eq(w, "c") ? &kCelsius : &kFahrenheit;
  // Speeds written in two or three words: "km/h", "m/s", "kilometres per hour", "miles an hour".
  if ((u == &kKm || u == &kMetre) && s.punct(k + 1, "/") &&
      s.is(k + 2, u == &kKm ? "h" : "s")) {
    *end = k + 3;
    return u == &kKm ? &kKmh : &kMs;
  }
  if ((u == &kKm || u == &kMile) && (s.is(k + 1, "per") || s.is(k + 1, "an") || s.is(k + 1, "a")) &&
      s.is(k + 2, "hour")) {
    *end = k + 3;
    return u == &kKm ? &kKmh : &kMph;
  }
  if (u == &kMetre && s.is(k + 1, "per") && s.is(k + 2, "second")) {
    *end = k + 3;
    return &kMs;
  }
  // Areas and volumes: "square kilometres", "sq km", "km²", "cubic metres", "a 12,000-square-foot depot".
  if (word_set(WordList::measure_measure_unit_area).has(w)) {  // square, sq, cubic
    const size_t n = s.hyphen_link(k + 1) ? k + 2 : k + 1;
    const MeasureUnit* l = unit_word(s.norm(n));
    *end = n + 1;
    if (eq(w, "cubic")) return l == &kMetre ? &kCubicM : nullptr;
    return l == &kKm ? &kSqKm : l == &kMile ? &kSqMile : l == &kMetre ? &kSqM
         : l == &kFoot ? &kSqFt : nullptr;
  }
  if (u == &kKm && s.punct(k + 1, "\xC2\xB2")) {
    *end = k + 2;
    return &kSqKm;
  }
  if (eq(w, "nautical") && unit_word(s.norm(k + 1)) == &kMile) {
    *end = k + 2;
    return &kNauticalMile;
  }
  // One word: lengths ("m" only as a metre when the number reader did not take it as
  // "million"), masses, areas, volumes, speeds, "celsius".
  return u;
}

bool quake_noun(std::string_view w) {
  return word_set(WordList::measure_quake_noun).has(w);
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
  if (s.word(p1) && word_set(WordList::measure_magnitude_before_links).has(s.norm(p1))) {  // at, was, is, measured
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
      if (s.word(k) && word_set(WordList::measure_magnitude_after_scales).has(s.norm(k))) named = true;
      if (s.is(k, "scale")) return named ? k + 1 : kNone;
    }
  }
  return kNone;
}

}  // namespace facts_internal
}  // namespace tri
