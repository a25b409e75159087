// stem.cc — the Porter2 (Snowball English) stemmer, current Snowball 3 rules.
//
// The algorithm is described at snowballstem.org (English stemmer). This is an independent
// C++ rendering of it. The word is copied once into the string that is returned and then
// rewritten in place: every rule replaces a suffix by something no longer than the suffix,
// so the word never grows past its original length and no further allocation happens.
//
// Conventions used throughout:
//   * `n` is the current length of the word held in `w[0, n)`.
//   * A "suffix at bra" means the suffix occupies `w[bra, n)`.
//   * `R1` / `R2` hold at position `i` when `i >= p1` / `i >= p2` (Snowball's `$p1 <= cursor`).
//   * During stemming, a `y` that acts as a consonant is written as `Y` (so it is not a vowel);
//     the postlude turns every `Y` back into `y`.

#include "triangulate/stem.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

namespace tri {
namespace {

bool is_vowel(char c) {
  switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
      return true;
    default:
      return false;
  }
}

// v_WXY in the Snowball source: the vowels plus w, x and Y.
bool is_vowel_wxy(char c) { return is_vowel(c) || c == 'w' || c == 'x' || c == 'Y'; }

// Letters that may precede a deletable "li" in step 2.
bool is_valid_li(char c) {
  switch (c) {
    case 'c': case 'd': case 'e': case 'g': case 'h':
    case 'k': case 'm': case 'n': case 'r': case 't':
      return true;
    default:
      return false;
  }
}

// The rules of steps 2, 3 and 4, "suffix/replacement/condition" separated by spaces, ordered by
// decreasing suffix length, so the first rule whose suffix matches is the longest match
// (Snowball's `among` semantics: only the longest match is tried). The condition, beyond the
// suffix starting in the step's region: '.' none, 'r' the suffix starts in R2, 'l' it follows an
// 'l' ("-logi" -> "-log"), 'v' it follows one of cdeghkmnrt, 's' it follows 's' or 't'.
constexpr std::string_view kStep2 =
    "ational/ate/. fulness/ful/. ousness/ous/. iveness/ive/. ization/ize/. tional/tion/. "
    "biliti/ble/. lessli/less/. entli/ent/. ation/ate/. alism/al/. aliti/al/. ousli/ous/. "
    "iviti/ive/. fulli/ful/. ogist/og/. enci/ence/. anci/ance/. abli/able/. izer/ize/. "
    "ator/ate/. alli/al/. bli/ble/. ogi/og/l li//v";

constexpr std::string_view kStep3 =
    "ational/ate/. tional/tion/. alize/al/. icate/ic/. iciti/ic/. ative//r ical/ic/. "
    "ness//. ful//.";

constexpr std::string_view kStep4 =
    "ement//. ance//. ence//. able//. ible//. ment//. ant//. ent//. ism//. ate//. iti//. "
    "ous//. ive//. ize//. ion//s al//. er//. ic//.";

// Whole words with a fixed stem, checked before anything else: "word/stem " each. Special
// changes; special -ly cases; invariant forms; words that are not plural forms.
constexpr std::string_view kExceptions =
    "skis/ski skies/sky dying/die lying/lie tying/tie "
    "idly/idl gently/gentl ugly/ugli early/earli only/onli singly/singl "
    "sky/sky news/news howe/howe "
    "atlas/atlas cosmos/cosmos bias/bias andes/andes ";

// Prefixes after which R1 starts, overriding the usual vowel/consonant rule ("prefix " each).
constexpr std::string_view kR1Prefixes = "gener commun arsen past univers later emerg organ inter ";

class Stemmer {
 public:
  Stemmer(char* w, int n) : w_(w), n_(n) {}

  int length() const { return n_; }

  void run() {
    prelude();
    mark_regions();
    step_1a();
    step_1b();
    step_1c();
    apply_rules(kStep2, /*region=*/p1_);
    apply_rules(kStep3, /*region=*/p1_);
    apply_rules(kStep4, /*region=*/p2_);
    step_5();
    postlude();
  }

 private:
  bool ends_with(std::string_view suffix) const { return ends_with_at(n_, suffix); }

  // Whether w[0, end) ends with `suffix`.
  bool ends_with_at(int end, std::string_view suffix) const {
    const int len = static_cast<int>(suffix.size());
    return end >= len && std::memcmp(w_ + end - len, suffix.data(), suffix.size()) == 0;
  }

  // Replaces w[bra, n) by `text`, which is never longer than what it replaces.
  void replace_tail(int bra, std::string_view text) {
    std::memcpy(w_ + bra, text.data(), text.size());
    n_ = bra + static_cast<int>(text.size());
  }

  bool has_vowel_before(int end) const {
    for (int i = 0; i < end; ++i) {
      if (is_vowel(w_[i])) return true;
    }
    return false;
  }

  // A short syllable ends at `end`: non-vowel, vowel, then a non-vowel other than w, x or Y;
  // or vowel then non-vowel at the start of the word; or the word ends in "past".
  bool short_syllable_at(int end) const {
    if (end >= 3 && !is_vowel_wxy(w_[end - 1]) && is_vowel(w_[end - 2]) &&
        !is_vowel(w_[end - 3])) {
      return true;
    }
    if (end == 2 && !is_vowel(w_[1]) && is_vowel(w_[0])) return true;
    return ends_with_at(end, "past");
  }

  void prelude() {
    if (n_ > 0 && w_[0] == '\'') {
      std::memmove(w_, w_ + 1, static_cast<std::size_t>(n_ - 1));
      --n_;
    }
    if (n_ > 0 && w_[0] == 'y') w_[0] = 'Y';
    for (int i = 1; i < n_; ++i) {
      if (w_[i] == 'y' && is_vowel(w_[i - 1])) w_[i] = 'Y';
    }
  }

  // Position just past the first non-vowel that follows a vowel, searching from `from`;
  // `n_` when there is none.
  int after_vowel_consonant(int from) const {
    int i = from;
    while (i < n_ && !is_vowel(w_[i])) ++i;
    if (i >= n_) return n_;
    while (i < n_ && is_vowel(w_[i])) ++i;
    return i >= n_ ? n_ : i + 1;
  }

  void mark_regions() {
    p1_ = -1;
    for (std::string_view rest = kR1Prefixes; !rest.empty() && p1_ < 0;) {
      const std::string_view prefix = rest.substr(0, rest.find(' '));
      rest.remove_prefix(prefix.size() + 1);
      if (static_cast<int>(prefix.size()) <= n_ && std::memcmp(w_, prefix.data(), prefix.size()) == 0)
        p1_ = static_cast<int>(prefix.size());
    }
    if (p1_ < 0) p1_ = after_vowel_consonant(0);
    p2_ = after_vowel_consonant(p1_);
  }

  void step_1a() {
    // Apostrophe endings: 's' , 's , '.
    if (ends_with("'s'")) {
      n_ -= 3;
    } else if (ends_with("'s")) {
      n_ -= 2;
    } else if (ends_with("'")) {
      n_ -= 1;
    }
    if (ends_with("sses")) {
      n_ -= 2;  // -> ss
    } else if (ends_with("ied") || ends_with("ies")) {
      // "ties" -> "tie", "cries" -> "cri": keep the e when only one letter precedes.
      const int bra = n_ - 3;
      replace_tail(bra, bra >= 2 ? std::string_view("i") : std::string_view("ie"));
    } else if (ends_with("ss") || ends_with("us")) {
      // Left alone.
    } else if (ends_with("s")) {
      // Delete when a vowel occurs before the letter preceding the s ("gaps" but not "gas").
      if (n_ >= 2 && has_vowel_before(n_ - 2)) --n_;
    }
  }

  // True when w[0, end) is exactly `word`.
  bool is_whole(int end, std::string_view word) const {
    return end == static_cast<int>(word.size()) &&
           std::memcmp(w_, word.data(), word.size()) == 0;
  }

  void step_1b() {
    int bra;
    const bool eedly = ends_with("eedly");
    if (eedly || ends_with("eed")) {
      bra = n_ - (eedly ? 5 : 3);
      // proceed, exceed, succeed are left alone.
      if (is_whole(bra, "proc") || is_whole(bra, "exc") || is_whole(bra, "succ")) return;
      if (bra >= p1_) replace_tail(bra, "ee");
      return;
    }
    if (ends_with("ingly")) {
      bra = n_ - 5;
    } else if (ends_with("edly")) {
      bra = n_ - 4;
    } else if (ends_with("ing")) {
      bra = n_ - 3;
      // dying -> die, lying -> lie, tying -> tie, vying -> vie.
      if (bra == 2 && w_[1] == 'y' && !is_vowel(w_[0])) {
        replace_tail(1, "ie");
        return;
      }
      // inning, outing, canning, herring, earring, evening are left alone.
      if (is_whole(bra, "inn") || is_whole(bra, "out") || is_whole(bra, "cann") ||
          is_whole(bra, "herr") || is_whole(bra, "earr") || is_whole(bra, "even")) {
        return;
      }
    } else if (ends_with("ed")) {
      bra = n_ - 2;
    } else {
      return;
    }
    if (!has_vowel_before(bra)) return;
    n_ = bra;
    if (ends_with("at") || ends_with("bl") || ends_with("iz")) {
      w_[n_++] = 'e';
      return;
    }
    if (n_ >= 2 && w_[n_ - 1] == w_[n_ - 2]) {
      switch (w_[n_ - 1]) {
        case 'b': case 'd': case 'f': case 'g': case 'm':
        case 'n': case 'p': case 'r': case 't': {
          // Undouble, except after a single initial a/e/o ("added", "egged", "odder").
          const char first = w_[0];
          const bool keep = n_ == 3 && (first == 'a' || first == 'e' || first == 'o');
          if (!keep) --n_;
          return;
        }
        default:
          break;
      }
    }
    if (n_ == p1_ && short_syllable_at(n_)) w_[n_++] = 'e';
  }

  void step_1c() {
    if (n_ < 3) return;
    const char last = w_[n_ - 1];
    if ((last == 'y' || last == 'Y') && !is_vowel(w_[n_ - 2])) w_[n_ - 1] = 'i';
  }

  // Finds the longest suffix of `rules` (kStep2, kStep3, kStep4); if it starts at or after
  // `region` and its condition holds, replaces it.
  void apply_rules(std::string_view rules, int region) {
    while (!rules.empty()) {
      const size_t a = rules.find('/'), b = rules.find('/', a + 1);
      const std::string_view suffix = rules.substr(0, a), replacement = rules.substr(a + 1, b - a - 1);
      const char cond = rules[b + 1];
      rules.remove_prefix(std::min(rules.size(), b + 3));
      if (!ends_with(suffix)) continue;
      const int bra = n_ - static_cast<int>(suffix.size());
      const char before = bra > 0 ? w_[bra - 1] : '\0';
      if (bra < region || (cond == 'r' && bra < p2_) || (cond == 'l' && before != 'l') ||
          (cond == 'v' && !is_valid_li(before)) || (cond == 's' && before != 's' && before != 't'))
        return;
      replace_tail(bra, replacement);
      return;
    }
  }

  void step_5() {
    if (n_ == 0) return;
    const int bra = n_ - 1;
    if (w_[bra] == 'e') {
      if (bra >= p2_ || (bra >= p1_ && !short_syllable_at(bra))) n_ = bra;
    } else if (w_[bra] == 'l') {
      if (bra >= p2_ && bra >= 1 && w_[bra - 1] == 'l') n_ = bra;
    }
  }

  void postlude() {
    for (int i = 0; i < n_; ++i) {
      if (w_[i] == 'Y') w_[i] = 'y';
    }
  }

  char* w_;
  int n_;
  int p1_ = 0;
  int p2_ = 0;
};

}  // namespace

std::string stem_english(std::string_view word) {
  std::string out(word);
  if (out.size() < 3) return out;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (!((c >= 'a' && c <= 'z') || c == '\'')) {
      return std::string(word);
    }
  }
  for (std::string_view rest = kExceptions; !rest.empty();) {
    const size_t slash = rest.find('/'), space = rest.find(' ');
    if (rest.substr(0, slash) == out) return std::string(rest.substr(slash + 1, space - slash - 1));
    rest.remove_prefix(space + 1);
  }
  Stemmer stemmer(out.data(), static_cast<int>(out.size()));
  stemmer.run();
  out.resize(static_cast<std::size_t>(stemmer.length()));
  return out;
}

}  // namespace tri
