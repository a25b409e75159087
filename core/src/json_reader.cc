// json_reader.cc — a strict JSON reader that reports events (json_reader.h).
#include "json_reader.h"

#include <cmath>
#include <cstdint>
#include <vector>

#include "decimal.h"
#include "triangulate/text.h"

namespace tri {
namespace {

// A stack of bits, 64 to a word: nesting costs one bit a level.
class BitStack {
 public:
  bool empty() const { return size_ == 0; }
  bool back() const { return (words_[(size_ - 1) / 64] >> ((size_ - 1) % 64)) & 1u; }
  void push_back(bool bit) {
    if (size_ % 64 == 0) words_.push_back(0);
    if (bit) words_[size_ / 64] |= uint64_t{1} << (size_ % 64);
    ++size_;
  }
  void pop_back() {
    --size_;
    if (size_ % 64 == 0) words_.pop_back();
    else words_[size_ / 64] &= ~(uint64_t{1} << (size_ % 64));
  }

 private:
  std::vector<uint64_t> words_;
  size_t size_ = 0;
};


class Reader {
 public:
  Reader(std::string_view text, JsonEvents* events) : s_(text), ev_(events) {}

  bool run() {
    if (s_.size() >= 1 && static_cast<unsigned char>(s_[0]) == 0xEF) {
      if (s_.size() < 3 || static_cast<unsigned char>(s_[1]) != 0xBB || static_cast<unsigned char>(s_[2]) != 0xBF)
        return false;
      i_ = 3;  // a byte order mark
    }
    BitStack open;  // one per open container: true for an object
    for (;;) {
      // A value starts here.
      space();
      if (i_ >= s_.size()) return false;
      const char c = s_[i_];
      if (c == '{' || c == '[') {
        ++i_;
        const bool object = c == '{';
        if (!(object ? ev_->start_object() : ev_->start_array())) return false;
        space();
        if (i_ < s_.size() && s_[i_] == (object ? '}' : ']')) {
          ++i_;
          if (!(object ? ev_->end_object() : ev_->end_array())) return false;
        } else {
          open.push_back(object);
          if (object && !member_key()) return false;
          continue;
        }
      } else if (!scalar()) {
        return false;
      }
      // After a value: close what ends here, then either the next value or the end of the text.
      for (;;) {
        space();
        if (open.empty()) return i_ == s_.size();
        if (i_ >= s_.size()) return false;
        const char d = s_[i_++];
        const bool object = open.back();
        if (d == ',') {
          if (object && !member_key()) return false;
          break;
        }
        if (d != (object ? '}' : ']')) return false;
        open.pop_back();
        if (!(object ? ev_->end_object() : ev_->end_array())) return false;
      }
    }
  }

 private:
  std::string_view s_;
  JsonEvents* ev_;
  size_t i_ = 0;
  std::string buf_;

  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  unsigned char byte(size_t k) const { return static_cast<unsigned char>(s_[k]); }

  // "key" : (the value follows)
  bool member_key() {
    space();
    if (i_ >= s_.size() || s_[i_] != '"' || !string_text()) return false;
    if (!ev_->key(buf_)) return false;
    space();
    if (i_ >= s_.size() || s_[i_] != ':') return false;
    ++i_;
    return true;
  }

  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  bool scalar() {
    switch (s_[i_]) {
      case '"':
        return string_text() && ev_->string(buf_);
      case 't':
        return literal("true") && ev_->boolean(true);
      case 'f':
        return literal("false") && ev_->boolean(false);
      case 'n':
        return literal("null") && ev_->null();
      default:
        return number();
    }
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  bool number() {
    const size_t start = i_;
    const auto digits = [this] {
      const size_t from = i_;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      return i_ > from;
    };
    const bool negative = i_ < s_.size() && s_[i_] == '-';
    if (negative) ++i_;
    if (i_ >= s_.size() || s_[i_] < '0' || s_[i_] > '9') return false;
    if (s_[i_] == '0') ++i_;
    else digits();
    const size_t integer_end = i_;
    bool integral = true;
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (!digits()) return false;
      integral = false;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (!digits()) return false;
      integral = false;
    }
    if (integral) {
      // As a 64-bit integer when it fits, else as a double.
      unsigned long long v = 0;
      bool fits = true;
      for (size_t k = start + (negative ? 1 : 0); k < integer_end && fits; ++k) {
        const unsigned d = static_cast<unsigned>(s_[k] - '0');
        if (v > (~0ULL - d) / 10) fits = false;
        else v = v * 10 + d;
      }
      if (fits && !negative) return ev_->number_unsigned(v);
      if (fits && negative && v <= 9223372036854775808ULL)
        return ev_->number_integer(v == 9223372036854775808ULL ? -9223372036854775807LL - 1
                                                               : -static_cast<long long>(v));
    }
    double x = 0;
    if (!read_decimal(s_.substr(start, i_ - start), &x) || !std::isfinite(x)) return false;
    return ev_->number_float(x);
  }

  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  // Four hex digits at i_, or -1.
  long hex4() {
    if (s_.size() - i_ < 4) return -1;
    long v = 0;
    for (int k = 0; k < 4; ++k) {
      const int h = hex(s_[i_ + k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    i_ += 4;
    return v;
  }
  // Bytes k.. of a UTF-8 sequence: `n` continuation bytes, the first within [lo, hi].
  bool continuation(size_t k, int n, unsigned char lo, unsigned char hi) const {
    if (s_.size() - k < static_cast<size_t>(n) + 1) return false;
    if (byte(k + 1) < lo || byte(k + 1) > hi) return false;
    for (int m = 2; m <= n; ++m)
      if (byte(k + m) < 0x80 || byte(k + m) > 0xBF) return false;
    return true;
  }

  // The string at i_ (its opening quote) into buf_.
  bool string_text() {
    buf_.clear();
    ++i_;
    for (;;) {
      // A run of plain bytes at once.
      size_t j = i_;
      while (j < s_.size() && byte(j) >= 0x20 && byte(j) < 0x80 && s_[j] != '"' && s_[j] != '\\') ++j;
      buf_.append(s_.data() + i_, j - i_);
      i_ = j;
      if (i_ >= s_.size()) return false;
      const unsigned char c = byte(i_);
      if (c == '"') {
        ++i_;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        if (++i_ >= s_.size()) return false;
        const char e = s_[i_++];
        switch (e) {
          case '"': buf_ += '"'; break;
          case '\\': buf_ += '\\'; break;
          case '/': buf_ += '/'; break;
          case 'b': buf_ += '\b'; break;
          case 'f': buf_ += '\f'; break;
          case 'n': buf_ += '\n'; break;
          case 'r': buf_ += '\r'; break;
          case 't': buf_ += '\t'; break;
          case 'u': {
            long cp = hex4();
            if (cp < 0) return false;
            if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate alone
            if (cp >= 0xD800 && cp <= 0xDBFF) {
              if (s_.size() - i_ < 2 || s_[i_] != '\\' || s_[i_ + 1] != 'u') return false;
              i_ += 2;
              const long low = hex4();
              if (low < 0xDC00 || low > 0xDFFF) return false;
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            append_utf8(buf_, static_cast<char32_t>(cp));  // never a surrogate here
            break;
          }
          default:
            return false;
        }
        continue;
      }
      // UTF-8 as Unicode's table 3-7 allows it: no overlong forms, no surrogates, up to U+10FFFF.
      int n = 0;
      bool ok = false;
      if (c >= 0xC2 && c <= 0xDF) n = 1, ok = continuation(i_, 1, 0x80, 0xBF);
      else if (c == 0xE0) n = 2, ok = continuation(i_, 2, 0xA0, 0xBF);
      else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) n = 2, ok = continuation(i_, 2, 0x80, 0xBF);
      else if (c == 0xED) n = 2, ok = continuation(i_, 2, 0x80, 0x9F);
      else if (c == 0xF0) n = 3, ok = continuation(i_, 3, 0x90, 0xBF);
      else if (c >= 0xF1 && c <= 0xF3) n = 3, ok = continuation(i_, 3, 0x80, 0xBF);
      else if (c == 0xF4) n = 3, ok = continuation(i_, 3, 0x80, 0x8F);
      if (!ok) return false;
      buf_.append(s_.data() + i_, static_cast<size_t>(n) + 1);
      i_ += static_cast<size_t>(n) + 1;
    }
  }
};

}  // namespace

bool read_json(std::string_view text, JsonEvents* events) { return Reader(text, events).run(); }

}  // namespace tri
