// Tokens: offsets, types, stop words, stems.
#include "triangulate/tokens.h"

#include <gtest/gtest.h>

namespace tri {
namespace {

std::string show(const std::string& s) {
  std::string out;
  for (const Token& t : tokenize(s, 0, s.size())) {
    if (!out.empty()) out += ' ';
    out += s.substr(t.begin, t.end - t.begin);
    if (t.type == TokenType::kNumber) out += t.ordinal ? "/ord" : "/num";
    if (t.type == TokenType::kPunct) out += "/p";
    if (t.stop) out += "/stop";
    if (t.joined) out += "/j";
  }
  return out;
}

TEST(Tokens, Shapes) {
  const std::pair<const char*, const char*> cases[] = {
      {"Kim\xE2\x80\x99s train", "Kim \xE2\x80\x99s/stop train"},
      {"It cost 1,000.50 today.", "It/stop cost 1,000.50/num today ./p"},
      {"the 80th anniversary", "the/stop 80th/ord anniversary"},
      {"a 70-minute parade", "a/stop 70/num/j -/p minute parade"},
      {"anti-drone systems", "anti/j -/p drone systems"},
      // Hyphens spaced out by a tokenizer: three parts joined by two hyphens are one word; one
      // spaced hyphen, or a dash, separates.
      {"a 36 - year - old climber", "a/stop 36/num/j -/p year/j -/p old climber"},
      {"a hit - and - run crash", "a/stop hit/j -/p and/stop/j -/p run crash"},
      {"July 10 - The vote", "July 10/num -/p The/stop vote"},
      {"north \xE2\x80\x94 south \xE2\x80\x94 east", "north \xE2\x80\x94/p south \xE2\x80\x94/p east"},
      {"3.5bn euros", "3.5/num bn euros"},
      {"They haven't met", "They/stop haven't/stop met"},
      {"the U.S. Senate", "the/stop U.S. Senate"},
      {"10\xE2\x80\x93" "15 carriages", "10/num/j \xE2\x80\x93/p 15/num carriages"},
      {"wait... now", "wait .../p now/stop"},
      {"\xE6\x9D\xB1\xE4\xBA\xAC", "\xE6\x9D\xB1 \xE4\xBA\xAC"},
      {"Cafe\xCC\x81 open", "Cafe\xCC\x81 open"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(show(in), out) << in;
}

TEST(Tokens, NormAndStem) {
  const std::string s = "Armoured TRAINS travelled";
  const auto t = tokenize(s, 0, s.size());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].norm, "armoured");
  EXPECT_TRUE(t[0].cap);
  EXPECT_EQ(t[1].stem, "train");
  EXPECT_EQ(t[2].stem, "travel");
}

TEST(Tokens, RangeAndOffsets) {
  const std::string s = "xx Hello world yy";
  const auto t = tokenize(s, 3, 14);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].begin, 3u);
  EXPECT_EQ(t[1].end, 14u);
  EXPECT_TRUE(tokenize(s, 5, 5).empty());
  EXPECT_TRUE(tokenize(s, 10, 999).size() == 2u);  // clamped: "ld yy" -> "ld", "yy"
}

TEST(Tokens, Negators) {
  for (const char* w : {"not", "no", "never", "haven't", "didn't", "without", "nobody"})
    EXPECT_TRUE(is_negator(w)) << w;
  for (const char* w : {"note", "know", "nothingness", "cannon"}) EXPECT_FALSE(is_negator(w)) << w;
}

}  // namespace
}  // namespace tri
