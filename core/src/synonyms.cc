// synonyms.cc — the synonym resource: core/data/synonyms.txt (derived from WordNet 3.0 by
// scripts/make-synonyms.py), compiled in as text and parsed on first use into a map from term
// key (the spelling-folded Porter2 stem) to the groups it belongs to.
#include <algorithm>
#include <unordered_map>

#include "judge.h"
#include "triangulate/stem.h"

namespace tri {

extern const char* const kSynonymData;  // generated from core/data/synonyms.txt

namespace {

std::unordered_map<std::string, std::vector<uint32_t>> load() {
  std::unordered_map<std::string, std::vector<uint32_t>> map;
  const std::string_view data(kSynonymData);
  uint32_t group = 0;
  size_t line_start = 0;
  while (line_start < data.size()) {
    size_t line_end = data.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = data.size();
    const std::string_view line = data.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> keys;
    size_t w = 0;
    while (w < line.size()) {
      size_t e = line.find(' ', w);
      if (e == std::string_view::npos) e = line.size();
      Token t;
      t.type = TokenType::kWord;
      t.norm = std::string(line.substr(w, e - w));
      t.stem = stem_english(t.norm);
      keys.push_back(term_key(t));
      w = e + 1;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    if (keys.size() < 2) continue;  // the words stem alike: nothing to add
    for (const auto& k : keys) map[k].push_back(group);
    ++group;
  }
  return map;
}

}  // namespace

const std::vector<uint32_t>& synonym_groups_of(const std::string& key) {
  static const auto map = load();  // thread-safe initialisation
  static const std::vector<uint32_t> none;
  const auto it = map.find(key);
  return it == map.end() ? none : it->second;
}

}  // namespace tri
