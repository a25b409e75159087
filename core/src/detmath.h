// detmath.h — internal: exp and log that give the same bits on every platform.
//
// The C libraries of the native build (glibc) and of the WebAssembly build (musl) may round
// std::exp and std::log differently in the last bit, and a score or a threshold decision that
// depends on that bit would make native and WASM results differ. These versions use only +, -, *,
// / and exact scaling by powers of two (IEEE 754 gives those the same result everywhere; the core
// is compiled with -ffp-contract=off so no fused multiply-add changes them). Accurate to about
// 1e-15 relative, which is all the engine needs.
//
// Example:
//   tri::det_log(1.0) == 0.0;  tri::det_exp(0.0) == 1.0;  tri::sigmoid(0.0) == 0.5
#pragma once

#include <cmath>
#include <limits>

namespace tri {

/// Natural logarithm; -infinity for 0, NaN for negative or NaN input.
inline double det_log(double x) {
  if (!(x > 0)) return x == 0 ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::quiet_NaN();
  if (x == std::numeric_limits<double>::infinity()) return x;
  int e = 0;
  double m = std::frexp(x, &e);  // x = m * 2^e, m in [0.5, 1): exact
  if (m < 0.70710678118654752) {
    m *= 2;  // exact
    --e;
  }
  // ln(m) = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172
  const double s = (m - 1) / (m + 1);
  const double s2 = s * s;
  double term = s, sum = 0;
  for (int k = 1; k <= 39; k += 2) {
    sum += term / k;
    term *= s2;
  }
  return 2 * sum + e * 0.69314718055994530942;
}

/// e^x; 0 below about -745, +infinity above about 709.
inline double det_exp(double x) {
  if (std::isnan(x)) return x;
  if (x > 709.7) return std::numeric_limits<double>::infinity();
  if (x < -745.2) return 0.0;
  const double ln2 = 0.69314718055994530942;
  const double k = std::floor(x / ln2 + 0.5);
  const double r = x - k * ln2;  // |r| <= ln2 / 2 (to within rounding)
  double term = 1, sum = 1;
  for (int n = 1; n <= 22; ++n) {
    term *= r / n;
    sum += term;
  }
  return std::ldexp(sum, static_cast<int>(k));
}

/// 1 / (1 + e^-x).
inline double sigmoid(double x) { return 1.0 / (1.0 + det_exp(-x)); }

}  // namespace tri
