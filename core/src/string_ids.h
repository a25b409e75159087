// string_ids.h — internal: numbers for strings. Each distinct string interned gets the next id (0,
// 1, 2, ...) and is found again by its hash (FNV-1a, open addressing), its bytes kept back to back
// in one string. The engine's one table from strings to numbers: the lexicon's keys, a cluster's
// terms and repeated texts, HTML tag and character reference names; StringMap keeps a value per
// key in a vector indexed by the id. (One compiled table instead of a std::unordered_map per key
// and value type: the WebAssembly module carries it once, and ids follow the order of first
// interning, the same on every platform.)
//
// Example:
//   StringIds ids;
//   ids.intern("fire");            // 0
//   ids.intern("blaze");           // 1
//   ids.intern("fire");            // 0 again
//   ids.find("smoke");             // StringIds::kNone
//   ids.key(1);                    // "blaze"
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tri {

class StringIds {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;

  /// The id of `key`: a new one (size() before the call) when it was not interned yet.
  uint32_t intern(std::string_view key);
  /// The id of `key`, or kNone.
  uint32_t find(std::string_view key) const;
  /// The key of an id below size().
  std::string_view key(uint32_t id) const {
    return std::string_view(bytes_).substr(id ? ends_[id - 1] : 0, ends_[id] - (id ? ends_[id - 1] : 0));
  }
  size_t size() const { return ends_.size(); }
  /// Room for `keys` keys without the table growing.
  void reserve(size_t keys);

 private:
  /// Where `key`'s id is in slots_, or the empty slot where it would go.
  size_t slot(std::string_view key) const;

  std::string bytes_;            ///< the keys back to back
  std::vector<size_t> ends_;     ///< per id: where its key ends in bytes_
  std::vector<uint32_t> slots_;  ///< id + 1, or 0 for an empty slot; a power of two in size
};

/// A value per string key, on StringIds: the first value given for a key stays.
template <class V>
class StringMap {
 public:
  /// The value kept for `key`: `value` when the key is new, else the one given first.
  V& add(std::string_view key, V value) {
    const uint32_t id = keys_.intern(key);
    if (id == values_.size()) values_.push_back(std::move(value));
    return values_[id];
  }
  /// The value of `key`, or null.
  const V* find(std::string_view key) const {
    const uint32_t id = keys_.find(key);
    return id == StringIds::kNone ? nullptr : &values_[id];
  }
  size_t size() const { return values_.size(); }
  void reserve(size_t keys) { keys_.reserve(keys), values_.reserve(keys); }

 private:
  StringIds keys_;
  std::vector<V> values_;
};

/// The bytes of a number, as a key of StringIds.
inline std::string_view key_bytes(const uint64_t& x) { return {reinterpret_cast<const char*>(&x), sizeof x}; }

}  // namespace tri
