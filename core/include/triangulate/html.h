// html.h — HTML (a pasted page or fragment, an .html file) to its visible text.
//
// The visible text is what a reader sees: script, style, template, noscript, svg, math, nav,
// footer, aside, form, button, select, iframe, object, canvas, head and similar elements are
// dropped with their content, as are elements marked hidden (the hidden attribute,
// aria-hidden="true", an inline style with display:none or visibility:hidden); a page <header> is
// dropped too, but a <header> inside <article>, <main> or <section> is the article's own and kept.
// Block elements (p, div, h1-h6, article, section, blockquote, figure, table...) become paragraph
// breaks ("\n\n"); <br>, <tr>, <dt> and <dd> line breaks; each <li> a new line starting "• " (inside
// a list item, nested blocks and lists break lines, not paragraphs); table cells on one row are
// separated by a tab. Character references are decoded (decimal, hex, and ~470 names including the
// whole HTML 4 set; unknown ones stay as written; &#0;, surrogates and values above U+10FFFF become
// U+FFFD). White space collapses as in a browser, except inside <pre>, which is kept as is; lines
// never start or end with spaces and there is never more than one blank line outside <pre>. The
// result is plain text and becomes the source text that every offset refers to.
//
// Example:
//   tri::html_to_text("<p>Caf&eacute; <b>open</b></p><script>x()</script><p>Next</p>").text
//       == "Café open\n\nNext"
//   tri::html_to_text("<ul><li>One<li>Two</ul>").text == "• One\n• Two"
#pragma once

#include <string>
#include <string_view>

namespace tri {

struct HtmlText {
  std::string text;    ///< valid UTF-8 visible text; paragraphs separated by "\n\n"
  std::string title;   ///< <title> (else the first visible <h1>) on one line; empty when none
};

/// True when `s` looks like HTML rather than plain text: it starts (after white space and a BOM)
/// with "<!doctype", "<html", "<head", "<body", "<meta", "<!--", or it holds at least a few paired
/// block tags (<p>, <div>, <br>, <article>...) — plain prose that mentions "<p>" once is text.
/// Precisely: two start/end pairs of block tags, or one pair and two <br>, or three <br>, each tag
/// closed by '>' before the end of its line. Linear time; never fails.
bool looks_like_html(std::string_view s);

/// Converts HTML to its visible text in one pass (linear time, memory linear in the input, no
/// recursion), whatever the input: unclosed tags, stray "<" (a "<" that starts no complete tag is
/// text), broken references and invalid UTF-8 (repaired to U+FFFD; NUL also becomes U+FFFD, other
/// control characters are dropped) are all handled; nothing is ever executed or fetched. Like a
/// browser, an unclosed comment, <script>, <style> or <title> runs to the end of the input.
HtmlText html_to_text(std::string_view html);

}  // namespace tri
