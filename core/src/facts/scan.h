// scan.h — internal: the view of one unit's tokens that every fact reader shares, the small
// word lists more than one reader needs, and the readers' entry points (one unit per fact kind:
// quantity.cc, time.cc, name.cc, polarity.cc, attribution.cc; facts.cc runs them in order).
//
// Every rule looks a bounded number of tokens around its position, so each reader is linear in
// the number of tokens. Token indices past the end read as nothing (an empty word), so rules
// can look ahead without bounds checks.
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "triangulate/facts.h"
#include "triangulate/tokens.h"
#include "word_list.h"

namespace tri {
namespace facts_internal {

inline constexpr size_t kNone = static_cast<size_t>(-1);

bool ends_with(std::string_view w, std::string_view suffix);
/// a == b for a literal b, its length known at compile time. The comparison is out of line and
/// takes plain scalars, so each of the hundreds of call sites stays a few bytes of WebAssembly.
bool eq_chars(const char* a, size_t n, const char* b, size_t m);
template <size_t M>
bool eq(std::string_view a, const char (&b)[M]) {
  return eq_chars(a.data(), a.size(), b, M - 1);
}

/// The shared token view, with the marks readers leave for each other.
class Scan {
 public:
  Scan(std::string_view text, const std::vector<Token>& tokens);

  size_t size() const { return n_; }
  const Token& tok(size_t i) const { return t_[i]; }
  std::string_view text() const { return text_; }

  // ---- one token (false or empty past the end) ----
  std::string_view norm(size_t i) const {
    return i < n_ ? std::string_view(t_[i].norm) : std::string_view();
  }
  std::string_view stem(size_t i) const {
    return i < n_ ? std::string_view(t_[i].stem) : std::string_view();
  }
  bool word(size_t i) const { return i < n_ && t_[i].type == TokenType::kWord; }
  bool number(size_t i) const { return i < n_ && t_[i].type == TokenType::kNumber; }
  bool any_punct(size_t i) const { return i < n_ && t_[i].type == TokenType::kPunct; }
  bool punct(size_t i, std::string_view p) const { return any_punct(i) && t_[i].norm == p; }
  bool is(size_t i, std::string_view w) const { return word(i) && t_[i].norm == w; }
  // The same for a literal, out of line with its length: each call site stays a few bytes of
  // WebAssembly, and no strlen() runs.
  template <size_t M>
  bool punct(size_t i, const char (&p)[M]) const { return punct_chars(i, p, M - 1); }
  template <size_t M>
  bool is(size_t i, const char (&w)[M]) const { return is_chars(i, w, M - 1); }
  bool cap(size_t i) const { return word(i) && t_[i].cap; }
  bool stop(size_t i) const { return word(i) && t_[i].stop; }
  bool attached(size_t i) const { return i < n_ && !t_[i].space_before; }  ///< no space before
  bool joined(size_t i) const { return i < n_ && t_[i].joined; }          ///< hyphen after
  bool start(size_t i) const { return i < n_ && start_[i]; }  ///< a sentence's first word
  /// Token i is a hyphen between two joined parts ("70-minute").
  bool hyphen_link(size_t i) const;
  /// "no one" or "no-one" (as British spelling writes it) from token i: the index of the token
  /// after it, or 0 when it does not start there.
  size_t no_one(size_t i) const;
  /// A word of two or more upper-case ASCII letters and nothing else ("US", "EU", "U.S.").
  bool acronym(size_t i) const;
  /// A clause boundary: , ; : ( ) [ ] a spaced dash, or a sentence end.
  bool clause_break(size_t i) const;
  /// A sentence end: . ! ? (a full stop after an abbreviation does not count).
  bool sentence_end(size_t i) const;
  /// i - k, or kNone when that is before the first token.
  static size_t back(size_t i, size_t k) { return k <= i ? i - k : kNone; }

  // ---- spans ----
  size_t bpos(size_t i) const;  ///< first byte of token i
  size_t epos(size_t i) const;  ///< one past the last byte of token i
  /// Tokens [b, e) as written (empty when b >= e).
  std::string_view raw(size_t b, size_t e) const;

  // ---- word classes that depend on the neighbours ----
  /// 1..12 when token i names a month here ("May" only capitalised and not a sentence's first
  /// word unless a number follows; "Jan" only before "." or a number), else 0.
  int month_at(size_t i) const;
  /// 0 (Monday) .. 6 (Sunday) when token i is a weekday, else -1.
  int weekday_at(size_t i) const;
  /// A plural-looking noun ("trucks", "people"; not "gas", "bus", "its").
  bool plural_like(size_t i) const;
  /// An adjective-like or modifying word ("armed", "local", a capitalised or hyphen-joined word).
  bool modifier_like(size_t i) const;
  /// A four-digit whole number 1000..2100.
  bool year_number(size_t i, int* year) const;
  /// 1..31 as a plain or ordinal whole number, else 0.
  int day_number(size_t i) const;
  /// A verb form: -ed, -ing, or a common irregular past tense ("ran", "fell", "met").
  bool verb_like(size_t i) const;

  /// Marks a reader leaves: the token belongs to a time or a quantity / to a name.
  std::vector<char> used;
  std::vector<char> in_name;
  /// Hedges and prefixes of the next time or quantity may not reach before this token.
  size_t floor = 0;

 private:
  bool punct_chars(size_t i, const char* p, size_t m) const;
  bool is_chars(size_t i, const char* w, size_t m) const;

  std::string_view text_;
  const std::vector<Token>& t_;
  size_t n_;
  std::vector<char> start_;
};

// ---- word lists more than one reader uses (all take folded words) ----
bool is_determiner(std::string_view w);  ///< the, a, an, its, their, this ...
bool is_be_form(std::string_view w);     ///< is, are, was, were, be, been, being, 's ...
bool is_auxiliary(std::string_view w);  ///< be and have forms, do, will, would, can, could, may ...
bool is_modal_verb(std::string_view w);  ///< may, might, could, can, would, should, must
bool is_clause_word(std::string_view w); ///< that, which, who, while, because, but, according ...
bool is_pronoun(std::string_view w);     ///< he, she, they, it, we, i, you
bool is_abbreviation(std::string_view w);  ///< "mr", "gen", "jan" ...: a full stop after it goes on
bool is_reporting_verb(
    std::string_view w);                  ///< said, says, told, reported, announced, confirmed ...
bool is_adverb_like(std::string_view w);  ///< -ly words and a few others ("yet", "still", "ever")
/// 0 (Monday) .. 6 for a folded weekday name, else -1.
int weekday_index(std::string_view w);
/// "Monday" .. "Sunday"; "January" .. "December" (index checked by the caller).
extern const std::string_view kWeekdayNames[7];
extern const std::string_view kMonthNames[12];

// ---- the readers ----
/// Reads a time starting at token i into `out`; returns the token after it, or kNone.
size_t read_time(Scan& s, size_t i, std::vector<TimeExpr>* out);
/// Reads a quantity starting at token i into `out`; returns the token to go on from (past the
/// quantity, or past a number that is deliberately not read), or kNone.
size_t read_quantity(Scan& s, size_t i, std::vector<Quantity>* out);
/// Reads every name mention (after times and quantities, whose tokens it skips).
void read_names(Scan& s, std::vector<NameMention>* out);
/// Reads every attribution.
void read_attributions(const Scan& s, std::vector<Attribution>* out);
/// Reads every negation and every marker of modality.
void read_polarity(const Scan& s, std::vector<Negation>* negations,
                   std::vector<Modality>* modalities);

}  // namespace facts_internal
}  // namespace tri
