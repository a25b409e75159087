// html.h — HTML (a pasted page or fragment, an .html file) to its visible text.
//
// The visible text is what a reader sees: script, style, template, noscript, svg, nav, header,
// footer, aside, form, button, iframe and similar elements are dropped with their content; block
// elements (p, div, li, h1-h6, br, tr, article, section, blockquote, figure...) become line or
// paragraph breaks; character references are decoded (named, decimal, hex); runs of white space
// collapse as a browser would. The result is plain text and becomes the source text that every
// offset refers to.
//
// Example:
//   tri::html_to_text("<p>Caf&eacute; <b>open</b></p><script>x()</script><p>Next</p>").text
//       == "Café open\n\nNext"
#pragma once

#include <string>
#include <string_view>

namespace tri {

struct HtmlText {
  std::string text;    ///< valid UTF-8 visible text; paragraphs separated by "\n\n"
  std::string title;   ///< <title> or the first <h1>, empty when none
};

/// True when `s` looks like HTML rather than plain text: it starts (after white space and a BOM)
/// with "<!doctype", "<html", "<head", "<body", "<meta", "<!--", or it holds at least a few paired
/// block tags (<p>, <div>, <br>, <article>...) — plain prose that mentions "<p>" once is text.
bool looks_like_html(std::string_view s);

/// Converts HTML to its visible text in one pass (linear time, bounded memory), whatever the input:
/// unclosed tags, stray "<", broken references and invalid UTF-8 (repaired to U+FFFD) are all
/// handled; nothing is ever executed or fetched.
HtmlText html_to_text(std::string_view html);

}  // namespace tri
