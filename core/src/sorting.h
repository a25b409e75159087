// sorting.h — the engine's one sort. Every ordering in the engine goes through sort_by(), which
// sorts positions with a single compiled, stable merge sort and then moves the elements into
// place. Two reasons: the order of equal elements is the same natively and in WebAssembly (the
// two standard libraries' std::sort break ties differently, and results must be byte-identical),
// and the WebAssembly module carries one sort instead of one per call site and element type.
//
// Example:
//   std::vector<Link> links = ...;
//   sort_by(links.begin(), links.end(), [](const Link& x, const Link& y) { return x.a < y.a; });
//   // links in order of a; links with equal a keep their previous order
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <utility>
#include <vector>

namespace tri {
namespace sorting_internal {

// x < y for the positions x and y, with what the caller's comparison needs in `context`.
using PositionLess = bool (*)(const void* context, uint32_t x, uint32_t y);

// The positions 0 .. n-1 in ascending order by `less`, stably. Compiled once (sorting.cc), with
// all of sort_by's work that does not depend on the element type.
std::vector<uint32_t> sort_positions(size_t n, const void* context, PositionLess less);

}  // namespace sorting_internal

// Sorts [first, last) by `less` (a strict weak order), keeping equal elements in their order.
template <typename It, typename Less>
void sort_by(It first, It last, Less less) {
  using T = typename std::iterator_traits<It>::value_type;
  const size_t n = static_cast<size_t>(last - first);
  if (n < 2) return;
  struct Context {
    It first;
    Less* less;
  } context{first, &less};
  const std::vector<uint32_t> order = sorting_internal::sort_positions(n, &context, [](const void* c, uint32_t x, uint32_t y) {
    const Context& cx = *static_cast<const Context*>(c);
    return static_cast<bool>((*cx.less)(cx.first[x], cx.first[y]));
  });
  std::vector<T> sorted;
  sorted.reserve(n);
  for (uint32_t k : order) sorted.push_back(std::move(first[k]));
  std::move(sorted.begin(), sorted.end(), first);
}

// Sorts plain integers ascending and drops repeats. Equal integers cannot be told apart, so no
// order of ties arises and the result is the same everywhere; compiled once (sorting.cc), without
// sort_by's positions and indirect comparisons (the sets of the similarity features, per pair).
void sort_unique(std::vector<uint64_t>* v);
void sort_unique(std::vector<uint32_t>* v);

// Sorts [first, last) ascending by operator<, keeping equal elements in their order.
template <typename It>
void sort_by(It first, It last) {
  sort_by(first, last, std::less<>());
}

}  // namespace tri
