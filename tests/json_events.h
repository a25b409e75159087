// json_events.h — records what a JSON reader reports, for comparing tri::read_json with
// nlohmann::json::sax_parse (tests/json_reader_test.cc, fuzz/fuzz_json.cc).
#pragma once

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "json_reader.h"

namespace json_events {

struct Event {
  char kind;          // n b i u f s k { } [ ]
  std::string text;   // strings, keys, integers in decimal, booleans as 0/1
  double number = 0;  // floats
};

// Both readers' events into one list; `ok` is what the reader returned.
struct Recording {
  bool ok = false;
  std::vector<Event> events;
};

class Ours : public tri::JsonEvents {
 public:
  std::vector<Event>* out;
  explicit Ours(std::vector<Event>* o) : out(o) {}
  bool null() override { return add('n'); }
  bool boolean(bool v) override { return add('b', v ? "1" : "0"); }
  bool number_integer(long long v) override { return add('i', std::to_string(v)); }
  bool number_unsigned(unsigned long long v) override { return add('u', std::to_string(v)); }
  bool number_float(double v) override {
    out->push_back({'f', "", v});
    return true;
  }
  bool string(std::string& v) override { return add('s', v); }
  bool key(std::string& k) override { return add('k', k); }
  bool start_object() override { return add('{'); }
  bool end_object() override { return add('}'); }
  bool start_array() override { return add('['); }
  bool end_array() override { return add(']'); }

 private:
  bool add(char k, std::string t = {}) {
    out->push_back({k, std::move(t), 0});
    return true;
  }
};

class Theirs {
 public:
  std::vector<Event>* out;
  explicit Theirs(std::vector<Event>* o) : out(o) {}
  bool null() { return add('n'); }
  bool boolean(bool v) { return add('b', v ? "1" : "0"); }
  bool number_integer(nlohmann::json::number_integer_t v) { return add('i', std::to_string(v)); }
  bool number_unsigned(nlohmann::json::number_unsigned_t v) { return add('u', std::to_string(v)); }
  bool number_float(nlohmann::json::number_float_t v, const std::string&) {
    out->push_back({'f', "", v});
    return true;
  }
  bool string(std::string& v) { return add('s', v); }
  bool binary(nlohmann::json::binary_t&) { return add('?'); }
  bool key(std::string& k) { return add('k', k); }
  bool start_object(std::size_t) { return add('{'); }
  bool end_object() { return add('}'); }
  bool start_array(std::size_t) { return add('['); }
  bool end_array() { return add(']'); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  bool add(char k, std::string t = {}) {
    out->push_back({k, std::move(t), 0});
    return true;
  }
};

inline Recording ours(std::string_view text) {
  Recording r;
  Ours o(&r.events);
  r.ok = tri::read_json(text, &o);
  return r;
}

inline Recording theirs(std::string_view text) {
  Recording r;
  Theirs t(&r.events);
  r.ok = nlohmann::json::sax_parse(text.begin(), text.end(), &t, nlohmann::json::input_format_t::json,
                                   /*strict=*/true, /*ignore_comments=*/false);
  return r;
}

// Empty when both accept with the same events (floats within 4 units in the last place: ours is
// correctly rounded only up to 19 significant digits) or both refuse; else what differs.
inline std::string difference(const Recording& a, const Recording& b) {
  if (a.ok != b.ok) return std::string("ours ") + (a.ok ? "accepts" : "refuses") + ", nlohmann " + (b.ok ? "accepts" : "refuses");
  if (!a.ok) return "";
  if (a.events.size() != b.events.size()) return "event counts differ";
  for (size_t k = 0; k < a.events.size(); ++k) {
    const Event &x = a.events[k], &y = b.events[k];
    if (x.kind != y.kind || x.text != y.text) return "event " + std::to_string(k) + " differs: " + x.kind + x.text + " / " + y.kind + y.text;
    if (x.kind == 'f' && x.number != y.number) {
      const double ulp = std::fabs(std::nextafter(y.number, HUGE_VAL) - y.number);
      if (!(std::fabs(x.number - y.number) <= 4 * ulp))
        return "float " + std::to_string(k) + " differs";
    }
  }
  return "";
}

// The two readers on `text`. One difference is by design: nlohmann ends the input at a NUL byte
// outside a string (it reads C strings), so it accepts "{}" followed by a NUL and anything at all;
// tri::read_json refuses that (RFC 8259 has no such rule, and the rest would be lost unread). There
// the text up to the NUL must read the same in both, and the whole text must be refused by ours.
inline std::string compare_readers(std::string_view text) {
  const Recording a = ours(text), b = theirs(text);
  const size_t nul = text.find('\0');
  if (!a.ok && b.ok && nul != std::string_view::npos) {
    const std::string head = difference(ours(text.substr(0, nul)), b);
    return head.empty() ? "" : "before the NUL byte: " + head;
  }
  return difference(a, b);
}

}  // namespace json_events
