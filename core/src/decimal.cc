// decimal.cc — decimal text to a double and back (decimal.h).
#include "decimal.h"

#include <cmath>
#include <cstdint>

namespace tri {
namespace {

// 10^k for 0 <= k <= 22: every one is exact in a double.
constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// v * 10^e, in steps of at most 10^22 (each step rounds once). Once v is infinite or zero, no
// further step changes it.
double scale(double v, long e) {
  while (e > 22) {
    if (v == 0 || !std::isfinite(v)) return v;
    v *= 1e22;
    e -= 22;
  }
  while (e < -22) {
    if (v == 0) return v;
    v /= 1e22;
    e += 22;
  }
  return e >= 0 ? v * kExact[e] : v / kExact[-e];
}

bool digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool read_decimal(std::string_view s, double* out) {
  size_t i = 0;
  const bool negative = i < s.size() && s[i] == '-';
  if (negative) ++i;
  uint64_t mantissa = 0;
  int significant = 0;     // digits in `mantissa`, leading zeros not counted
  long exponent = 0;       // the value is mantissa * 10^exponent
  bool truncated = false;  // significant digits beyond the 19 kept
  int digits = 0;
  const auto take = [&](char c, bool fraction) {
    ++digits;
    if (significant == 0 && c == '0') {
      if (fraction) --exponent;
      return;
    }
    if (significant < 19) {
      mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
      ++significant;
      if (fraction) --exponent;
    } else {
      if (!fraction) ++exponent;
      if (c != '0') truncated = true;
    }
  };
  while (i < s.size() && digit(s[i])) take(s[i++], false);
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && digit(s[i])) take(s[i++], true);
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    const bool minus = i < s.size() && s[i] == '-';
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    if (i >= s.size() || !digit(s[i])) return false;
    long e = 0;
    for (; i < s.size() && digit(s[i]); ++i)
      if (e < 100000) e = e * 10 + (s[i] - '0');  // far beyond any double's range already
    exponent += minus ? -e : e;
  }
  if (i != s.size()) return false;
  double v = 0;
  if (mantissa != 0) {
    if (!truncated && mantissa <= (uint64_t{1} << 53) && exponent >= -22 && exponent <= 22) {
      // Both operands are exact, so the one rounding of * or / gives the correctly rounded value.
      v = static_cast<double>(mantissa);
      v = exponent >= 0 ? v * kExact[exponent] : v / kExact[-exponent];
    } else if (exponent > 400) {
      v = HUGE_VAL;
    } else if (exponent < -400) {
      v = 0;
    } else {
      v = scale(static_cast<double>(mantissa), exponent);
    }
  }
  *out = negative ? -v : v;
  return true;
}

std::string fixed_decimal(double v, int decimals) {
  if (!std::isfinite(v)) return general_decimal(v);
  if (decimals < 0) decimals = 0;
  if (decimals > 6) decimals = 6;
  const double a = std::fabs(v);
  if (a >= 1e18) return general_decimal(v);
  // The whole part and the fraction apart (both exact), so the fraction rounds on its own.
  const double whole = std::floor(a);
  uint64_t n = static_cast<uint64_t>(whole);
  uint64_t part = static_cast<uint64_t>(std::llround((a - whole) * kExact[decimals]));
  const uint64_t unit = static_cast<uint64_t>(kExact[decimals]);
  if (part >= unit) {
    part -= unit;
    ++n;
  }
  std::string digits = whole_number(n);
  if (decimals > 0) {
    std::string frac = whole_number(part);
    digits += "." + std::string(static_cast<size_t>(decimals) - frac.size(), '0') + frac;
  }
  n += part;  // non-zero when anything is shown
  if (v < 0 && n != 0) digits.insert(0, "-");
  return digits;
}

std::string four_places(double v) {
  if (!std::isfinite(v)) v = 0;
  std::string out;
  if (std::signbit(v)) out += '-', v = -v;
  const auto k = static_cast<unsigned long long>(std::round(v * 10000.0));
  out += whole_number(k / 10000);
  out += '.';
  unsigned long long frac = k % 10000;
  if (frac == 0) return out + '0';
  int places = 4;
  while (frac % 10 == 0) frac /= 10, --places;
  const std::string digits = whole_number(frac);
  out.append(static_cast<size_t>(places) - digits.size(), '0');
  return out + digits;
}

std::string general_decimal(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  if (v == 0) return std::signbit(v) ? "-0" : "0";
  const double a = std::fabs(v);
  // The exponent of the first significant digit, then six significant digits as an integer.
  int e = 0;
  for (double x = a; x >= 10; x /= 10) ++e;
  for (double x = a; x < 1; x *= 10) --e;
  uint64_t six = static_cast<uint64_t>(std::llround(scale(a, 5 - e)));
  if (six >= 1000000) {
    ++e;
    six = static_cast<uint64_t>(std::llround(scale(a, 5 - e)));
  }
  // The six digits, without their trailing zeros (n kept), and the digits before the point.
  char d[6];
  for (int k = 5; k >= 0; --k) d[k] = static_cast<char>('0' + six % 10), six /= 10;
  int n = 6;
  while (n > 1 && d[n - 1] == '0') --n;
  const bool plain = e >= -4 && e < 6;
  const int point = plain ? e + 1 : 1;
  std::string out = v < 0 ? "-" : "";
  if (point <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-point), '0');  // plain notation below 1: "0.00123"
  }
  for (int k = 0; k < std::max(point, n); ++k) {
    if (k == point && k > 0) out += '.';
    out += d[k];
  }
  if (plain) return out;
  out += e < 0 ? "e-" : "e+";
  const int ae = e < 0 ? -e : e;
  if (ae < 10) out += '0';
  return out + whole_number(static_cast<uint64_t>(ae));
}

std::string two_digits(int n) {
  if (n < 0) n = 0;
  n %= 100;
  return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
}

std::string digits_of(unsigned long long v) {
  char b[20];
  size_t i = sizeof b;
  do b[--i] = static_cast<char>('0' + v % 10);
  while (v /= 10);
  return std::string(b + i, sizeof b - i);
}

std::string integer_text(long long v) {
  return v < 0 ? "-" + digits_of(0ull - static_cast<unsigned long long>(v)) : digits_of(static_cast<unsigned long long>(v));
}

}  // namespace tri
