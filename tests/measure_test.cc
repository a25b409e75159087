// measure_test.cc — tests for measures (core/src/facts/measure.h through facts/quantity.h):
// magnitudes, lengths, masses, temperatures, speeds, areas in their base unit, what a measure
// belongs to, and that like compares with like.

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "triangulate/facts.h"
#include "triangulate/tokens.h"

namespace {

using tri::Match;
using tri::Quantity;
using tri::QuantityKind;

tri::Facts Extract(std::string_view s) {
  return tri::extract_facts(s, tri::tokenize(s, 0, s.size()));
}

std::string Span(std::string_view s, size_t b, size_t e) {
  return b <= e && e <= s.size() ? std::string(s.substr(b, e - b)) : std::string("<bad span>");
}

std::string AllQuantities(const tri::Facts& f, std::string_view s) {
  std::string out;
  for (const Quantity& q : f.quantities) out += "[" + Span(s, q.begin, q.end) + "] ";
  return out;
}

struct MeasureCase {
  const char* text;
  const char* span;  // the whole phrase
  const char* num;   // the number part
  QuantityKind kind;
  double lo, hi;     // in the base unit
  bool approx, range;
  const char* unit;  // the base unit
  const char* display;
};

const MeasureCase kMeasureCases[] = {
    {"A magnitude 5.2 quake hit the coast.", "magnitude 5.2", "5.2", QuantityKind::kMeasure, 5.2,
     5.2, false, false, "magnitude", "magnitude 5.2"},
    {"A 5.2-magnitude quake hit the coast.", "5.2-magnitude", "5.2", QuantityKind::kMeasure, 5.2,
     5.2, false, false, "magnitude", "magnitude 5.2"},
    {"A magnitude-6.1 aftershock followed.", "magnitude-6.1", "6.1", QuantityKind::kMeasure, 6.1,
     6.1, false, false, "magnitude", "magnitude 6.1"},
    {"The tremor measured 5.8 on the Richter scale.", "5.8 on the Richter scale", "5.8",
     QuantityKind::kMeasure, 5.8, 5.8, false, false, "magnitude", "magnitude 5.8"},
    {"It was a quake of magnitude of about 6.", "magnitude of about 6", "6",
     QuantityKind::kMeasure, 5.7, 6.3, true, false, "magnitude", "about magnitude 6"},
    {"The epicentre was 10km north of the town.", "10km", "10", QuantityKind::kMeasure, 10000,
     10000, false, false, "metre", "10 km"},
    {"The epicentre was 10 kilometres north of the town.", "10 kilometres", "10",
     QuantityKind::kMeasure, 10000, 10000, false, false, "metre", "10 km"},
    {"The fire spread 6 miles along the ridge.", "6 miles", "6", QuantityKind::kMeasure,
     9656.064, 9656.064, false, false, "metre", "6 mi"},
    {"Divers reached a depth of 300m below the surface.", "300m", "300", QuantityKind::kMeasure,
     300, 300, false, false, "metre", "300 m"},
    {"A 300m-long tunnel collapsed.", "300m-long", "300", QuantityKind::kMeasure, 300, 300, false,
     false, "metre", "300 m"},
    {"The lorry carried 40 tonnes of grain.", "40 tonnes", "40", QuantityKind::kMeasure, 40000,
     40000, false, false, "kilogram", "40 t"},
    {"Police seized 12 kg of cocaine.", "12 kg", "12", QuantityKind::kMeasure, 12, 12, false,
     false, "kilogram", "12 kg"},
    {"Temperatures hit 30C on Friday.", "30C", "30", QuantityKind::kMeasure, 30, 30, false, false,
     "celsius", "30\xC2\xB0" "C"},
    {"Temperatures hit 86F on Friday.", "86F", "86", QuantityKind::kMeasure, 30, 30, false, false,
     "celsius", "86\xC2\xB0" "F"},
    {"It was 30 degrees Celsius in the shade.", "30 degrees Celsius", "30",
     QuantityKind::kMeasure, 30, 30, false, false, "celsius", "30\xC2\xB0" "C"},
    {"Overnight it fell to -5\xC2\xB0" "C in the valley.", "-5\xC2\xB0" "C", "5",
     QuantityKind::kMeasure, -5, -5, false, false, "celsius", "-5\xC2\xB0" "C"},
    {"Gusts reached 120 km/h on the coast.", "120 km/h", "120", QuantityKind::kMeasure, 120, 120,
     false, false, "km/h", "120 km/h"},
    {"Gusts reached 75 mph on the coast.", "75 mph", "75", QuantityKind::kMeasure, 120.7008,
     120.7008, false, false, "km/h", "75 mph"},
    {"The blaze burned 500 hectares of forest.", "500 hectares", "500", QuantityKind::kMeasure,
     5e6, 5e6, false, false, "square metre", "500 ha"},
    {"Waves of 4 metres hit the pier.", "4 metres", "4", QuantityKind::kMeasure, 4, 4, false,
     false, "metre", "4 m"},
    {"The ship sank 12 nautical miles offshore.", "12 nautical miles", "12",
     QuantityKind::kMeasure, 22224, 22224, false, false, "metre", "12 nmi"},
    {"Winds of 40 knots lashed the coast.", "40 knots", "40", QuantityKind::kMeasure, 74.08,
     74.08, false, false, "km/h", "40 kn"},
    {"The fire covered 3 square kilometres.", "3 square kilometres", "3", QuantityKind::kMeasure,
     3e6, 3e6, false, false, "square metre", "3 km\xC2\xB2"},
    {"A 12,000-square-foot depot burned.", "12,000-square-foot", "12,000", QuantityKind::kMeasure,
     1114.83648, 1114.83648, false, false, "square metre", "12,000 sq ft"},
    {"Crews pumped 20,000 litres of water.", "20,000 litres", "20,000", QuantityKind::kMeasure,
     20000, 20000, false, false, "litre", "20,000 l"},
    {"A 7.1 quake shook the island.", "7.1", "7.1", QuantityKind::kMeasure, 7.1, 7.1, false,
     false, "magnitude", "magnitude 7.1"},
    {"It turned 180 degrees.", "180 degrees", "180", QuantityKind::kMeasure, 180, 180, false,
     false, "degree", "180\xC2\xB0"},
};

TEST(MeasureTest, Reads) {
  for (const MeasureCase& c : kMeasureCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    const Quantity* q = nullptr;
    for (const Quantity& x : f.quantities)
      if (Span(s, x.begin, x.end) == c.span) q = &x;
    ASSERT_NE(q, nullptr) << "no quantity [" << c.span << "]; got " << AllQuantities(f, s);
    EXPECT_EQ(Span(s, q->num_begin, q->num_end), c.num);
    EXPECT_EQ(q->kind, c.kind);
    EXPECT_NEAR(q->lo, c.lo, 1e-6 * std::max(1.0, std::fabs(c.lo)));
    EXPECT_NEAR(q->hi, c.hi, 1e-6 * std::max(1.0, std::fabs(c.hi)));
    EXPECT_EQ(q->approx, c.approx);
    EXPECT_EQ(q->range, c.range);
    EXPECT_EQ(q->unit, c.unit);
    EXPECT_EQ(q->display, c.display);
  }
}

// "m" after a number: metres where the words around say so, else millions.
struct MetreCase {
  const char* text;
  const char* span;
  const char* unit;  // "metre", or "" for a plain (scaled) count or sum
  double lo;
};

const MetreCase kMetreCases[] = {
    {"A 5m-high wall fell.", "5m-high", "metre", 5},
    {"The tower is 80m tall.", "80m", "metre", 80},
    {"The diver was 30m below the surface.", "30m", "metre", 30},
    {"A 300m stretch of road collapsed.", "300m", "metre", 300},
    {"The city has 5m people.", "5m people", "peopl", 5e6},
    {"The club raised \xC2\xA3" "5m for the roof.", "\xC2\xA3" "5m", "gbp", 5e6},
};

TEST(MeasureTest, MetresOrMillions) {
  for (const MetreCase& c : kMetreCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    const Quantity* q = nullptr;
    for (const Quantity& x : f.quantities)
      if (Span(s, x.begin, x.end) == c.span) q = &x;
    ASSERT_NE(q, nullptr) << AllQuantities(f, s);
    EXPECT_EQ(q->unit, c.unit);
    EXPECT_NEAR(q->lo, c.lo, 1e-9 * c.lo);
  }
}

struct CompareCase {
  const char* a;
  const char* b;
  Match match;
};

const CompareCase kCompareCases[] = {
    {"magnitude 5.2", "magnitude 6.0", Match::kConflict},
    {"magnitude 5.8", "5.8 on the Richter scale", Match::kSame},
    {"a 5.3-magnitude aftershock", "an aftershock of magnitude 5.3", Match::kSame},
    {"10km north", "10 kilometres north", Match::kSame},
    {"10km north", "6 miles north", Match::kCompatible},
    {"10km north", "15km north", Match::kConflict},
    {"30C heat", "86F heat", Match::kSame},
    {"30C heat", "35C heat", Match::kConflict},
    {"40 tonnes of grain", "40,000 kg of grain", Match::kSame},
    {"30C heat", "87F heat", Match::kCompatible},
    {"10km north", "10 kg of grain", Match::kIncomparable},
    {"magnitude 5.2", "5.2 people", Match::kIncomparable},
    {"75 mph winds", "120 km/h winds", Match::kCompatible},
    {"500 hectares", "5 square kilometres", Match::kSame},
    {"a 12,000-square-foot depot", "a 1,115-square-metre depot", Match::kCompatible},
    {"a 12,000-square-foot depot", "a 1,900-square-metre depot", Match::kConflict},
    {"30C heat", "30 degrees", Match::kIncomparable},
};

TEST(MeasureTest, Compare) {
  for (const CompareCase& c : kCompareCases) {
    SCOPED_TRACE(std::string(c.a) + " ~ " + c.b);
    const tri::Facts fa = Extract(c.a), fb = Extract(c.b);
    ASSERT_EQ(fa.quantities.size(), 1u) << AllQuantities(fa, c.a);
    ASSERT_EQ(fb.quantities.size(), 1u) << AllQuantities(fb, c.b);
    EXPECT_EQ(tri::to_string(tri::compare(fa.quantities[0], fb.quantities[0])),
              tri::to_string(c.match));
    EXPECT_EQ(tri::to_string(tri::compare(fb.quantities[0], fa.quantities[0])),
              tri::to_string(c.match));
  }
}

}  // namespace
