// sorting.cc — the one stable sort behind sort_by() (see sorting.h): a bottom-up merge sort of
// positions, n log n comparisons, one buffer of n positions.
#include "sorting.h"

#include <algorithm>

namespace tri {
namespace sorting_internal {

void sort_positions(std::vector<uint32_t>* order, const void* context, PositionLess less) {
  std::vector<uint32_t>& a = *order;
  const size_t n = a.size();
  // Short runs by insertion, then merges of doubling width.
  constexpr size_t kRun = 16;
  for (size_t lo = 0; lo < n; lo += kRun) {
    const size_t hi = lo + kRun < n ? lo + kRun : n;
    for (size_t i = lo + 1; i < hi; ++i) {
      const uint32_t v = a[i];
      size_t j = i;
      while (j > lo && less(context, v, a[j - 1])) {
        a[j] = a[j - 1];
        --j;
      }
      a[j] = v;
    }
  }
  std::vector<uint32_t> buf(n);
  for (size_t width = kRun; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      const size_t mid = lo + width < n ? lo + width : n;
      const size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) buf[k++] = less(context, a[j], a[i]) ? a[j++] : a[i++];
      while (i < mid) buf[k++] = a[i++];
      while (j < hi) buf[k++] = a[j++];
    }
    a.swap(buf);
  }
}

}  // namespace sorting_internal

namespace {
// Insertion sort of short runs, then merges of doubling width (as sort_positions, on the values).
template <typename T>
void sort_unique_integers(std::vector<T>* values) {
  std::vector<T>& a = *values;
  const size_t n = a.size();
  constexpr size_t kRun = 16;
  for (size_t lo = 0; lo < n; lo += kRun) {
    const size_t hi = lo + kRun < n ? lo + kRun : n;
    for (size_t i = lo + 1; i < hi; ++i) {
      const T v = a[i];
      size_t j = i;
      for (; j > lo && v < a[j - 1]; --j) a[j] = a[j - 1];
      a[j] = v;
    }
  }
  if (n > kRun) {
    std::vector<T> buf(n);
    for (size_t width = kRun; width < n; width *= 2) {
      for (size_t lo = 0; lo < n; lo += 2 * width) {
        const size_t mid = lo + width < n ? lo + width : n;
        const size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
        size_t i = lo, j = mid, k = lo;
        while (i < mid && j < hi) buf[k++] = a[j] < a[i] ? a[j++] : a[i++];
        while (i < mid) buf[k++] = a[i++];
        while (j < hi) buf[k++] = a[j++];
      }
      a.swap(buf);
    }
  }
  a.erase(std::unique(a.begin(), a.end()), a.end());
}
}  // namespace

void sort_unique(std::vector<uint64_t>* v) { sort_unique_integers(v); }
void sort_unique(std::vector<uint32_t>* v) { sort_unique_integers(v); }

}  // namespace tri
