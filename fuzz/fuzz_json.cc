// fuzz_json — the JSON request path: what the WebAssembly module's compare() and each --batch line
// run (tri::parse_input, then tri::compare, then tri::to_json), on any bytes.
//
// Checks: parse_input either fills the input or says why in one valid UTF-8 line; the answer is
// one line of valid JSON, either {"id"?, "error"} or a result whose offsets all check out
// (check_result, check_result_json); compare_json() gives the same error answer byte for byte.
// Nesting 80,000 levels deep used to overflow the stack here (with -max_len of 1 MB).
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "check.h"
#include "json_events.h"
#include "triangulate/json.h"
#include "triangulate/triangulate.h"

namespace {

void check_error_line(std::string_view line, const std::string& id) {
  FUZZ_CHECK(fuzz::valid_utf8(line) && line.find('\n') == std::string_view::npos, "error line not one UTF-8 line");
  const auto j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  FUZZ_CHECK(!j.is_discarded() && j.is_object(), "error line does not parse: %.*s", static_cast<int>(line.size()),
             line.data());
  FUZZ_CHECK(j.contains("error") && j["error"].is_string() && !j["error"].get_ref<const std::string&>().empty(),
             "error line has no error");
  FUZZ_CHECK(j.size() == (id.empty() ? 1u : 2u), "error line has other fields");
  if (!id.empty()) FUZZ_CHECK(j["id"] == id, "error line lost the id");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string reader = json_events::compare_readers(text);
  FUZZ_CHECK(reader.empty(), "request reader and nlohmann differ: %s", reader.c_str());
  tri::Input in;
  std::string error, id;
  const bool parsed = tri::parse_input(text, &in, &error, &id);
  FUZZ_CHECK(fuzz::valid_utf8(id), "cluster id is not valid UTF-8");
  if (!parsed) {
    FUZZ_CHECK(!error.empty() && fuzz::valid_utf8(error) && error.find('\n') == std::string::npos,
               "parse_input failed without a one-line message");
    tri::Result r;
    r.error = error;
    const std::string line = tri::to_json(r, id);
    check_error_line(line, id);
    FUZZ_CHECK(tri::compare_json(text) == line, "compare_json differs from parse_input + to_json");
    return 0;
  }
  const tri::Result r = tri::compare(in);
  const std::string line = tri::to_json(r, id);
  if (!r.ok()) {
    check_error_line(line, id);
    return 0;
  }
  fuzz::check_result(r);
  fuzz::check_result_json(r, line);
  return 0;
}
