// time.h — the times a claim states, keeping only the fields the text gives, and how two of them
// compare.
//
// What is read (each as one TimeExpr with its byte span):
//   dates      "5 June", "June 5", "June 5th", "the 5th of June", "5 June 2024", "June 5, 2024",
//              "2024-06-05", "on the 5th" (day only), "mid-June", "January 2019", "in 2019"
//   weekdays   "on Monday", "Thursday night", "Monday evening", "late Monday", "late on Monday",
//              "early on Monday, 3 June", "in the early hours of Tuesday" (part "early"),
//              "Tuesday's", "last Monday" (relative)
//   clock      "3pm", "3 p.m.", "15:00", "10.30am", "noon", "midnight"
//   parts      "in the morning", "late in the evening", "overnight", "at dawn", "this morning"
//   relative   "yesterday", "today", "last week", "this month", "two years ago" (years_ago 2)
// A four-digit whole number 1000..2100 is a year when it stands alone or follows a preposition
// like in/since/by/until/of/before/after; it stays a count when hedged ("about 2000") or followed
// by a plural noun ("2000 troops").
//
// Example:
//   // s = "It began early on Monday, 3 June."
//   tri::TimeExpr t = tri::extract_facts(s, toks).times[0];
//   // t: weekday 0, day 3, month 6, part "early", span "early on Monday, 3 June",
//   //    display "early Monday 3 June"
//   tri::compare(t, monday) == tri::Match::kCompatible;      // "on Monday"
//   tri::compare(t, tuesday) == tri::Match::kConflict;       // "on Tuesday"
#pragma once

#include <cstddef>
#include <string>

#include "triangulate/facts/match.h"

namespace tri {

struct TimeExpr {
  size_t begin = 0, end = 0;
  int year = -1;      ///< e.g. 2019
  int last_year = -1; ///< a season or financial year ("2015-16") ends in this year (2016); -1 otherwise
  int month = -1;     ///< 1..12
  int day = -1;       ///< 1..31
  int weekday = -1;   ///< 0 = Monday .. 6 = Sunday
  int hour = -1;      ///< 0..23 for a clock time ("3pm" = 15, "noon" = 12, "midnight" = 0)
  int minute = -1;    ///< 0..59 with `hour`
  bool twelve_hour = false;  ///< 1..12 without am/pm ("at 10:30"): hour or hour + 12
  std::string part;   ///< "morning", "afternoon", "evening", "night", "early", "late", "mid"; or
                      ///< empty
  int years_ago = -1; ///< "two years ago" = 2, "last year" = 1, "a decade ago" = 10; -1 otherwise
  bool relative = false;  ///< counted from the day of writing: "yesterday", "last week", "this
                          ///< morning", "last Monday", "two years ago"
  std::string display;    ///< "Monday", "early Monday 3 June", "January 2019", "15:00",
                          ///< "2 years ago"; the folded text for a relative time with no field
};

/// Compares two times field by field (year, month, day, weekday, years_ago; the weekday of a full
/// date is worked out; clock times compare to the minute, a twelve-hour time either way):
///   kConflict:     a field both give differs ("5 June" vs "June 12", "Thursday night" vs
///                  "Wednesday night", "3pm" vs "5pm"), or both fix the same day and their parts
///                  cannot overlap ("Monday morning" vs "Monday evening");
///   kSame:         both give the same fields with the same values ("5 June" and "June 5th");
///   kCompatible:   they share a field and no field differs ("on Monday" and "early on Monday,
///                  3 June"; "2019" and "January 2019"; "the 2015-16 season" and "2016": a
///                  season spans its years), or one gives no field at all
///                  ("yesterday", "last week": compatible with everything);
///   kIncomparable: both give fields but none in common ("Monday" and "in 2019").
/// Parts of day overlap when equal or neighbouring: "late" ~ "afternoon", "evening", "night";
/// "early" ~ "morning", "night"; "evening" ~ "night"; "mid" ~ "afternoon". A part alone ("in the
/// evening") is only compared when both times fix the same day.
Match compare(const TimeExpr& a, const TimeExpr& b);

/// True unless compare(a, b) is kConflict.
bool compatible(const TimeExpr& a, const TimeExpr& b);

/// Minutes from clock time b to clock time a on one day (both with `hour`; a missing minute is 0):
/// "7:15" - "9:00" = -105.
inline int minutes_after(const TimeExpr& a, const TimeExpr& b) {
  return 60 * (a.hour - b.hour) + (a.minute > 0 ? a.minute : 0) - (b.minute > 0 ? b.minute : 0);
}

}  // namespace tri
