#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz harness: python3 fuzz/seeds.py OUT_DIR

OUT_DIR/<harness>/<name> for compare, json, html, utf8, segment and facts. Everything comes from
our own texts: the articles in samples/ and the hostile snippets below (written for this
project). Deterministic: the same files every time. scripts/fuzz.sh runs it into the build folder.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def samples():
    d = os.path.join(ROOT, "samples")
    return [open(os.path.join(d, n), "rb").read() for n in sorted(os.listdir(d)) if n.endswith(".txt")]


# Sentences that exercise numbers, hedges, dates, names, negation and attribution.
FACT_SENTENCES = [
    "The universe formed 13.8 billion years ago.",
    "The dam is 4,500,000,000,000 years older than the town, which was founded 99999999999 years ago.",
    "Around 90 people, nearly 40 of them children, were rescued on Monday evening.",
    "Between 10 and 15 boats joined the search; up to 24 hours passed before the last was found.",
    "Officials said tens of thousands of litres had leaked, not the dozens first reported.",
    "The council did not approve the $5m plan, according to the mayor, Ingrid Solvang.",
    "Prime Minister Tomas Ekwall-Brand met Gen. R. J. Okafor in Port Aldane on 3 March 2019.",
    "More than 1e308 tonnes, 1.7976931348623157e308 litres and 0.0000001 per cent were claimed.",
    "Some 12% of the 26 other heads of state, well over 300, may attend, the agency reportedly said.",
    "It was the 80th anniversary; a 5-year-old and a 26 years old man were among 352 passengers.",
    "Neither the captain nor the crew were hurt, and no one was missing, police said.",
    "Two years ago, in January 2019, the 70-minute crossing cost €40 or £35.",
    "Fewer than 1,000,000,000,000,000,000,000 grains; at least 7 million; 3.5bn; 10–15 knots.",
    "On Tuesday, 31 February 2100, at 25:61, the 0th and 101st vessels left.",
    "She said that he had said that they had not said it, according to reports, it emerged.",
    "A dozen, a couple of, hundreds, scores and thousands of people said they weren't told.",
    "Lee's brother didn't leave Dublin: the 1990s, the '80s and 2020-21 were years of change.",
]

HOSTILE_TEXT = [
    b"",
    b" \t\n\r\n\n",
    b"x\n" * 500,
    b"Mr. Dr. St. No. U.S. a.m. e.g. Jan. 3. " * 40,
    b"A" * 5000,
    b"word " * 2000,
    b". . . ! ? ... \xe2\x80\xa6 \xe3\x80\x82" * 100,
    "\u2022 one\n\u2022 two\n- three\n1. four\n12) five\n".encode() * 20,
    "PORT ALDANE \u2014 The ferry ran aground. LISBON: Boats left.\n".encode(),
    b"Advertisement\n\nShare this article\n\nFollow us on Facebook: www.example.com\n\nBy Jane Roe Staff Writer\n",
    "\u4e2d\u6587\u3002\u65e5\u672c\u8a9e\u3002\ud55c\uad6d\uc5b4\u3002".encode() * 30,
    "Zo\u00eb \U0001F6A2 \u0645\u0631\u062d\u0628\u0627 e\u0301 \u200d\ufeff \u00a0 \u2028 \u2029".encode() * 20,
    b"\xff\xfe\xed\xa0\x80\xc0\xaf\xf4\x90\x80\x80\x00\x01\x7f\xe2\x82",
    b"The headline\n\nThe headline\n\nThe body says the headline. The body says the headline.",
    b"\"Quoted,\" he said. 'Single.' (Bracketed.) [Square.] \xc2\xabGuillemets.\xc2\xbb",
    b"3.5 km. 1,000.5 m. 80th. 1st-2nd. 70-minute anti-drone 2019-2020 $5m \xe2\x82\xac40bn",
]

HTML_SNIPPETS = [
    b"<!doctype html><html><head><title>T &amp; U</title><style>p{}</style><script>x()</script></head>"
    b"<body><nav>Home</nav><article><header><h1>Head</h1></header><p>One&nbsp;two &eacute; &#233; &#x1F6A2;"
    b"</p><ul><li>a<li>b</ul><table><tr><td>1<td>2</table><pre>  keep\n  this</pre></article>"
    b"<footer>f</footer></body></html>",
    b"<li>x" * 400,
    b"<div>" * 2000 + b"deep" + b"</div>" * 2000,
    b"<a href='x\">unclosed attribute <b>bold</b> text",
    b"<!-- unclosed comment <p>hidden",
    b"<script>if (a < b) document.write('<p>')</script><p>after</p>",
    b"<p hidden>h</p><p aria-hidden=\"true\">h</p><p style=\"display:none\">h</p><p>shown</p>",
    b"&amp &lt &notin; &NotNestedGreaterGreater; &#0; &#xD800; &#1114112; &#99999999999; &; &#;",
    b"<textarea><p>raw</p></textarea><xmp><b>raw</b></xmp><plaintext><p>rest",
    b"<svg><text>no</text></svg><math>no</math><template>no</template><noscript>no</noscript>",
    b"< p>not a tag</ p> a<b c<d e>f 1 < 2 > 0 <<>> <\x00> \xff<p>\xc3</p>",
    b"<br><br><br>lines<br/>and<BR>more<hr>",
    b"<h1>T</h1><dl><dt>term<dd>def</dl><blockquote><p>q</blockquote><figure><figcaption>c</figcaption></figure>",
]

JSON_SNIPPETS = [
    b"",
    b"null",
    b"[]",
    b"{}",
    b'{"sources": 3}',
    b'{"sources":[{"id":"a","text":"x"}]}',
    b'{"sources":[{"id":"a","text":"x"},{"id":"a","text":"y"}]}',
    b'{"id": 7, "sources":[{"id":"a","text":"\\u0000\\ud83d\\ude00\\u00e9"},{"id":"b","text":"\\n\\t\\"","title":null}]}',
    b'{"sources":[{"id":"a","text":"\\ud800"},{"id":"b","text":"x"}]}',
    b'{"sources":[{"id":"a","text":"x","format":"pdf"},{"id":"b","text":"y"}]}',
    b'{"sources":[{"id":"a","text":"x"},{"id":"b","text":"y"}],"options":{"minScore":0,"maxSources":1}}',
    b'{"sources":[{"id":"a","text":"x"},{"id":"b","text":"y"}],"options":{"min_score":1e999,"maxTotalBytes":-1}}',
    b'{"sources":[{"id":"a","text":"x"},{"id":"b","text":"y"}],"sources":[]}',
    b'{"id":"deep","x":' + b"[" * 80000 + b"]" * 80000 + b', "sources":[]}',
    b'{"x":' + b'{"a":' * 70 + b"1" + b"}" * 70 + b',"sources":[{"id":"a","text":"x"},{"id":"b","text":"y"}]}',
    b"[" * 100000,
    b'{"sources":[{"id":"a","text":"x"},{"id":"b","text":"y"}]} trailing',
    b'\xef\xbb\xbf{"sources":[{"id":"\xff","text":"x"},{"id":"b","text":"y"}]}',
]


def mode_byte(count, fmt=0, min_score=0):
    return bytes([(count - 2) | (fmt << 2) | (0x10 if min_score == 1 else 0x20 if min_score == 2 else 0)])


def html_of(text):
    paras = text.decode("utf-8", "replace").split("\n\n")
    body = "".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;')}</p>" for p in paras)
    return f"<html><head><title>t</title></head><body><article>{body}</article></body></html>".encode()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    arts = samples()
    facts = [s.encode() for s in FACT_SENTENCES]
    corpora = {h: {} for h in ["compare", "json", "html", "utf8", "segment", "facts"]}

    for k, a in enumerate(arts):
        corpora["utf8"][f"sample{k}"] = a
        corpora["segment"][f"sample{k}"] = a
        corpora["facts"][f"sample{k}"] = a
        corpora["html"][f"sample{k}"] = html_of(a)
    for k, t in enumerate(HOSTILE_TEXT):
        for h in ["utf8", "segment", "facts"]:
            corpora[h][f"hostile{k}"] = t
    for k, s in enumerate(facts):
        corpora["facts"][f"sentence{k}"] = s
    corpora["facts"]["sentences"] = b" ".join(facts)
    for k, t in enumerate(HTML_SNIPPETS):
        corpora["html"][f"hostile{k}"] = t

    sep = b"\x1e"
    c = corpora["compare"]
    c["pair"] = mode_byte(2) + arts[0] + sep + arts[1]
    c["five"] = mode_byte(5) + sep.join(arts)
    c["five-minscore"] = mode_byte(5, min_score=1) + sep.join(arts)
    c["three-text-half"] = mode_byte(3, fmt=1, min_score=2) + sep.join(arts[2:5])
    c["html-pair"] = mode_byte(2, fmt=2) + html_of(arts[3]) + sep + html_of(arts[4])
    c["html-hostile"] = mode_byte(4, fmt=2) + sep.join(HTML_SNIPPETS[:4])
    c["facts"] = mode_byte(2) + b" ".join(facts[:8]) + sep + b" ".join(facts[8:])
    c["facts-swapped"] = mode_byte(3) + b" ".join(facts[::2]) + sep + b" ".join(facts[1::2]) + sep + facts[0]
    c["hostile"] = mode_byte(5) + sep.join(HOSTILE_TEXT[1:6])
    c["hostile-bytes"] = mode_byte(2) + HOSTILE_TEXT[12] + sep + HOSTILE_TEXT[11]
    c["letters"] = mode_byte(2) + b"a\nb\n" * 300 + sep + b"b\na\n" * 300

    j = corpora["json"]
    names = ["aldane", "bay", "loop", "tide", "herald"]
    j["pair"] = json.dumps({"id": "c1", "sources": [{"id": names[k], "text": arts[k].decode()} for k in range(2)]}).encode()
    j["five"] = json.dumps({"sources": [{"id": names[k], "title": f"t{k}", "text": arts[k].decode()}
                                        for k in range(5)], "options": {"minScore": 0.3}}).encode()
    j["html"] = json.dumps({"sources": [{"id": "h", "text": html_of(arts[0]).decode(), "format": "html"},
                                        {"id": "t", "text": arts[1].decode(), "format": "text"}]}).encode()
    for k, t in enumerate(JSON_SNIPPETS):
        j[f"hostile{k}"] = t

    for h, files in corpora.items():
        d = os.path.join(out, h)
        os.makedirs(d, exist_ok=True)
        for name, data in files.items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
    print(f"seeds.py: {sum(len(f) for f in corpora.values())} seeds in {out}")


if __name__ == "__main__":
    main()
