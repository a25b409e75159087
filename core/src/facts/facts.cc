// facts.cc — runs the readers of each kind of fact over one unit's tokens, in order.
//
// One left-to-right pass reads times and quantities (a time is tried first at each token, so "two
// years ago" and "since 1987" never become quantities); then names (skipping the tokens of times
// and quantities), attributions, and negations with modality. Each reader is linear in the
// number of tokens.
#include "triangulate/facts.h"

#include "facts/scan.h"

namespace tri {

Facts extract_facts(std::string_view text, const std::vector<Token>& tokens) {
  using namespace facts_internal;
  Facts f;
  Scan s(text, tokens);
  size_t i = 0;
  while (i < s.size()) {
    size_t next = read_time(s, i, &f.times);
    if (next == kNone) next = read_quantity(s, i, &f.quantities);
    i = (next == kNone || next <= i) ? i + 1 : next;
  }
  read_names(s, &f.names);
  read_attributions(s, &f.attributions);
  read_polarity(s, &f.negations, &f.modalities);
  // Kept for the whole comparison: no room left from growing the lists.
  f.quantities.shrink_to_fit();
  f.times.shrink_to_fit();
  f.names.shrink_to_fit();
  f.attributions.shrink_to_fit();
  f.negations.shrink_to_fit();
  f.modalities.shrink_to_fit();
  return f;
}

}  // namespace tri
