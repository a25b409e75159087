// model.cc — reading and evaluating the tree ensemble.
#include "model.h"

#include <cstdint>
#include <cstring>
#include <string>

#include "data_lines.h"
#include "decimal.h"
#include "detmath.h"

namespace tri {
namespace {

// Splits `s` at spaces into `parts` (runs of spaces count once).
void split(std::string_view s, std::vector<std::string_view>* parts) {
  std::vector<std::string_view>& out = *parts;
  out.clear();
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
}

// Parses a whole number or a decimal (C locale, as Python's repr() writes it).
bool number(std::string_view s, double* out) {
  return read_decimal(s, out);
}

bool integer(std::string_view s, int* out) {
  double d = 0;
  if (!number(s, &d) || d != static_cast<double>(static_cast<long>(d)) || d < -1 || d > 1e7) return false;
  *out = static_cast<int>(d);
  return true;
}

// The largest float not above t: t rounded to a float, one step down when that rounded up.
float at_or_below(double t) {
  float f = static_cast<float>(t);
  if (!(static_cast<double>(f) > t)) return f;
  uint32_t bits = 0;
  std::memcpy(&bits, &f, sizeof bits);
  if (f == 0.0f) bits = 0x80000001u;  // the negative float nearest zero
  else if (f > 0.0f) --bits;          // floats of one sign are ordered as their bits
  else ++bits;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

}  // namespace

std::vector<std::string> names_of(std::string_view names) {
  std::vector<std::string_view> w;
  split(names, &w);
  return std::vector<std::string>(w.begin(), w.end());
}

std::string Model::load(std::string_view text) {
  *this = Model();
  struct Node {
    int feature = -1, left = -1, right = -1;
    double threshold = 0, value = 0;
  };
  std::vector<std::vector<Node>> trees;
  DataLines lines{text};
  std::string_view line;
  std::vector<std::string_view> f, g;
  while (lines.next(&line)) {
    split(line, &f);
    const std::string_view head = line;
    const auto bad = [head] { return "model: cannot read \"" + std::string(head.substr(0, 80)) + "\""; };
    if (f[0] == "model" && f.size() == 2) {
      id_ = std::string(f[1]);
    } else if (f[0] == "features" && f.size() >= 2) {
      int n = 0;
      if (!integer(f[1], &n) || static_cast<size_t>(n) + 2 != f.size()) return bad();
      std::string names;
      for (size_t k = 2; k < f.size(); ++k) (names += f[k]) += ' ';
      features_ = names_digest(names);
      feature_count_ = f.size() - 2;
    } else if (f[0] == "threshold" && f.size() == 3) {
      double v = 0;
      if (!number(f[2], &v)) return bad();
      thresholds_.emplace_back(std::string(f[1]), v);
    } else if (f[0] == "base" && f.size() == 2) {
      if (!number(f[1], &base_)) return bad();
    } else if (f[0] == "tree" && f.size() == 2) {
      int n = 0;
      if (!integer(f[1], &n) || n < 1) return bad();
      std::vector<Node> tree(static_cast<size_t>(n));
      for (Node& node : tree) {
        if (!lines.next(&line)) return "model: a tree ends early";
        split(line, &g);
        if (g.size() != 5 || !integer(g[0], &node.feature) || !number(g[1], &node.threshold) ||
            !integer(g[2], &node.left) || !integer(g[3], &node.right) || !number(g[4], &node.value))
          return "model: cannot read node \"" + std::string(line.substr(0, 80)) + "\"";
      }
      // Every split names a known feature and points forward inside the tree (so evaluation
      // always ends at a leaf).
      for (size_t k = 0; k < tree.size(); ++k) {
        const Node& node = tree[k];
        if (node.feature < 0) continue;
        if (static_cast<size_t>(node.feature) >= feature_count_ || node.left <= static_cast<int>(k) ||
            node.right <= static_cast<int>(k) || node.left >= n || node.right >= n)
          return "model: a node points outside its tree";
      }
      trees.push_back(std::move(tree));
    } else {
      return bad();
    }
  }
  if (id_.empty() || feature_count_ == 0 || trees.empty()) return "model: no model in the data";
  if (feature_count_ > kMaxFeatures) return "model: too many features";
  // The depth of the deepest tree (children come after their parent, so one pass in order).
  for (const auto& tree : trees) {
    std::vector<int> depth(tree.size(), 0);
    for (size_t k = 0; k < tree.size(); ++k) {
      if (tree[k].feature < 0) continue;
      depth[static_cast<size_t>(tree[k].left)] = depth[static_cast<size_t>(tree[k].right)] = depth[k] + 1;
      depth_ = std::max(depth_, depth[k] + 1);
    }
  }
  if (depth_ > kMaxDepth) return "model: a tree is too deep";
  const size_t inner = (size_t{1} << depth_) - 1, leaves = size_t{1} << depth_;
  // Every tree takes the room of the deepest: refused when that is far more than the file holds
  // (one deep tree among many small ones), so memory stays in proportion to the model's text.
  size_t read = 0;
  for (const auto& tree : trees) read += tree.size();
  if (trees.size() * (inner + leaves) > kMaxPadding * read) return "model: trees of too different depths";
  trees_ = trees.size();
  split_at_.resize(trees_ * inner);
  split_on_.resize(trees_ * inner);
  leaves_.resize(trees_ * leaves);
  for (size_t t = 0; t < trees_; ++t) {
    // Heap position h holds the tree's node `at[h]`; below a leaf, the leaf again.
    std::vector<int> at(inner + leaves, 0);
    for (size_t h = 0; h < inner + leaves; ++h) {
      if (h > 0) {
        const Node& parent = trees[t][static_cast<size_t>(at[(h - 1) / 2])];
        at[h] = parent.feature < 0 ? at[(h - 1) / 2] : (h % 2 == 1 ? parent.left : parent.right);
      }
      const Node& node = trees[t][static_cast<size_t>(at[h])];
      if (h < inner) {
        // A leaf standing in for a split: either way leads to itself.
        split_at_[t * inner + h] = node.feature < 0 ? 0.0f : at_or_below(node.threshold);
        split_on_[t * inner + h] = static_cast<uint8_t>(node.feature < 0 ? 0 : node.feature);
      } else {
        leaves_[t * leaves + (h - inner)] = node.value;
      }
    }
  }
  return "";
}

double Model::log_odds(const std::vector<double>& x) const {
  // Features are compared in single precision, as the trainer (scikit-learn) compared them.
  float v[kMaxFeatures];
  const size_t nf = feature_count_;
  for (size_t f = 0; f < nf; ++f) v[f] = static_cast<float>(f < x.size() ? x[f] : 0.0);
  const size_t inner = (size_t{1} << depth_) - 1, leaves = size_t{1} << depth_;
  double sum = base_;
  size_t t = 0;
  // Four trees walked side by side (their steps do not wait on each other), their leaves added
  // in order.
  for (; t + 4 <= trees_; t += 4) {
    const float* at = split_at_.data() + t * inner;
    const uint8_t* on = split_on_.data() + t * inner;
    size_t k0 = 0, k1 = 0, k2 = 0, k3 = 0;
    for (int d = 0; d < depth_; ++d) {
      k0 = 2 * k0 + 1 + static_cast<size_t>(!(v[on[k0]] <= at[k0]));
      k1 = 2 * k1 + 1 + static_cast<size_t>(!(v[on[inner + k1]] <= at[inner + k1]));
      k2 = 2 * k2 + 1 + static_cast<size_t>(!(v[on[2 * inner + k2]] <= at[2 * inner + k2]));
      k3 = 2 * k3 + 1 + static_cast<size_t>(!(v[on[3 * inner + k3]] <= at[3 * inner + k3]));
    }
    const double* leaf = leaves_.data() + t * leaves - inner;
    sum += leaf[k0];
    sum += leaf[leaves + k1];
    sum += leaf[2 * leaves + k2];
    sum += leaf[3 * leaves + k3];
  }
  for (; t < trees_; ++t) {
    const float* at = split_at_.data() + t * inner;
    const uint8_t* on = split_on_.data() + t * inner;
    size_t k = 0;
    for (int d = 0; d < depth_; ++d) k = 2 * k + 1 + static_cast<size_t>(!(v[on[k]] <= at[k]));
    sum += leaves_[t * leaves + (k - inner)];
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
