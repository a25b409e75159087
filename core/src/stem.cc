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

#include <cstddef>
#include <cstring>

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

// What a rule additionally requires before it fires.
enum class Cond : unsigned char {
  kNone,
  kR2,           // the suffix starts in R2
  kPrecededL,    // the suffix is preceded by 'l'   ("-logi" -> "-log")
  kValidLi,      // the suffix is preceded by one of cdeghkmnrt
  kPrecededST,   // the suffix is preceded by 's' or 't'
};

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
  Cond cond;
};

// Tables are ordered by decreasing suffix length, so the first rule whose suffix matches is
// the longest match (Snowball's `among` semantics: only the longest match is tried).
constexpr Rule kStep2[] = {
    {"ational", "ate", Cond::kNone},   {"fulness", "ful", Cond::kNone},
    {"ousness", "ous", Cond::kNone},   {"iveness", "ive", Cond::kNone},
    {"ization", "ize", Cond::kNone},   {"tional", "tion", Cond::kNone},
    {"biliti", "ble", Cond::kNone},    {"lessli", "less", Cond::kNone},
    {"entli", "ent", Cond::kNone},     {"ation", "ate", Cond::kNone},
    {"alism", "al", Cond::kNone},      {"aliti", "al", Cond::kNone},
    {"ousli", "ous", Cond::kNone},     {"iviti", "ive", Cond::kNone},
    {"fulli", "ful", Cond::kNone},     {"ogist", "og", Cond::kNone},
    {"enci", "ence", Cond::kNone},     {"anci", "ance", Cond::kNone},
    {"abli", "able", Cond::kNone},     {"izer", "ize", Cond::kNone},
    {"ator", "ate", Cond::kNone},      {"alli", "al", Cond::kNone},
    {"bli", "ble", Cond::kNone},       {"ogi", "og", Cond::kPrecededL},
    {"li", "", Cond::kValidLi},
};

constexpr Rule kStep3[] = {
    {"ational", "ate", Cond::kNone}, {"tional", "tion", Cond::kNone},
    {"alize", "al", Cond::kNone},    {"icate", "ic", Cond::kNone},
    {"iciti", "ic", Cond::kNone},    {"ative", "", Cond::kR2},
    {"ical", "ic", Cond::kNone},     {"ness", "", Cond::kNone},
    {"ful", "", Cond::kNone},
};

constexpr Rule kStep4[] = {
    {"ement", "", Cond::kNone}, {"ance", "", Cond::kNone}, {"ence", "", Cond::kNone},
    {"able", "", Cond::kNone},  {"ible", "", Cond::kNone}, {"ment", "", Cond::kNone},
    {"ant", "", Cond::kNone},   {"ent", "", Cond::kNone},  {"ism", "", Cond::kNone},
    {"ate", "", Cond::kNone},   {"iti", "", Cond::kNone},  {"ous", "", Cond::kNone},
    {"ive", "", Cond::kNone},   {"ize", "", Cond::kNone},  {"ion", "", Cond::kPrecededST},
    {"al", "", Cond::kNone},    {"er", "", Cond::kNone},   {"ic", "", Cond::kNone},
};

// Whole words with a fixed stem, checked before anything else.
struct Exception {
  std::string_view word;
  std::string_view stem;
};
constexpr Exception kExceptions[] = {
    // Special changes.
    {"skis", "ski"}, {"skies", "sky"}, {"dying", "die"}, {"lying", "lie"}, {"tying", "tie"},
    // Special -ly cases.
    {"idly", "idl"}, {"gently", "gentl"}, {"ugly", "ugli"}, {"early", "earli"},
    {"only", "onli"}, {"singly", "singl"},
    // Invariant forms.
    {"sky", "sky"}, {"news", "news"}, {"howe", "howe"},
    // Not plural forms.
    {"atlas", "atlas"}, {"cosmos", "cosmos"}, {"bias", "bias"}, {"andes", "andes"},
};

// Prefixes after which R1 starts, overriding the usual vowel/consonant rule.
constexpr std::string_view kR1Prefixes[] = {
    "gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter",
};

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
    for (std::string_view prefix : kR1Prefixes) {
      if (static_cast<int>(prefix.size()) <= n_ &&
          std::memcmp(w_, prefix.data(), prefix.size()) == 0) {
        p1_ = static_cast<int>(prefix.size());
        break;
      }
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

  // Finds the longest suffix of `rules` (ordered by decreasing length); if it starts at or
  // after `region` and its condition holds, replaces it.
  template <std::size_t N>
  void apply_rules(const Rule (&rules)[N], int region) {
    const char last = n_ > 0 ? w_[n_ - 1] : '\0';
    for (const Rule& rule : rules) {
      if (rule.suffix.back() != last || !ends_with(rule.suffix)) continue;
      const int bra = n_ - static_cast<int>(rule.suffix.size());
      if (bra < region) return;
      switch (rule.cond) {
        case Cond::kNone:
          break;
        case Cond::kR2:
          if (bra < p2_) return;
          break;
        case Cond::kPrecededL:
          if (bra < 1 || w_[bra - 1] != 'l') return;
          break;
        case Cond::kValidLi:
          if (bra < 1 || !is_valid_li(w_[bra - 1])) return;
          break;
        case Cond::kPrecededST:
          if (bra < 1 || (w_[bra - 1] != 's' && w_[bra - 1] != 't')) return;
          break;
      }
      replace_tail(bra, rule.replacement);
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
  for (const Exception& e : kExceptions) {
    if (e.word == out) return std::string(e.stem);
  }
  Stemmer stemmer(out.data(), static_cast<int>(out.size()));
  stemmer.run();
  out.resize(static_cast<std::size_t>(stemmer.length()));
  return out;
}

}  // namespace tri
