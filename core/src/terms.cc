// terms.cc — term keys: stems with spelling variants folded, numbers by value.
#include "terms.h"

namespace tri {

std::string spelling_key(const std::string& stem) {
  std::string s = stem;
  if (s.size() >= 5) {
    for (size_t p = s.find("our"); p != std::string::npos && p > 0; p = s.find("our", p + 1)) {
      // "-our" after a consonant-vowel pattern: colour, armour, favour, honour, labour.
      if (p + 3 <= s.size()) s.erase(p + 1, 1);  // our -> or
    }
    if (s.size() >= 6 && s.compare(s.size() - 2, 2, "ll") == 0) s.pop_back();
    if (s.size() >= 6 && s.compare(s.size() - 3, 3, "ise") == 0) s.replace(s.size() - 3, 3, "iz");
    if (s.size() >= 6 && s.compare(s.size() - 3, 3, "yse") == 0) s.replace(s.size() - 3, 3, "yz");
    if (s.size() >= 5 && s.compare(s.size() - 2, 2, "is") == 0 && s.size() > 6) s.replace(s.size() - 2, 2, "iz");
  }
  return s;
}

std::string term_key(const Token& t) {
  if (t.type == TokenType::kNumber) {
    std::string k = "#";
    for (char c : t.norm)
      if (c != ',') k += c;
    return k;
  }
  return spelling_key(t.stem);
}

}  // namespace tri
