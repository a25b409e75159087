// json.cc — schema 1 of the contract, in and out. The only unit that knows about JSON.
#include "triangulate/json.h"

#include <cmath>
#include <cstdint>
#include <new>
#include <nlohmann/json.hpp>

#include "triangulate/text.h"

namespace tri {
namespace {

using ojson = nlohmann::ordered_json;

double round4(double x) {
  if (!std::isfinite(x)) return 0.0;
  return std::round(x * 10000.0) / 10000.0;
}

// Writes one JSON text piece by piece: a buffer of about kChunk bytes goes to the sink whenever it
// fills, and finish() sends the rest, so a result never exists twice in memory (the tree nlohmann
// would build cost 9x the output: 801 MB for the 92 MB of 1 MB of one-letter lines). Nothing is
// sent from a destructor: after an exception the sink has the text up to the last full piece. Strings are escaped as nlohmann::json::dump does with ensure_ascii off: \" \\ \b \f \n
// \r \t, other control characters as \u00xx; invalid UTF-8 (never produced by the core) becomes
// U+FFFD. Numbers: integers in decimal, doubles in nlohmann's shortest round-trip form.
class Writer {
 public:
  static constexpr size_t kChunk = 64 * 1024;

  explicit Writer(const JsonSink& sink) : sink_(sink) { buf_.reserve(kChunk + 256); }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  void key(std::string_view k) {
    separate();
    string(k);
    buf_ += ':';
    after_key_ = true;
  }
  void value(std::string_view v) {
    separate();
    string(v);
  }
  void value(const char* v) { value(std::string_view(v)); }
  void value(const std::string& v) { value(std::string_view(v)); }
  void value(bool v) {
    separate();
    buf_ += v ? "true" : "false";
  }
  void value(long long v) {
    separate();
    buf_ += std::to_string(v);
  }
  void value(int v) { value(static_cast<long long>(v)); }
  void value(size_t v) {
    separate();
    buf_ += std::to_string(v);
  }
  void value(double v) {
    separate();
    buf_ += ojson(v).dump();
  }

  template <typename T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

  void finish() { flush(); }

 private:
  void flush() {
    if (!buf_.empty()) sink_(buf_);
    buf_.clear();
  }
  void open(char c) {
    separate();
    buf_ += c;
    first_.push_back(true);
  }
  void close(char c) {
    first_.pop_back();
    buf_ += c;
    maybe_flush();
  }
  // A comma before every element but the first of its container; none after a key.
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_.empty()) {
      if (!first_.back()) buf_ += ',';
      first_.back() = false;
    }
  }
  void maybe_flush() {
    if (buf_.size() >= kChunk) flush();
  }
  void string(std::string_view s) {
    static const char kHex[] = "0123456789abcdef";
    buf_ += '"';
    size_t i = 0, run = 0;  // s[run, i) is copied as is
    while (i < s.size()) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
        ++i;
        continue;
      }
      char32_t cp = 0;
      const size_t len = c < 0x80 ? 1 : next_code_point(s, i, &cp);
      if (c >= 0x80 && cp != 0xFFFD) {  // valid multi-byte sequence: copied
        i += len;
        continue;
      }
      buf_.append(s.data() + run, i - run);
      switch (c) {
        case '"': buf_ += "\\\""; break;
        case '\\': buf_ += "\\\\"; break;
        case '\b': buf_ += "\\b"; break;
        case '\f': buf_ += "\\f"; break;
        case '\n': buf_ += "\\n"; break;
        case '\r': buf_ += "\\r"; break;
        case '\t': buf_ += "\\t"; break;
        default:
          if (c < 0x20) {
            buf_ += "\\u00";
            buf_ += kHex[c >> 4];
            buf_ += kHex[c & 15];
          } else {
            append_utf8(buf_, 0xFFFD);  // invalid UTF-8 (or U+FFFD itself, written the same)
          }
      }
      i += len;
      run = i;
      maybe_flush();
    }
    buf_.append(s.data() + run, i - run);
    buf_ += '"';
    maybe_flush();
  }

  const JsonSink& sink_;
  std::string buf_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

std::string unit_id(const SourceResult& s, size_t k) { return s.id + "#" + std::to_string(k); }

void write_span(Writer& w, const SourceResult& s, const Utf16Index& ix, Span sp) {
  w.begin_object();
  w.field("start", ix.to_utf16(sp.begin));
  w.field("end", ix.to_utf16(sp.end));
  w.field("text", std::string_view(s.text).substr(sp.begin, sp.end - sp.begin));
  w.end_object();
}

}  // namespace

void write_json(const Result& r, const std::string& cluster_id, const JsonSink& sink) {
  Writer w(sink);
  w.begin_object();
  if (!cluster_id.empty()) w.field("id", cluster_id);
  if (!r.ok()) {
    w.field("error", r.error);
    w.end_object();
    w.finish();
    return;
  }
  w.field("schema", kSchema);
  std::vector<Utf16Index> index;
  index.reserve(r.sources.size());
  for (const auto& s : r.sources) index.emplace_back(s.text);

  w.key("sources");
  w.begin_array();
  for (size_t si = 0; si < r.sources.size(); ++si) {
    const SourceResult& s = r.sources[si];
    const Utf16Index& ix = index[si];
    const std::string_view text = s.text;
    w.begin_object();
    w.field("id", s.id);
    w.field("title", s.title);
    if (s.from_html) w.field("text", s.text);
    w.key("units");
    w.begin_array();
    for (size_t k = 0; k < s.units.size(); ++k) {
      const Unit& u = s.units[k];
      w.begin_object();
      w.field("id", unit_id(s, k));
      w.field("start", ix.to_utf16(u.begin));
      w.field("end", ix.to_utf16(u.end));
      w.field("kind", to_string(u.kind));
      w.field("role", u.role);
      if (u.kind == UnitKind::kClaim || u.kind == UnitKind::kHeadline) w.field("status", to_string(u.status));
      if (u.of >= 0) w.field("of", unit_id(s, static_cast<size_t>(u.of)));
      w.field("text", text.substr(u.begin, u.end - u.begin));
      w.end_object();
    }
    w.end_array();
    w.key("stats");
    w.begin_object();
    w.field("claims", s.stats.claims);
    w.field("corroborated", s.stats.corroborated);
    w.field("contested", s.stats.contested);
    w.field("single", s.stats.single);
    w.end_object();
    w.end_object();
  }
  w.end_array();

  w.key("links");
  w.begin_array();
  for (const Link& l : r.links) {
    const SourceResult& sa = r.sources[l.a.source];
    const SourceResult& sb = r.sources[l.b.source];
    w.begin_object();
    w.field("a", unit_id(sa, static_cast<size_t>(l.a.unit)));
    w.field("b", unit_id(sb, static_cast<size_t>(l.b.unit)));
    w.field("score", round4(l.score));
    w.field("relation", to_string(l.relation));
    w.key("discrepancies");
    w.begin_array();
    for (const Discrepancy& d : l.discrepancies) {
      w.begin_object();
      w.field("type", d.type);
      w.key("a");
      write_span(w, sa, index[l.a.source], d.a);
      w.key("b");
      write_span(w, sb, index[l.b.source], d.b);
      w.field("reason", d.reason);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();

  w.key("groups");
  w.begin_array();
  for (size_t g = 0; g < r.groups.size(); ++g) {
    const Group& gr = r.groups[g];
    w.begin_object();
    w.field("id", g);
    w.key("units");
    w.begin_array();
    for (const UnitRef& u : gr.units) w.value(unit_id(r.sources[u.source], static_cast<size_t>(u.unit)));
    w.end_array();
    w.field("sources", gr.sources);
    w.field("independent", gr.independent);
    w.field("status", to_string(gr.status));
    w.end_object();
  }
  w.end_array();

  w.key("sourcePairs");
  w.begin_array();
  for (const SourcePair& p : r.pairs) {
    w.begin_object();
    w.field("a", r.sources[p.a].id);
    w.field("b", r.sources[p.b].id);
    w.field("similarity", round4(p.similarity));
    w.field("derived", p.derived);
    w.end_object();
  }
  w.end_array();

  w.key("warnings");
  w.begin_array();
  for (const Warning& wa : r.warnings) {
    w.begin_object();
    w.field("source", wa.source);
    w.field("code", wa.code);
    w.field("message", wa.message);
    if (wa.byte >= 0) w.field("byte", wa.byte);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.finish();
}

std::string to_json(const Result& r, const std::string& cluster_id) {
  std::string out;
  write_json(r, cluster_id, [&out](std::string_view chunk) { out.append(chunk); });
  return out;
}

bool parse_input(std::string_view text, Input* in, std::string* error, std::string* cluster_id) {
  *in = Input{};
  if (cluster_id) cluster_id->clear();
  // nlohmann's parser is iterative, but copying a parsed value recurses once per level (80,000
  // levels overflow the stack): a container nested deeper than kMaxJsonDepth is dropped as it is
  // read, with everything inside it, so it is never built, and the input is refused once read.
  bool too_deep = false;
  const ojson::parser_callback_t limit = [&too_deep](int depth, ojson::parse_event_t event, ojson&) {
    if ((event == ojson::parse_event_t::object_start || event == ojson::parse_event_t::array_start) &&
        depth >= kMaxJsonDepth) {
      too_deep = true;
      return false;
    }
    return true;
  };
  ojson j = ojson::parse(text.begin(), text.end(), limit, false);
  if (j.is_discarded()) {
    *error = "malformed JSON";
    return false;
  }
  if (j.is_object() && cluster_id) {
    if (auto it = j.find("id"); it != j.end()) {
      if (it->is_string()) *cluster_id = it->get<std::string>();
      else if (it->is_number_integer()) *cluster_id = std::to_string(it->get<long long>());
    }
  }
  if (too_deep) {
    *error = "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
    return false;
  }
  if (!j.is_object()) {
    *error = "input must be a JSON object with a \"sources\" array";
    return false;
  }
  const auto src = j.find("sources");
  if (src == j.end() || !src->is_array()) {
    *error = "\"sources\" must be an array of {id, title, text}";
    return false;
  }
  for (size_t k = 0; k < src->size(); ++k) {
    ojson& s = (*src)[k];
    const std::string where = "sources[" + std::to_string(k) + "]";
    if (!s.is_object()) {
      *error = where + " must be an object";
      return false;
    }
    SourceInput si;
    const auto id = s.find("id");
    if (id == s.end() || !id->is_string()) {
      *error = where + ".id must be a string";
      return false;
    }
    si.id = std::move(id->get_ref<std::string&>());
    const auto tx = s.find("text");
    if (tx == s.end() || !tx->is_string()) {
      *error = where + ".text must be a string";
      return false;
    }
    si.text = std::move(tx->get_ref<std::string&>());  // the request's copy is not needed again
    if (auto t = s.find("title"); t != s.end() && !t->is_null()) {
      if (!t->is_string()) {
        *error = where + ".title must be a string";
        return false;
      }
      si.title = std::move(t->get_ref<std::string&>());
    }
    if (auto f = s.find("format"); f != s.end() && !f->is_null()) {
      const std::string v = f->is_string() ? f->get<std::string>() : "";
      if (v == "auto") si.format = Format::kAuto;
      else if (v == "text") si.format = Format::kText;
      else if (v == "html") si.format = Format::kHtml;
      else {
        *error = where + ".format must be \"auto\", \"text\" or \"html\"";
        return false;
      }
    }
    in->sources.push_back(std::move(si));
  }
  if (auto o = j.find("options"); o != j.end() && !o->is_null()) {
    if (!o->is_object()) {
      *error = "\"options\" must be an object";
      return false;
    }
    for (const char* key : {"minScore", "min_score"}) {
      if (auto m = o->find(key); m != o->end() && !m->is_null()) {
        if (!m->is_number()) {
          *error = std::string("options.") + key + " must be a number";
          return false;
        }
        in->options.min_score = m->get<double>();
      }
    }
    if (auto m = o->find("maxSources"); m != o->end() && !m->is_null()) {
      if (!m->is_number_unsigned()) {
        *error = "options.maxSources must be a positive integer";
        return false;
      }
      // Clamped as a 64-bit value before narrowing: on wasm32 a size_t cast of 2^32 + 1 would be 1.
      in->options.max_sources = static_cast<size_t>(
          std::min<std::uint64_t>(m->get<std::uint64_t>(), in->options.max_sources));
    }
    if (auto m = o->find("maxTotalBytes"); m != o->end() && !m->is_null()) {
      if (!m->is_number_unsigned()) {
        *error = "options.maxTotalBytes must be a positive integer";
        return false;
      }
      // Clamped as a 64-bit value before narrowing: on wasm32 a size_t cast of 2^32 + 1 would be 1.
      in->options.max_total_bytes = static_cast<size_t>(
          std::min<std::uint64_t>(m->get<std::uint64_t>(), in->options.max_total_bytes));
    }
  }
  return true;
}

std::string compare_json(std::string_view input_json) {
  std::string cluster_id;
  try {
    Input in;
    std::string error;
    if (!parse_input(input_json, &in, &error, &cluster_id)) {
      Result r;
      r.error = error;
      return to_json(r, cluster_id);
    }
    return to_json(compare(in), cluster_id);
  } catch (const std::bad_alloc&) {
    Result r;
    r.error = "out of memory: the input is too large for this engine";
    return to_json(r, cluster_id);
  } catch (const std::exception& e) {
    Result r;
    r.error = std::string("internal error: ") + e.what();
    return to_json(r, cluster_id);
  }
}

}  // namespace tri
