// json_reader.h — a strict JSON reader (RFC 8259) that reports what it reads as events.
//
// The request of the contract is read with this instead of a JSON library's parser so that the
// WebAssembly module carries no strtod, no printf and no parser templates (json.cc keeps only what
// it needs of each value). It accepts exactly the texts nlohmann::json::sax_parse accepts in its
// strict mode (tests/json_reader_test.cc and fuzz/fuzz_json.cc compare the two event by event):
// one value with whitespace around it, an optional UTF-8 byte order mark first, strings of valid
// UTF-8 with escapes (surrogate pairs only in pairs), no control characters, numbers as the grammar
// writes them. An integer that fits 64 bits is reported as one (negative: signed; else unsigned),
// other numbers as doubles (decimal.h); a number out of a double's range is an error. The reader
// keeps one bit per open container: no recursion, memory in proportion to the depth.
#pragma once

#include <string>
#include <string_view>

namespace tri {

class JsonEvents {
 public:
  virtual ~JsonEvents() = default;
  // Each returns false to stop reading (read_json then returns false).
  virtual bool null() = 0;
  virtual bool boolean(bool v) = 0;
  virtual bool number_integer(long long v) = 0;
  virtual bool number_unsigned(unsigned long long v) = 0;
  virtual bool number_float(double v) = 0;
  virtual bool string(std::string& v) = 0;  // may be moved from
  virtual bool key(std::string& k) = 0;     // may be moved from
  virtual bool start_object() = 0;
  virtual bool end_object() = 0;
  virtual bool start_array() = 0;
  virtual bool end_array() = 0;
};

// True when `text` is one well-formed JSON value and every event was accepted.
bool read_json(std::string_view text, JsonEvents* events);

}  // namespace tri
