// fuzz_html — tri::html_to_text() and tri::looks_like_html() on any bytes.
//
// Checks: the text and title are valid UTF-8 without control characters (text keeps only line
// breaks and the tabs between table cells; the title is one line); the text grows at most in
// proportion to the input; outside <pre>-like elements no line starts or ends with a space and
// there is never more than one blank line (what html.h promises).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.h"
#include "triangulate/html.h"

namespace {

bool contains_ci(std::string_view s, std::string_view lower) {
  for (size_t i = 0; i + lower.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < lower.size() && (s[i + k] | 0x20) == lower[k]) ++k;
    if (k == lower.size()) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  (void)tri::looks_like_html(html);
  const tri::HtmlText h = tri::html_to_text(html);
  FUZZ_CHECK(fuzz::valid_utf8(h.text), "text is not valid UTF-8");
  FUZZ_CHECK(fuzz::valid_utf8(h.title), "title is not valid UTF-8");
  FUZZ_CHECK(h.text.size() <= 4 * size + 16, "text of %zu bytes from %zu bytes of HTML", h.text.size(), size);
  for (size_t i = 0; i < h.text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(h.text[i]);
    FUZZ_CHECK(c >= 0x20 || c == '\n' || c == '\t', "control byte 0x%02x at %zu of the text", c, i);
  }
  for (size_t i = 0; i < h.title.size(); ++i)
    FUZZ_CHECK(static_cast<unsigned char>(h.title[i]) >= 0x20, "control byte in the title at %zu", i);
  const bool keeps_space = contains_ci(html, "pre") || contains_ci(html, "listing") || contains_ci(html, "xmp") ||
                           contains_ci(html, "plaintext");
  if (!keeps_space) {
    FUZZ_CHECK(h.text.find("\n\n\n") == std::string::npos, "more than one blank line");
    FUZZ_CHECK(h.text.empty() || (h.text.front() != ' ' && h.text.back() != ' '), "text starts or ends with a space");
    FUZZ_CHECK(h.text.find(" \n") == std::string::npos && h.text.find("\n ") == std::string::npos,
               "a line starts or ends with a space");
  }
  return 0;
}
