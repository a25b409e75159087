// json.cc — schema 1 of the contract, in and out. The only unit that knows about JSON.
#include "triangulate/json.h"

#include <algorithm>
#include <new>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "decimal.h"
#include "json_reader.h"
#include "triangulate/text.h"

namespace tri {
namespace {

// Writes one JSON text piece by piece: a buffer of about kChunk bytes goes to the sink whenever it
// fills, and finish() sends the rest, so a result never exists twice in memory (the tree nlohmann
// would build cost 9x the output: 801 MB for the 92 MB of 1 MB of one-letter lines). Nothing is
// sent from a destructor: after an exception the sink has the text up to the last full piece. Strings are escaped as nlohmann::json::dump does with ensure_ascii off: \" \\ \b \f \n
// \r \t, other control characters as \u00xx; invalid UTF-8 (never produced by the core) becomes
// U+FFFD. Numbers: integers in decimal, doubles to four places in the shortest form that reads back.
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
    buf_ += whole_number(v);
  }
  void value(int v) { value(static_cast<long long>(v)); }
  void value(size_t v) {
    separate();
    buf_ += whole_number(v);
  }
  // Doubles are scores and shares: four decimal places (decimal.h).
  void value(double v) {
    separate();
    buf_ += four_places(v);
  }

  template <typename T>
  void field(std::string_view k, const T& v) {
    key(k);
    value(v);
  }
  // k: [v...], for a list of plain values (ints, strings).
  template <typename T>
  void list(std::string_view k, const std::vector<T>& v) {
    key(k);
    begin_array();
    for (const T& x : v) value(x);
    end_array();
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
    maybe_flush();  // before each element: a long array of small values flushes too
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
  std::vector<uint8_t> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

std::string unit_id(const SourceResult& s, size_t k) { return s.id + "#" + whole_number(k); }

// A span by its offsets alone, where the text is already in the result (a clause of a unit whose
// text is listed): the result stays proportional to the text, not to the links.
void write_offsets(Writer& w, const Utf16Index& ix, Span sp) {
  w.begin_object();
  w.field("start", ix.to_utf16(sp.begin));
  w.field("end", ix.to_utf16(sp.end));
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
  w.key("engine");
  w.begin_object();
  w.field("version", version());
  w.field("model", data_id());
  w.end_object();
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
    w.field("language", s.language);
    if (!s.compared) w.field("compared", false);
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
      if (s.compared && (u.kind == UnitKind::kClaim || u.kind == UnitKind::kHeadline)) {
        w.field("status", to_string(u.status));
        w.list("groups", u.groups);
      }
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
    if (s.compared) w.list("omissions", s.omissions);
    w.end_object();
  }
  w.end_array();

  // Conflicts are listed with their sides (below); links hold agreements and related pairs, and the
  // conflicting pairs' scores when every scored pair was asked for.
  w.key("links");
  w.begin_array();
  for (const Link& l : r.links) {
    if ((l.relation == Relation::kConflict || !l.listed) && !r.every_pair) continue;
    const SourceResult& sa = r.sources[l.a.source];
    const SourceResult& sb = r.sources[l.b.source];
    w.begin_object();
    w.field("a", unit_id(sa, static_cast<size_t>(l.a.unit)));
    w.field("b", unit_id(sb, static_cast<size_t>(l.b.unit)));
    w.field("score", l.score);
    w.field("relation", to_string(l.relation));
    if (l.in_part) {
      w.key("clause");
      w.begin_object();
      w.key("a");
      write_offsets(w, index[l.a.source], l.clause_a);
      w.key("b");
      write_offsets(w, index[l.b.source], l.clause_b);
      w.end_object();
    }
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
    w.field("claim", unit_id(r.sources[gr.claim.source], static_cast<size_t>(gr.claim.unit)));
    if (!gr.origins.empty()) w.list("origins", gr.origins);
    if (gr.summarised) w.field("summarised", true);
    w.end_object();
  }
  w.end_array();

  w.key("conflicts");
  w.begin_array();
  for (size_t c = 0; c < r.conflicts.size(); ++c) {
    const Conflict& cf = r.conflicts[c];
    w.begin_object();
    w.field("id", c);
    w.field("type", cf.type);
    w.field("reason", cf.reason);
    w.field("group", cf.group);
    w.key("sides");
    w.begin_array();
    for (const ConflictSide& side : cf.sides) {
      w.begin_object();
      w.field("value", side.value);
      w.key("units");
      w.begin_array();
      for (const auto& [u, span] : side.units) {
        const SourceResult& su = r.sources[u.source];
        const Utf16Index& ix = index[u.source];
        w.begin_object();
        w.field("unit", unit_id(su, static_cast<size_t>(u.unit)));
        w.field("start", ix.to_utf16(span.begin));
        w.field("end", ix.to_utf16(span.end));
        w.field("text", std::string_view(su.text).substr(span.begin, span.end - span.begin));
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();

  w.key("sourcePairs");
  w.begin_array();
  for (const SourcePair& p : r.pairs) {
    w.begin_object();
    w.field("a", r.sources[p.a].id);
    w.field("b", r.sources[p.b].id);
    w.field("similarity", p.similarity);
    w.field("shared", p.shared);
    w.field("wording", p.wording);
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

namespace {

// The request, read as json_reader.h reports it, without building a tree: only the values
// the checks below need are kept (strings moved, not copied), and everything else is skipped as it
// is read. Memory stays in proportion to the input however deep or wide it is. A key given twice
// counts with its last value, as in a parsed object.
struct Value {
  enum Kind { kMissing, kNull, kBool, kInteger, kUnsigned, kFloat, kString, kArray, kObject };
  Kind kind = kMissing;
  std::string text;          // kString
  long long integer = 0;     // kInteger
  unsigned long long unsigned_integer = 0;  // kUnsigned
  double number = 0.0;       // kFloat

  bool is_number() const { return kind == kInteger || kind == kUnsigned || kind == kFloat; }
  bool given() const { return kind != kMissing && kind != kNull; }
  double as_double() const {
    return kind == kInteger ? static_cast<double>(integer)
           : kind == kUnsigned ? static_cast<double>(unsigned_integer) : number;
  }
};

class RequestReader : public JsonEvents {
 public:
  struct Source {
    Value self;  // the element of "sources" (its kind)
    Value id, text, title, format;
  };
  enum Frame : unsigned char { kRoot, kSources, kSourceObject, kOptions, kIgnored };

  Value root, cluster_id, sources_value, options_value, min_score_camel, min_score_snake,
      max_sources, max_total_bytes;
  std::vector<Source> sources;
  bool too_deep = false;

  // The reader's events.
  bool null() override { return scalar(Value::kNull); }
  bool boolean(bool) override { return scalar(Value::kBool); }
  bool number_integer(long long v) override {
    if (Value* s = scalar_slot(Value::kInteger)) s->integer = v;
    return true;
  }
  bool number_unsigned(unsigned long long v) override {
    if (Value* s = scalar_slot(Value::kUnsigned)) s->unsigned_integer = v;
    return true;
  }
  bool number_float(double v) override {
    if (Value* s = scalar_slot(Value::kFloat)) s->number = v;
    return true;
  }
  bool string(std::string& v) override {
    if (Value* s = scalar_slot(Value::kString)) s->text = std::move(v);
    return true;
  }
  bool start_object() override { return open(Value::kObject); }
  bool start_array() override { return open(Value::kArray); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(std::string& k) override {
    if (!keys_.empty() && frames_.back() != kIgnored) keys_.back() = std::move(k);
    return true;
  }

 private:
  // frames_: one per open container (what it is to the request); keys_: the last key read in
  // each open object that matters (same depth as frames_).
  std::vector<Frame> frames_;
  std::vector<std::string> keys_;

  // Where a value starting now goes, and what it is as a container.
  Value* slot(Frame* as_container) {
    *as_container = kIgnored;
    if (frames_.empty()) {
      *as_container = kRoot;
      return &root;
    }
    const std::string& k = keys_.back();
    switch (frames_.back()) {
      case kRoot:
        if (k == "id") return &cluster_id;
        if (k == "sources") {
          sources.clear();  // a repeated key: its last value counts
          *as_container = kSources;
          return &sources_value;
        }
        if (k == "options") {
          for (Value* v : {&min_score_camel, &min_score_snake, &max_sources, &max_total_bytes}) *v = Value{};
          *as_container = kOptions;
          return &options_value;
        }
        return nullptr;
      case kSources:
        sources.emplace_back();
        *as_container = kSourceObject;
        return &sources.back().self;
      case kSourceObject: {
        Source& s = sources.back();
        if (k == "id") return &s.id;
        if (k == "text") return &s.text;
        if (k == "title") return &s.title;
        if (k == "format") return &s.format;
        return nullptr;
      }
      case kOptions:
        if (k == "minScore") return &min_score_camel;
        if (k == "min_score") return &min_score_snake;
        if (k == "maxSources") return &max_sources;
        if (k == "maxTotalBytes") return &max_total_bytes;
        return nullptr;
      case kIgnored:
        return nullptr;
    }
    return nullptr;
  }
  Value* scalar_slot(Value::Kind kind) {
    Frame unused;
    Value* s = slot(&unused);
    if (s) {
      *s = Value{};
      s->kind = kind;
    }
    return s;
  }
  bool scalar(Value::Kind kind) {
    scalar_slot(kind);
    return true;
  }
  bool open(Value::Kind kind) {
    if (frames_.size() >= static_cast<size_t>(kMaxJsonDepth)) too_deep = true;
    Frame frame;
    Value* s = slot(&frame);
    if (s) {
      *s = Value{};
      s->kind = kind;
    }
    // A container counts only as the kind the request expects there (an object for the root, a
    // source and the options; an array for the sources); inside anything else nothing is kept.
    const bool expected = frame == kSources ? kind == Value::kArray : kind == Value::kObject;
    if (!expected || too_deep) frame = kIgnored;
    frames_.push_back(frame);
    keys_.emplace_back();
    return true;
  }
  bool close() {
    frames_.pop_back();
    keys_.pop_back();
    return true;
  }
};

}  // namespace

bool parse_input(std::string_view text, Input* in, std::string* error, std::string* cluster_id) {
  *in = Input{};
  if (cluster_id) cluster_id->clear();
  RequestReader r;
  if (!read_json(text, &r)) {
    *error = "malformed JSON";
    return false;
  }
  if (r.root.kind == Value::kObject && cluster_id) {
    if (r.cluster_id.kind == Value::kString) *cluster_id = std::move(r.cluster_id.text);
    else if (r.cluster_id.kind == Value::kInteger) *cluster_id = whole_number(r.cluster_id.integer);
    else if (r.cluster_id.kind == Value::kUnsigned)
      *cluster_id = whole_number(static_cast<long long>(r.cluster_id.unsigned_integer));
  }
  if (r.too_deep) {
    *error = "JSON nested deeper than " + whole_number(kMaxJsonDepth) + " levels";
    return false;
  }
  if (r.root.kind != Value::kObject) {
    *error = "input must be a JSON object with a \"sources\" array";
    return false;
  }
  if (r.sources_value.kind != Value::kArray) {
    *error = "\"sources\" must be an array of {id, title, text}";
    return false;
  }
  for (size_t k = 0; k < r.sources.size(); ++k) {
    RequestReader::Source& s = r.sources[k];
    const std::string where = "sources[" + whole_number(k) + "]";
    if (s.self.kind != Value::kObject) {
      *error = where + " must be an object";
      return false;
    }
    SourceInput si;
    if (s.id.kind != Value::kString) {
      *error = where + ".id must be a string";
      return false;
    }
    si.id = std::move(s.id.text);
    if (s.text.kind != Value::kString) {
      *error = where + ".text must be a string";
      return false;
    }
    si.text = std::move(s.text.text);  // the request's copy is not needed again
    if (s.title.given()) {
      if (s.title.kind != Value::kString) {
        *error = where + ".title must be a string";
        return false;
      }
      si.title = std::move(s.title.text);
    }
    if (s.format.given()) {
      const std::string& v = s.format.text;  // empty unless a string
      if (s.format.kind == Value::kString && v == "auto") si.format = Format::kAuto;
      else if (s.format.kind == Value::kString && v == "text") si.format = Format::kText;
      else if (s.format.kind == Value::kString && v == "html") si.format = Format::kHtml;
      else {
        *error = where + ".format must be \"auto\", \"text\" or \"html\"";
        return false;
      }
    }
    in->sources.push_back(std::move(si));
  }
  if (r.options_value.given()) {
    if (r.options_value.kind != Value::kObject) {
      *error = "\"options\" must be an object";
      return false;
    }
    for (const auto& [key, v] : {std::pair<const char*, const Value*>{"minScore", &r.min_score_camel},
                                 {"min_score", &r.min_score_snake}}) {
      if (!v->given()) continue;
      if (!v->is_number()) {
        *error = std::string("options.") + key + " must be a number";
        return false;
      }
      in->options.min_score = v->as_double();
    }
    // Sizes are clamped to the engine's own limits before they are narrowed to size_t.
    const auto limit = [](const Value& v, size_t* option) {
      *option = static_cast<size_t>(std::min<unsigned long long>(v.unsigned_integer, *option));
    };
    if (r.max_sources.given()) {
      if (r.max_sources.kind != Value::kUnsigned) {
        *error = "options.maxSources must be a positive integer";
        return false;
      }
      limit(r.max_sources, &in->options.max_sources);
    }
    if (r.max_total_bytes.given()) {
      if (r.max_total_bytes.kind != Value::kUnsigned) {
        *error = "options.maxTotalBytes must be a positive integer";
        return false;
      }
      limit(r.max_total_bytes, &in->options.max_total_bytes);
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
