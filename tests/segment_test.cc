// Sentence boundaries, headlines, furniture and repeats: table-driven.
#include "triangulate/segment.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "triangulate/text.h"

namespace tri {
namespace {

// The texts of all units of `s`, joined by " | ".
std::string split(const std::string& s) {
  std::string out;
  for (const Unit& u : segment(s)) {
    if (!out.empty()) out += " | ";
    out += s.substr(u.begin, u.end - u.begin);
  }
  return out;
}

struct BoundaryCase {
  const char* text;
  const char* units;
};

// At least 60 sentence-boundary cases.
const BoundaryCase kBoundaries[] = {
    {"It rained. The river rose.", "It rained. | The river rose."},
    {"It rained! The river rose?", "It rained! | The river rose?"},
    {"Did it rain? Yes.", "Did it rain? | Yes."},
    {"Mr. Lee arrived. He sat down.", "Mr. Lee arrived. | He sat down."},
    {"Mrs. Park and Ms. Cho met Dr. Han.", "Mrs. Park and Ms. Cho met Dr. Han."},
    {"Gen. Smith spoke. Troops left.", "Gen. Smith spoke. | Troops left."},
    {"Prof. Ito and Sen. Ray agreed.", "Prof. Ito and Sen. Ray agreed."},
    {"He lives on Elm St. near the park.", "He lives on Elm St. near the park."},
    {"She visited St. Louis last year.", "She visited St. Louis last year."},
    {"The U.S. Senate voted. It passed.", "The U.S. Senate voted. | It passed."},
    {"He moved to the U.S. The move was hard.", "He moved to the U.S. | The move was hard."},
    {"Talks in the U.K. ended early.", "Talks in the U.K. ended early."},
    {"It opened in Jan. 2019 to crowds.", "It opened in Jan. 2019 to crowds."},
    {"It is No. 10 on the list.", "It is No. 10 on the list."},
    {"John F. Kennedy was elected.", "John F. Kennedy was elected."},
    {"J. K. Rowling wrote it.", "J. K. Rowling wrote it."},
    {"The rate rose 3.5 percent. Markets fell.", "The rate rose 3.5 percent. | Markets fell."},
    {"Pi is 3.14159 roughly.", "Pi is 3.14159 roughly."},
    {"It cost $1,250.50 in total. Nobody paid.", "It cost $1,250.50 in total. | Nobody paid."},
    {"We met at 9 a.m. and left at noon.", "We met at 9 a.m. and left at noon."},
    {"We met at 9 a.m. The rest came later.", "We met at 9 a.m. | The rest came later."},
    {"The show ends at 10 p.m. on Fridays.", "The show ends at 10 p.m. on Fridays."},
    {"He waited... then he left.", "He waited... then he left."},
    {"He waited... Then he left.", "He waited... | Then he left."},
    {"He waited\xE2\x80\xA6 Then he left.", "He waited\xE2\x80\xA6 | Then he left."},
    {"\"It is over.\" She left.", "\"It is over.\" | She left."},
    {"\xE2\x80\x9CIt is over.\xE2\x80\x9D She left.", "\xE2\x80\x9CIt is over.\xE2\x80\x9D | She left."},
    {"\"Why?\" he asked.", "\"Why?\" he asked."},
    {"\"Stop!\" she shouted. Nobody did.", "\"Stop!\" she shouted. | Nobody did."},
    {"He said (and meant it.) Then left.", "He said (and meant it.) | Then left."},
    {"Is it true?! Nobody knows.", "Is it true?! | Nobody knows."},
    {"The score was 2-1. Fans cheered.", "The score was 2-1. | Fans cheered."},
    {"It ended in 1959. 26 leaders came.", "It ended in 1959. | 26 leaders came."},
    // A spaced ellipsis inside a sentence does not end it.
    {"Water is left behind . . . there could be cholera. Aid is on its way.",
     "Water is left behind . . . there could be cholera. | Aid is on its way."},
    // A decimal point spaced out by a tokenizer does not end a sentence.
    {"He averaged 14. 4 points a game. Fans cheered.", "He averaged 14. 4 points a game. | Fans cheered."},
    {"It grossed $368. 0 million. Fans cheered.", "It grossed $368. 0 million. | Fans cheered."},
    {"Apple Inc. reported profits. Shares rose.", "Apple Inc. reported profits. | Shares rose."},
    {"Apple Inc. The company said so.", "Apple Inc. | The company said so."},
    {"See e.g. the report.", "See e.g. the report."},
    {"Fruit, vegetables, etc. were sold.", "Fruit, vegetables, etc. were sold."},
    {"Line one without stop\nLine two.", "Line one without stop | Line two."},
    {"Headline Here\n\nBody starts. Body ends.", "Headline Here | Body starts. | Body ends."},
    {"First para.\n\nSecond para.", "First para. | Second para."},
    {"A sentence\r\nwith CRLF line.", "A sentence | with CRLF line."},
    {"This long line is wrapped by a mail client without punctuation at\nthe end and continues here.",
     "This long line is wrapped by a mail client without punctuation at\nthe end and continues here."},
    {"\xE2\x80\xA2 First bullet\n\xE2\x80\xA2 Second bullet", "First bullet | Second bullet"},
    {"- dash item\n- another item", "dash item | another item"},
    {"1. Numbered item\n2. Next item", "Numbered item | Next item"},
    {"Seoul: Officials met today. They agreed.", "Seoul: | Officials met today. | They agreed."},
    {"BEIJING \xE2\x80\x94 Leaders gathered. Talks began.", "BEIJING \xE2\x80\x94 | Leaders gathered. | Talks began."},
    {"Kim Jong Un \xE2\x80\x93 who rarely travels \xE2\x80\x93 left.", "Kim Jong Un \xE2\x80\x93 who rarely travels \xE2\x80\x93 left."},
    {"Note: the vote is today.", "Note: the vote is today."},
    {"\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAF\xE6\x99\xB4\xE3\x82\x8C\xE3\x80\x82\xE5\xA4\xA7\xE9\x98\xAA\xE3\x81\xAF\xE9\x9B\xA8\xE3\x80\x82",
     "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAF\xE6\x99\xB4\xE3\x82\x8C\xE3\x80\x82 | \xE5\xA4\xA7\xE9\x98\xAA\xE3\x81\xAF\xE9\x9B\xA8\xE3\x80\x82"},
    {"\xE4\xBD\xA0\xE5\xA5\xBD\xEF\xBC\x81\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82", "\xE4\xBD\xA0\xE5\xA5\xBD\xEF\xBC\x81 | \xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82"},
    {"Great news \xF0\x9F\x8E\x89. Everyone came.", "Great news \xF0\x9F\x8E\x89. | Everyone came."},
    {"We won! \xF0\x9F\x8E\x89 Party tonight.", "We won! | \xF0\x9F\x8E\x89 Party tonight."},
    {"Cafe\xCC\x81 owners met. They agreed.", "Cafe\xCC\x81 owners met. | They agreed."},
    {"Zo\xC3\xAB left. Jos\xC3\xA9 stayed.", "Zo\xC3\xAB left. | Jos\xC3\xA9 stayed."},
    {"   Leading spaces. Trailing spaces.   ", "Leading spaces. | Trailing spaces."},
    {"One.Two.", "One.Two."},
    {"Visit example.com. It works.", "Visit example.com. | It works."},
    {"He scored 3 goals. \"Amazing,\" said the coach.", "He scored 3 goals. | \"Amazing,\" said the coach."},
    {"The plan (see below). It failed.", "The plan (see below). | It failed."},
    {"Lt. Col. Ray ordered it.", "Lt. Col. Ray ordered it."},
    {"It was Vol. 3 of the series.", "It was Vol. 3 of the series."},
    {"Fig. 2 shows it. Fig. 3 does not.", "Fig. 2 shows it. | Fig. 3 does not."},
    {"They met in Washington, D.C. The talks lasted hours.", "They met in Washington, D.C. | The talks lasted hours."},
    {"Rev. Moon spoke at 8 p.m. Sunday.", "Rev. Moon spoke at 8 p.m. Sunday."},
    {"", ""},
    {"   \n\n  ", ""},
};

TEST(Segment, SentenceBoundaries) {
  static_assert(sizeof(kBoundaries) / sizeof(kBoundaries[0]) >= 60, "at least 60 cases");
  for (const auto& c : kBoundaries) EXPECT_EQ(split(c.text), c.units) << "input: " << c.text;
}

TEST(Segment, UnitsCoverTextWithoutOverlap) {
  for (const auto& c : kBoundaries) {
    const std::string s = c.text;
    size_t prev = 0;
    for (const Unit& u : segment(s)) {
      EXPECT_LE(prev, u.begin);
      EXPECT_LT(u.begin, u.end);
      EXPECT_LE(u.end, s.size());
      prev = u.end;
    }
  }
}

TEST(Segment, Utf16OffsetsWithEmojiCjkAndCombiningMarks) {
  // "Zoë🎉 said 東京. Cafe\u0301 opened."  — the emoji is 2 UTF-16 units, the others 1.
  const std::string s = "Zo\xC3\xAB\xF0\x9F\x8E\x89 said \xE6\x9D\xB1\xE4\xBA\xAC. Cafe\xCC\x81 opened.";
  const auto units = segment(s);
  ASSERT_EQ(units.size(), 2u);
  Utf16Index ix(s);
  EXPECT_EQ(ix.to_utf16(units[0].begin), 0u);
  EXPECT_EQ(ix.to_utf16(units[0].end), 14u);  // Z o ë 🎉(2) ' ' s a i d ' ' 東 京 .
  EXPECT_EQ(ix.to_utf16(units[1].begin), 15u);
  EXPECT_EQ(ix.to_utf16(units[1].end), 28u);  // C a f e ◌́ ' ' o p e n e d .
}

struct KindCase {
  const char* text;
  const char* kinds;  // kind/role of each unit, joined by " "
};

std::string kinds(const std::string& s) {
  std::string out;
  for (const Unit& u : segment(s)) {
    if (!out.empty()) out += ' ';
    out += std::string(to_string(u.kind)) + "/" + u.role;
  }
  return out;
}

const KindCase kKinds[] = {
    {"Flood closes bridge\n\nThe bridge closed on Monday.", "headline/headline claim/sentence"},
    {"Advertisement\n\nFlood closes bridge\n\nIt closed.",
     "boilerplate/advertisement headline/headline claim/sentence"},
    {"Flood closes bridge\n\nAnna LeeCity Herald\n\nIt closed.", "headline/headline boilerplate/byline claim/sentence"},
    {"Flood closes bridge\n\nBy Anna Lee\n\nIt closed.", "headline/headline boilerplate/byline claim/sentence"},
    {"It closed.\n\nFollow us:", "claim/sentence boilerplate/share-prompt"},
    {"It closed.\n\nSubscribe to our newsletter for the latest updates", "claim/sentence boilerplate/promotion"},
    {"It closed.\n\nListen to the best podcasts, only on ExamplePod.com", "claim/sentence boilerplate/promotion"},
    {"It closed.\n\nWas this article helpful?", "claim/sentence boilerplate/feedback-prompt"},
    {"It closed.\n\nAs the mayor said, it is hard to rate this bridge.", "claim/sentence claim/sentence"},
    {"It closed.\n\nDid our summary help? Let us know.",
     "claim/sentence boilerplate/feedback-prompt boilerplate/feedback-prompt"},
    {"It closed.\n\n(This story has not been edited by our staff and is published from a syndicated feed.)",
     "claim/sentence boilerplate/syndication"},
    // A copyright notice is furniture; the word in a sentence is not.
    {"It closed.\n\nCopyright 2026 Example Wire. Reuse only with permission.",
     "claim/sentence boilerplate/syndication boilerplate/syndication"},
    {"The firm was accused of trying to undermine copyright laws in the region.", "claim/sentence"},
    {"Getty Images A man walks past the bridge. Getty Images\n\nIt closed.",
     "boilerplate/caption boilerplate/caption claim/sentence"},
    {"It closed.\n\nPhoto: Jane Roe / Example Agency", "claim/sentence boilerplate/caption"},
    // A credit opening a caption names an agency and a photographer; a slash in a sentence does not.
    {"Examplepix/Jane Roe A man walks past the bridge.\n\nIt closed.", "boilerplate/caption claim/sentence"},
    {"Falls in euro/yen pushed the dollar lower.\n\nThe ABC/XYZ index rose 8 points on the week.",
     "claim/sentence claim/sentence"},
    // A short note wholly in brackets names who supplied the text; a sentence in brackets is a claim.
    {"It closed.\n\n(Harbour Gazette article)", "claim/sentence boilerplate/credit"},
    {"It closed.\n\n(The ferry company did not comment.)", "claim/sentence claim/sentence"},
    {"Flood closes bridge\n\nFlood closes bridge\n\nIt closed.", "headline/headline duplicate/repeat claim/sentence"},
    {"The bridge closed on Monday after the flood.\n\nThe bridge closed on Monday after the flood. Repairs begin soon.",
     "duplicate/repeat claim/sentence claim/sentence"},
    {"It closed.\n\n* * *\n\nIt reopened.", "claim/sentence boilerplate/separator claim/sentence"},
    // Menus and breadcrumbs of short items between separators, and cookie notices; the headline
    // after them is still the headline.
    {"Home | News | Sport | Weather\n\nNews > Local > Harwick\n\nFlood closes bridge\n\nIt closed.",
     "boilerplate/navigation boilerplate/navigation headline/headline claim/sentence"},
    {"We use cookies to improve your experience on our site.\n\nIt closed.", "boilerplate/navigation claim/sentence"},
    {"Flood closes bridge | Harwick Herald\n\nIt closed.", "headline/headline claim/sentence"},
    // The unpunctuated short lines after a heading of links are other pages' headlines; a sentence
    // ends the list.
    {"It closed.\n\nRelated stories\n\nCouncil backs new skate park\n\nBakery marks 100 years\n\nIt reopened on Friday.",
     "claim/sentence boilerplate/link-list boilerplate/link-list boilerplate/link-list claim/sentence"},
    // A heading of links may run on for a few words ("Most read this week"); "Related" opens
    // a heading only alone.
    {"It closed.\n\nMost read this week\n\nCouncil backs new skate park\n\nIt reopened on Friday.",
     "claim/sentence boilerplate/link-list boilerplate/link-list claim/sentence"},
    {"It closed.\n\nRelated charges were dropped\n\nIt reopened on Friday.",
     "claim/sentence claim/line claim/sentence"},
    // Two short items between one separator are a menu; a headline and its outlet are not.
    {"Sign in | Subscribe\n\nFlood closes bridge\n\nIt closed.",
     "boilerplate/navigation headline/headline claim/sentence"},
    // An advertisement label with a few words after it.
    {"It closed.\n\nAdvertisement - Story continues below\n\nIt reopened on Friday.",
     "claim/sentence boilerplate/advertisement claim/sentence"},
    // Paragraphs of fewer than two words state nothing; those in a row make one fragment.
    {"Alpha\nBeta\nGamma\n\nThe bridge closed on Monday.", "boilerplate/fragment claim/sentence"},
    {"The bridge closed on Monday.\n\n42\n\nIt reopened on Friday.",
     "claim/sentence boilerplate/fragment claim/sentence"},
};

TEST(Segment, KindsAndRoles) {
  for (const auto& c : kKinds) EXPECT_EQ(kinds(c.text), c.kinds) << "input: " << c.text;
}

TEST(Segment, LongSentenceIsCutAtWhiteSpace) {
  std::string s;
  for (int i = 0; i < 2000; ++i) s += "word ";
  const auto units = segment(s);
  ASSERT_GE(units.size(), 2u);
  for (const Unit& u : units) EXPECT_LE(u.end - u.begin, kMaxUnitBytes);
  EXPECT_EQ(units.front().begin, 0u);
  EXPECT_EQ(units.back().end, s.size() - 1);  // the final space is trimmed, nothing else lost
}

// Fuzz finding: a 4,730-byte capitalised word before " — " was taken for a dateline and became a
// unit longer than the unit cap. Datelines are short.
TEST(Segment, LongWordBeforeDashIsNoDateline) {
  const std::string s = std::string(4730, 'A') + " \xE2\x80\x94 The ferry ran aground on Friday.";
  const auto units = segment(s);
  ASSERT_GE(units.size(), 2u);
  for (const Unit& u : units) {
    EXPECT_LE(u.end - u.begin, kMaxUnitBytes);
    EXPECT_NE(u.role, "dateline");
  }
  EXPECT_EQ(kinds("PORT ALDANE \xE2\x80\x94 The ferry ran aground on Friday."), "boilerplate/dateline claim/sentence");
}

// A wire dateline gives the date after the place: its numbers are part of it. Numbers without
// the place's comma before them are not ("Flight 370 - ...").
TEST(Segment, DatelinesWithADate) {
  for (const char* s : {"HALVERY, Jan 14 (Northline) - A court jailed the former mayor on Wednesday.",
                        "OSLO, 3 March 2024 (Nordwire) \xE2\x80\x94 A court jailed the former mayor on Wednesday.",
                        "KELBY, Jan. 5, 2024 \xE2\x80\x94 A court jailed the former mayor on Wednesday."})
    EXPECT_EQ(kinds(s), "boilerplate/dateline claim/sentence") << s;
  EXPECT_EQ(kinds("Flight 370 - The plane left Kelby on Wednesday."), "claim/sentence");
  EXPECT_EQ(kinds("KELBY, 14:00 - The plane left on Wednesday."), "claim/sentence");
}

// Fuzz finding: a paragraph of 5,000 bytes without two words became one fragment of 5,000 bytes.
TEST(Segment, LongParagraphWithoutWordsIsCut) {
  const std::string s = std::string(5000, '-') + "\n\nThe bridge closed on Monday.";
  const auto units = segment(s);
  ASSERT_GE(units.size(), 3u);
  for (const Unit& u : units) EXPECT_LE(u.end - u.begin, kMaxUnitBytes);
}

// Fuzz finding: a numbered item with two spaces after its marker ("1.  five") left a space at the
// start of a fragment unit. Units are trimmed.
TEST(Segment, FragmentsAreTrimmed) {
  const std::string s = "The bridge closed on Monday.\n\n1.  five\n2.  six \n";
  const auto units = segment(s);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(s.substr(units[1].begin, units[1].end - units[1].begin), "five\n2.  six");
  EXPECT_EQ(units[1].role, "fragment");
}

TEST(Segment, FragmentsInARowAreOneUnit) {
  const std::string s = "Alpha\nBeta\nGamma\n\nThe bridge closed on Monday.";
  const auto units = segment(s);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(s.substr(units[0].begin, units[0].end - units[0].begin), "Alpha\nBeta\nGamma");
}

// Dense text (a page of tiny lines and sentences, far more units than an article has for its
// bytes): short units are joined to the one before, so there is at most about one unit per
// kShortBytes bytes, and the units still cover the text in order without overlap.
TEST(Segment, DenseTextJoinsShortUnits) {
  std::string s;
  for (int k = 0; k < 400; ++k) {
    s += std::string(1, static_cast<char>('a' + k % 26)) + "b cd";
    s += k % 3 == 0 ? ". Ef gh.\n" : "\n";
  }
  const auto units = segment(s);
  ASSERT_FALSE(units.empty());
  EXPECT_LE(units.size(), s.size() / kShortBytes + 1);
  size_t prev = 0;
  for (size_t k = 0; k < units.size(); ++k) {
    const Unit& u = units[k];
    EXPECT_LE(prev, u.begin);
    EXPECT_LE(u.end - u.begin, kMaxUnitBytes);
    if (k > 0) {
      EXPECT_GE(u.end - u.begin, kShortBytes) << k;
    }
    EXPECT_EQ(u.kind, UnitKind::kClaim);
    prev = u.end;
  }
  EXPECT_EQ(units.back().end, s.size() - 1);  // only the final newline is outside a unit
  // The same sentences in an article's density stay units of their own.
  EXPECT_EQ(split("Ab cd. Ef gh. The river rose above the old stone bridge on Monday night, and "
                  "the council closed the road to traffic until the water goes down again."),
            "Ab cd. | Ef gh. | The river rose above the old stone bridge on Monday night, and the council closed "
            "the road to traffic until the water goes down again.");
}

}  // namespace
}  // namespace tri
