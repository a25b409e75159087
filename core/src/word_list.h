// word_list.h — internal: fixed word lists as sorted arrays, looked up by binary search (no hash
// sets in the WebAssembly module), their order checked when compiled.
//
// Example:
//   constexpr std::string_view kTitles[] = {"dr", "mr", "mrs"};
//   static_assert(sorted(kTitles), "sorted");
//   listed(kTitles, "mr")  // true
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>

namespace tri {

/// The words are in strictly increasing byte order.
template <size_t N>
constexpr bool sorted(const std::string_view (&words)[N]) {
  for (size_t k = 1; k < N; ++k)
    if (!(words[k - 1] < words[k])) return false;
  return true;
}

/// `w` is one of the (sorted) words.
template <size_t N>
bool listed(const std::string_view (&words)[N], std::string_view w) {
  return std::binary_search(std::begin(words), std::end(words), w);
}

}  // namespace tri
