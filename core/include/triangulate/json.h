// json.h — the result as JSON (schema 1, ../shared/CONTRACT.md) and the input from JSON.
//
// Offsets become UTF-16 code units here, and only here. Output is compact, one line, with keys
// in a fixed order and scores rounded to 4 decimals, so the same result gives the same bytes
// natively and in WebAssembly.
//
// Example:
//   std::string line = tri::compare_json(R"({"sources":[{"id":"a","text":"..."},
//                                                      {"id":"b","text":"..."}]})");
//   // line == R"({"schema":1,"sources":[...],...})"  or  R"({"error":"..."})"
#pragma once

#include <string>
#include <string_view>

#include "triangulate/triangulate.h"

namespace tri {

inline constexpr int kSchema = 1;

/// The result object of the contract. With a non-empty `cluster_id`, the object starts with
/// "id" (the --batch form). A failed result gives {"id"?, "error": "..."}.
std::string to_json(const Result& result, const std::string& cluster_id = "");

/// Reads {"id"?, "sources": [{"id", "title"?, "text", "format"?}], "options"?: {"minScore"|
/// "min_score"?, "maxSources"?, "maxTotalBytes"?}} into `in`. Returns false with a one-line
/// `error` on malformed JSON or wrong types. `cluster_id` receives "id" when present.
bool parse_input(std::string_view json, Input* in, std::string* error,
                 std::string* cluster_id = nullptr);

/// parse_input + compare + to_json: one JSON text in, one JSON line out (an error object on bad
/// input). This is what --batch runs per line and what the WebAssembly module exports.
std::string compare_json(std::string_view input_json);

}  // namespace tri
