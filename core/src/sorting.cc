// sorting.cc — the one stable sort behind sort_by() and sort_unique() (see sorting.h): a bottom-up
// merge sort, n log n comparisons, one buffer of n elements.
#include "sorting.h"

#include <algorithm>

namespace tri {
namespace {

// Sorts `a` stably by `less`: short runs by insertion, then merges of doubling width.
template <typename T, typename Less>
void merge_sort(std::vector<T>* values, Less less) {
  std::vector<T>& a = *values;
  const size_t n = a.size();
  constexpr size_t kRun = 16;
  for (size_t lo = 0; lo < n; lo += kRun) {
    const size_t hi = lo + kRun < n ? lo + kRun : n;
    for (size_t i = lo + 1; i < hi; ++i) {
      const T v = a[i];
      size_t j = i;
      for (; j > lo && less(v, a[j - 1]); --j) a[j] = a[j - 1];
      a[j] = v;
    }
  }
  if (n <= kRun) return;
  std::vector<T> buf(n);
  for (size_t width = kRun; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      const size_t mid = lo + width < n ? lo + width : n;
      const size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) buf[k++] = less(a[j], a[i]) ? a[j++] : a[i++];
      while (i < mid) buf[k++] = a[i++];
      while (j < hi) buf[k++] = a[j++];
    }
    a.swap(buf);
  }
}

// Integers: equal values cannot be told apart, so the repeats simply go.
template <typename T>
void sort_unique_integers(std::vector<T>* values) {
  merge_sort(values, [](T x, T y) { return x < y; });
  values->erase(std::unique(values->begin(), values->end()), values->end());
}

}  // namespace

namespace sorting_internal {

std::vector<uint32_t> sort_positions(size_t n, const void* context, PositionLess less) {
  std::vector<uint32_t> order(n);
  for (size_t k = 0; k < n; ++k) order[k] = static_cast<uint32_t>(k);
  merge_sort(&order, [&](uint32_t x, uint32_t y) { return less(context, x, y); });
  return order;
}

}  // namespace sorting_internal

void sort_unique(std::vector<uint64_t>* v) { sort_unique_integers(v); }
void sort_unique(std::vector<uint32_t>* v) {
  // Through the 64-bit sort: one instance of the merge sort for integers in the module, not two.
  std::vector<uint64_t> wide(v->begin(), v->end());
  sort_unique_integers(&wide);
  v->assign(wide.begin(), wide.end());
}

}  // namespace tri
