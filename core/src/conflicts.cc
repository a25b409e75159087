// conflicts.cc — typed substitutions between aligned units: find_differences() runs each kind of
// difference (conflicts/kinds.h) in turn.
#include "conflicts.h"

#include <string>
#include <vector>

#include "conflicts/kinds.h"

namespace tri {

ReasonParts reason_parts(const std::string& reason) {
  ReasonParts p;
  const size_t colon = reason.find(": ");
  const size_t from = colon == std::string::npos ? 0 : colon + 2;
  const size_t vs = reason.find(" vs ", from);
  if (vs == std::string::npos) return p;
  p.head = reason.substr(0, from);
  p.a = reason.substr(from, vs - from);
  p.b = reason.substr(vs + 4);
  p.values = true;
  return p;
}

namespace {

// The denials and opposites between the two sides: find_differences()' differences of type
// "negation", in its order (a denial found one way is not looked for the other way).
void denials(const conflicts_internal::Side& sa, const conflicts_internal::Side& sb, const WordAlignment& al,
             const Lexicon& lexicon, std::vector<Difference>* out) {
  using namespace conflicts_internal;
  std::vector<Difference> neg;
  const std::vector<Negated> na = negated(sa.u), nb = negated(sb.u);
  negations(sa, na, sb, nb, true, lexicon, &neg);
  if (neg.empty()) negations(sb, nb, sa, na, false, lexicon, &neg);
  std::vector<Difference> opp;
  antonyms(sa, sb, al, lexicon, &opp);
  // A denial that an opposite tells in the same words is one disagreement, which the opposite names
  // ("admitted forging the signature" / "denied forging the signature": "admitted" vs "denied").
  const auto meet = [](Span x, Span y) { return x.begin < y.end && y.begin < x.end; };
  for (const Difference& d : neg) {
    bool told = false;
    for (const Difference& o : opp)
      told = told || meet(d.discrepancy.a, o.discrepancy.a) || meet(d.discrepancy.b, o.discrepancy.b);
    if (!told) out->push_back(d);
  }
  out->insert(out->end(), opp.begin(), opp.end());
}

}  // namespace

std::vector<Difference> find_differences(const SimUnit& a, const SimUnit& b, const WordAlignment& al,
                                         std::string_view text_a, std::string_view text_b, const Lexicon& lexicon) {
  using namespace conflicts_internal;  // the kinds of difference
  if (only_a_time(a) || only_a_time(b)) return {};
  const Side sa{a, al.a_to_b, al.a_match, text_a, &al, true};
  const Side sb{b, al.b_to_a, al.b_match, text_b, &al, false};
  std::vector<Difference> out;
  // The values of two people the sentences are about are no dispute (kinds.h openers_apart): no
  // numbers or dates compared, no runs of numbers substituted.
  const bool one_subject = !openers_apart(sa, sb, lexicon);
  if (one_subject) {
    numbers(sa, sb, lexicon, &out);
    dates(sa, sb, lexicon, &out);
  }
  names(sa, sb, lexicon, &out);
  roles(sa, sb, lexicon, &out);
  substitutions(sa, sb, one_subject, lexicon, &out);
  denials(sa, sb, al, lexicon, &out);
  return out;
}

bool denial_word_for_word(const SimUnit& a, const SimUnit& b, const WordAlignment& al) {
  const auto covered = [](const SimUnit& u, const std::vector<int>& to, const std::vector<WordMatch>& how) {
    size_t n = 0;
    for (size_t k = 0; k < u.words.size(); ++k) {
      const uint8_t f = u.words[k].flags;
      if (!(f & kContent) || (f & kNegator)) continue;
      if (k >= to.size() || to[k] < 0 || how[k] != WordMatch::kExact) return size_t{0};
      ++n;
    }
    return n;
  };
  return covered(a, al.a_to_b, al.a_match) >= 2 && covered(b, al.b_to_a, al.b_match) >= 2;
}

bool denial_or_opposite(const SimUnit& a, const SimUnit& b, const WordAlignment& al, std::string_view text_a,
                        std::string_view text_b, const Lexicon& lexicon) {
  using namespace conflicts_internal;
  if (only_a_time(a) || only_a_time(b)) return false;
  const Side sa{a, al.a_to_b, al.a_match, text_a, &al, true};
  const Side sb{b, al.b_to_a, al.b_match, text_b, &al, false};
  std::vector<Difference> out;
  denials(sa, sb, al, lexicon, &out);
  return !out.empty();
}

}  // namespace tri
