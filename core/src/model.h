// model.h — internal: the learned decision. A gradient-boosted tree ensemble over a fixed list of
// named features gives the log-odds that two units state the same claim; thresholds on the
// probability (fitted on development data) turn it into agree / conflict / related.
//
// The model is data (core/data/model.txt, written by scripts/train-similarity.py; its header
// names the training data and the command). Format, after '#' comment lines:
//   model <id>                    an identifier reported in every result (engine.model)
//   features <n> <name>...        the feature names, in the order the engine computes them
//   threshold <name> <value>      decision thresholds on the probability ("agree", "conflict")
//   base <log-odds>               the ensemble's starting value
//   tree <k>                      then k node lines "feature threshold left right value"
//                                 (feature -1 marks a leaf; value is the leaf's log-odds step;
//                                 x[feature] <= threshold goes left)
//
// Example:
//   Model m; m.load(text);                 // "" on success, else why not
//   double p = m.probability(features);    // 0..1
//   bool agree = p >= m.threshold("agree");
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tri {

/// FNV-1a (64 bits) of a list of feature names, each followed by one space: how the engine checks
/// that a model was trained on the features it measures without keeping their names in its code
/// (a constant expression over the names it fills, compared with the digest of a model's list).
constexpr uint64_t names_digest(std::string_view names) {
  uint64_t h = 14695981039346656037ull;
  for (const char c : names) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

/// The number of names in such a list (one space after each), checked against the features an
/// engine fills at compile time.
constexpr size_t names_count(std::string_view names) {
  size_t n = 0;
  for (const char c : names) n += c == ' ';
  return n;
}

/// The names of such a list, in order (for the tools that print them).
std::vector<std::string> names_of(std::string_view names);

class Model {
 public:
  /// Parses the model text; returns an error message, or "" on success.
  std::string load(std::string_view text);

  /// The log-odds for one feature vector (of the model's number of features; missing values count as 0).
  double log_odds(const std::vector<double>& x) const;
  /// sigmoid(log_odds(x)), computed the same on every platform (detmath.h).
  double probability(const std::vector<double>& x) const;

  /// A named threshold; 1.0 (never reached) when the model does not define it.
  double threshold(std::string_view name) const;

  const std::string& id() const { return id_; }
  /// names_digest() of the model's feature names (its "features" line).
  uint64_t features() const { return features_; }
  bool empty() const { return trees_ == 0; }

 private:
  // Each tree is kept as a perfect binary tree of depth depth_ (a leaf above that depth is
  // repeated below it), in heap order: the splits of tree t are at [t * (2^depth - 1) ...] of
  // split_at_ and split_on_ (node k's children are 2k + 1 and 2k + 2; x[split_on_] <= split_at_
  // goes to 2k + 1), its leaves' log-odds steps leaves_[t * 2^depth ...]. Evaluation then takes
  // the same depth_ steps in every tree, without a data-dependent branch: it walks a few hundred
  // trees per pair of units, so the splits take 5 bytes each, not 8: a tree's 31 in three cache
  // lines, where a struct of threshold and feature took four.
  // Features are compared in single precision, so a threshold is kept as the largest float not
  // above it: for every float v, v <= that float exactly when v <= the threshold.
  static constexpr size_t kMaxFeatures = 256;  ///< feature indices fit a byte
  static constexpr int kMaxDepth = 10;
  static constexpr size_t kMaxPadding = 16;  ///< nodes kept per node read, at most
  std::string id_;
  uint64_t features_ = 0;
  size_t feature_count_ = 0;
  std::vector<std::pair<std::string, double>> thresholds_;
  double base_ = 0;
  int depth_ = 0;
  size_t trees_ = 0;
  std::vector<float> split_at_;    ///< each split's threshold
  std::vector<uint8_t> split_on_;  ///< each split's feature
  std::vector<double> leaves_;
};

}  // namespace tri
