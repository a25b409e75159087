// conflicts/roles.cc — one act with its two parties the other way round: "Perrault defeated
// Halvorsen" / "Perrault was defeated by Halvorsen" (or "Halvorsen beat Perrault").
#include "conflicts/kinds.h"

#include <string>
#include <utility>
#include <vector>

#include "facts/scan.h"

namespace tri {
namespace conflicts_internal {
namespace {

constexpr size_t npos = std::string::npos;

struct Party {
  size_t first = npos, last = npos;  // the name's tokens
};

// A name (a content word of a name, or a capitalised content word the lexicon does not know: a
// sentence's first word, "Varga beat") ending at token `end` or one token before it, going back;
// or, going forward, starting at `end` or after "the" there.
Party name_at(const Side& s, size_t end, bool forward) {
  const auto& t = s.u.data->tokens;
  const auto named = [&](size_t i) {
    return i < t.size() && (s.u.words[i].flags & kContent) &&
           ((s.u.words[i].flags & kName) || (t[i].cap && s.u.words[i].lex == Lexicon::kUnknown));
  };
  Party p;
  if (forward) {
    const size_t i = end < t.size() && t[end].norm == "the" ? end + 1 : end;
    if (!named(i)) return p;
    p.first = p.last = i;
    while (named(p.last + 1)) ++p.last;
    return p;
  }
  for (size_t i = end + 1; i-- > 0 && i + 2 > end;)  // end, then end - 1
    if (named(i)) {
      p.first = p.last = i;
      while (p.first > 0 && named(p.first - 1)) --p.first;
      return p;
    }
  return p;
}

// Who does verb k and to whom: in the active the name right before it ("Perrault defeated",
// "Perrault easily defeated") acts on the name right after it ("defeated Halvorsen", "defeated the
// Tar Heels"); in the passive ("was defeated by Halvorsen", "was not inspired by") the name after
// "by" acts on the name right before the auxiliary.
std::pair<Party, Party> parties(const Side& s, size_t k) {
  const auto& t = s.u.data->tokens;
  if (k == 0) return {};
  if (k + 1 < t.size() && t[k + 1].norm == "by") {
    size_t be = k - 1;
    if (be > 0 && !facts_internal::is_be_form(t[be].norm)) --be;  // "was not", "was reportedly"
    if (facts_internal::is_be_form(t[be].norm)) {
      if (be == 0) return {};
      return {name_at(s, k + 2, true), name_at(s, be - 1, false)};
    }
  }
  return {name_at(s, k - 1, false), name_at(s, k + 1, true)};
}

}  // namespace

void roles(const Side& a, const Side& b, const Lexicon& lexicon, std::vector<Difference>* out) {
  const auto& ta = a.u.data->tokens;
  const auto same = [&](const Party& x, const Party& y) {
    return x.last != npos && y.last != npos && a.u.words[x.last].term == b.u.words[y.last].term;
  };
  for (size_t i = 0; i < ta.size(); ++i) {
    const int j = a.to[i];
    if (j < 0 || !verb_at(a.u, i, lexicon) || !verb_at(b.u, static_cast<size_t>(j), lexicon)) continue;
    const auto [agent_a, patient_a] = parties(a, i);
    const auto [agent_b, patient_b] = parties(b, static_cast<size_t>(j));
    if (!same(agent_a, patient_b) || !same(patient_a, agent_b) || a.u.words[agent_a.last].term == a.u.words[patient_a.last].term)
      continue;
    const Span sa{ta[agent_a.first].begin, ta[agent_a.last].end};
    const Span sb{b.u.data->tokens[agent_b.first].begin, b.u.data->tokens[agent_b.last].end};
    Difference d;
    d.discrepancy = {"name", sa, sb, "who " + ta[i].norm + ": " + span_text(a.text, sa) + " vs " + span_text(b.text, sb)};
    d.anchored = true;
    out->push_back(std::move(d));
    return;  // one act told the other way round is one dispute
  }
}

}  // namespace conflicts_internal
}  // namespace tri
