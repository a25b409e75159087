// lexicon.cc — word relations and background frequencies from the data files.
#include "lexicon.h"
#include "data_lines.h"
#include "sorting.h"

#include <algorithm>

namespace tri {
namespace {

// Splits `s` at spaces (runs of spaces count once) into `out`.
void words(std::string_view s, std::vector<std::string_view>* words_out) {
  std::vector<std::string_view>& out = *words_out;
  out.clear();
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
}

// Calls fn(line) for each line that is not empty and not a comment.
template <typename Fn>
void for_lines(std::string_view text, Fn fn) {
  DataLines lines{text};
  std::string_view line;
  while (lines.next(&line)) fn(line);
}

}  // namespace

uint32_t Lexicon::intern(std::string_view key) {
  const uint32_t id = ids_.intern(key);
  if (id == idf_.size()) idf_.push_back(0.0f);
  return id;
}

uint32_t Lexicon::id(std::string_view key) const { return ids_.find(key); }

void Lexicon::Rows::build(std::vector<uint64_t>* pairs, size_t n) {
  sort_unique(pairs);
  at.assign(n + 1, 0);
  values.resize(pairs->size());
  for (size_t k = 0; k < pairs->size(); ++k) {
    ++at[((*pairs)[k] >> 32) + 1];
    values[k] = static_cast<uint32_t>((*pairs)[k]);
  }
  for (size_t x = 0; x < n; ++x) at[x + 1] += at[x];
}

std::string Lexicon::load(std::string_view lexicon_txt, std::string_view frequencies_txt) {
  *this = Lexicon();
  std::string error;
  enum Section { kNone, kSyn, kDer, kAnt, kHyp, kExc, kCap, kVerb, kAdj } section = kNone;
  uint32_t group = 0;
  // About two new words a line: room for them at once, and a table that seldom grows as it fills.
  const size_t expected = 2 * (static_cast<size_t>(std::count(lexicon_txt.begin(), lexicon_txt.end(), '\n')) +
                               static_cast<size_t>(std::count(frequencies_txt.begin(), frequencies_txt.end(), '\n')));
  ids_.reserve(expected);
  idf_.reserve(expected);
  // Each relation as pairs (x << 32 | y), made into rows at the end.
  std::vector<uint64_t> syn, hyp, par, der, ant;
  const auto pair = [](uint32_t x, uint32_t y) { return uint64_t{x} << 32 | y; };
  std::vector<std::string_view> w;
  // One message for every malformed line: the data file's header gives each section's format.
  const auto bad = [&error](std::string_view line) {
    error = "lexicon: a line does not fit the format of its section: " + std::string(line.substr(0, 80));
  };
  for_lines(lexicon_txt, [&](std::string_view line) {
    if (!error.empty()) return;
    if (line[0] == '@') {
      const std::string_view name = line.substr(1);
      section = name == "syn" ? kSyn : name == "der" ? kDer : name == "ant" ? kAnt : name == "hyp" ? kHyp
              : name == "exc" ? kExc : name == "cap" ? kCap : name == "verb" ? kVerb : name == "adj" ? kAdj : kNone;
      return;
    }
    words(line, &w);
    if (section == kSyn) {
      if (w.size() < 2) bad(line);
      for (auto x : w) syn.push_back(pair(intern(x), group));
      ++group;
    } else if (section == kDer || section == kAnt) {
      if (w.size() != 2) return bad(line);
      const uint32_t x = intern(w[0]), y = intern(w[1]);
      auto& pairs = section == kDer ? der : ant;
      pairs.push_back(pair(x, y));
      pairs.push_back(pair(y, x));
    } else if (section == kHyp) {
      if (w.size() < 3 || w[1] != ":") return bad(line);
      const uint32_t x = intern(w[0]);
      bool first_level = true;
      for (size_t k = 2; k < w.size(); ++k) {
        if (w[k] == "|") {
          first_level = false;
          continue;
        }
        const uint32_t h = intern(w[k]);
        hyp.push_back(pair(x, h));
        if (first_level) par.push_back(pair(x, h));
      }
    } else if (section == kExc) {
      if (w.size() != 2) return bad(line);
      base_.add(w[0], std::string(w[1]));
    } else if (section == kCap) {
      // "lisbon lisboa : portug | portugues | portugues republ": other spellings of the city
      // become its first; each phrase (keys joined by spaces) names the country whose capital it is.
      size_t colon = 1;
      while (colon < w.size() && w[colon] != ":") ++colon;
      if (colon + 1 >= w.size()) return bad(line);
      // A city of two words joins their keys with "_" ("new_delh"): as a phrase, with a space.
      std::string city(w[0]);
      std::replace(city.begin(), city.end(), '_', ' ');
      for (size_t k = 1; k < colon; ++k) base_.add(w[k], city);
      capital_.add(city, city);  // a capital stands for its country too
      std::string phrase;
      for (size_t k = colon + 1; k <= w.size(); ++k) {
        if (k < w.size() && w[k] != "|") {
          phrase += (phrase.empty() ? "" : " ") + std::string(w[k]);
          continue;
        }
        if (!phrase.empty()) capital_.add(phrase, city);
        phrase.clear();
      }
    } else if (section == kVerb || section == kAdj) {
      for (auto x : w) {
        const uint32_t id = intern(x);
        if (use_.size() <= id) use_.resize(id + 1, 0);
        use_[id] |= section == kVerb ? kUseVerb : kUseAdjective;
      }
    } else {
      bad(line);
    }
  });
  double max_idf = 0;
  for_lines(frequencies_txt, [&](std::string_view line) {
    if (!error.empty()) return;
    words(line, &w);
    int n = 0;
    bool ok = w.size() >= 2 && !w[0].empty() && w[0].size() < 6;
    for (char c : ok ? w[0] : std::string_view()) {
      ok = ok && c >= '0' && c <= '9';
      n = n * 10 + (c - '0');
    }
    if (!ok) {
      error = "frequencies: expected \"n key key ...\": " + std::string(line.substr(0, 80));
      return;
    }
    const double v = n / 4.0;
    for (size_t k = 1; k < w.size(); ++k) idf_[intern(w[k])] = static_cast<float>(v);
    max_idf = std::max(max_idf, v);
  });
  if (!error.empty()) {
    *this = Lexicon();  // nothing half loaded
    return error;
  }
  // A word too rare for the list is rarer than the rarest one in it.
  rare_idf_ = max_idf > 0 ? max_idf + 1.0 : 14.0;
  syn_groups_.build(&syn, size());
  hypernyms_.build(&hyp, size());
  parents_.build(&par, size());
  derivations_.build(&der, size());
  antonyms_.build(&ant, size());
  make_signatures();
  return "";
}

namespace {

// One of a signature's 128 bits for a synonym set (kind 0), a parent (1) or a word (2).
void set_bit(Lexicon::Signature* s, uint32_t kind, uint32_t value) {
  const uint32_t h = (value * 0x9E3779B1u + kind * 0x85EBCA77u) >> 25;
  s->bits[h >> 6] |= uint64_t{1} << (h & 63);
}

}  // namespace

void Lexicon::make_signatures() {
  // x relates to y only if x reaches something y is: a synonym set or a parent both have, or y
  // itself among x's antonyms, derivations and hypernyms (or x among y's). Most pairs of words
  // share no bit and are told apart without looking at their lists.
  self_.assign(size(), Signature{});
  reach_.assign(size(), Signature{});
  std::vector<uint64_t> is, reaches;
  for (uint32_t x = 0; x < size(); ++x) {
    is.clear();
    reaches.clear();
    signature_keys(x, &is, &reaches);
    for (uint64_t key : is) set_bit(&self_[x], static_cast<uint32_t>(key >> 32), static_cast<uint32_t>(key));
    for (uint64_t key : reaches) set_bit(&reach_[x], static_cast<uint32_t>(key >> 32), static_cast<uint32_t>(key));
  }
}

WordRelation Lexicon::relation(uint32_t x, uint32_t y) const {
  if (x == kUnknown || y == kUnknown) return WordRelation::kNone;
  if (x == y) return WordRelation::kSame;
  if (!self_[x].meets(reach_[y]) && !reach_[x].meets(self_[y])) return WordRelation::kNone;
  // Two sorted lists with an id in common.
  const auto meet = [](const Rows& r, uint32_t a, uint32_t b) {
    for (const uint32_t *i = r.begin(a), *j = r.begin(b); i != r.end(a) && j != r.end(b);) {
      if (*i < *j) ++i;
      else if (*j < *i) ++j;
      else return true;
    }
    return false;
  };
  if (meet(syn_groups_, x, y)) return WordRelation::kSynonym;
  if (antonyms_.has(x, y)) return WordRelation::kAntonym;
  if (derivations_.has(x, y)) return WordRelation::kDerivation;
  if (hypernyms_.has(x, y)) return WordRelation::kHypernym;
  if (hypernyms_.has(y, x)) return WordRelation::kHyponym;
  if (meet(parents_, x, y)) return WordRelation::kSibling;
  return WordRelation::kNone;
}

}  // namespace tri

namespace tri {

void Lexicon::signature_keys(uint32_t x, std::vector<uint64_t>* is, std::vector<uint64_t>* reaches) const {
  if (x >= size()) return;
  // The kinds of make_signatures(): 0 a synonym set, 1 a parent, 2 a word.
  for (const uint32_t* g = syn_groups_.begin(x); g != syn_groups_.end(x); ++g)
    is->push_back(*g), reaches->push_back(*g);
  for (const uint32_t* p = parents_.begin(x); p != parents_.end(x); ++p)
    is->push_back(1ull << 32 | *p), reaches->push_back(1ull << 32 | *p);
  is->push_back(2ull << 32 | x);
  for (const Rows* rows : {&antonyms_, &derivations_, &hypernyms_})
    for (const uint32_t* y = rows->begin(x); y != rows->end(x); ++y) reaches->push_back(2ull << 32 | *y);
}

void Lexicon::related_keys(uint32_t x, std::vector<uint64_t>* out) const {
  if (x >= size()) return;
  constexpr uint64_t kGroup = 1ull << 32, kWord = 2ull << 32;
  for (const uint32_t* g = syn_groups_.begin(x); g != syn_groups_.end(x); ++g) out->push_back(kGroup | *g);
  out->push_back(kWord | x);
  for (const uint32_t* d = derivations_.begin(x); d != derivations_.end(x); ++d) out->push_back(kWord | *d);
  for (const uint32_t* h = hypernyms_.begin(x); h != hypernyms_.end(x); ++h) out->push_back(kWord | *h);
}

}  // namespace tri
