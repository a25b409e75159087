// copies.cc — copy classes: one text compared once however many sources carry it (copies.h).
#include "copies.h"

#include <algorithm>
#include <string_view>

#include "string_ids.h"

namespace tri {

std::vector<uint32_t> text_ids(const Result& r, const std::vector<SimUnit>& units) {
  std::vector<uint32_t> out(units.size(), kNoText);
  StringIds ids;
  std::vector<uint8_t> headline;  // per id: the kind of its first unit
  for (size_t k = 0; k < units.size(); ++k) {
    const SimUnit& u = units[k];
    if (u.data->tokens.empty()) continue;
    const Unit& unit = r.sources[u.source].units[u.unit];
    const std::string_view text = std::string_view(r.sources[u.source].text).substr(unit.begin, unit.end - unit.begin);
    const uint32_t id = ids.intern(text);
    if (id == headline.size()) headline.push_back(u.headline);
    if (headline[id] == u.headline) out[k] = id;
  }
  return out;
}

std::vector<std::vector<uint32_t>> find_copy_classes(const Result& r, const std::vector<int>& event,
                                                     std::vector<SimUnit>* units) {
  // Units by text, in unit order (source order). A text's first unit fixes its event: a copy in a
  // source of another event is compared as any unit.
  const std::vector<uint32_t> id = text_ids(r, *units);
  std::vector<std::vector<uint32_t>> by_text;
  for (uint32_t k = 0; k < units->size(); ++k) {
    if (id[k] == kNoText) continue;
    if (by_text.size() <= id[k]) by_text.resize(id[k] + 1);
    std::vector<uint32_t>& members = by_text[id[k]];
    if (!members.empty() && event[static_cast<size_t>((*units)[members[0]].source)] != event[static_cast<size_t>((*units)[k].source)])
      continue;
    members.push_back(k);
  }
  std::vector<std::vector<uint32_t>> out;
  for (std::vector<uint32_t>& members : by_text) {
    // One unit per source (a source that repeats a sentence marks the repeat a duplicate, so this
    // holds already; kept as the rule).
    std::vector<uint32_t> kept;
    for (uint32_t k : members)
      if (kept.empty() || (*units)[kept.back()].source != (*units)[k].source) kept.push_back(k);
    if (kept.size() <= static_cast<size_t>(kCopySources)) continue;
    for (size_t i = 1; i < kept.size(); ++i) (*units)[kept[i]].copy = true;
    out.push_back(std::move(kept));
  }
  return out;
}

void add_copies(const Result& r, std::vector<std::pair<UnitRef, Span>>* units) {
  if (r.copies.empty()) return;
  const size_t n = units->size();
  for (size_t k = 0; k < n; ++k) {
    const auto [first, span] = (*units)[k];
    const auto c = std::lower_bound(r.copies.begin(), r.copies.end(), first,
                                    [](const std::vector<UnitRef>& x, const UnitRef& u) { return x[0] < u; });
    if (c == r.copies.end() || !((*c)[0] == first)) continue;
    const size_t from = r.sources[first.source].units[first.unit].begin;
    for (size_t i = 1; i < c->size(); ++i) {
      const UnitRef& u = (*c)[i];
      const size_t to = r.sources[u.source].units[u.unit].begin;
      units->push_back({u, {span.begin - from + to, span.end - from + to}});
    }
  }
}

void copy_statuses(Result* r) {
  for (const std::vector<UnitRef>& c : r->copies) {
    const GroupStatus status = r->sources[c[0].source].units[c[0].unit].status;
    for (size_t i = 1; i < c.size(); ++i) r->sources[c[i].source].units[c[i].unit].status = status;
  }
}

}  // namespace tri
