// string_ids_test.cc — StringIds (core/src/string_ids.h): ids in the order of first interning,
// found again after the table grows, for any bytes.
#include "string_ids.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tri {
namespace {

TEST(StringIds, IdsInTheOrderOfFirstInterning) {
  StringIds ids;
  EXPECT_EQ(ids.find("harbour"), StringIds::kNone);
  EXPECT_EQ(ids.intern("harbour"), 0u);
  EXPECT_EQ(ids.intern("quay"), 1u);
  EXPECT_EQ(ids.intern("harbour"), 0u);
  EXPECT_EQ(ids.intern(""), 2u);  // the empty string is a key like any other
  EXPECT_EQ(ids.find(""), 2u);
  EXPECT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids.key(1), "quay");
  EXPECT_EQ(ids.key(2), "");
  EXPECT_EQ(ids.find("quays"), StringIds::kNone);
}

TEST(StringIds, ManyKeysFoundAfterTheTableGrows) {
  StringIds ids;
  std::vector<std::string> keys;
  for (int k = 0; k < 5000; ++k) keys.push_back("w" + std::to_string(k * 7919 % 100003));
  for (size_t k = 0; k < keys.size(); ++k) ASSERT_EQ(ids.intern(keys[k]), k);
  for (size_t k = 0; k < keys.size(); ++k) {
    EXPECT_EQ(ids.find(keys[k]), k);
    EXPECT_EQ(ids.key(static_cast<uint32_t>(k)), keys[k]);
  }
  // Reserving room later keeps every id.
  ids.reserve(20000);
  for (size_t k = 0; k < keys.size(); k += 97) EXPECT_EQ(ids.find(keys[k]), k);
}

TEST(StringIds, NumbersAndBytesAsKeys) {
  StringIds ids;
  const uint64_t a = 7, b = uint64_t{7} << 32;
  EXPECT_EQ(ids.intern(key_bytes(a)), 0u);
  EXPECT_EQ(ids.intern(key_bytes(b)), 1u);
  EXPECT_EQ(ids.find(key_bytes(a)), 0u);
  const std::string with_nul("a\0b", 3);
  EXPECT_EQ(ids.intern(with_nul), 2u);
  EXPECT_EQ(ids.find(std::string("a")), StringIds::kNone);
  EXPECT_EQ(ids.find(with_nul), 2u);
}

TEST(StringIds, AMapKeepsTheFirstValueOfAKey) {
  StringMap<std::string> base;
  EXPECT_EQ(base.find("left"), nullptr);
  EXPECT_EQ(base.add("left", "leav"), "leav");
  EXPECT_EQ(base.add("left", "right"), "leav");  // the first value stays
  base.add("children", "child") += "!";         // add() gives the kept value to change
  ASSERT_NE(base.find("children"), nullptr);
  EXPECT_EQ(*base.find("children"), "child!");
  EXPECT_EQ(base.size(), 2u);
}

}  // namespace
}  // namespace tri
