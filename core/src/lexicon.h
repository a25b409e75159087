// lexicon.h — internal: what the engine knows about English words: how two words relate
// (synonym, derivation, hypernym, antonym) and how common a word is in general use.
//
// The data comes from core/data/lexicon.txt and core/data/frequencies.txt (derived from WordNet
// 3.0 and SUBTLEX-US by scripts/make-lexicon.py; sources and licences in their headers), keyed by
// term keys (terms.h). Words are interned once: the aligner asks about ids, not strings.
//
// Example:
//   const Lexicon& lx = ...;                        // from resources.h
//   lx.relation(lx.id("injur"), lx.id("hurt"))     == WordRelation::kSynonym
//   lx.relation(lx.id("guitar"), lx.id("instrument")) == WordRelation::kHypernym
//   lx.relation(lx.id("rise"), lx.id("fall"))      == WordRelation::kAntonym
//   lx.idf(lx.id("the")) < lx.idf(lx.id("earthquak"))
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tri {

/// How word x relates to word y. kHypernym: y is a more general word for x ("guitar" ->
/// "instrument"); kHyponym the other way round; kSibling: x and y have a more general word in
/// common one level up ("guitar", "flute"; "scene", "site").
enum class WordRelation : uint8_t { kNone, kSame, kSynonym, kDerivation, kHypernym, kHyponym, kSibling, kAntonym };

class Lexicon {
 public:
  static constexpr uint32_t kUnknown = 0xFFFFFFFFu;

  /// Parses the two data files. Returns an error message, or "" on success. Lines it cannot read
  /// are an error (the data is ours: a bad line means a bad build).
  std::string load(std::string_view lexicon_txt, std::string_view frequencies_txt);

  /// The id of a term key, kUnknown when the lexicon does not know it.
  uint32_t id(std::string_view key) const;

  /// How x relates to y (kSame when x == y; kNone for unknown ids).
  WordRelation relation(uint32_t x, uint32_t y) const;
  /// y is a more general word for x one level up ("slice" -> "cut"), not two.
  bool parent(uint32_t x, uint32_t y) const {
    return x < parents_.size() && std::binary_search(parents_[x].begin(), parents_[x].end(), y);
  }

  /// Background inverse document frequency of a word: -ln of its share of running English text
  /// (about 3 for "said", 11 for "earthquake"); unknown and rare words get rare_idf().
  double idf(uint32_t x) const { return x < idf_.size() && idf_[x] > 0 ? idf_[x] : rare_idf_; }
  double rare_idf() const { return rare_idf_; }

  /// The key of a word's base form when the word is an irregular form ("left" -> "leav",
  /// "children" -> "child"); the key itself otherwise.
  std::string base_form(const std::string& key) const {
    const auto it = base_.find(key);
    return it == base_.end() ? key : it->second;
  }

  /// True when WordNet relates the word to others (a synonym set, hypernym, derivation or
  /// antonym): a word of the common vocabulary. A surname that film subtitles spell has a
  /// frequency but no relations.
  bool related(uint32_t x) const {
    return x < syn_groups_.size() && (!syn_groups_[x].empty() || !hypernyms_[x].empty() ||
                                      !derivations_[x].empty() || !antonyms_[x].empty());
  }

  /// The key of the national capital of the country a phrase names (its words' keys joined by
  /// spaces: "portugues", "franc"; the capital's own key names it too), or null: "the Portuguese
  /// capital" is Lisbon.
  const std::string* capital_of(const std::string& phrase) const {
    const auto it = capital_.find(phrase);
    return it == capital_.end() ? nullptr : &it->second;
  }

  /// True when the word is used mostly as a verb.
  bool is_verb(uint32_t x) const { return x < verb_.size() && verb_[x]; }

  /// Keys under which the candidate finder indexes a word so that related words meet: its synonym
  /// sets, itself, and its derivations and hypernyms (appended to `out`, in a key space of their
  /// own: see candidates.cc).
  void related_keys(uint32_t x, std::vector<uint64_t>* out) const;

  size_t size() const { return keys_.size(); }

  /// 128 bits of a word's relations, hashed: two words whose signatures do not meet are unrelated.
  struct Signature {
    uint64_t bits[2] = {0, 0};
    bool meets(const Signature& o) const { return (bits[0] & o.bits[0]) | (bits[1] & o.bits[1]); }
  };
  /// What word x is (its synonym sets, parents and itself) and what it reaches (those, and its
  /// antonyms, derivations and hypernyms): x and y may relate only if one reaches what the other
  /// is. Empty for unknown ids.
  Signature is(uint32_t x) const { return x < self_.size() ? self_[x] : Signature{}; }
  Signature reaches(uint32_t x) const { return x < reach_.size() ? reach_[x] : Signature{}; }

 private:
  uint32_t intern(std::string_view key);
  void make_signatures();

  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> keys_;
  std::vector<std::vector<uint32_t>> syn_groups_;  ///< per id: sorted synonym-set numbers
  std::vector<std::vector<uint32_t>> hypernyms_;   ///< per id: sorted ids of its hypernyms
  std::vector<std::vector<uint32_t>> parents_;     ///< per id: sorted ids of its hypernyms one level up
  std::vector<std::vector<uint32_t>> derivations_;  ///< per id: sorted ids of derived forms
  std::vector<std::vector<uint32_t>> antonyms_;     ///< per id: sorted ids of antonyms
  std::vector<Signature> self_;   ///< per id: its synonym sets, its parents and itself
  std::vector<Signature> reach_;  ///< per id: its synonym sets, parents, antonyms, derivations, hypernyms
  std::unordered_map<std::string, std::string> base_;
  std::unordered_map<std::string, std::string> capital_;  ///< country phrase -> capital's key
  std::vector<uint8_t> verb_;
  std::vector<float> idf_;
  double rare_idf_ = 14.0;
};

}  // namespace tri
