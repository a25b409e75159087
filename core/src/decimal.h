// decimal.h — decimal text to a double and back, without the C library's strtod and printf.
//
// The engine reads decimals in three places (numbers in articles, the values of its model files,
// numbers in a JSON request) and writes a few (a value shown in a discrepancy, a time of day). The
// C library does both with code that is large in WebAssembly (strtod, printf and the 128-bit long
// double arithmetic behind them: about 12 KiB gzip of a 150 KiB budget), so the engine does it here,
// the same way in every build: native and WebAssembly results stay byte-identical.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

namespace tri {

// Reads `s` whole as [-]digits[.digits][(e|E)[+|-]digits] (at least one digit before or after the
// point; an exponent needs a digit). With at most 19 significant digits and a value that is exact
// in binary after scaling by a power of ten up to 10^22 (every number the engine's data files hold,
// and every number a person writes), the result is the correctly rounded double, as strtod gives.
// Otherwise it is within a few units in the last place. Out of range gives +-infinity or zero.
bool read_decimal(std::string_view s, double* out);

// `v` with exactly `decimals` digits after the point (0..6), rounded half away from zero, as
// "%.Nf" would print it for values of up to 1e15 (the only ones the engine formats this way).
std::string fixed_decimal(double v, int decimals);

// `v` as "%g" prints it with six significant digits ("1.5e+20", "inf", "nan").
std::string general_decimal(double v);

// `v` rounded to four decimal places, as a JSON writer prints that double (the shortest text that
// reads back as it, ".0" on a whole number, as nlohmann::json::dump does): "0.8138", "1.0", "0.05".
// For |v| < 1e11 (the engine writes scores and shares, 0..1); not finite gives "0.0".
std::string four_places(double v);

// `n` (0..99) as two digits.
std::string two_digits(int n);

// An integer in decimal digits, as std::to_string writes it (without the C++ library's integer
// formatting and its tables, which the module would carry for this alone).
std::string digits_of(unsigned long long v);
std::string integer_text(long long v);
template <typename T>
std::string whole_number(T v) {
  if constexpr (std::is_signed_v<T>) return integer_text(v);
  else return digits_of(v);
}

}  // namespace tri
