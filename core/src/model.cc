// model.cc — reading and evaluating the tree ensemble.
#include "model.h"

#include <string>

#include "decimal.h"
#include "detmath.h"

namespace tri {
namespace {

struct Lines {
  std::string_view text;
  size_t pos = 0;
  // The next line that is not empty and not a comment; false at the end.
  bool next(std::string_view* line) {
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      std::string_view l = text.substr(pos, end - pos);
      pos = end + 1;
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      if (l.empty() || l[0] == '#') continue;
      *line = l;
      return true;
    }
    return false;
  }
};

std::vector<std::string> split(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Parses a whole number or a decimal (C locale, as Python's repr() writes it).
bool number(const std::string& s, double* out) {
  return read_decimal(s, out);
}

bool integer(const std::string& s, int* out) {
  double d = 0;
  if (!number(s, &d) || d != static_cast<double>(static_cast<long>(d)) || d < -1 || d > 1e7) return false;
  *out = static_cast<int>(d);
  return true;
}

}  // namespace

std::string Model::load(std::string_view text) {
  *this = Model();
  Lines lines{text};
  std::string_view line;
  while (lines.next(&line)) {
    const auto f = split(line);
    const std::string bad = "model: cannot read \"" + std::string(line.substr(0, 80)) + "\"";
    if (f[0] == "model" && f.size() == 2) {
      id_ = f[1];
    } else if (f[0] == "features" && f.size() >= 2) {
      int n = 0;
      if (!integer(f[1], &n) || static_cast<size_t>(n) + 2 != f.size()) return bad;
      features_.assign(f.begin() + 2, f.end());
    } else if (f[0] == "threshold" && f.size() == 3) {
      double v = 0;
      if (!number(f[2], &v)) return bad;
      thresholds_.emplace_back(f[1], v);
    } else if (f[0] == "base" && f.size() == 2) {
      if (!number(f[1], &base_)) return bad;
    } else if (f[0] == "tree" && f.size() == 2) {
      int n = 0;
      if (!integer(f[1], &n) || n < 1) return bad;
      std::vector<Node> tree(static_cast<size_t>(n));
      for (Node& node : tree) {
        if (!lines.next(&line)) return "model: a tree ends early";
        const auto g = split(line);
        if (g.size() != 5 || !integer(g[0], &node.feature) || !number(g[1], &node.threshold) ||
            !integer(g[2], &node.left) || !integer(g[3], &node.right) || !number(g[4], &node.value))
          return "model: cannot read node \"" + std::string(line.substr(0, 80)) + "\"";
      }
      // Every split names a known feature and points forward inside the tree (so evaluation
      // always ends at a leaf).
      for (size_t k = 0; k < tree.size(); ++k) {
        const Node& node = tree[k];
        if (node.feature < 0) continue;
        if (static_cast<size_t>(node.feature) >= features_.size() || node.left <= static_cast<int>(k) ||
            node.right <= static_cast<int>(k) || node.left >= n || node.right >= n)
          return "model: a node points outside its tree";
      }
      trees_.push_back(std::move(tree));
    } else {
      return bad;
    }
  }
  if (id_.empty() || features_.empty() || trees_.empty()) return "model: no model in the data";
  return "";
}

double Model::log_odds(const std::vector<double>& x) const {
  double sum = base_;
  for (const auto& tree : trees_) {
    size_t k = 0;
    while (tree[k].feature >= 0) {
      const size_t f = static_cast<size_t>(tree[k].feature);
      // Features are compared in single precision, as the trainer (scikit-learn) compared them.
      const double v = static_cast<float>(f < x.size() ? x[f] : 0.0);
      k = static_cast<size_t>(v <= tree[k].threshold ? tree[k].left : tree[k].right);
    }
    sum += tree[k].value;
  }
  return sum;
}

double Model::probability(const std::vector<double>& x) const { return sigmoid(log_odds(x)); }

double Model::threshold(std::string_view name) const {
  for (const auto& [n, v] : thresholds_)
    if (n == name) return v;
  return 1.0;
}

}  // namespace tri
