// wordalign.h — internal: which word of one unit corresponds to which word of another.
//
// A monolingual word aligner in the spirit of Sultan, Bethard and Sumner (2014): content words
// align first, by how strongly they match (same term, same number, then synonym, derivation,
// hypernym from the lexicon) and, among equal matches, by how much their neighbourhoods agree;
// function words align only next to an aligned neighbour. Each word aligns at most once. Pairs of
// unaligned content words that the lexicon calls antonyms are reported apart: they are where two
// statements may contradict each other ("rose" / "fell").
//
// Example (terms simplified):
//   a: "Two children were rescued from the rubble"
//   b: "Rescuers freed two youngsters from the ruins"
//   align_words(a, b, lexicon): two~two (number), children~youngsters (synonym),
//   rescued~freed (synonym), from~from (function word beside an aligned word), rubble~ruins (synonym)
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "lexicon.h"

namespace tri {

inline constexpr uint32_t kNoTerm = 0xFFFFFFFFu;

/// One token as the aligner and the similarity see it.
struct WordToken {
  uint32_t term = kNoTerm;              ///< cluster term id (equal ids match exactly); kNoTerm: punctuation
  uint32_t lex = Lexicon::kUnknown;     ///< lexicon id of the term
  uint32_t phrase = Lexicon::kUnknown;  ///< lexicon id of the verb and its particle ("caved in")
  float idf = 0;                        ///< background inverse document frequency (0 for punctuation)
  uint8_t flags = 0;                    ///< WordFlag bits
  /// For a word of a name: lexicon ids of the common nouns the cluster gives as its kind ("the
  /// ferry Saltwren": "ferri"; name_kinds.h), kUnknown when fewer.
  uint32_t kinds[2] = {Lexicon::kUnknown, Lexicon::kUnknown};
};

enum WordFlag : uint8_t {
  kContent = 1,   ///< a word or number that carries meaning (not a function word, not punctuation)
  kFunction = 2,  ///< a function word ("the", "of", "was")
  kName = 4,      ///< part of a capitalised name
  kNumber = 8,    ///< a number (digits or a number word with a known value)
  kNegator = 16,  ///< "not", "no", "never", "n't" ...
  kVerb = 32,     ///< a word used mostly as a verb
  kNotYet = 64,   ///< a negator of what has not happened so far ("not yet", "hasn't yet")
};

enum class WordMatch : uint8_t { kNone, kExact, kSynonym, kDerivation, kHypernym, kSibling, kFunction };

/// How strongly a match counts toward similarity: 1 for an exact match, less for lexical relations.
double match_weight(WordMatch m);

struct WordAlignment {
  struct Pair {
    int i, j;     ///< token of a, token of b
    WordMatch m;
  };
  std::vector<int> a_to_b, b_to_a;       ///< per token: index of its partner, or -1
  std::vector<WordMatch> a_match, b_match;   ///< per token: how it matched
  std::vector<std::pair<int, int>> antonyms;  ///< unaligned content tokens (a, b) that are antonyms
  std::vector<Pair> matches;  ///< every two content words that match, aligned or not (best first)
  std::vector<std::pair<int, int>> opposites;  ///< every two content words that are antonyms
};

/// The relation of two words: of their lexicon ids, or when that is none, of a word's verb of two
/// words ("caved in", WordToken::phrase) and the other word or its phrase. `relation` asks the
/// lexicon about two ids.
template <typename Ask>
WordRelation word_relation(const WordToken& x, const WordToken& y, Ask relation) {
  WordRelation r = relation(x.lex, y.lex);
  for (int k = 1; k < 4 && r == WordRelation::kNone; ++k) {
    const uint32_t p = k & 1 ? x.phrase : x.lex, q = k & 2 ? y.phrase : y.lex;
    if (p != Lexicon::kUnknown && q != Lexicon::kUnknown) r = relation(p, q);
  }
  return r;
}

/// Signatures for the words of one comparison (`ids`: the lexicon ids of all its words, their
/// verbs of two words too), made once and shared by its runs: the lexicon's hash every synonym
/// set, parent and related word of a word, and a frequent word has so many that its signature
/// meets most others (of the seeds' lexicon questions, 95% answered "unrelated"). Only the keys
/// that two of these words share can relate two of them, so these signatures hash only those:
/// what two words share in the lexicon they share here, and fewer unrelated words meet.
class WordSignatures {
 public:
  WordSignatures(const Lexicon& lexicon, std::vector<uint32_t> ids);
  /// Whether x has signatures here (a word the lexicon does not know has none anyway); false for
  /// every word when the lexicon is empty.
  bool knows(uint32_t x) const { return !index_.empty() && (x >= index_.size() || index_[x] != kNone); }
  /// x's signatures (Lexicon::is(), Lexicon::reaches()) as made here; empty for a word it does
  /// not know. A pair of words takes both signatures from here (when it knows() both) or both
  /// from the lexicon.
  void get(uint32_t x, Lexicon::Signature* is, Lexicon::Signature* reaches) const {
    *is = *reaches = Lexicon::Signature{};
    if (x < index_.size() && index_[x] != kNone) *is = is_[index_[x]], *reaches = reaches_[index_[x]];
  }

 private:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  std::vector<uint32_t> index_;  ///< per lexicon id: its place in is_ and reaches_, or kNone
  std::vector<Lexicon::Signature> is_, reaches_;
};

/// The lexicon's relations between words, remembered: the same pairs of words come up in pair
/// after pair of units of one comparison (a clause window's words are asked about once, with its
/// unit's: align_within()), so one memo serves a whole comparison best.
class RelationMemo {
 public:
  explicit RelationMemo(const Lexicon& lexicon) : lexicon_(lexicon) {}
  /// The relation of two words (word_relation()).
  WordRelation get(const WordToken& x, const WordToken& y) {
    return word_relation(x, y, [this](uint32_t p, uint32_t q) { return seen(p, q); });
  }

  /// The comparison's own signatures (WordSignatures) for align_words(), which otherwise uses
  /// the lexicon's.
  void narrow(const WordSignatures* words) { words_ = words; }
  const WordSignatures* narrowed() const { return words_; }

 private:
  const WordSignatures* words_ = nullptr;
  static constexpr int kSeenBits = 17;  ///< 131,072 pairs of words (1 MB) remembered
  /// The relation of x and y, from a table of the pairs of words asked about before: each entry
  /// holds x, y and their relation.
  WordRelation seen(uint32_t x, uint32_t y) {
    constexpr uint32_t kIds = 1u << 28;  // ids that fit an entry's 28 bits; others are asked directly
    if (x >= kIds || y >= kIds) return lexicon_.relation(x, y);
    if (seen_.empty()) seen_.assign(size_t{1} << kSeenBits, 0);
    const uint64_t key = uint64_t{1} << 63 | uint64_t{x} << 32 | uint64_t{y} << 4;
    uint64_t& e = seen_[(x * 0x9E3779B1u + y * 0x85EBCA77u) >> (32 - kSeenBits)];
    if ((e & ~uint64_t{15}) != key) e = key | static_cast<uint64_t>(lexicon_.relation(x, y));
    return static_cast<WordRelation>(e & 15);
  }
  const Lexicon& lexicon_;
  std::vector<uint64_t> seen_;
};

/// Aligns the tokens of `a` with those of `b`. Deterministic; cost grows with the product of the
/// two units' content words (units are sentences, so this stays small). Empty input gives an
/// empty alignment. With `memo`, relations come from it.
WordAlignment align_words(const std::vector<WordToken>& a, const std::vector<WordToken>& b,
                          const Lexicon& lexicon, RelationMemo* memo = nullptr);
/// The same into `alignment`, whose buffers are reused.
void align_words(const std::vector<WordToken>& a, const std::vector<WordToken>& b, const Lexicon& lexicon,
                 RelationMemo* memo, WordAlignment* alignment);

/// The alignment of pieces of two units (clause windows: the unit's tokens with the others masked,
/// or the unit itself) from `whole`, the alignment of the two units: the pieces' words match as the
/// units' words do, so the matches are read from it, not looked up again. The same as
/// align_words() of the pieces.
void align_within(const std::vector<WordToken>& a, const std::vector<WordToken>& b, const WordAlignment& whole,
                  WordAlignment* alignment);

/// How much of each side's content an alignment of pieces of two units could cover at most: the
/// share of wa's content weight (background IDF) whose words match some word of wb, each word
/// counted at its best match's weight (match_weight), and the same for wb. `whole` is the
/// alignment of the two units; wa and wb are those units or pieces of them (clause windows: the
/// unit's tokens with the others masked), so the matches are read from it, not looked up again.
/// Partners are not exclusive here, so no alignment of the pieces covers more.
/// Example: pieces "the fire began at night" / "a storm closed the port" -> (0, 0).
std::pair<double, double> best_cover(const std::vector<WordToken>& wa, const std::vector<WordToken>& wb,
                                     const WordAlignment& whole);

}  // namespace tri
