// time.cc — reading times (dates, weekdays, clock times, parts of day, relative times) from a
// unit's tokens, and comparing two of them. See time.h for what is read.
#include "triangulate/facts/time.h"

#include <algorithm>
#include <cmath>

#include "decimal.h"

#include "facts/number.h"
#include "facts/scan.h"
#include "triangulate/text.h"
#include "words.h"

namespace tri {
namespace {

using namespace facts_internal;

// Day of the week of a Gregorian date, 0 = Monday (the caller checks 1 <= m <= 12).
int weekday_of(int y, int m, int d) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  const int sunday0 = (y + y / 4 - y / 100 + y / 400 + t[(m - 1) % 12] + d) % 7;
  return (sunday0 + 6) % 7;
}

std::string time_display(const TimeExpr& t) {
  std::string s;
  auto add = [&](std::string_view piece) {
    if (piece.empty()) return;
    if (!s.empty()) s += ' ';
    s += piece;
  };
  const bool part_first = eq(t.part, "early") || eq(t.part, "late") || eq(t.part, "mid");
  if (part_first) add(t.part);
  if (t.weekday >= 0 && t.weekday < 7) add(kWeekdayNames[t.weekday]);
  if (t.day > 0) add(whole_number(t.day));
  if (t.month >= 1 && t.month <= 12) add(kMonthNames[t.month - 1]);
  if (t.year >= 0) add(whole_number(t.year));
  if (!part_first) add(t.part);
  if (t.hour >= 0) {
    add(two_digits(t.hour % 24) + ":" + two_digits(t.minute >= 0 ? t.minute % 60 : 0));
  }
  return s;
}

// A part of day named by a word ("morning", "dusk"), or empty.
std::string_view part_noun(std::string_view w) {
  return word_set(WordList::time_part_noun).value(w);  // "morning=morning", "dawn=early", "dusk=evening"
}

// Years in one of a duration unit ("decade": 10); 0 when it is no whole number of years.
int years_in(std::string_view u) { return eq(u, "year") ? 1 : eq(u, "decade") ? 10 : eq(u, "century") ? 100 : 0; }

// "am", "a.m.", "pm", "p.m." at token k, also spaced as "p. m." (three or four tokens): the
// number of tokens it takes (0 when none); *pm tells which.
size_t am_pm(const Scan& s, size_t k, bool* pm) {
  const std::string_view w = s.norm(k);
  if (word_set(WordList::time_am_pm).has(w)) {  // am, a.m., a.m, pm, p.m., p.m
    *pm = w[0] == 'p';
    return 1;
  }
  if ((eq(w, "a") || eq(w, "p")) && s.punct(k + 1, ".") && s.is(k + 2, "m")) {
    *pm = eq(w, "p");
    return s.punct(k + 3, ".") ? 4 : 3;
  }
  return 0;
}

class TimeReader {
 public:
  TimeReader(Scan& s, std::vector<TimeExpr>* out) : s_(s), out_(out) {}
  size_t read(size_t i);

 private:
  size_t month_tail(size_t i, TimeExpr* t) const;
  size_t part_before(size_t i, std::string* part) const;
  size_t read_clock(size_t i, TimeExpr* t) const;
  size_t read_part(size_t i, TimeExpr* t) const;
  bool read_year(size_t i, int y);
  void push(TimeExpr t, size_t b, size_t e);

  Scan& s_;
  std::vector<TimeExpr>* out_;
};

void TimeReader::push(TimeExpr t, size_t b, size_t e) {
  t.begin = s_.bpos(b);
  t.end = s_.epos(e - 1);
  const bool fields = t.year >= 0 || t.month >= 0 || t.day >= 0 || t.weekday >= 0 || t.hour >= 0 ||
                      !t.part.empty();
  if (t.display.empty()) t.display = fields ? time_display(t) : fold(s_.raw(b, e));
  for (size_t k = b; k < e; ++k) s_.used[k] = 1;
  s_.floor = e;
  out_->push_back(std::move(t));
}

// Day, optional comma and year after a month at i ("March 3, 2019", "June 5th", "January 2019").
size_t TimeReader::month_tail(size_t i, TimeExpr* t) const {
  const Scan& s = s_;
  size_t e = i + 1;
  if (s.punct(e, ".") && s.number(e + 1) && s.norm(i).size() <= 4) ++e;  // "Jan. 5"
  int y = 0;
  const int d = s.day_number(e);
  if (d > 0 && !s.year_number(e, &y)) {
    t->day = d;
    ++e;
    if (s.punct(e, ",") && s.year_number(e + 1, &y)) {
      t->year = y;
      e += 2;
    } else if (s.year_number(e, &y)) {
      t->year = y;
      ++e;
    }
  } else if (s.year_number(e, &y)) {
    t->year = y;
    ++e;
  }
  return e;
}

// A part of day before a time at i: "late Monday", "late on Monday", "mid-March", "the morning of
// 5 June", "in the early hours of Tuesday". Returns the first token of it (i when none).
size_t TimeReader::part_before(size_t i, std::string* part) const {
  const Scan& s = s_;
  const size_t p1 = Scan::back(i, 1), p2 = Scan::back(i, 2), p3 = Scan::back(i, 3);
  auto ok = [&](size_t p) { return p != kNone && p >= s.floor && s.word(p); };
  auto early_late = [](std::string_view w) -> std::string_view {
    if (eq(w, "late") || eq(w, "later")) return "late";
    if (eq(w, "early") || eq(w, "earlier")) return "early";
    return {};
  };
  auto with_the = [&](size_t p) { return ok(Scan::back(p, 1)) && s.is(p - 1, "the") ? p - 1 : p; };
  if (p1 == kNone || p1 < s.floor) return i;
  if (ok(p1) && !early_late(s.norm(p1)).empty()) {
    *part = std::string(early_late(s.norm(p1)));
    return p1;
  }
  if (s.punct(p1, "-") && ok(p2) && s.is(p2, "mid") && s.joined(p2)) {
    *part = "mid";
    return p2;
  }
  if (s.is(p1, "on") && ok(p2) && !early_late(s.norm(p2)).empty()) {
    *part = std::string(early_late(s.norm(p2)));
    return p2;
  }
  if (s.is(p1, "of") && ok(p2)) {
    const std::string_view pn = part_noun(s.norm(p2));
    if (!pn.empty() && !eq(s.norm(p2), "overnight")) {
      *part = std::string(pn);
      return with_the(p2);
    }
    if (s.is(p2, "hours") && ok(p3) && s.word(p3) && word_set(WordList::time_part_before_small).has(s.norm(p3))) {
      *part = "early";
      return with_the(p3);
    }
  }
  return i;
}

// A clock time at i: "3pm", "3 p.m.", "15:00", "10:30am", "10.30pm", "3 o'clock", "noon",
// "midnight". Returns the token after it, or kNone.
size_t TimeReader::read_clock(size_t i, TimeExpr* t) const {
  const Scan& s = s_;
  if (s.is(i, "noon") || s.is(i, "midday") || s.is(i, "midnight")) {
    t->hour = s.is(i, "midnight") ? 0 : 12;
    t->minute = 0;
    return i + 1;
  }
  if (!s.number(i) || s.tok(i).ordinal) return kNone;
  const std::string_view w = s.norm(i);
  int hour = -1, minute = -1;
  size_t e = i + 1;
  double v = 0;
  if (s.punct(i + 1, ":") && s.attached(i + 1) && s.number(i + 2) && s.attached(i + 2)) {
    // "15:00", "10:30"
    const std::string_view m = s.norm(i + 2);
    double hv = 0, mv = 0;
    if (m.size() != 2 || w.size() > 2 || !parse_digits(w, &hv) || !parse_digits(m, &mv))
      return kNone;
    if (!to_int(hv, 0, 23, &hour) || !to_int(mv, 0, 59, &minute)) return kNone;
    e = i + 3;
  } else if (w.find('.') != std::string_view::npos) {
    // "10.30pm": only with am/pm after it.
    bool pm = false;
    const size_t dot = w.find('.');
    if (dot == 0 || dot > 2 || w.size() != dot + 3 || !am_pm(s, i + 1, &pm)) return kNone;
    double hv = 0, mv = 0;
    if (!parse_digits(w.substr(0, dot), &hv) || !parse_digits(w.substr(dot + 1), &mv)) return kNone;
    if (!to_int(hv, 1, 12, &hour) || !to_int(mv, 0, 59, &minute)) return kNone;
  } else if (w.size() <= 2 && parse_digits(w, &v) && to_int(v, 0, 23, &hour)) {
    minute = 0;
    bool pm = false;
    if (!am_pm(s, i + 1, &pm) && !(s.is(i + 1, "o'clock"))) return kNone;
  } else {
    return kNone;
  }
  bool pm = false;
  if (const size_t len = am_pm(s, e, &pm)) {
    if (hour < 1 || hour > 12) return kNone;
    hour = hour % 12 + (pm ? 12 : 0);
    e += len;
  } else if (s.is(e, "o'clock")) {
    if (hour < 1 || hour > 12) return kNone;
    t->twelve_hour = true;
    ++e;
  } else if (hour >= 1 && hour <= 12) {
    t->twelve_hour = true;  // "at 10:30": morning or evening
  }
  t->hour = hour;
  t->minute = minute;
  return e;
}

// A part of day on its own: "in the morning", "late in the evening", "at night", "overnight",
// "at dawn", "this morning", "yesterday evening", "last night", "tonight". Not when "of" and a
// day follow ("in the early hours of Tuesday": the day's reader takes it). Returns the token
// after it, or kNone.
size_t TimeReader::read_part(size_t i, TimeExpr* t) const {
  const Scan& s = s_;
  const std::string_view w = s.norm(i);
  size_t k = i;
  if (eq(w, "overnight") || eq(w, "tonight")) {
    t->part = "night";
    t->relative = eq(w, "tonight");
    return i + 1;
  }
  if (word_set(WordList::time_read_part_days).has(w)) {  // "this", "last", "yesterday", "tomorrow"
    const std::string_view pn = part_noun(s.norm(i + 1));
    if (pn.empty() || s.is(i + 1, "overnight")) return kNone;
    t->part = std::string(pn);
    t->relative = true;
    return i + 2;
  }
  if ((eq(w, "late") || eq(w, "early")) && s.is(i + 1, "in") && s.is(i + 2, "the")) k = i + 1;
  if (s.is(k, "in") || s.is(k, "during")) {
    if (!s.is(k + 1, "the")) return kNone;
    if (s.word(k + 2) && word_set(WordList::time_part_before_small).has(s.norm(k + 2)) && s.is(k + 3, "hours")) {
      if (s.is(k + 4, "of")) return kNone;
      t->part = "early";
      return k + 4;
    }
    const std::string_view pn = part_noun(s.norm(k + 2));
    if (pn.empty() || s.is(k + 3, "of")) return kNone;
    t->part = std::string(pn);
    return k + 3;
  }
  if (eq(w, "at") && (s.is(i + 1, "night") || !part_noun(s.norm(i + 1)).empty())) {
    if (s.is(i + 2, "of")) return kNone;
    t->part = std::string(s.is(i + 1, "night") ? "night" : part_noun(s.norm(i + 1)));
    return i + 2;
  }
  return kNone;
}

size_t TimeReader::read(size_t i) {
  Scan& s = s_;
  if (s.used[i]) return kNone;
  const std::string_view w = s.norm(i);
  TimeExpr t;
  if (s.word(i)) {
    // Weekdays: "Monday", "Monday evening", "late Monday", "Tuesday, March 3", "Monday, 3 June".
    const int wd = s.weekday_at(i);
    if (wd >= 0) {
      t.weekday = wd;
      const size_t b = part_before(i, &t.part);
      size_t e = i + 1;
      const std::string_view pn = part_noun(s.norm(e));
      if (!pn.empty() && !eq(s.norm(e), "overnight")) {
        t.part = std::string(pn);
        ++e;
      }
      size_t m = e;
      if (s.punct(m, ",")) ++m;
      if (s.month_at(m)) {
        t.month = s.month_at(m);
        e = month_tail(m, &t);
      } else if (s.day_number(m) && s.month_at(m + 1)) {
        t.day = s.day_number(m);
        t.month = s.month_at(m + 1);
        e = m + 2;
        int y = 0;
        if (s.year_number(e, &y)) {
          t.year = y;
          ++e;
        }
      }
      const size_t p = Scan::back(b, 1);
      if (p != kNone && p >= s.floor && word_set(WordList::time_read_weekday_relative).has(s.norm(p))) {
        t.relative = true;  // "last Monday"
        push(std::move(t), p, e);
        return e;
      }
      push(std::move(t), b, e);
      return e;
    }
    const int mo = s.month_at(i);
    if (mo) {
      t.month = mo;
      const size_t b = part_before(i, &t.part);
      const size_t e = month_tail(i, &t);
      push(std::move(t), b, e);
      return e;
    }
    if (word_set(WordList::time_read_days_around).has(w)) {  // yesterday, today, tomorrow
      size_t e = read_part(i, &t);
      if (e == kNone) e = i + 1;
      t.relative = true;
      push(std::move(t), i, e);
      return e;
    }
    {
      const size_t e = read_part(i, &t);
      if (e != kNone) {
        push(std::move(t), i, e);
        return e;
      }
    }
    {
      const size_t e = read_clock(i, &t);  // "noon", "midnight"
      if (e != kNone) {
        push(std::move(t), i, e);
        return e;
      }
    }
    // "last year", "this week", "next month", "past decade".
    if (word_set(WordList::time_read_relative).has(w) && s.word(i + 1)) {  // "last", "this", "next", "past"
      const WordSet& kUnits = word_set(WordList::time_read_units);
      const int mo2 = s.month_at(i + 1);
      if (mo2) {
        t.month = mo2;
        t.relative = true;
        push(std::move(t), i, i + 2);
        return i + 2;
      }
      if (kUnits.has(s.norm(i + 1))) {
        const std::string_view u = s.norm(i + 1);
        if (eq(u, "year") && eq(w, "last")) t.years_ago = 1;
        if (eq(u, "year") && eq(w, "this")) t.years_ago = 0;
        t.relative = true;
        push(std::move(t), i, i + 2);
        return i + 2;
      }
    }
    // "a year ago", "a decade ago".
    if ((eq(w, "a") || eq(w, "an")) && duration_unit(s.norm(i + 1)) && s.is(i + 2, "ago")) {
      const std::string_view u = duration_unit(s.norm(i + 1))->unit;
      const int years = years_in(u);
      t.years_ago = years ? years : -1;
      t.relative = true;
      push(std::move(t), i, i + 3);
      return i + 3;
    }
    // "on the 5th" (a day of the month alone) is read at the number below.
  }
  if (s.number(i)) {
    // Clock times: "3pm", "3 p.m.", "15:00", "10.30am".
    {
      const size_t e = read_clock(i, &t);
      if (e != kNone) {
        push(std::move(t), i, e);
        return e;
      }
    }
    int y = 0;
    const bool is_year = s.year_number(i, &y);
    // ISO date "2019-06-20".
    if (is_year && s.hyphen_link(i + 1) && s.number(i + 2) && s.norm(i + 2).size() == 2 &&
        s.hyphen_link(i + 3) && s.number(i + 4) && s.norm(i + 4).size() == 2) {
      const int mo = s.day_number(i + 2), d = s.day_number(i + 4);
      if (mo >= 1 && mo <= 12 && d >= 1) {
        t.year = y;
        t.month = mo;
        t.day = d;
        push(std::move(t), i, i + 5);
        return i + 5;
      }
    }
    // "3 March", "3rd of March 2019", "the 5th of June".
    const int d = s.day_number(i);
    if (d > 0) {
      size_t m = i + 1;
      if (s.is(m, "of") && s.tok(i).ordinal) ++m;
      if (s.month_at(m)) {
        t.day = d;
        t.month = s.month_at(m);
        size_t e = m + 1;
        int yy = 0;
        if (s.year_number(e, &yy)) {
          t.year = yy;
          ++e;
        }
        const size_t b = part_before(i, &t.part);
        push(std::move(t), b, e);
        return e;
      }
      // "on the 5th": a day of the month on its own.
      const size_t p1 = Scan::back(i, 1), p2 = Scan::back(i, 2);
      if (s.tok(i).ordinal && p2 != kNone && p2 >= s.floor && s.is(p1, "the") &&
          (s.is(p2, "on") || s.is(p2, "by") || s.is(p2, "until")) &&
          (i + 1 >= s.size() || s.any_punct(i + 1) || s.stop(i + 1))) {
        t.day = d;
        push(std::move(t), p1, i + 1);
        return i + 1;
      }
    }
    if (is_year) {
      // "1990s": a decade, display only.
      if (s.is(i + 1, "s") && s.attached(i + 1)) {
        push(std::move(t), i, i + 2);
        return i + 2;
      }
      if (read_year(i, y)) return s.floor;
    }
  }
  // "two years ago", "3 months ago".
  if (s.number(i) || s.word(i)) {
    Num num;
    if (parse_number(s, i, &num) && !num.ordinal && num.vague.empty() && num.lo == num.hi &&
        duration_unit(s.norm(num.end)) && s.is(num.end + 1, "ago")) {
      const double v = num.lo;
      const std::string_view u = duration_unit(s.norm(num.end))->unit;
      const double mult = years_in(u);
      int years = -1;
      // Guarded: "13.8 billion years ago" keeps its display but no years_ago field.
      if (mult > 0 && v == std::floor(v) && to_int(v * mult, 0, 100000, &years))
        t.years_ago = years;
      t.display = format_number(v) + " " + std::string(u) + (v == 1 ? "" : "s") + " ago";
      t.relative = true;
      push(std::move(t), i, num.end + 2);
      return num.end + 2;
    }
  }
  return kNone;
}

// A four-digit number at i that reads as a year; pushes it and returns true.
bool TimeReader::read_year(size_t i, int y) {
  const Scan& s = s_;
  const size_t p = Scan::back(i, 1);
  const std::string_view prev = p != kNone ? s.norm(p) : std::string_view();
  // Hedged ("about 2000", "up to 2000", "as many as 2000") or after a currency symbol: a count.
  const WordSet& kHedgeEnd = word_set(WordList::time_read_year_hedge_end);
  const std::string_view prev2 = p != kNone && p > 0 ? s.norm(p - 1) : std::string_view();
  if (p != kNone && s.word(p) &&
      (kHedgeEnd.has(prev) || (eq(prev, "to") && eq(prev2, "up")) ||
       (eq(prev, "as") && word_set(WordList::time_read_year_as_many).has(prev2)) ||
       (eq(prev, "of") && (eq(prev2, "upwards") || eq(prev2, "excess")))))
    return false;
  if (p != kNone && s.any_punct(p) &&
      (eq(prev, "$") || eq(prev, "\xE2\x82\xAC") || eq(prev, "\xC2\xA3")))
    return false;
  const std::string_view nx = s.norm(i + 1);
  if (s.punct(i + 1, "%")) return false;
  if (s.word(i + 1) && (spaced_scale(nx) != 0 || word_set(WordList::time_read_year_amounts).has(nx) ||
                        (s.attached(i + 1) && (eq(nx, "m") || eq(nx, "k") || eq(nx, "bn")))))
    return false;
  const WordSet& kPrep = word_set(WordList::time_read_year_prep);
  // "and"/"to" are prepositions of time only between years: "between 2015 and 2019".
  int y0 = 0;
  const bool between_years = p != kNone && p > 0 && s.year_number(p - 1, &y0);
  const bool prep = kPrep.has(prev) && ((!eq(prev, "and") && !eq(prev, "to")) || between_years);
  // "2000 troops" is a count; "the 2014 Games" (a capitalised plural: a name) stays a year.
  if (!prep && ((s.plural_like(i + 1) && !s.cap(i + 1)) || (s.word(i + 1) && duration_unit(nx))))
    return false;
  TimeExpr t;
  t.year = y;
  size_t e = i + 1;
  // "2015-16": a season or financial year; the first year is the field.
  if (s.hyphen_link(i + 1) && s.number(i + 2) && s.norm(i + 2).size() == 2) {
    const std::string_view two = s.norm(i + 2);
    if (two[0] >= '0' && two[0] <= '9' && two[1] >= '0' && two[1] <= '9' &&
        (y + 1) % 100 == (two[0] - '0') * 10 + (two[1] - '0'))
      t.last_year = y + 1;  // "1999-00" ends in 2000; "2015-19", a span of years, is read no further
    e = i + 3;
  }
  const size_t b = part_before(i, &t.part);
  if (e == i + 3) t.display = fold(s.raw(b, e));
  push(std::move(t), b, e);
  return true;
}

}  // namespace

namespace facts_internal {
size_t read_time(Scan& s, size_t i, std::vector<TimeExpr>* out) {
  return TimeReader(s, out).read(i);
}
}  // namespace facts_internal

// ---------------------------------------------------------------------------------------------

namespace {

bool parts_overlap(const std::string& a, const std::string& b) {
  if (a == b) return true;
  auto pair_is = [&](std::string_view x, std::string_view y) {
    return (a == x && b == y) || (a == y && b == x);
  };
  return pair_is("late", "evening") || pair_is("late", "night") || pair_is("late", "afternoon") ||
         pair_is("early", "morning") || pair_is("early", "night") || pair_is("evening", "night") ||
         pair_is("mid", "afternoon");
}

int derived_weekday(const TimeExpr& t) {
  if (t.weekday >= 0) return t.weekday;
  if (t.year > 0 && t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31)
    return weekday_of(t.year, t.month, t.day);
  return -1;
}

}  // namespace

Match compare(const TimeExpr& a, const TimeExpr& b) {
  int shared = 0;
  bool differ = false;
  const auto field = [&](int x, int y) {
    if (x < 0 || y < 0) return;
    ++shared;
    if (x != y) differ = true;
  };
  if ((a.last_year >= 0) != (b.last_year >= 0) && a.year >= 0 && b.year >= 0) {  // a season holds its two years
    ++shared;
    const int a_last = std::max(a.year, a.last_year), b_last = std::max(b.year, b.last_year);
    if (a_last < b.year || b_last < a.year) differ = true;
  } else {
    field(a.year, b.year);  // two seasons are the same when they start in the same year
  }
  field(a.month, b.month);
  field(a.day, b.day);
  field(a.years_ago, b.years_ago);
  field(derived_weekday(a), derived_weekday(b));
  if (a.hour >= 0 && b.hour >= 0) {
    ++shared;
    const int ma = a.hour * 60 + (a.minute >= 0 ? a.minute : 0);
    const int mb = b.hour * 60 + (b.minute >= 0 ? b.minute : 0);
    const bool either12 = a.twelve_hour || b.twelve_hour;
    if (either12 ? (ma % 720 != mb % 720) : ma != mb) differ = true;
  }
  const bool a_day = a.weekday >= 0 || a.day >= 0, b_day = b.weekday >= 0 || b.day >= 0;
  if (!a.part.empty() && !b.part.empty() && a_day && b_day) {
    ++shared;
    if (!parts_overlap(a.part, b.part)) differ = true;
  }
  if (differ) return Match::kConflict;
  const auto any_field = [](const TimeExpr& t) {
    return t.year >= 0 || t.month >= 0 || t.day >= 0 || t.weekday >= 0 || t.hour >= 0 ||
           t.years_ago >= 0 || !t.part.empty();
  };
  if (!any_field(a) || !any_field(b)) return Match::kCompatible;
  if (shared == 0) return Match::kIncomparable;
  const bool same = a.year == b.year && a.last_year == b.last_year && a.month == b.month && a.day == b.day &&
                    a.weekday == b.weekday && a.years_ago == b.years_ago && a.hour == b.hour &&
                    (a.hour < 0 || a.minute == b.minute) && a.part == b.part;
  return same ? Match::kSame : Match::kCompatible;
}

bool compatible(const TimeExpr& a, const TimeExpr& b) { return compare(a, b) != Match::kConflict; }

}  // namespace tri
