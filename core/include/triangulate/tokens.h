// tokens.h — word, number and punctuation tokens with offsets, folded and stemmed.
//
// A token keeps its [begin, end) byte range in the source text. Words are split at spaces and
// punctuation; a possessive "'s"/"’s" becomes its own token; internal apostrophes stay ("haven't",
// "o'clock"); hyphenated words are split into their parts with `joined` set on the part before the
// hyphen ("cross-border" -> "cross"(joined) "-" "border"). Numbers keep their separators and decimals
// ("1,000.5", "3.5"); an ordinal suffix stays on the number ("25th"); a letter suffix that is not an
// ordinal is its own word token with no space before it ("3.5bn" -> "3.5" "bn").
//
// Example:
//   auto t = tri::tokenize("Lee’s 25th-anniversary trips", 0, 29);
//   // t: "Lee"(cap) "’s"(stop) "25th"(number, ordinal) "-" "anniversary"(stem "anniversari")
//   //    "trips"(stem "trip")
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tri {

enum class TokenType { kWord, kNumber, kPunct };

struct Token {
  size_t begin = 0, end = 0;  ///< bytes into the text given to tokenize()
  TokenType type = TokenType::kWord;
  std::string norm;   ///< fold() of the token text ("Lee’s" part "’s" -> "'s"; "—" -> "-")
  std::string stem;   ///< Porter2 stem of norm for words; norm for numbers and punctuation
  bool stop = false;  ///< an English stop word (function words, "'s", auxiliaries, negators)
  bool cap = false;   ///< first letter is upper case
  bool ordinal = false;  ///< a number with an ordinal suffix ("25th", "1st")
  bool joined = false;   ///< followed by a hyphen and another word or number ("45-minute"; "36 - year - old")
  bool space_before = true;  ///< white space (or the range start) precedes the token
};

/// Tokenizes text[begin, end) of valid UTF-8 `text`. Offsets are into `text`. Returns no token for
/// an empty or all-space range; clamps a range that runs past the end.
std::vector<Token> tokenize(std::string_view text, size_t begin, size_t end);

/// True for an English stop word given in folded form ("the", "and", "is", "'s", "not" ...).
bool is_stop_word(std::string_view folded);

/// True for a negator in folded form: "not", "no", "never", "none", "nobody", "nothing",
/// "neither", "nor", "without", or a word ending in "n't".
bool is_negator(std::string_view folded);

/// Words that turn a following negator into an amount ("almost no", "nearly nothing",
/// "virtually none"): the pair states a small amount, not a negation.
bool is_approximator(std::string_view folded);

}  // namespace tri
