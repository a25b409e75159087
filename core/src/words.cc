// words.cc — the word lists of the engine data (words.h) and WordSet's look-up (word_list.h).
#include "words.h"
#include "decimal.h"

#include "data_lines.h"
#include "resources.h"

namespace tri {

namespace {

// Binary search over single-spaced words in byte order for `key`, or (pair) for the word that
// starts "key=" (words below it in byte order come before it, words above it after). The word
// found, or an empty view.
std::string_view search(std::string_view words, std::string_view key, bool pair) {
  // [lo, hi): both always at the start of a word (or at the end).
  size_t lo = 0, hi = words.size();
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    size_t b = mid;
    while (b > lo && words[b - 1] != ' ') --b;
    size_t e = words.find(' ', b);
    if (e > hi) e = hi;
    const std::string_view x = words.substr(b, e - b);
    // A pair compares as its "key=" against key + '=' (a word that is the key alone comes before).
    int c = (pair ? x.substr(0, key.size()) : x).compare(key);
    if (pair && c == 0) c = x.size() == key.size() ? -1 : static_cast<unsigned char>(x[key.size()]) - '=';
    if (c == 0) return x;
    if (c < 0) {
      lo = e + 1;
    } else {
      hi = b;  // the separator before b is outside the range once hi == b
      if (hi > lo) --hi;
    }
  }
  return {};
}

}  // namespace

bool WordSet::may_hold(std::string_view key) const {
  if (key.size() < shortest_ || key.size() > longest_) return false;
  const unsigned h = bloom_hash(key);
  return (bloom_[h >> 6] >> (h & 63u) & 1u) != 0;
}

bool WordSet::has_chars(const char* data, size_t n) const {
  const std::string_view w(data, n);
  // The filter holds the keys of pairs ("al" of "al=alan"), and plain words whole.
  const size_t eq = w.find('=');
  if (!may_hold(eq == 0 || eq == std::string_view::npos ? w : w.substr(0, eq))) return false;
  return !search(words_, w, false).empty();
}

std::string_view WordSet::value(std::string_view key) const {
  if (!may_hold(key)) return {};
  const std::string_view w = search(words_, key, true);
  return w.empty() ? w : w.substr(key.size() + 1);
}

uint32_t WordSet::number(std::string_view key, uint32_t base) const {
  uint32_t n = 0;
  for (const char c : value(key)) n = n * base + static_cast<uint32_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  return n;
}

std::string read_word_lists(std::string_view text, WordLists* out) {
  out->text.assign(text.data(), text.size());
  const std::string_view all = out->text;
  size_t count = 0;
  DataLines lines{all};
  std::string_view line;
  while (lines.next(&line)) {
    const size_t colon = line.find(": ");
    if (colon == std::string_view::npos || count == kWordListCount ||
        !WordSet::read(line.substr(colon + 2), &out->sets[count])) {
      count += count == kWordListCount;  // a list more than this engine reads: another engine's data
      break;
    }
    ++count;
  }
  if (count != kWordListCount)
    return "words.txt: " + whole_number(count) + " well-formed lists (\"name: words in byte order\"), "
           "this engine reads " + whole_number(kWordListCount);
  return "";
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (b < text.size()) {
    size_t e = text.find(' ', b);
    if (e == std::string_view::npos) e = text.size();
    if (e > b) out.push_back(text.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

const WordSet& word_set(WordList list) {
  static const WordSet kEmpty;
  const Resources* r = resources();
  return r ? r->words.sets[static_cast<size_t>(list)] : kEmpty;
}

}  // namespace tri
