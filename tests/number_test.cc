// number_test.cc — tests for the number reader the quantity and time readers share
// (core/src/facts/number.h), through extract_facts(): digits in every notation, number words,
// vague amounts, scale words, and numbers too large to be values.

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "facts/number.h"
#include "triangulate/facts.h"
#include "triangulate/tokens.h"

namespace {

tri::Facts Extract(std::string_view s) {
  return tri::extract_facts(s, tri::tokenize(s, 0, s.size()));
}

struct NumberCase {
  const char* text;  // holds one quantity
  const char* num;   // its number as written
  double lo, hi;     // the numbers as written (num_lo, num_hi), before any hedge
  const char* vague;
};

const NumberCase kNumberCases[] = {
    // Digits.
    {"They found 7 boats.", "7", 7, 7, ""},
    {"They found 1,250 boats.", "1,250", 1250, 1250, ""},
    {"They found 1,250,000 boats.", "1,250,000", 1250000, 1250000, ""},
    {"They found 12 500 boats.", "12 500", 12500, 12500, ""},
    {"They paid $3,5 million.", "3,5 million", 3.5e6, 3.5e6, ""},  // a decimal comma
    {"They paid $2.75bn.", "2.75bn", 2.75e9, 2.75e9, ""},
    {"They paid $300k.", "300k", 3e5, 3e5, ""},
    {"They counted 5m voters.", "5m", 5e6, 5e6, ""},
    {"They paid 2 crore rupees.", "2 crore", 2e7, 2e7, ""},
    // Words.
    {"They found seven boats.", "seven", 7, 7, ""},
    {"They found seventeen boats.", "seventeen", 17, 17, ""},
    {"They found twenty-one boats.", "twenty-one", 21, 21, ""},
    {"They found ninety-nine boats.", "ninety-nine", 99, 99, ""},
    {"They found a dozen boats.", "a dozen", 12, 12, ""},
    {"They found a single boat.", "a single", 1, 1, ""},
    {"A lone gunman fired at the crowd.", "A lone", 1, 1, ""},
    {"They found two dozen boats.", "two dozen", 24, 24, ""},
    {"They found half a dozen boats.", "half a dozen", 6, 6, ""},
    {"They found a hundred boats.", "a hundred", 100, 100, ""},
    {"They found three hundred boats.", "three hundred", 300, 300, ""},
    {"They found two thousand boats.", "two thousand", 2000, 2000, ""},
    {"They found a thousand boats.", "a thousand", 1000, 1000, ""},
    {"They found one hundred and five boats.", "one hundred and five", 105, 105, ""},
    {"They found two million boats.", "two million", 2e6, 2e6, ""},
    {"The crossing took four and a half hours.", "four and a half", 4.5, 4.5, ""},
    {"They found two and a half million boats.", "two and a half million", 2.5e6, 2.5e6, ""},
    {"The crossing took 5 1/2 hours.", "5 1/2", 5.5, 5.5, ""},
    {"It was a 2-1/2 year sentence.", "2-1/2", 2.5, 2.5, ""},
    // Vague amounts.
    {"They found dozens of boats.", "dozens", 24, 119, "dozens"},
    {"They found scores of boats.", "scores", 40, 199, "scores"},
    {"They found hundreds of boats.", "hundreds", 200, 999, "hundreds"},
    {"They found thousands of boats.", "thousands", 2000, 99999, "thousands"},
    {"They found millions of boats.", "millions", 2e6, 1e8 - 1, "millions"},
    {"They found tens of thousands of boats.", "tens of thousands", 20000, 99999, "tens of thousands"},
    {"They found hundreds of thousands of boats.", "hundreds of thousands", 200000, 999999,
     "hundreds of thousands"},
    {"They found a couple of boats.", "a couple", 2, 3, "a couple"},
    {"They found several hundred boats.", "several hundred", 300, 900, "several hundred"},
    {"They found a few thousand boats.", "a few thousand", 2000, 5000, "a few thousand"},
};

TEST(NumberTest, Values) {
  for (const NumberCase& c : kNumberCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    ASSERT_EQ(f.quantities.size(), 1u);
    const tri::Quantity& q = f.quantities[0];
    EXPECT_EQ(s.substr(q.num_begin, q.num_end - q.num_begin), c.num);
    EXPECT_NEAR(q.num_lo, c.lo, 1e-9 * std::max(1.0, c.lo));
    EXPECT_NEAR(q.num_hi, c.hi, 1e-9 * std::max(1.0, c.hi));
    EXPECT_EQ(q.vague, c.vague);
  }
}

// Numerals inside names, in every notation; Roman numerals only in their usual spelling.
TEST(NumberTest, NumeralValues) {
  using tri::facts_internal::numeral_value;
  using tri::facts_internal::roman_value;
  const struct { const char* w; bool roman; int v; } cases[] = {
      {"two", false, 2},   {"second", false, 2}, {"2", false, 2},    {"2nd", false, 2},
      {"ii", true, 2},     {"ii", false, -1},    {"xiv", true, 14},  {"XL", true, 40},
      {"iiii", true, -1},  {"vx", true, -1},     {"mix", true, -1},  {"civil", true, -1},
      {"cccxcix", true, 399}, {"tarn", true, -1}, {"", true, -1},
  };
  for (const auto& c : cases) EXPECT_EQ(numeral_value(c.w, c.roman), c.v) << c.w;
  EXPECT_EQ(roman_value("liv"), 54);
}

// Numbers of hundreds of digits are not values: no quantity, and never a non-finite one.
TEST(NumberTest, HugeNumbersAreNotValues) {
  const std::string digits(400, '9');
  const std::string s = "They found " + digits + " boats and " + digits + " trillion dollars.";
  EXPECT_TRUE(Extract(s).quantities.empty());
  const std::string t = "They paid " + std::string(40, '9') + " trillion dollars.";
  const tri::Facts f = Extract(t);
  ASSERT_EQ(f.quantities.size(), 1u);
  EXPECT_TRUE(std::isfinite(f.quantities[0].lo) && std::isfinite(f.quantities[0].hi));
}

}  // namespace
