// word_list.h — internal: fixed word lists, looked up by binary search (no hash sets in the
// WebAssembly module): sorted arrays of words, and WordSet, one string of words in byte order.
// A WordSet is made at compile time from a literal (its order checked when compiled) or when the
// engine data loads (the longer lists live in core/data/words.txt: words.h).
//
// Example:
//   constexpr std::string_view kTitles[] = {"dr", "mr", "mrs"};
//   static_assert(sorted(kTitles), "sorted");
//   listed(kTitles, "mr")  // true
//   static constexpr WordSet kDays("friday monday tuesday");
//   kDays.has("monday")    // true
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
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

/// A fixed set of folded words, given as one string of words in byte order separated by single
/// spaces; has() and value() reject most words by length and a 512-bit filter of length and first
/// and last bytes (of a pair "key=value", of its key), then binary-search. The constexpr
/// constructor makes it at compile time (a list out of order does not compile): a word list costs
/// its bytes of data and no code, no allocation, no guard. read() makes one at run time from text
/// that outlives it (the data's word lists).
///   static constexpr WordSet kDays("friday monday tuesday");
class WordSet {
 public:
  constexpr WordSet() = default;  ///< the empty set
  constexpr explicit WordSet(std::string_view sorted_words) : words_(sorted_words) {
    if (!in_order(sorted_words)) throw "WordSet: words not in byte order or not single-spaced";
    index();
  }
  /// The set of `sorted_words` (a view kept, not copied), or false when they are not in strict
  /// byte order single-spaced.
  static bool read(std::string_view sorted_words, WordSet* out) {
    if (!in_order(sorted_words)) return false;
    *out = WordSet();
    out->words_ = sorted_words;
    out->index();
    return true;
  }
  bool has(std::string_view w) const { return has_chars(w.data(), w.size()); }
  /// For a list of pairs "key=value": the value of `key`, or "" when the list has no such pair.
  std::string_view value(std::string_view key) const;
  /// For a list of pairs "key=number": the number of `key` in `base` (digits, then lower-case
  /// letters), or 0 when the list has no such pair ("million=6", "p=a002" in base 16).
  uint32_t number(std::string_view key, uint32_t base = 10) const;
  /// The words, single-spaced in byte order (to read a list of pairs "name=value" whole).
  std::string_view words() const { return words_; }

 private:
  constexpr void index() {
    const std::string_view sorted_words = words_;
    size_t b = 0;
    while (b < sorted_words.size()) {
      size_t e = b;
      while (e < sorted_words.size() && sorted_words[e] != ' ') ++e;
      // A pair "key=value" is filtered by its key, as has_chars() and value() ask (a word that
      // opens with '=' is all key).
      const std::string_view word = sorted_words.substr(b, e - b);
      const size_t eq = word.find('=');
      const std::string_view key = eq == 0 || eq == std::string_view::npos ? word : word.substr(0, eq);
      if (key.size() < shortest_) shortest_ = key.size();
      if (key.size() > longest_) longest_ = key.size();
      const unsigned h = bloom_hash(key);
      bloom_[h >> 6] |= 1ull << (h & 63u);
      b = e + 1;
    }
  }
  // One of the 2^kBloomLog bits of a set's filter, from a word's length and its first two and
  // last two bytes (a word is never empty here). Most look-ups are of words a list does not hold:
  // of the seeds' 42,600 look-ups of a length a list holds, a filter of 64 bits from the length
  // and two bytes let 11,700 through to the binary search (2,400 found), this one 4,400.
  static constexpr unsigned bloom_hash(std::string_view w) {
    const size_t n = w.size();
    unsigned h = static_cast<unsigned>(n);
    for (const size_t k : {size_t{0}, n > 1 ? size_t{1} : size_t{0}, n - 1, n > 2 ? n - 2 : n - 1})
      h = h * 31u + static_cast<unsigned char>(w[k]);
    return (h * 0x9E3779B1u) >> (32 - kBloomLog);
  }
  bool has_chars(const char* w, size_t n) const;
  /// Whether `key` passes the length bounds and the filter (a word or pair key may be listed).
  bool may_hold(std::string_view key) const;
  static constexpr bool in_order(std::string_view s) {
    std::string_view prev;
    size_t b = 0;
    while (b <= s.size()) {
      size_t e = b;
      while (e < s.size() && s[e] != ' ') ++e;
      const std::string_view w = s.substr(b, e - b);
      if (w.empty() || (!prev.empty() && !(prev < w))) return false;
      prev = w;
      b = e + 1;
    }
    return true;
  }
  std::string_view words_;
  size_t shortest_ = static_cast<size_t>(-1), longest_ = 0;
  static constexpr unsigned kBloomLog = 9;  ///< 512 bits, 64 bytes a set
  unsigned long long bloom_[1 << (kBloomLog - 6)] = {};  ///< bloom_hash() of every word
};

}  // namespace tri
