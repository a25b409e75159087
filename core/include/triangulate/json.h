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

#include <cstddef>
#include <string>
#include <string_view>

#include "triangulate/triangulate.h"

namespace tri {

inline constexpr int kSchema = 1;

/// Deepest nesting of arrays and objects an input may have. A request needs 3 levels
/// ({"sources": [{...}]}); the rest is room for fields the core ignores. Deeper input is refused
/// with an error (the deep part is dropped while it is read, never built).
inline constexpr int kMaxJsonDepth = 64;

/// The result object of the contract. With a non-empty `cluster_id`, the object starts with
/// "id" (the --batch form). A failed result gives {"id"?, "error": "..."}.
std::string to_json(const Result& result, const std::string& cluster_id = "");

/// Receives the JSON text in order, in pieces of about 64 KiB: any callable taking a
/// std::string_view, referred to (not copied) for the length of the write_json() call.
class JsonSink {
 public:
  template <class F>
  JsonSink(const F& f)  // NOLINT(google-explicit-constructor): a lambda converts, as to std::function
      : f_(&f), call_([](const void* g, std::string_view piece) { (*static_cast<const F*>(g))(piece); }) {}
  void operator()(std::string_view piece) const { call_(f_, piece); }

 private:
  const void* f_;
  void (*call_)(const void*, std::string_view);
};

/// Writes to_json(result, cluster_id) to `sink` piece by piece, so that the whole text never has
/// to be held in memory (the command line writes it straight to standard output).
void write_json(const Result& result, const std::string& cluster_id, const JsonSink& sink);

/// Reads {"id"?, "sources": [{"id", "title"?, "text", "format"?}], "options"?: {"minScore"|
/// "min_score"?, "maxSources"?, "maxTotalBytes"?}} into `in`. Returns false with a one-line
/// `error` on malformed JSON, nesting deeper than kMaxJsonDepth, or wrong types. `cluster_id`
/// receives "id" when present (also when the rest is wrong), else is cleared. Time and memory are
/// linear in the input whatever it holds.
bool parse_input(std::string_view json, Input* in, std::string* error,
                 std::string* cluster_id = nullptr);

/// parse_input + compare + to_json: one JSON text in, one JSON line out (an error object on bad
/// input, and also when the engine runs out of memory or throws). Never throws itself. This is
/// what the WebAssembly module exports; --batch does the same per line.
std::string compare_json(std::string_view input_json);

}  // namespace tri
