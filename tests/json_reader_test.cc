// The request reader (core/src/json_reader.h) against nlohmann's strict SAX parser, and the decimal
// conversions (core/src/decimal.h) against the C library's.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "decimal.h"
#include "json_events.h"

namespace {

std::string both(const std::string& text) { return json_events::compare_readers(text); }

TEST(JsonReader, AgreesWithNlohmannOnEdgeCases) {
  const std::vector<std::string> cases = {
      "", " ", "{}", "[]", "{ }", "[ ]", "{\"a\":1}", "{\"a\" : [1, 2.5, -3, true, false, null]}",
      "{\"a\":1,}", "[1,]", "[,1]", "{,}", "{\"a\"}", "{\"a\":}", "{a:1}", "{'a':1}", "[1 2]",
      "{\"a\":1}{}", "{\"a\":1} x", "{\"a\":1}\n\t\r ", "\xEF\xBB\xBF{}", "\xEF\xBB{}", "\xEF{}",
      " \xEF\xBB\xBF{}", "[\"\xEF\xBB\xBF\"]", "true", "false", "null", "nul", "tru", "True", "NaN",
      "Infinity", "-Infinity", "0", "-0", "00", "01", "-01", "1.", ".5", "-.5", "1.e5", "1e", "1e+",
      "1E-2", "1e+2", "-", "+1", "0x10", "1.5e308", "1e309", "-1e309", "1e-400", "2.2250738585072014e-308",
      "4.9e-324", "1.7976931348623157e308", "9223372036854775807", "9223372036854775808",
      "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
      "123456789012345678901234567890", "0.1", "0.30000000000000004", "3.141592653589793238462643",
      "1e22", "1e23", "9007199254740993", "[9007199254740993.0]", "\"\"", "\"a\\\"b\"", "\"\\/\"",
      "\"\\b\\f\\n\\r\\t\"", "\"\\x\"", "\"\\u0041\"", "\"\\u00e9\"", "\"\\u0000\"", "\"\\uD83D\\uDE00\"",
      "\"\\uD83D\"", "\"\\uD83Dx\"", "\"\\uD83D\\u0041\"", "\"\\uDE00\"", "\"\\u12\"", "\"\\u12G4\"",
      "\"\\U0041\"", "\"a\tb\"", "\"a\nb\"", "\"\x7F\"", "\"\x01\"", "\"\xC3\xA9\"", "\"\xC0\x80\"",
      "\"\xC1\xBF\"", "\"\xE0\x80\x80\"", "\"\xE0\xA0\x80\"", "\"\xED\xA0\x80\"", "\"\xED\x9F\xBF\"",
      "\"\xEF\xBF\xBF\"", "\"\xF0\x8F\xBF\xBF\"", "\"\xF0\x90\x80\x80\"", "\"\xF4\x8F\xBF\xBF\"",
      "\"\xF4\x90\x80\x80\"", "\"\xF5\x80\x80\x80\"", "\"\xFF\"", "\"\x80\"", "\"\xC3\"", "\"\xE2\x82\"",
      "\"abc", "[\"a\"", "{\"a\":\"b\"", std::string("[1,\0 2]", 7), std::string("\0", 1),
      std::string("{}\0", 3), std::string("3\0 x", 4), std::string("{\"a\":1}\0{\"b\":2}", 15), "[[[[[]]]]]",
      "[[[[[]]]]", "{\"a\":{\"b\":{\"c\":[{}]}}}", "{\"a\":1,\"a\":2}", "{\"\":\"\"}", "/* c */ {}", "{}//",
      "[1e2, 1E2, 1.0e-2, -0.0, 0e0, 0.0e+0]", "[-1e-7, 123.456e-789, 5e-324, 2.4703282292062327e-324]",
  };
  for (const std::string& c : cases) EXPECT_EQ(both(c), "") << "input: " << c;
}

TEST(JsonReader, AgreesWithNlohmannOnMutations) {
  // Deterministic mutations (byte flips, insertions, deletions, cuts) of small requests.
  const std::vector<std::string> seeds = {
      "{\"id\":\"c1\",\"sources\":[{\"id\":\"a\",\"title\":\"T\",\"text\":\"Caf\xC3\xA9 \\u00e9 \\uD83D\\uDE00.\"},"
      "{\"id\":\"b\",\"text\":\"x\",\"format\":\"html\"}],\"options\":{\"minScore\":0.25,\"maxSources\":12}}",
      "[1, -2, 3.5e-3, true, false, null, \"\\n\\t\", {\"k\": [[], {}]}, 18446744073709551615, -0]",
  };
  const std::string alphabet = "{}[]\",:\\0123456789.eE+-tfnu \t\n\xC3\xA9\xED\xA0\x80\xF0\x9F\x98\x80";
  uint64_t state = 0x9E3779B97F4A7C15ULL;
  const auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  int accepted = 0, refused = 0;
  for (int round = 0; round < 30000; ++round) {
    std::string s = seeds[round % seeds.size()];
    const int edits = 1 + static_cast<int>(next() % 4);
    for (int e = 0; e < edits && !s.empty(); ++e) {
      const size_t at = next() % s.size();
      switch (next() % 4) {
        case 0: s[at] = alphabet[next() % alphabet.size()]; break;
        case 1: s.insert(at, 1, alphabet[next() % alphabet.size()]); break;
        case 2: s.erase(at, 1 + next() % 3); break;
        default: s.resize(at); break;
      }
    }
    (json_events::theirs(s).ok ? accepted : refused)++;
    ASSERT_EQ(both(s), "") << "input: " << s;
  }
  // The mutations reach both sides of the grammar.
  EXPECT_GT(accepted, 1000);
  EXPECT_GT(refused, 1000);
}

TEST(JsonReader, RefusesWhatFollowsANulByte) {
  // nlohmann stops reading at the NUL and accepts; the request reader refuses (text would be lost).
  const std::string text("{\"sources\":[]}\0{\"more\":1}", 25);
  EXPECT_TRUE(json_events::theirs(text).ok);
  EXPECT_FALSE(json_events::ours(text).ok);
}

TEST(JsonReader, DeepNestingUsesNoRecursion) {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  EXPECT_EQ(both(deep), "");
  EXPECT_TRUE(json_events::ours(deep).ok);
  EXPECT_FALSE(json_events::ours(deep.substr(0, deep.size() - 1)).ok);
}

TEST(Decimal, ReadsAsStrtodDoesWithinTheFastPath) {
  // Values as the engine's data files and articles write them: correctly rounded, bit for bit.
  uint64_t state = 12345;
  for (int k = 0; k < 200000; ++k) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    const int digits = 1 + static_cast<int>((state >> 33) % 15);
    const int point = static_cast<int>((state >> 20) % (digits + 1));
    const int exp10 = static_cast<int>((state >> 8) % 15) - 7;
    std::string s = (state & 1) ? "-" : "";
    uint64_t d = state >> 11;
    for (int i = 0; i < digits; ++i, d /= 10) {
      if (i == point) s += '.';
      s += static_cast<char>('0' + d % 10);
    }
    if (k % 3 == 0) s += "e" + std::to_string(exp10);
    double ours = 0;
    ASSERT_TRUE(tri::read_decimal(s, &ours)) << s;
    EXPECT_EQ(ours, std::strtod(s.c_str(), nullptr)) << s;
  }
  double v = 0;
  for (const char* bad : {"", "-", ".", "e5", "1e", "1e+", "1x", " 1", "1 ", "+1", "1..2", "inf", "nan", "0x1"})
    EXPECT_FALSE(tri::read_decimal(bad, &v)) << bad;
  EXPECT_TRUE(tri::read_decimal("1e999", &v));
  EXPECT_TRUE(std::isinf(v));
  EXPECT_TRUE(tri::read_decimal("1e-999", &v));
  EXPECT_EQ(v, 0.0);
  // Within the exponents scaled step by step, past the range of a double (UBSan found the steps
  // running on after infinity or zero, out of their table).
  EXPECT_TRUE(tri::read_decimal("9e399", &v));
  EXPECT_TRUE(std::isinf(v));
  EXPECT_TRUE(tri::read_decimal("1e-399", &v));
  EXPECT_EQ(v, 0.0);
  EXPECT_TRUE(tri::read_decimal("123456789012345678901234567890e-350", &v));  // subnormal
  EXPECT_LE(std::fabs(v - std::strtod("123456789012345678901234567890e-350", nullptr)), 4 * 4.9406564584124654e-324);
  // 25 significant digits: past the fast path, still within a few units in the last place.
  ASSERT_TRUE(tri::read_decimal("3.141592653589793238462643", &v));
  EXPECT_NEAR(v, 3.141592653589793, 1e-15);
}

TEST(Decimal, WritesAsPrintfDoes) {
  char buf[64];
  for (double x : {0.0, 1.0, -1.0, 2.4, 2.5, 0.125, 3.14159, 1234567.891, -0.5, 999.9995, 1e14 + 0.25, 7.0}) {
    for (int d : {0, 1, 3}) {
      std::snprintf(buf, sizeof buf, "%.*f", d, x);
      const double scaled = x * (d == 0 ? 1 : d == 1 ? 10 : 1000);
      // printf rounds the exact binary value half to even; ours rounds half away from zero: they
      // differ only on exact halves, which none of these is except where noted.
      if (scaled - std::floor(scaled) == 0.5) continue;
      EXPECT_EQ(tri::fixed_decimal(x, d), buf) << x << " " << d;
    }
  }
  EXPECT_EQ(tri::fixed_decimal(2.5, 0), "3");
  EXPECT_EQ(tri::fixed_decimal(-0.0001, 3), "0.000");
  for (double x : {1e15, 2.5e20, -3.75e16, 1.23456789e300, 9.999999e20, 1e-5, 0.0001, 123456.0, 1234567.0, 5e-324,
                   1.7976931348623157e308, 0.1, 100.0}) {
    std::snprintf(buf, sizeof buf, "%g", x);
    EXPECT_EQ(tri::general_decimal(x), buf) << x;
  }
  EXPECT_EQ(tri::general_decimal(HUGE_VAL), "inf");
  EXPECT_EQ(tri::general_decimal(-HUGE_VAL), "-inf");
  EXPECT_EQ(tri::two_digits(7), "07");
  EXPECT_EQ(tri::two_digits(23), "23");
}

// A score as nlohmann::json::dump writes the double nearest to it to four places (the result's
// numbers were written that way): every value of 0..100 in steps of 0.0001, both signs.
TEST(Decimal, FourPlacesAsNlohmannWritesThem) {
  for (int k = 0; k <= 1000000; ++k) {
    for (const double v : {k / 10000.0, -k / 10000.0}) {
      const std::string want = nlohmann::json(std::round(v * 10000.0) / 10000.0).dump();
      ASSERT_EQ(tri::four_places(v), want) << k;
    }
  }
  // Unrounded values, halves and values off the grid round as std::round does.
  for (const double v : {0.81384, 0.81385, 0.99996, 1.0 / 3.0, 2.0 / 3.0, 0.00005, 0.00004999, 12.34565}) {
    EXPECT_EQ(tri::four_places(v), nlohmann::json(std::round(v * 10000.0) / 10000.0).dump()) << v;
  }
  EXPECT_EQ(tri::four_places(0.8138), "0.8138");
  EXPECT_EQ(tri::four_places(1), "1.0");
  EXPECT_EQ(tri::four_places(0.05), "0.05");
  EXPECT_EQ(tri::four_places(std::nan("")), "0.0");
}

}  // namespace

// Integers are written as std::to_string writes them, at the ends of their ranges too.
TEST(Decimal, WritesIntegersAsToStringDoes) {
  for (long long v : {0LL, 7LL, -7LL, 10LL, -10LL, 1234567890123LL, std::numeric_limits<long long>::max(),
                      std::numeric_limits<long long>::min()})
    EXPECT_EQ(tri::integer_text(v), std::to_string(v));
  for (unsigned long long v : {0ULL, 9ULL, 10ULL, 18446744073709551615ULL}) EXPECT_EQ(tri::digits_of(v), std::to_string(v));
  EXPECT_EQ(tri::whole_number(size_t{42}), "42");
  EXPECT_EQ(tri::whole_number(-3), "-3");
}
