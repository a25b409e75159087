// time_test.cc — tests for facts/time.h: dates in any order, weekdays with parts of day, clock
// times, relative times, years ago, and compare().

#include "triangulate/facts/time.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "triangulate/facts.h"
#include "triangulate/tokens.h"

namespace {

using tri::Match;
using tri::TimeExpr;

tri::Facts Extract(std::string_view s) {
  return tri::extract_facts(s, tri::tokenize(s, 0, s.size()));
}

std::string Span(std::string_view s, size_t b, size_t e) {
  return b <= e && e <= s.size() ? std::string(s.substr(b, e - b)) : std::string("<bad span>");
}

std::string AllTimes(const tri::Facts& f, std::string_view s) {
  std::string out;
  for (const TimeExpr& t : f.times) out += "[" + Span(s, t.begin, t.end) + "] ";
  return out;
}

struct TimeCase {
  const char* text;
  const char* span;
  int year, month, day, weekday;
  const char* part;
  int hour, minute;
  bool relative;
  const char* display;
};

const TimeCase kTimeCases[] = {
    // Dates in any order.
    {"The fair opens on 5 June.", "5 June", -1, 6, 5, -1, "", -1, -1, false, "5 June"},
    {"The fair opens on June 5.", "June 5", -1, 6, 5, -1, "", -1, -1, false, "5 June"},
    {"The fair opens on June 5th.", "June 5th", -1, 6, 5, -1, "", -1, -1, false, "5 June"},
    {"The fair opens on the 5th of June.", "5th of June", -1, 6, 5, -1, "", -1, -1, false,
     "5 June"},
    {"The fair opened on 5 June 2024.", "5 June 2024", 2024, 6, 5, -1, "", -1, -1, false,
     "5 June 2024"},
    {"The fair opened on June 5, 2024.", "June 5, 2024", 2024, 6, 5, -1, "", -1, -1, false,
     "5 June 2024"},
    {"Rescuers reached the site on 2019-06-20.", "2019-06-20", 2019, 6, 20, -1, "", -1, -1, false,
     "20 June 2019"},
    {"The summit took place in January 2019.", "January 2019", 2019, 1, -1, -1, "", -1, -1, false,
     "January 2019"},
    {"The vote was held in May.", "May", -1, 5, -1, -1, "", -1, -1, false, "May"},
    {"Sales fell sharply last May.", "last May", -1, 5, -1, -1, "", -1, -1, true, "May"},
    {"The sale will close on 4 May.", "4 May", -1, 5, 4, -1, "", -1, -1, false, "4 May"},
    {"The mission leaves in mid-May.", "mid-May", -1, 5, -1, -1, "mid", -1, -1, false, "mid May"},
    {"Work resumes in mid-March.", "mid-March", -1, 3, -1, -1, "mid", -1, -1, false, "mid March"},
    {"The museum opened in 2019.", "2019", 2019, -1, -1, -1, "", -1, -1, false, "2019"},
    {"No minister has visited the island since 1987.", "1987", 1987, -1, -1, -1, "", -1, -1,
     false, "1987"},
    {"The rent is due on the 14th.", "the 14th", -1, -1, 14, -1, "", -1, -1, false, "14"},
    // Weekdays with a part of day.
    {"The fire began on Thursday night.", "Thursday night", -1, -1, -1, 3, "night", -1, -1, false,
     "Thursday night"},
    {"The convoy left on Monday evening.", "Monday evening", -1, -1, -1, 0, "evening", -1, -1,
     false, "Monday evening"},
    {"Voters went to the polls late Monday.", "late Monday", -1, -1, -1, 0, "late", -1, -1, false,
     "late Monday"},
    {"The storm hit late on Monday.", "late on Monday", -1, -1, -1, 0, "late", -1, -1, false,
     "late Monday"},
    {"It struck early on Monday, 3 June, without warning.", "early on Monday, 3 June", -1, 6, 3, 0,
     "early", -1, -1, false, "early Monday 3 June"},
    {"It struck in the early hours of Tuesday.", "the early hours of Tuesday", -1, -1, -1, 1,
     "early", -1, -1, false, "early Tuesday"},
    {"He died on the morning of 5 June.", "the morning of 5 June", -1, 6, 5, -1, "morning", -1, -1,
     false, "5 June morning"},
    {"Wednesday's match will be broadcast live.", "Wednesday", -1, -1, -1, 2, "", -1, -1, false,
     "Wednesday"},
    {"The deal was signed on Tuesday, March 3.", "Tuesday, March 3", -1, 3, 3, 1, "", -1, -1,
     false, "Tuesday 3 March"},
    // Parts of day alone.
    {"Late in the evening, the rain stopped.", "Late in the evening", -1, -1, -1, -1, "evening",
     -1, -1, false, "evening"},
    {"The bridge was closed overnight.", "overnight", -1, -1, -1, -1, "night", -1, -1, false,
     "night"},
    {"Two shops were looted last night.", "last night", -1, -1, -1, -1, "night", -1, -1, true,
     "night"},
    // Clock times.
    {"The train left at 3pm.", "3pm", -1, -1, -1, -1, "", 15, 0, false, "15:00"},
    {"The train left at 3 p.m. sharp.", "3 p.m.", -1, -1, -1, -1, "", 15, 0, false, "15:00"},
    {"The train left at 15:00.", "15:00", -1, -1, -1, -1, "", 15, 0, false, "15:00"},
    {"The train left at 10.30am.", "10.30am", -1, -1, -1, -1, "", 10, 30, false, "10:30"},
    {"The train left at 12am.", "12am", -1, -1, -1, -1, "", 0, 0, false, "00:00"},
    {"The call came at about 7 p. m. local time.", "7 p. m.", -1, -1, -1, -1, "", 19, 0, false,
     "19:00"},
    {"She will host the 2026 Games.", "2026", 2026, -1, -1, -1, "", -1, -1, false, "2026"},
    {"The market closes at noon.", "noon", -1, -1, -1, -1, "", 12, 0, false, "12:00"},
    {"The curfew starts at midnight.", "midnight", -1, -1, -1, -1, "", 0, 0, false, "00:00"},
    // Relative times: no field.
    {"He was released yesterday.", "yesterday", -1, -1, -1, -1, "", -1, -1, true, "yesterday"},
    {"The report was published last week.", "last week", -1, -1, -1, -1, "", -1, -1, true,
     "last week"},
    {"The ferry sank last Monday.", "last Monday", -1, -1, -1, 0, "", -1, -1, true, "Monday"},
};

TEST(TimeTest, Reads) {
  for (const TimeCase& c : kTimeCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    const TimeExpr* t = nullptr;
    for (const TimeExpr& x : f.times)
      if (Span(s, x.begin, x.end) == c.span) t = &x;
    ASSERT_NE(t, nullptr) << "no time [" << c.span << "]; got " << AllTimes(f, s);
    EXPECT_EQ(t->year, c.year);
    EXPECT_EQ(t->month, c.month);
    EXPECT_EQ(t->day, c.day);
    EXPECT_EQ(t->weekday, c.weekday);
    EXPECT_EQ(t->part, c.part);
    EXPECT_EQ(t->hour, c.hour);
    EXPECT_EQ(t->minute, c.minute);
    EXPECT_EQ(t->relative, c.relative);
    EXPECT_EQ(t->display, c.display);
  }
}

struct AgoCase {
  const char* text;
  const char* span;
  int years_ago;
  const char* display;
};

const AgoCase kAgoCases[] = {
    {"The factory closed two years ago.", "two years ago", 2, "2 years ago"},
    {"The dam was built a century ago.", "a century ago", 100, "a century ago"},
    {"The firm was founded three decades ago.", "three decades ago", 30, "3 decades ago"},
    {"The leak began 3 months ago.", "3 months ago", -1, "3 months ago"},
    // Regression: 1.38e10 does not fit an int; the conversion is guarded, the time still read.
    {"The universe formed 13.8 billion years ago.", "13.8 billion years ago", -1,
     "13.8 billion years ago"},
    {"Rocks formed 4,000,000,000,000 years ago.", "4,000,000,000,000 years ago", -1,
     "4 trillion years ago"},
    {"Life began 2.5 years ago, or so they say.", "2.5 years ago", -1, "2.5 years ago"},
};

TEST(TimeTest, YearsAgo) {
  for (const AgoCase& c : kAgoCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    ASSERT_EQ(f.times.size(), 1u) << AllTimes(f, s);
    EXPECT_EQ(Span(s, f.times[0].begin, f.times[0].end), c.span);
    EXPECT_EQ(f.times[0].years_ago, c.years_ago);
    EXPECT_TRUE(f.times[0].relative);
    EXPECT_EQ(f.times[0].display, c.display);
  }
}

// Words that look like times but are not.
struct NoTimeCase {
  const char* text;
  const char* phrase;
};

const NoTimeCase kNoTimeCases[] = {
    {"The army deployed 2000 troops.", "2000"},
    {"The ships left, and 2000 sailors stayed.", "2000"},
    {"About 2000 volunteers came.", "2000"},
    {"Prices may rise, the bank said.", "may"},
    {"The team won 3:2 after extra time.", "3"},
    {"The score was 10 points.", "10"},
    {"They will march on the capital.", "march"},
    // A capitalised "May" with no day, year or dating word before it: a title-case modal, a name.
    {"Release Date May Be Delayed Again", "May"},
    {"Theresa May said the talks would go on.", "May"},
};

TEST(TimeTest, NotTimes) {
  for (const NoTimeCase& c : kNoTimeCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const size_t at = s.find(c.phrase);
    ASSERT_NE(at, std::string::npos);
    for (const TimeExpr& t : Extract(s).times)
      EXPECT_FALSE(t.begin < at + std::string_view(c.phrase).size() && at < t.end)
          << "time [" << Span(s, t.begin, t.end) << "]";
  }
}

struct CompareCase {
  const char* a;
  const char* b;
  Match match;
};

const CompareCase kCompareCases[] = {
    {"on 5 June", "on June 12", Match::kConflict},
    // A season or financial year spans its two years.
    {"in the 2015-16 season", "in 2016", Match::kCompatible},
    {"in the 2015-16 season", "in 2015", Match::kCompatible},
    {"in the 2015-16 season", "in 2017", Match::kConflict},
    {"in the 1999-00 season", "in 2000", Match::kCompatible},
    {"in the 2015-16 season", "in the 2016-17 season", Match::kConflict},
    {"in the 2015-16 season", "in the 2015-16 season", Match::kSame},
    {"on 5 June", "on June 5th", Match::kSame},
    {"on 5 June", "on the 5th of June", Match::kSame},
    {"on Thursday night", "on Wednesday night", Match::kConflict},
    {"on Thursday night", "late on Thursday", Match::kCompatible},
    {"on Monday", "early on Monday, 3 June", Match::kCompatible},
    {"on Monday", "on Tuesday", Match::kConflict},
    {"on Monday evening", "on Monday", Match::kCompatible},
    {"on Monday morning", "on Monday evening", Match::kConflict},
    {"late Monday", "on Monday evening", Match::kCompatible},
    {"early Tuesday", "on Tuesday evening", Match::kConflict},
    {"in the early hours of Tuesday", "early on Tuesday", Match::kSame},
    {"in the early hours of Tuesday", "on Tuesday night", Match::kCompatible},
    {"in 2019", "in January 2019", Match::kCompatible},
    {"in January 2019", "in June 2019", Match::kConflict},
    {"on 3 March 2019", "on Sunday", Match::kCompatible},  // 3 March 2019 was a Sunday
    {"on 3 March 2019", "on Monday", Match::kConflict},
    {"two years ago", "three years ago", Match::kConflict},
    {"last year", "a year ago", Match::kSame},
    {"last week", "on Monday", Match::kCompatible},
    {"yesterday", "on 5 June", Match::kCompatible},
    {"on Monday", "in 2019", Match::kIncomparable},
    {"at 3pm", "at 15:00", Match::kSame},
    {"at 3pm", "at 5pm", Match::kConflict},
    {"at 10:30", "at 10.30pm", Match::kCompatible},  // "10:30" may be morning or evening
    {"at noon", "at 12pm", Match::kSame},
    {"in the morning", "in the evening", Match::kIncomparable},  // the day is not known
};

TEST(TimeTest, Compare) {
  for (const CompareCase& c : kCompareCases) {
    SCOPED_TRACE(std::string(c.a) + " ~ " + c.b);
    const tri::Facts fa = Extract(c.a), fb = Extract(c.b);
    ASSERT_EQ(fa.times.size(), 1u) << AllTimes(fa, c.a);
    ASSERT_EQ(fb.times.size(), 1u) << AllTimes(fb, c.b);
    EXPECT_EQ(tri::to_string(tri::compare(fa.times[0], fb.times[0])), tri::to_string(c.match));
    EXPECT_EQ(tri::to_string(tri::compare(fb.times[0], fa.times[0])), tri::to_string(c.match));
    EXPECT_EQ(tri::compatible(fa.times[0], fb.times[0]), c.match != Match::kConflict);
  }
}

}  // namespace
