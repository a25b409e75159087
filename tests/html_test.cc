// html_test.cc — tests for HTML to visible text in html.h.

#include "triangulate/html.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace {

// True when `s` is well-formed UTF-8 (no surrogates, no overlong forms, nothing above U+10FFFF).
bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
      len = 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const unsigned char b = static_cast<unsigned char>(s[i + k]);
      if (b < lo || b > hi) return false;
      lo = 0x80, hi = 0xBF;
    }
    i += len;
  }
  return true;
}

// The layout rules every output follows: no blank line runs, no spaces at line ends or starts
// (outside <pre>), no leading or trailing white space.
void expect_clean_layout(const std::string& text) {
  EXPECT_TRUE(valid_utf8(text));
  EXPECT_EQ(text.find("\n\n\n"), std::string::npos);
  EXPECT_EQ(text.find(" \n"), std::string::npos);
  EXPECT_EQ(text.find("\n "), std::string::npos);
  if (!text.empty()) {
    EXPECT_NE(text.front(), ' ');
    EXPECT_NE(text.front(), '\n');
    EXPECT_NE(text.back(), ' ');
    EXPECT_NE(text.back(), '\n');
  }
}

struct HtmlCase {
  const char* html;
  const char* text;
};

// Test names show the case's size, not its raw bytes (the input is printed on failure).
void PrintTo(const HtmlCase& c, std::ostream* os) { *os << std::string_view(c.html).size() << "-byte page"; }

const HtmlCase kHtmlCases[] = {
    // The header's example.
    {"<p>Caf&eacute; <b>open</b></p><script>x()</script><p>Next</p>", "Caf\u00e9 open\n\nNext"},
    {"", ""},
    {"plain text, no markup", "plain text, no markup"},

    // Character references: markup characters, no-break space, apostrophe.
    {"&amp; &lt;p&gt; &quot;q&quot; it&apos;s a&nbsp;b", "& <p> \"q\" it's a\u00a0b"},
    // Latin-1 letters.
    {"&Eacute;l&egrave;ve &ntilde;&uuml;&szlig; &AElig;&oslash;&aring; &Ccedil;&icirc;&yuml;",
     "\u00c9l\u00e8ve \u00f1\u00fc\u00df \u00c6\u00f8\u00e5 \u00c7\u00ee\u00ff"},
    // Typographic punctuation of news pages.
    {"a&mdash;b&ndash;c &lsquo;s&rsquo; &ldquo;d&rdquo; wait&hellip; &bull; x&middot;y",
     "a\u2014b\u2013c \u2018s\u2019 \u201cd\u201d wait\u2026 \u2022 x\u00b7y"},
    // Currency and other symbols.
    {"&euro;5 &pound;3 &yen;1 &cent; Acme&trade; &copy; &reg; 20&deg;C 3&times;4 &frac12; &plusmn;",
     "\u20ac5 \u00a33 \u00a51 \u00a2 Acme\u2122 \u00a9 \u00ae 20\u00b0C 3\u00d74 \u00bd \u00b1"},
    // Greek, arrows, maths from the HTML 4 set, and Latin Extended-A names.
    {"&alpha;&Omega; &rarr; &le;&ne;&infin; Wa&lstrok;&eogon;sa Ko&scaron;ice",
     "\u03b1\u03a9 \u2192 \u2264\u2260\u221e Wa\u0142\u0119sa Ko\u0161ice"},
    // Decimal and hex references, with and without ';'.
    {"&#65;&#x42;&#X43;&#0068 &#x1F600; &#8364;", "ABCD \U0001F600 \u20ac"},
    // Numeric references to 0, surrogates and beyond U+10FFFF are U+FFFD.
    {"[&#0;] [&#xD800;] [&#xDFFF;] [&#x110000;] [&#99999999999999;]",
     "[\ufffd] [\ufffd] [\ufffd] [\ufffd] [\ufffd]"},
    // 0x80..0x9F name Windows-1252 characters (old CMS output); control characters vanish.
    {"&#147;Hi&#148; &#150; &#146;s &#133;x&#1;y", "\u201cHi\u201d \u2013 \u2019s \u2026xy"},
    // Unknown or malformed references stay as written.
    {"&bogus; & &# &#x; &#xZ; AT&T a&b &;", "&bogus; & &# &#x; &#xZ; AT&T a&b &;"},
    // Legacy names work without ';' (longest prefix), as in browsers; others need it.
    {"&copy2024 &amp &notit; &hellip", "\u00a92024 & \u00acit; &hellip"},

    // Dropped elements, with their content.
    {"a<script>var s = \"</scr\" + \"ipt>\"; if (a<b && c>d) {}</script>b", "ab"},
    {"a<SCRIPT type=\"text/javascript\">x</SCRIPT >b<script>never closed", "ab"},
    {"<style>p > b { color: red }</style><template><p>T</p></template>"
     "<noscript><p>N</p></noscript>Text",
     "Text"},
    {"<nav><a href=/>Home</a></nav><p>Body</p><aside>Related</aside><footer>(c)</footer>", "Body"},
    {"<header>Site name</header>"
     "<form><label>Email</label><input name=e><button>Go</button></form>Story",
     "Story"},
    {"Price<select><option>EUR</option></select> up<iframe src=x>fallback</iframe>now",
     "Price up now"},
    {"x<object data=a>alt</object><canvas>c</canvas><video>v</video>y", "x y"},
    {"<svg viewBox=\"0 0 1 1\"><title>icon</title><path d=\"M0\"/></svg>Share<svg/>it", "Share it"},
    {"<math><mi>x</mi></math>=1", "=1"},
    {"<p>Keep</p><p hidden>secret</p><div aria-hidden=\"TRUE\">x</div>"
     "<span aria-hidden=false>y</span>",
     "Keep\n\ny"},
    {"a<div style=\"color:red; display : none\">x</div>b<span style=\"visibility:hidden\">z</span>",
     "a\n\nb"},
    {"<p hidden>gone<p>back", "back"},
    {"<dialog>modal</dialog><dialog open>shown</dialog>", "shown"},
    // <header> inside an article is the article's own header, not page furniture.
    {"<header>Site</header><article><header><h1>Headline</h1></header><p>Body</p></article>",
     "Headline\n\nBody"},

    // <head> is dropped; an unclosed <head> ends at body content.
    {"<html><head><title>T</title><meta charset=utf-8><link rel=x></head><body>Hi</body></html>",
     "Hi"},
    {"<head><title>T</title><body><p>Text", "Text"},
    {"<head><title>T</title>Text", "Text"},

    // Blocks, breaks, headings.
    {"<div>a</div><div>b</div>", "a\n\nb"},
    {"<p>a<p>b<p>c", "a\n\nb\n\nc"},
    {"<h2>Sub</h2>text<h3>More</h3>", "Sub\n\ntext\n\nMore"},
    {"<h1>Title</h2>After", "Title\n\nAfter"},
    {"a<br>b<br/><br>c<br><br><br><br>d", "a\nb\n\nc\n\nd"},
    {"one</br>two</p>three", "one\ntwo\n\nthree"},
    {"<blockquote>q</blockquote><section>s</section><hr>end", "q\n\ns\n\nend"},
    {"<p>a</p>\n\n<p></p><p>&nbsp;</p><div> <br> </div>\n<p>b</p>", "a\n\nb"},
    {"<dl><dt>Term</dt><dd>Meaning</dd></dl>", "Term\nMeaning"},
    {"<table><tr><th>City</th><th>Deaths</th></tr><tr><td>Rome<td>12</table>after",
     "City\tDeaths\nRome\t12\n\nafter"},

    // Lists: each item on its own line, bulleted.
    {"Intro<ul><li>one</li><li>two<li>three</ul>After",
     "Intro\n\n\u2022 one\n\u2022 two\n\u2022 three\n\nAfter"},
    {"<ol><li>first<li><p>second</p></ol>", "\u2022 first\n\u2022 second"},
    {"<ul><li>Parent<ul><li>child</li></ul></li><li>next</li></ul>",
     "\u2022 Parent\n\u2022 child\n\u2022 next"},
    {"<ul><li></li><li> </li></ul><p>no bullet</p>", "no bullet"},

    // White space: collapsed like a browser, trimmed at line ends.
    {"  a \n\t b   c  ", "a b c"},
    {"<p>\n  Line   one\n</p>\n<p>\tLine <b> two </b> </p>", "Line one\n\nLine two"},
    {"a&nbsp;&nbsp;b <p>&nbsp;x&nbsp;</p>", "a\u00a0\u00a0b\n\nx"},
    {"<p>a\r\nb\rc</p>", "a b c"},
    // <pre> keeps its white space (a newline right after <pre> is not content).
    {"<pre>\n  int x;\n\n    y  =  1;</pre>after", "  int x;\n\n    y  =  1;\n\nafter"},
    {"<p>Code:</p><pre>a\r\n b<br>c &lt;d&gt;</pre>", "Code:\n\na\n b\nc <d>"},
    {"<pre>\n  \n\n   x  \n</pre>", "   x"},

    // Comments and markup declarations.
    {"a<!-- <p>hidden</p> -->b<!---->c<!-->d<!--->e", "abcde"},
    {"a<!-- x --!>b", "ab"},
    {"<!DOCTYPE html><?xml version=\"1.0\"?>a<!ELEMENT x>b", "ab"},
    {"visible<!-- never closed <p>text</p>", "visible"},
    {"a<![CDATA[x]]>b", "ab"},
    {"<svg><![CDATA[ a > b </svg> ]]></svg>after", "after"},

    // Malformed markup.
    {"a < b and c > d, x<3, 5 <= 6", "a < b and c > d, x<3, 5 <= 6"},
    {"end <", "end <"},
    {"text <b unclosed", "text <b unclosed"},
    {"<a title=\"1 > 0\" href='x>y'>link</a> after", "link after"},
    {"<p class=\"x>Text</p><p>More</p>", "Text\n\nMore"},
    {"<b><i>x</b>y</i>z</u></div></p>", "xyz"},
    {"<div<p>>x", ">x"},
    {"</>a</ b>c</3>d", "acd"},
    {"<P CLASS=x>Upper</P><BR>Case", "Upper\n\nCase"},
    {"a<wbr>b<img src=x alt=pic>c<span>d</span>e", "abcde"},
    {"<xmp><b>not bold</b></xmp>", "<b>not bold</b>"},
    {"a<plaintext><b>x</b>&amp;</plaintext>", "a\n\n<b>x</b>&amp;</plaintext>"},
    {"a<textarea><p>t</textarea>b", "a b"},

    // Hostile payloads: only their text content comes out, never markup.
    {"<img src=x onerror=alert(1)>", ""},
    {"<a href=\"javascript:alert(1)\">Click me</a>", "Click me"},
    {"<body onload=alert(1)><script>alert(document.cookie)</script>Hi</body>", "Hi"},
    {"\"><script>alert(1)</script><svg onload=alert(1)>", "\">"},
    {"<iframe src=\"javascript:alert(1)\"></iframe><object data=\"evil.swf\"></object>", ""},
    {"&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"},
    // A broken tag name is an unknown element; what follows is inert text, as in a browser.
    {"<scr<script>ipt>alert(1)</script>", "ipt>alert(1)"},
    {"<style>@import 'javascript:alert(1)';</style>"
     "<div style=\"background:url(javascript:x)\">ok</div>",
     "ok"},

    // Invalid UTF-8 becomes U+FFFD; a BOM is dropped; NUL is U+FFFD.
    {"a\xff" "b\xc3(", "a\ufffd" "b\ufffd("},
    {"\xef\xbb\xbf<p>BOM</p>", "BOM"},
    {"x\xed\xa0\x80y", "x\ufffdy"},
};

class HtmlCaseTest : public ::testing::TestWithParam<HtmlCase> {};

TEST_P(HtmlCaseTest, VisibleText) {
  const HtmlCase& c = GetParam();
  const tri::HtmlText r = tri::html_to_text(c.html);
  EXPECT_EQ(r.text, c.text) << "input: " << c.html;
  EXPECT_TRUE(valid_utf8(r.text));
}

INSTANTIATE_TEST_SUITE_P(Table, HtmlCaseTest, ::testing::ValuesIn(kHtmlCases));

TEST(HtmlText, NulByteIsReplacementCharacter) {
  EXPECT_EQ(tri::html_to_text(std::string_view("n\0ul<p>\0</p>", 12)).text, "n\ufffdul\n\n\ufffd");
}

struct TitleCase {
  const char* html;
  const char* title;
};

const TitleCase kTitleCases[] = {
    {"<title> Storm &amp; flood\n hit  coast </title><p>x</p>", "Storm & flood hit coast"},
    {"<head><title>Page</title></head><h1>Headline</h1>", "Page"},
    {"<h1>  Main <em>story</em>  </h1><h1>Second</h1>", "Main story"},
    {"<header><h1>Site</h1></header><article><h1>Story</h1></article>", "Story"},
    {"<svg><title>icon</title></svg><p>text</p>", ""},
    {"<p>no title</p>", ""},
    {"<title><b>raw</b></title>", "<b>raw</b>"},
};

TEST(HtmlTitle, TitleOrFirstH1) {
  for (const TitleCase& c : kTitleCases) {
    EXPECT_EQ(tri::html_to_text(c.html).title, c.title) << "input: " << c.html;
  }
}

TEST(HtmlText, HeaderExamples) {
  EXPECT_EQ(tri::html_to_text("<p>Caf&eacute; <b>open</b></p><script>x()</script><p>Next</p>").text,
            "Caf\u00e9 open\n\nNext");
  EXPECT_EQ(tri::html_to_text("<ul><li>One<li>Two</ul>").text, "\u2022 One\n\u2022 Two");
}

TEST(HtmlTitle, TitleIsNotInText) {
  const tri::HtmlText r = tri::html_to_text("<title>T</title><p>Body</p>");
  EXPECT_EQ(r.title, "T");
  EXPECT_EQ(r.text, "Body");
}

struct LooksCase {
  const char* text;
  bool html;
};

const LooksCase kLooksCases[] = {
    {"<!DOCTYPE html><html><body>x</body></html>", true},
    {"\xef\xbb\xbf  \n<!doctype html>", true},
    {"<html lang=en>", true},
    {"  <HEAD><title>x</title>", true},
    {"<body>", true},
    {"<meta charset=\"utf-8\">", true},
    {"<!-- saved from url -->\n<div>x</div>", true},
    {"Intro\n<p>One</p>\n<p>Two</p>", true},
    {"<div class=\"story\"><p>One</p></div>", true},
    {"line<br>line<br/>line<br >line", true},
    {"<article><h1>T</h1><p>Body</p></article>", true},
    {"", false},
    {"Plain prose about the election results.", false},
    {"Developers wrap paragraphs in <p> tags, the spec says.", false},
    {"Use <p> to open and </p> to close a paragraph.", false},
    {"If a < b and b > c then the claim holds; also x<y.", false},
    {"The <div> and <span> elements are generic containers.", false},
    {"<html is not a tag here", false},
    {"<htmlfoo>", false},
    {"Scores: <3 for now, >10 later", false},
};

TEST(HtmlLooksLike, Table) {
  for (const LooksCase& c : kLooksCases) {
    EXPECT_EQ(tri::looks_like_html(c.text), c.html) << "input: " << c.text;
  }
}

TEST(HtmlRobust, LayoutRulesOnAMixedPage) {
  const char* page =
      "<!DOCTYPE html>\n<html>\n<head>\n<title>Storm</title>\n<script>track()</script>\n</head>\n"
      "<body>\n<nav><ul><li><a href=/>Home</a></li></ul></nav>\n"
      "<main>\n<article>\n  <h1>  Storm hits   coast </h1>\n"
      "  <p>  More than <b>90</b> carriages\n were damaged.  </p>\n"
      "  <figure><img src=a.jpg><figcaption>Photo: AP</figcaption></figure>\n"
      "  <p>  <br>  </p>\n  <ul>\n <li> first </li>\n <li>second\n </ul>\n"
      "</article>\n</main>\n<footer>Copyright</footer>\n</body>\n</html>\n";
  const tri::HtmlText r = tri::html_to_text(page);
  EXPECT_EQ(r.title, "Storm");
  EXPECT_EQ(r.text,
            "Storm hits coast\n\nMore than 90 carriages were damaged.\n\nPhoto: AP\n\n"
            "\u2022 first\n\u2022 second");
  expect_clean_layout(r.text);
}

// A large generated page of ordinary markup: converted in one pass, output in proportion.
TEST(HtmlRobust, TenMegabytePage) {
  std::string html = "<html><head><title>Big</title></head><body>";
  const std::string para =
      "<p class=\"c\">Caf&eacute; <b>open</b> &amp; <a href=\"/x?a=1&amp;b=2\">link</a> &mdash; "
      "<span>words</span> here.</p>\n<script>var x = '<p>' + 1;</script><ul><li>item</li></ul>\n";
  while (html.size() < 10u * 1024 * 1024) html += para;
  html += "</body></html>";
  const tri::HtmlText r = tri::html_to_text(html);
  EXPECT_EQ(r.title, "Big");
  EXPECT_GT(r.text.size(), html.size() / 5);
  EXPECT_LT(r.text.size(), html.size());
  const std::string last = "Caf\u00e9 open & link \u2014 words here.\n\n\u2022 item";
  EXPECT_EQ(r.text.rfind(last), r.text.size() - last.size());
  expect_clean_layout(r.text);
}

// Inputs that make naive tokenizers quadratic or recursive; each is about 10 MB.
TEST(HtmlRobust, TenMegabyteHostileInputs) {
  const size_t target = 10u * 1024 * 1024;
  const char* units[] = {
      "<",             // stray '<' everywhere
      "<a",            // a tag name that never ends
      "<a x=\"",       // attribute values with unmatched quotes
      "<a x='1' ",     // attributes that never end
      "&",             // stray ampersands
      "&#",            // references without digits
      "&amp",          // legacy references without ';'
      "</x",           // end tags that never end
      "<!",            // declarations that never end
      "<p><b>",        // unclosed elements
      "</div></p>",    // end tags with nothing open
      "<li>",          // implied end tags
      "\xff\xc3",      // invalid UTF-8
      " \t\n",         // only white space
  };
  for (const char* unit : units) {
    std::string html;
    html.reserve(target + 16);
    while (html.size() < target) html += unit;
    html += "tail";
    const tri::HtmlText r = tri::html_to_text(html);
    EXPECT_LE(r.text.size(), 3 * html.size()) << unit;  // U+FFFD is 3 bytes for 1 bad byte
    EXPECT_TRUE(valid_utf8(r.text)) << unit;
    EXPECT_EQ(r.text.find("\n\n\n"), std::string::npos) << unit;
  }
  // Unterminated constructs that swallow the rest, as in a browser.
  std::string html = "before<script>";
  while (html.size() < target) html += "</scr <!-- ";
  EXPECT_EQ(tri::html_to_text(html).text, "before");
  html = "before<!--";
  while (html.size() < target) html += "-- -> !> ";
  EXPECT_EQ(tri::html_to_text(html).text, "before");
}

// Thousands of distinct made-up tag names do not make known elements lose their meaning.
TEST(HtmlRobust, ManyDistinctTagNames) {
  std::string html;
  for (int k = 0; k < 20000; ++k) html += "<x-" + std::to_string(k) + ">";
  html += "<p>a</p><script>alert(1)</script><nav>menu</nav><p>b";
  for (int k = 0; k < 20000; ++k) html += "</x-" + std::to_string(k) + ">";
  EXPECT_EQ(tri::html_to_text(html).text, "a\n\nb");
}

TEST(HtmlRobust, DeepNesting) {
  const size_t depth = 100000;
  std::string html;
  for (size_t k = 0; k < depth; ++k) html += "<div>";
  html += "deep";
  for (size_t k = 0; k < depth; ++k) html += "</div>";
  html += "after";
  EXPECT_EQ(tri::html_to_text(html).text, "deep\n\nafter");

  // Never closed, and closed by unrelated end tags: no recursion, no quadratic search.
  html.clear();
  for (size_t k = 0; k < depth; ++k) html += "<span><b>";
  html += "x";
  for (size_t k = 0; k < depth; ++k) html += "</i></em>";
  EXPECT_EQ(tri::html_to_text(html).text, "x");

  // A dropped element around deep content ends where it should.
  html = "<nav>";
  for (size_t k = 0; k < depth; ++k) html += "<ul><li>";
  html += "menu</nav>story";
  EXPECT_EQ(tri::html_to_text(html).text, "story");

  // Deep lists: every item is a bulleted line.
  html.clear();
  for (size_t k = 0; k < 1000; ++k) html += "<ul><li>i";
  const std::string text = tri::html_to_text(html).text;
  EXPECT_EQ(text.substr(0, 12), "\u2022 i\n\u2022 i\n");
  expect_clean_layout(text);
}

}  // namespace
