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
  std::string k(key);
  if (const auto found = ids_.find(k); found != ids_.end()) return found->second;  // no node made
  auto [it, fresh] = ids_.emplace(std::move(k), static_cast<uint32_t>(keys_.size()));
  if (fresh) {
    keys_.emplace_back(key);
    syn_groups_.emplace_back();
    hypernyms_.emplace_back();
    derivations_.emplace_back();
    antonyms_.emplace_back();
    parents_.emplace_back();
    idf_.push_back(0.0f);
  }
  return it->second;
}

uint32_t Lexicon::id(std::string_view key) const {
  const auto it = ids_.find(std::string(key));
  return it == ids_.end() ? kUnknown : it->second;
}

std::string Lexicon::load(std::string_view lexicon_txt, std::string_view frequencies_txt) {
  std::string error;
  enum Section { kNone, kSyn, kDer, kAnt, kHyp, kExc, kCap, kVerb } section = kNone;
  uint32_t group = 0;
  // About one new word a line: room for them at once.
  const size_t lines = static_cast<size_t>(std::count(lexicon_txt.begin(), lexicon_txt.end(), '\n')) +
                       static_cast<size_t>(std::count(frequencies_txt.begin(), frequencies_txt.end(), '\n'));
  ids_.reserve(lines);
  keys_.reserve(lines);
  std::vector<std::string_view> w;
  for_lines(lexicon_txt, [&](std::string_view line) {
    if (!error.empty()) return;
    if (line[0] == '@') {
      const std::string_view name = line.substr(1);
      section = name == "syn" ? kSyn : name == "der" ? kDer : name == "ant" ? kAnt : name == "hyp" ? kHyp
              : name == "exc" ? kExc : name == "cap" ? kCap : name == "verb" ? kVerb : kNone;
      return;
    }
    words(line, &w);
    if (section == kSyn) {
      if (w.size() < 2) error = "lexicon: a synonym set needs two words: " + std::string(line);
      for (auto x : w) syn_groups_[intern(x)].push_back(group);
      ++group;
    } else if (section == kDer || section == kAnt) {
      if (w.size() != 2) {
        error = "lexicon: expected two words: " + std::string(line);
        return;
      }
      const uint32_t x = intern(w[0]), y = intern(w[1]);
      auto& lists = section == kDer ? derivations_ : antonyms_;
      lists[x].push_back(y);
      lists[y].push_back(x);
    } else if (section == kHyp) {
      if (w.size() < 3 || w[1] != ":") {
        error = "lexicon: expected \"word : hypernyms\": " + std::string(line);
        return;
      }
      const uint32_t x = intern(w[0]);
      bool first_level = true;
      for (size_t k = 2; k < w.size(); ++k) {
        if (w[k] == "|") {
          first_level = false;
          continue;
        }
        const uint32_t h = intern(w[k]);
        hypernyms_[x].push_back(h);
        if (first_level) parents_[x].push_back(h);
      }
    } else if (section == kExc) {
      if (w.size() != 2) {
        error = "lexicon: expected \"form base\": " + std::string(line);
        return;
      }
      base_.emplace(std::string(w[0]), std::string(w[1]));
    } else if (section == kCap) {
      // "lisbon lisboa : portug | portugues | portugues republ": other spellings of the city
      // become its first; each phrase (keys joined by spaces) names the country whose capital it is.
      size_t colon = 1;
      while (colon < w.size() && w[colon] != ":") ++colon;
      if (colon + 1 >= w.size()) {
        error = "lexicon: expected \"city : country | ...\": " + std::string(line);
        return;
      }
      // A city of two words joins their keys with "_" ("new_delh"): as a phrase, with a space.
      std::string city(w[0]);
      std::replace(city.begin(), city.end(), '_', ' ');
      for (size_t k = 1; k < colon; ++k) base_.emplace(std::string(w[k]), city);
      capital_.emplace(city, city);  // a capital stands for its country too
      std::string phrase;
      for (size_t k = colon + 1; k <= w.size(); ++k) {
        if (k < w.size() && w[k] != "|") {
          phrase += (phrase.empty() ? "" : " ") + std::string(w[k]);
          continue;
        }
        if (!phrase.empty()) capital_.emplace(phrase, city);
        phrase.clear();
      }
    } else if (section == kVerb) {
      for (auto x : w) {
        const uint32_t id = intern(x);
        if (verb_.size() <= id) verb_.resize(id + 1, false);
        verb_[id] = true;
      }
    } else {
      error = "lexicon: line outside a known section: " + std::string(line);
    }
  });
  if (!error.empty()) return error;
  for (auto* lists : {&hypernyms_, &derivations_, &antonyms_, &parents_})
    for (auto& v : *lists) {
      sort_by(v.begin(), v.end());
      v.erase(std::unique(v.begin(), v.end()), v.end());
    }
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
  if (!error.empty()) return error;
  // A word too rare for the list is rarer than the rarest one in it.
  rare_idf_ = max_idf > 0 ? max_idf + 1.0 : 14.0;
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
  self_.assign(keys_.size(), Signature{});
  reach_.assign(keys_.size(), Signature{});
  for (uint32_t x = 0; x < keys_.size(); ++x) {
    for (uint32_t g : syn_groups_[x]) set_bit(&self_[x], 0, g), set_bit(&reach_[x], 0, g);
    for (uint32_t p : parents_[x]) set_bit(&self_[x], 1, p), set_bit(&reach_[x], 1, p);
    set_bit(&self_[x], 2, x);
    for (const auto* list : {&antonyms_[x], &derivations_[x], &hypernyms_[x]})
      for (uint32_t y : *list) set_bit(&reach_[x], 2, y);
  }
}

WordRelation Lexicon::relation(uint32_t x, uint32_t y) const {
  if (x == kUnknown || y == kUnknown) return WordRelation::kNone;
  if (x == y) return WordRelation::kSame;
  if (!self_[x].meets(reach_[y]) && !reach_[x].meets(self_[y])) return WordRelation::kNone;
  const auto& gx = syn_groups_[x];
  const auto& gy = syn_groups_[y];
  for (size_t i = 0, j = 0; i < gx.size() && j < gy.size();) {
    if (gx[i] < gy[j]) ++i;
    else if (gy[j] < gx[i]) ++j;
    else return WordRelation::kSynonym;
  }
  if (std::binary_search(antonyms_[x].begin(), antonyms_[x].end(), y)) return WordRelation::kAntonym;
  if (std::binary_search(derivations_[x].begin(), derivations_[x].end(), y)) return WordRelation::kDerivation;
  if (std::binary_search(hypernyms_[x].begin(), hypernyms_[x].end(), y)) return WordRelation::kHypernym;
  if (std::binary_search(hypernyms_[y].begin(), hypernyms_[y].end(), x)) return WordRelation::kHyponym;
  const auto& px = parents_[x];
  const auto& py = parents_[y];
  for (size_t i = 0, j = 0; i < px.size() && j < py.size();) {
    if (px[i] < py[j]) ++i;
    else if (py[j] < px[i]) ++j;
    else return WordRelation::kSibling;
  }
  return WordRelation::kNone;
}

}  // namespace tri

namespace tri {

void Lexicon::related_keys(uint32_t x, std::vector<uint64_t>* out) const {
  if (x >= keys_.size()) return;
  constexpr uint64_t kGroup = 1ull << 32, kWord = 2ull << 32;
  for (uint32_t g : syn_groups_[x]) out->push_back(kGroup | g);
  out->push_back(kWord | x);
  for (uint32_t d : derivations_[x]) out->push_back(kWord | d);
  for (uint32_t h : hypernyms_[x]) out->push_back(kWord | h);
}

}  // namespace tri
