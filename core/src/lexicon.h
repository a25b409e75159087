// lexicon.h — internal: what the engine knows about English words: how two words relate
// (synonym, derivation, hypernym, antonym) and how common a word is in general use.
//
// The data comes from core/data/lexicon.txt and core/data/frequencies.txt (derived from WordNet
// 3.0 and SUBTLEX-US by scripts/make-lexicon.py; sources and licences in their headers), keyed by
// term keys (terms.h). Words are interned once: the aligner asks about ids, not strings. The
// lists of all words share one array per relation, so loading makes a handful of allocations, not
// one per word.
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
#include <vector>

#include "string_ids.h"

namespace tri {

/// How word x relates to word y. kHypernym: y is a more general word for x ("guitar" ->
/// "instrument"); kHyponym the other way round; kSibling: x and y have a more general word in
/// common one level up ("guitar", "flute"; "scene", "site").
enum class WordRelation : uint8_t { kNone, kSame, kSynonym, kDerivation, kHypernym, kHyponym, kSibling, kAntonym };

class Lexicon {
 public:
  static constexpr uint32_t kUnknown = 0xFFFFFFFFu;

  /// Parses the two data files, replacing what was loaded before. Returns an error message (and
  /// leaves the lexicon empty), or "" on success. Lines it cannot read are an error (the data is
  /// ours: a bad line means a bad build).
  std::string load(std::string_view lexicon_txt, std::string_view frequencies_txt);

  /// The id of a term key, kUnknown when the lexicon does not know it.
  uint32_t id(std::string_view key) const;

  /// How x relates to y (kSame when x == y; kNone for unknown ids).
  WordRelation relation(uint32_t x, uint32_t y) const;
  /// y is a more general word for x one level up ("slice" -> "cut"), not two.
  bool parent(uint32_t x, uint32_t y) const { return x < size() && parents_.has(x, y); }

  /// Background inverse document frequency of a word: -ln of its share of running English text
  /// (about 3 for "said", 11 for "earthquake"); unknown and rare words get rare_idf().
  double idf(uint32_t x) const { return x < idf_.size() && idf_[x] > 0 ? idf_[x] : rare_idf_; }
  double rare_idf() const { return rare_idf_; }

  /// The key of a word's base form when the word is an irregular form ("left" -> "leav",
  /// "children" -> "child"); the key itself otherwise.
  std::string base_form(const std::string& key) const {
    const std::string* base = base_.find(key);
    return base ? *base : key;
  }

  /// True when WordNet relates the word to others (a synonym set, hypernym, derivation or
  /// antonym): a word of the common vocabulary. A surname that film subtitles spell has a
  /// frequency but no relations.
  bool related(uint32_t x) const {
    return x < size() && (!syn_groups_.empty(x) || !hypernyms_.empty(x) || !derivations_.empty(x) || !antonyms_.empty(x));
  }

  /// The key of the national capital of the country a phrase names (its words' keys joined by
  /// spaces: "portugues", "franc"; the capital's own key names it too), or null: "the Portuguese
  /// capital" is Lisbon.
  const std::string* capital_of(const std::string& phrase) const {
    return capital_.find(phrase);
  }

  /// True when WordNet gives the word a broader word (nouns and verbs have them; adjectives and
  /// names do not).
  bool has_broader(uint32_t x) const { return x < size() && !hypernyms_.empty(x); }

  /// True when the word is used mostly as a verb.
  bool is_verb(uint32_t x) const { return x < use_.size() && (use_[x] & kUseVerb); }
  /// True for a word with antonyms that is used mostly as an adjective ("large", "early"; not "man").
  bool is_adjective(uint32_t x) const { return x < use_.size() && (use_[x] & kUseAdjective); }

  /// Keys under which the candidate finder indexes a word so that related words meet: its synonym
  /// sets, itself, and its derivations and hypernyms (appended to `out`, in a key space of their
  /// own: see candidates.cc).
  void related_keys(uint32_t x, std::vector<uint64_t>* out) const;

  size_t size() const { return ids_.size(); }

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
  /// The keys behind those signatures, unhashed (appended): what x is (kind << 32 | synonym set,
  /// parent or x itself) and what it reaches. x and y relate only if what one reaches holds a key
  /// of what the other is (WordSignatures rebuilds signatures from these).
  void signature_keys(uint32_t x, std::vector<uint64_t>* is, std::vector<uint64_t>* reaches) const;

 private:
  // Lists of ids, one per id, in one array: x's list is values[at[x]] .. values[at[x + 1]] (sorted,
  // without repeats). One allocation for all words instead of one per word and list.
  struct Rows {
    std::vector<uint32_t> at, values;
    const uint32_t* begin(uint32_t x) const { return values.data() + at[x]; }
    const uint32_t* end(uint32_t x) const { return values.data() + at[x + 1]; }
    bool empty(uint32_t x) const { return at[x] == at[x + 1]; }
    bool has(uint32_t x, uint32_t y) const { return std::binary_search(begin(x), end(x), y); }
    /// From pairs (x << 32 | y) of ids below n (the pairs are sorted in place).
    void build(std::vector<uint64_t>* pairs, size_t n);
  };

  uint32_t intern(std::string_view key);
  void make_signatures();

  StringIds ids_;  ///< the keys, by id
  Rows syn_groups_;   ///< per id: synonym-set numbers
  Rows hypernyms_;    ///< per id: ids of its hypernyms
  Rows parents_;      ///< per id: ids of its hypernyms one level up
  Rows derivations_;  ///< per id: ids of derived forms
  Rows antonyms_;     ///< per id: ids of antonyms
  std::vector<Signature> self_;   ///< per id: its synonym sets, its parents and itself
  std::vector<Signature> reach_;  ///< per id: its synonym sets, parents, antonyms, derivations, hypernyms
  StringMap<std::string> base_;
  StringMap<std::string> capital_;  ///< country phrase -> capital's key
  enum : uint8_t { kUseVerb = 1, kUseAdjective = 2 };
  std::vector<uint8_t> use_;  ///< per id: kUseVerb, kUseAdjective
  std::vector<float> idf_;
  double rare_idf_ = 14.0;
};

}  // namespace tri
