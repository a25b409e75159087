// UTF-8 repair, UTF-16 offsets and the matching normalisation.
#include "triangulate/text.h"

#include <gtest/gtest.h>

namespace tri {
namespace {

struct RepairCase {
  std::string in, out;
  std::vector<size_t> bad;  // byte positions reported
};

TEST(Text, RepairUtf8) {
  const RepairCase cases[] = {
      {"plain ascii", "plain ascii", {}},
      {"caf\xC3\xA9", "caf\xC3\xA9", {}},
      {"a\xFF" "b", "a\xEF\xBF\xBD" "b", {1}},
      {"\xC3", "\xEF\xBF\xBD", {0}},                                  // truncated sequence
      {"\xE2\x82", "\xEF\xBF\xBD", {0}},                              // truncated, one maximal subpart
      {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", {0, 1}},               // overlong: two bad bytes
      {"\xED\xA0\x80x", "\xEF\xBF\xBDx", {0}},                        // encoded lone surrogate: one
      {"\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", {0, 1, 2, 3}},
      {std::string("a\0b", 3), "a\xEF\xBF\xBD" "b", {1}},              // NUL
      {"\xF0\x9F\x8E\x89", "\xF0\x9F\x8E\x89", {}},                   // emoji stays
  };
  for (const auto& c : cases) {
    const Repair r = repair_utf8(c.in);
    EXPECT_EQ(r.text, c.out);
    std::vector<size_t> bad;
    for (const auto& n : r.notes) bad.push_back(n.byte);
    EXPECT_EQ(bad, c.bad);
  }
}

TEST(Text, RepairKeepsJavaScriptLengthOfLoneSurrogate) {
  // JavaScript "a\uD800b" is 3 units; its WTF-8 bytes repair to 3 units too.
  EXPECT_EQ(utf16_length(repair_utf8("a\xED\xA0\x80" "b").text), 3u);
}

TEST(Text, Utf16Index) {
  const std::string s = "a\xC3\xA9\xF0\x9F\x8E\x89\xE6\x9D\xB1z";  // a é 🎉 東 z
  Utf16Index ix(s);
  EXPECT_EQ(ix.to_utf16(0), 0u);
  EXPECT_EQ(ix.to_utf16(1), 1u);
  EXPECT_EQ(ix.to_utf16(3), 2u);
  EXPECT_EQ(ix.to_utf16(7), 4u);   // after the emoji: 2 more units
  EXPECT_EQ(ix.to_utf16(10), 5u);
  EXPECT_EQ(ix.to_utf16(11), 6u);
  EXPECT_EQ(ix.to_utf16(99), 6u);  // clamped
  EXPECT_EQ(ix.to_utf16(2), 1u);   // inside é: start of the code point
  for (size_t b : {0u, 1u, 3u, 7u, 10u, 11u}) EXPECT_EQ(ix.to_byte(ix.to_utf16(b)), b);
  EXPECT_EQ(utf16_length(s), 6u);
}

TEST(Text, Utf16IndexAcrossCheckpoints) {
  std::string s;
  for (int i = 0; i < 500; ++i) s += (i % 3 == 0) ? "\xF0\x9F\x98\x80" : (i % 3 == 1 ? "\xC3\xA9" : "x");
  Utf16Index ix(s);
  size_t units = 0;
  for (size_t b = 0; b < s.size();) {
    EXPECT_EQ(ix.to_utf16(b), units);
    EXPECT_EQ(ix.to_byte(units), b);
    const unsigned char c = static_cast<unsigned char>(s[b]);
    const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    units += len == 4 ? 2 : 1;
    b += len;
  }
}

TEST(Text, Fold) {
  const std::pair<const char*, const char*> cases[] = {
      {"Kim\xE2\x80\x99s", "kim's"},
      {"\xE2\x80\x9CVictory Day\xE2\x80\x9D", "\"victory day\""},
      {"10\xE2\x80\x93" "15", "10-15"},
      {"a\xC2\xA0" "b", "a b"},
      {"\xEF\xAC\x81ne", "fine"},
      {"Jos\xC3\xA9 Mart\xC3\xADnez", "jose martinez"},
      {"Zo\xC3\xAB", "zoe"},
      {"Cafe\xCC\x81", "cafe"},
      {"\xC5\x81\xC3\xB3" "d\xC5\xBA", "lodz"},
      {"STRASSE stra\xC3\x9F" "e", "strasse strasse"},
      {"\xC3\x86sir \xC3\xBEorn \xC5\x92uvre \xC4\xB2sselmeer", "aesir thorn oeuvre ijsselmeer"},
      {"2\xC3\x97" "3 \xC3\xBF\xC5\xBF", "2\xC3\x97" "3 ys"},
      {"\xEF\xBC\xA1\xEF\xBC\xA2", "ab"},
      {"\xE2\x80\xA6", "..."},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(fold(in), out) << in;
}

TEST(Text, FoldNeverChangesWhatIsShown) {
  const std::string original = "Kim\xE2\x80\x99s \xE2\x80\x9Ctrain\xE2\x80\x9D";
  const std::string copy = original;
  (void)fold(original);
  EXPECT_EQ(original, copy);
}

}  // namespace
}  // namespace tri
