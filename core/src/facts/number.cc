// number.cc — numbers in digits and in words.
#include "facts/number.h"

#include <cmath>

#include "decimal.h"
#include "words.h"

namespace tri {
namespace facts_internal {
namespace {

// The value of a number word of `list` (words.txt number_cardinals: "seven=7"; number_ordinals:
// "seventh=7"), or -1.
int lookup(std::string_view w, WordList list) {
  const std::string_view v = word_set(list).value(w);
  int n = v.empty() ? -1 : 0;
  for (const char c : v) n = n * 10 + (c - '0');
  return n;
}

// A word that can begin a number in words (a cardinal, an ordinal, a vague amount, "a", "half").
bool number_start_word(std::string_view w) {
  // Most words are turned away by their first three letters, before the longer list.
  const WordSet& kPrefix = word_set(WordList::number_number_start_word_prefix);
  if (!kPrefix.has(w.substr(0, 3))) return false;
  return word_set(WordList::number_number_start_word).has(w);
}
}  // namespace
int cardinal_value(std::string_view w);
int ordinal_value(std::string_view w);
namespace {

// Scale letters read only when written against the number ("300k", "2b"). "m" is read as
// million unless the words around it say metres ("a 300m stretch", "5m-high", "20m deep").
double attached_scale(std::string_view w) {
  uint32_t n = word_set(WordList::number_scale).number(w);  // the power of ten: "million=6", "k=3"
  double v = n > 0;
  while (n-- > 0) v *= 10;
  return v;
}

bool metre_context(const Scan& s, size_t num, size_t m) {
  const WordSet& kAfter = word_set(WordList::number_metre_context_after);
  if (s.joined(m) || s.punct(m + 1, "/")) return true;  // "5m-high", "3m/s"
  if (s.word(m + 1) && kAfter.has(s.norm(m + 1))) {
    // "5m of debt" is money-like; "20m of water" is a depth: "of" only before a material.
    if (s.is(m + 1, "of") || s.is(m + 1, "in")) {
      const WordSet& kMaterial = word_set(WordList::number_metre_context_material);
      return kMaterial.has(s.norm(m + 2));
    }
    return true;
  }
  const size_t p = Scan::back(num, 1);
  return p != kNone && (s.is(p, "a") || s.is(p, "an"));  // "a 300m stretch"
}

// Duration units, in seconds, with the canonical unit name.
constexpr DurationUnit kDurations[] = {
    {"second", "second", 1},        {"seconds", "second", 1},       {"sec", "second", 1},
    {"secs", "second", 1},          {"minute", "minute", 60},       {"minutes", "minute", 60},
    {"min", "minute", 60},          {"mins", "minute", 60},         {"hour", "hour", 3600},
    {"hours", "hour", 3600},        {"hr", "hour", 3600},           {"hrs", "hour", 3600},
    {"day", "day", 86400},          {"days", "day", 86400},         {"week", "week", 604800},
    {"weeks", "week", 604800},      {"month", "month", 2629800},    {"months", "month", 2629800},
    {"year", "year", 31557600},     {"years", "year", 31557600},    {"yr", "year", 31557600},
    {"yrs", "year", 31557600},      {"decade", "decade", 315576000},
    {"decades", "decade", 315576000},
    {"century", "century", 3155760000.0}, {"centuries", "century", 3155760000.0}};

}  // namespace

const DurationUnit* duration_unit(std::string_view w) {
  for (const DurationUnit& d : kDurations)
    if (d.word == w) return &d;
  return nullptr;
}
double unit_seconds(std::string_view unit) {
  for (const DurationUnit& d : kDurations)
    if (d.unit == unit) return d.seconds;
  return 0;
}

int cardinal_value(std::string_view w) { return lookup(w, WordList::number_cardinals); }
int ordinal_value(std::string_view w) { return lookup(w, WordList::number_ordinals); }

int roman_value(std::string_view w) {
  if (w.empty() || w.size() > 9) return -1;
  const auto digit = [](char c) {
    switch (c) {
      case 'i': case 'I': return 1;
      case 'v': case 'V': return 5;
      case 'x': case 'X': return 10;
      case 'l': case 'L': return 50;
      case 'c': case 'C': return 100;
      default: return 0;
    }
  };
  int v = 0;
  for (size_t k = 0; k < w.size(); ++k) {
    const int d = digit(w[k]);
    if (d == 0) return -1;
    const int next = k + 1 < w.size() ? digit(w[k + 1]) : 0;
    v += next > d ? -d : d;
  }
  if (v < 1 || v > 399) return -1;
  // Only the usual spelling of that value counts: written back, it must give the same letters.
  static const char* const kHundreds[] = {"", "c", "cc", "ccc"};
  static const char* const kTens[] = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
  static const char* const kUnits[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
  const std::string usual = std::string(kHundreds[v / 100]) + kTens[v / 10 % 10] + kUnits[v % 10];
  if (usual.size() != w.size()) return -1;
  for (size_t k = 0; k < w.size(); ++k)
    if (usual[k] != (w[k] | 0x20)) return -1;
  return v;
}

int numeral_value(std::string_view w, bool roman) {
  if (int v = cardinal_value(w); v >= 0) return v;
  if (int v = ordinal_value(w); v >= 0) return v;
  double d = 0;
  int n = -1;
  if (!w.empty() && w[0] >= '0' && w[0] <= '9' && parse_digits(w, &d) && to_int(d, 0, 1000000, &n)) return n;
  return roman ? roman_value(w) : -1;
}

double spaced_scale(std::string_view w) { return w.size() > 1 ? attached_scale(w) : 0; }  // not "m", "k", "b"

bool to_int(double v, int lo, int hi, int* out) {
  if (!std::isfinite(v) || v < static_cast<double>(lo) || v > static_cast<double>(hi)) return false;
  *out = static_cast<int>(v);
  return true;
}

bool parse_digits(std::string_view s, double* v) {
  // First pass: do the commas group thousands ("1,000,000") or mark a decimal ("3,5")?
  bool seen_digit = false, comma_thousands = true, any_comma = false;
  size_t group = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      ++group;
    } else if (c == ',') {
      if (any_comma && group != 3) comma_thousands = false;
      any_comma = true;
      group = 0;
    } else {
      break;
    }
  }
  if (!seen_digit) return false;
  if (any_comma && group != 3) comma_thousands = false;
  // Second pass: the digits with one decimal point, into a bounded buffer.
  char buf[64];
  size_t n = 0;
  bool decimal_done = false;
  for (char c : s) {
    if (n + 1 >= sizeof buf) return false;  // 63 digits and more: not a value anyone states
    if (c >= '0' && c <= '9') {
      buf[n++] = c;
    } else if (c == ',') {
      if (!comma_thousands && !decimal_done) {
        buf[n++] = '.';
        decimal_done = true;
      }
    } else if (c == '.') {
      if (decimal_done) break;
      buf[n++] = '.';
      decimal_done = true;
    } else {
      break;  // ordinal or other suffix
    }
  }
  if (n == 0 || (n == 1 && buf[0] == '.')) return false;
  double x = 0;
  if (!read_decimal(std::string_view(buf, n), &x) || !std::isfinite(x)) return false;
  *v = x;
  return true;
}

bool parse_number(const Scan& s, size_t i, Num* out) {
  Num r;
  r.begin = i;
  if (s.number(i)) {
    double v = 0;
    if (!parse_digits(s.norm(i), &v)) return false;
    const std::string_view w0 = s.norm(i);
    r.decimal = w0.find('.') != std::string_view::npos;
    r.end = i + 1;
    // ".35 parts per million", "a .08 level": a decimal without its leading zero.
    const size_t dot = Scan::back(i, 1);
    if (dot != kNone && s.punct(dot, ".") && s.attached(i) && !s.attached(dot) && !r.decimal &&
        w0.find(',') == std::string_view::npos && !s.tok(i).ordinal) {
      double scale = 1;
      for (size_t d = 0; d < w0.size(); ++d) scale *= 10;
      v /= scale;
      r.decimal = true;
      r.begin = dot;
    }
    // "10 000": groups of three digits after a space.
    if (!s.tok(i).ordinal && w0.size() <= 3 && w0.find_first_of(",.") == std::string_view::npos) {
      while (s.number(r.end) && !s.tok(r.end).ordinal && s.norm(r.end).size() == 3 &&
             s.norm(r.end).find_first_of(",.") == std::string_view::npos && r.end - i < 5) {
        double g = 0;
        parse_digits(s.norm(r.end), &g);
        v = v * 1000 + g;
        ++r.end;
      }
    }
    // "3, 500": a thousands comma spaced out by a tokenizer, like the decimal point below.
    if (r.end == i + 1 && !s.tok(i).ordinal && w0.size() <= 3 && w0.find_first_of(",.") == std::string_view::npos) {
      while (s.punct(r.end, ",") && s.attached(r.end) && s.number(r.end + 1) && !s.attached(r.end + 1) &&
             !s.tok(r.end + 1).ordinal && s.norm(r.end + 1).size() == 3 &&
             s.norm(r.end + 1).find_first_of(",.") == std::string_view::npos && r.end - i < 8) {
        double g = 0;
        parse_digits(s.norm(r.end + 1), &g);
        v = v * 1000 + g;
        r.end += 2;
      }
    }
    // "14. 4": a decimal point spaced out by a tokenizer (segmentation keeps it in one sentence).
    bool spaced_decimal = false;
    if (r.end == i + 1 && !s.tok(i).ordinal && w0.size() <= 3 && w0.find_first_of(",.") == std::string_view::npos &&
        s.punct(i + 1, ".") && s.attached(i + 1) && s.number(i + 2) && !s.attached(i + 2) &&
        s.norm(i + 2).find_first_of(",.") == std::string_view::npos && !s.tok(i + 2).ordinal) {
      double f = 0;
      const std::string_view w2 = s.norm(i + 2);
      if (w2.size() <= 6 && parse_digits(w2, &f)) {
        double scale = 1;
        for (size_t d = 0; d < w2.size(); ++d) scale *= 10;
        v += f / scale;
        r.decimal = true;
        r.end = i + 3;
        spaced_decimal = true;
      }
    }
    // "5 1/2", "2-1/2": a whole number and a fraction after it (halves to sixteenths).
    double mixed = 0;
    const size_t f = s.punct(i + 1, "-") && s.attached(i + 1) && s.attached(i + 2) ? i + 2 : i + 1;
    if (r.end == i + 1 && !s.tok(i).ordinal && w0.find_first_of(",.") == std::string_view::npos && s.number(f) &&
        (f > i + 1 || !s.attached(f)) && s.punct(f + 1, "/") && s.attached(f + 1) && s.number(f + 2) && s.attached(f + 2)) {
      double n = 0, d = 0;
      if (parse_digits(s.norm(f), &n) && parse_digits(s.norm(f + 2), &d) && n >= 1 && n < d && d <= 16) {
        v += mixed = n / d;
        r.end = f + 3;
      }
    }
    // The place of the last digit, when the digits have no comma (a comma may group thousands or
    // be a decimal comma): 1 for "22", 0.1 for "22.4" and for "22. 4".
    const size_t point = w0.find('.');
    const std::string_view fraction =
        spaced_decimal ? s.norm(i + 2) : point == std::string_view::npos ? std::string_view() : w0.substr(point + 1);
    if (w0.find(',') == std::string_view::npos) {
      r.step = 1;
      for (size_t d = 0; d < fraction.size(); ++d) r.step /= 10;
      if (mixed > 0) r.step = 0;
    }
    r.lo = r.hi = v;
    if (s.tok(i).ordinal) {
      r.ordinal = true;
    } else if (s.joined(r.end - 1) && s.punct(r.end, "-") && s.word(r.end + 1) &&
               spaced_scale(s.norm(r.end + 1)) >= 1e6) {
      // "$70-million": a scale word joined by a hyphen.
      r.scale = spaced_scale(s.norm(r.end + 1));
      r.scaled = true;
      r.end += 2;
    } else if (s.word(r.end)) {
      const size_t k = r.end;
      const std::string_view w = s.norm(k);
      double sc = s.attached(k) ? attached_scale(w) : spaced_scale(w);
      if (sc != 0 && eq(w, "m") && metre_context(s, i, k)) sc = 0;
      if (sc == 0 && eq(w, "mm") && s.attached(k) && i > 0 && s.punct(i - 1, "$")) sc = 1e6;  // "$21MM"; "9mm" stays
      if (sc != 0) {
        r.scale = sc;
        r.scaled = true;
        r.end = k + 1;
      }
    }
    r.lo *= r.scale;
    r.hi *= r.scale;
    r.step *= r.scale;
    if (!std::isfinite(r.lo) || !std::isfinite(r.hi)) return false;
    *out = r;
    return true;
  }
  if (!s.word(i)) return false;
  const std::string_view w = s.norm(i);
  if (!number_start_word(w)) return false;
  // Number words inside a name ("Part Two") are not numbers.
  if (s.cap(i) && !s.start(i) && i > 0 && s.cap(i - 1)) return false;
  r.words = true;

  // Vague amounts: "dozens", "hundreds", "tens of thousands".
  const auto unit_of = [](std::string_view x) {
    return eq(x, "dozens") ? 12 : eq(x, "scores") ? 20 : eq(x, "hundreds") ? 100 : eq(x, "thousands") ? 1e3
         : eq(x, "millions") ? 1e6 : eq(x, "billions") ? 1e9 : eq(x, "tens") ? 10 : 0;
  };
  double unit = unit_of(w);
  if (unit != 0) {
    r.vague = std::string(w);
    r.end = i + 1;
    if (s.is(i + 1, "of")) {
      const std::string_view w2 = s.norm(i + 2);
      const double big = unit_of(w2);  // "tens of thousands"
      if (big >= 1e3 && unit <= 100) {
        unit *= big;
        r.vague += " of ";
        r.vague += w2;
        r.end = i + 3;
      }
    }
    if (eq(w, "tens") && r.end == i + 1) return false;  // "tens" alone is not an amount
    // At least two of the scale, and less than the next scale named: "hundreds" is under a
    // thousand; the scales of a thousand and more are a thousand apart, and "thousands" stands
    // for tens of them as well ("thousands were left without power" of 30,000 homes), not for
    // hundreds of them.
    r.lo = 2 * unit;
    r.hi = (r.end == i + 1 && unit >= 1e3 ? 100 : 10) * unit - 1;
    *out = r;
    return true;
  }

  // "several hundred", "a few thousand": vague multiples of a scale.
  if (eq(w, "several") || (eq(w, "a") && s.is(i + 1, "few"))) {
    const size_t k = eq(w, "several") ? i + 1 : i + 2;
    const std::string_view sw = s.norm(k);
    const double sc = sw.size() > 5 ? spaced_scale(sw) : 0;  // hundred to billion
    if (sc == 0 || sc > 1e9 || !s.word(k)) return false;
    r.vague = (eq(w, "several") ? "several " : "a few ") + std::string(sw);
    r.lo = (eq(w, "several") ? 3 : 2) * sc;
    r.hi = (eq(w, "several") ? 9 : 5) * sc;
    r.end = k + 1;
    *out = r;
    return true;
  }

  // "a couple of"
  if ((eq(w, "a") || eq(w, "an")) && s.is(i + 1, "couple") && s.is(i + 2, "of")) {
    r.vague = "a couple";
    r.lo = 2;
    r.hi = 3;
    r.end = i + 2;
    *out = r;
    return true;
  }

  // Ordinal words, alone ("first").
  const int ord = ordinal_value(w);
  if (ord > 0) {
    r.ordinal = true;
    r.lo = r.hi = ord;
    r.end = i + 1;
    *out = r;
    return true;
  }

  // "half a dozen", "half a million".
  if (eq(w, "half") && (s.is(i + 1, "a") || s.is(i + 1, "an"))) {
    const std::string_view w2 = s.norm(i + 2);
    const double sc = eq(w2, "dozen") ? 12 : spaced_scale(w2);
    if (sc == 0 || eq(w2, "bn") || eq(w2, "mn") || eq(w2, "mln") || eq(w2, "tn") || eq(w2, "trn"))
      return false;
    r.lo = r.hi = 0.5 * sc;
    r.end = i + 3;
    r.scale = sc;
    r.scaled = sc >= 1000;
    *out = r;
    return true;
  }

  // Cardinal words: "twenty-six", "two hundred and fifty thousand", "a dozen", "two dozen".
  enum Last { kStart, kUnit, kTeen, kTen, kHundred, kScale, kAnd, kDozen };
  Last last = kStart;
  double total = 0, group = 0;
  size_t j = i;
  bool any = false;
  if (eq(w, "a") || eq(w, "an")) {
    const std::string_view w2 = s.norm(i + 1);
    if (eq(w2, "single") || eq(w2, "lone")) {  // "a single guard", "a lone gunman": one
      r.lo = r.hi = 1;
      r.end = i + 2;
      *out = r;
      return true;
    }
    if (!eq(w2, "dozen") && !(w2.size() > 5 && spaced_scale(w2) != 0)) return false;  // "a dozen", "a hundred", ...
    group = 1;
    last = kUnit;
    j = i + 1;
  }
  while (j < s.size()) {
    if (s.hyphen_link(j) && last == kTen && cardinal_value(s.norm(j + 1)) > 0 &&
        cardinal_value(s.norm(j + 1)) < 10) {
      ++j;  // "twenty-six"
      continue;
    }
    if (s.hyphen_link(j) && last == kTen && ordinal_value(s.norm(j + 1)) > 0 &&
        ordinal_value(s.norm(j + 1)) < 10) {
      group += ordinal_value(s.norm(j + 1));  // "twenty-first"
      r.ordinal = true;
      j += 2;
      any = true;
      break;
    }
    if (!s.word(j)) break;
    const std::string_view x = s.norm(j);
    const int v = cardinal_value(x);
    if (v >= 0 && v < 10) {
      if (last != kStart && last != kTen && last != kHundred && last != kScale && last != kAnd)
        break;
      group += v;
      last = kUnit;
    } else if (v >= 10 && v < 20) {
      if (last != kStart && last != kHundred && last != kScale && last != kAnd) break;
      group += v;
      last = kTeen;
    } else if (v >= 20) {
      if (last != kStart && last != kHundred && last != kScale && last != kAnd) break;
      group += v;
      last = kTen;
    } else if (eq(x, "hundred")) {
      if (last != kUnit && last != kTeen) break;
      group *= 100;
      last = kHundred;
    } else if (eq(x, "dozen")) {
      if (last != kUnit && last != kTeen && last != kTen) break;
      group *= 12;
      last = kDozen;
    } else if (x.size() > 5 && spaced_scale(x) >= 1e3) {  // thousand, million, billion, trillion
      if (last != kUnit && last != kTeen && last != kTen && last != kHundred) break;
      const double sc = spaced_scale(x);
      total += group * sc;
      group = 0;
      last = kScale;
      r.scale = sc;
      r.scaled = true;
    } else if (eq(x, "and")) {
      const int nv = cardinal_value(s.norm(j + 1));
      if ((last != kHundred && last != kScale) || nv < 1) break;
      last = kAnd;
    } else {
      break;
    }
    any = true;
    ++j;
    if (last == kDozen) break;
  }
  if (!any || last == kAnd) return false;
  // "four and a half", "two and a half million": a half more, then the scale after it.
  if (last != kScale && last != kDozen && !r.ordinal && s.is(j, "and") && s.is(j + 1, "a") && s.is(j + 2, "half")) {
    group += 0.5;
    j += 3;
    const double sc = s.word(j) && s.norm(j).size() > 5 ? spaced_scale(s.norm(j)) : 0;
    if (sc >= 1e3) group *= sc, r.scale = sc, r.scaled = true, ++j;
  }
  r.lo = r.hi = total + group;
  r.end = j;
  *out = r;
  return true;
}

std::string format_number(double v) {
  const double a = std::fabs(v);
  struct Big {
    double scale;
    const char* word;
  };
  static const Big kBig[] = {{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}};
  for (const Big& b : kBig) {
    if (a >= b.scale && a < 1e18) {
      const double x = v / b.scale;
      if (std::fabs(x * 1000 - std::round(x * 1000)) < 1e-6 * std::max(1.0, std::fabs(x))) {
        std::string s = fixed_decimal(x, 3);
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s + b.word;
      }
      break;
    }
  }
  if (a < 1e15 && std::fabs(v - std::round(v)) < 1e-9) {
    std::string s = fixed_decimal(v, 0);
    if (a >= 1000) {
      const size_t first = s[0] == '-' ? 1 : 0;
      for (size_t k = s.size(); k > first + 3; k -= 3) s.insert(k - 3, ",");
    }
    return s;
  }
  if (a >= 1e15 || !std::isfinite(v)) {
    return general_decimal(v);
  }
  // As many decimals as the value has, up to six ("1.2998", not "1.3": a rate disputed in its
  // fourth decimal is shown in it); the zeros after the last are cut below.
  std::string s = fixed_decimal(v, 6);
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s;
}

std::string ordinal_suffix(long long n) {
  const long long m100 = n % 100, m10 = n % 10;
  if (m100 >= 11 && m100 <= 13) return "th";
  if (m10 == 1) return "st";
  if (m10 == 2) return "nd";
  if (m10 == 3) return "rd";
  return "th";
}

}  // namespace facts_internal
}  // namespace tri
