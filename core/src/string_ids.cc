// string_ids.cc — see string_ids.h.
#include "string_ids.h"

#include <algorithm>

namespace tri {

size_t StringIds::slot(std::string_view key) const {
  uint32_t h = 2166136261u;  // FNV-1a
  for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  const size_t mask = slots_.size() - 1;
  for (size_t k = h & mask;; k = (k + 1) & mask)
    if (slots_[k] == 0 || this->key(slots_[k] - 1) == key) return k;
}

void StringIds::reserve(size_t keys) {
  ends_.reserve(keys);
  // At most half the slots in use, so that a search ends soon on an empty one.
  size_t n = 16;
  while (n < 2 * (keys + 1)) n *= 2;
  if (n <= slots_.size()) return;
  slots_.assign(n, 0);
  for (uint32_t id = 0; id < ends_.size(); ++id) slots_[slot(key(id))] = id + 1;
}

uint32_t StringIds::intern(std::string_view key) {
  if (2 * (ends_.size() + 1) > slots_.size()) reserve(std::max<size_t>(8, 2 * ends_.size()));
  const size_t k = slot(key);
  if (slots_[k] == 0) {
    bytes_ += key;
    ends_.push_back(bytes_.size());
    slots_[k] = static_cast<uint32_t>(ends_.size());
  }
  return slots_[k] - 1;
}

uint32_t StringIds::find(std::string_view key) const {
  if (slots_.empty()) return kNone;
  const uint32_t id = slots_[slot(key)];
  return id == 0 ? kNone : id - 1;
}

}  // namespace tri
