// term_keys — prints the engine's term key of each input line (a word or a phrase), one per line;
// a phrase's keys are joined by "_" ("set off" -> "set_off"). Used by scripts/make-lexicon.py so
// that data files are keyed exactly as the engine matches tokens (core/src/terms.h).
//
// usage: term_keys < words.txt > keys.txt
#include <iostream>
#include <string>

#include "terms.h"
#include "triangulate/tokens.h"

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    std::string out;
    for (const tri::Token& t : tri::tokenize(line, 0, line.size())) {
      if (t.type == tri::TokenType::kPunct) continue;
      if (!out.empty()) out += '_';
      out += tri::term_key(t);
    }
    std::cout << out << '\n';
  }
  return 0;
}
