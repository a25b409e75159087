#!/usr/bin/env python3
"""The hostile-input table: adversarial inputs at 1x and 4x size through the native command line.

For each input it prints user time (the least of three runs for runs under a second), peak memory (the child's maximum resident set, from wait4),
output size, the 4x/1x time ratio, whether every output line is valid JSON and every batch line
was answered, and the memory rule: peak <= 64 MB + 100 bytes per input byte.

  python3 bench/hostile.py                      # the full table (1x and 4x)
  python3 bench/hostile.py --quick              # CI: the cheap rows at 1x, robustness only
  python3 bench/hostile.py --only salad,li      # some rows
  python3 bench/hostile.py --wasm               # also run each input through the WASM module

Exit status 1 when any row breaks a rule (invalid JSON, unanswered line, memory over the rule,
4x/1x time ratio above 5 where the 4x run takes at least 0.25 s, or a crash). With --quick only a
crash, invalid JSON or an unanswered line fails: time and memory are figures to read, not gates.

All inputs are generated here from a fixed seed, from our own vocabulary; nothing is read from
elsewhere.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KB = 1024
MB = 1024 * 1024

# ------------------------------------------------------------------------------------------------
# Generators. Each returns a "case": files (name -> bytes) compared on the command line, or a
# batch (list of lines) given to --batch on stdin, plus extra arguments.

SYLLABLES = ["ba", "ker", "lo", "vin", "dra", "mo", "sel", "ta", "rin", "gor", "fa", "nel", "qui",
             "ost", "par", "wen", "hul", "zim", "ca", "dor", "bre", "tam", "sku", "ve", "lith",
             "mar", "jo", "nu", "pex", "ral", "syn", "thor", "ul", "yan", "cor", "fi", "gla", "hen"]


def cap_name(rng):
    n = rng.randint(2, 3)
    return "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()


def fill(target, make):
    """Concatenates make() until the text has `target` bytes."""
    parts, size = [], 0
    while size < target:
        s = make()
        parts.append(s)
        size += len(s.encode())
    return "".join(parts)


def two_sources(text_of, size, ext="txt"):
    return {"files": {f"a.{ext}": text_of(size // 2, 1).encode(), f"b.{ext}": text_of(size // 2, 2).encode()}}


def gen_names(size):
    """Many distinct capitalised names: every sentence names two people not seen before."""
    def text(n, seed):
        rng = random.Random(seed)
        verbs = ["met", "thanked", "called", "praised", "replaced", "visited", "warned", "joined"]
        return fill(n, lambda: f"{cap_name(rng)} {cap_name(rng)} {rng.choice(verbs)} "
                               f"{cap_name(rng)} {cap_name(rng)} on Monday.\n")
    return two_sources(text, size)


def gen_initials(size):
    """Names that share their first letter and length: one spelling-variant bucket for all."""
    def text(n, seed):
        rng = random.Random(seed)
        letters = "aeioulnrst"
        name = lambda: "M" + "".join(rng.choice(letters) for _ in range(6))
        return fill(n, lambda: f"{name()} {name()} said {name()} {name()} had left.\n")
    return two_sources(text, size)


SALAD_WORDS = (
    "harbour council bridge storm river budget school market train ferry village tower "
    "engineer nurse farmer pilot teacher mayor driver worker student doctor captain clerk "
    "opened closed delayed repaired announced approved rejected inspected flooded crossed "
    "damaged rebuilt signed funded praised blamed moved lifted raised lowered reported "
    "north south east west early late quiet busy heavy light narrow wide broken new old "
    "cold warm wet dry strong weak local public private central coastal rural urban "
    "morning evening night week month year season winter summer spring autumn hour day "
    "road street square station platform tunnel pier beach cliff valley forest field hill "
    "plan report survey vote meeting hearing protest strike repair closure opening delay "
    "water power fuel food grain timber stone steel glass paper cable signal engine wheel "
    "three five seven nine twelve twenty forty hundred thousand dozen several many few "
    "after before during since until while because although despite beyond across toward "
    "said told asked warned claimed denied confirmed expected planned hoped feared noted "
    "police army court union company agency ministry office board panel committee group "
    "crowd ship truck plane bus port"
).split()
assert len(SALAD_WORDS) == 180, len(SALAD_WORDS)


def gen_salad(size):
    """Two sources of word salad over a 180-word vocabulary: every sentence shares words with all."""
    def text(n, seed):
        rng = random.Random(seed)
        def sentence():
            words = [rng.choice(SALAD_WORDS) for _ in range(rng.randint(8, 20))]
            return " ".join(words).capitalize() + ".\n"
        return fill(n, sentence)
    return two_sources(text, size)


def gen_minscore(size):
    """Word salad with --min-score 0: every candidate pair of units is reportable."""
    case = gen_salad(size)
    case["args"] = ["--min-score", "0"]
    return case


def gen_letters(size):
    """One-letter lines: a unit per two bytes."""
    def text(n, seed):
        rng = random.Random(seed)
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") + "\n" for _ in range(n // 2))
    return two_sources(text, size)


def gen_punct(size):
    """Punctuation only: a token per byte."""
    return two_sources(lambda n, seed: (",;:!?()-"[seed::2] * n)[:n], size)


def gen_invalid(size):
    """Bytes that are not UTF-8 (each becomes U+FFFD and a repair note) and NUL bytes."""
    return {"files": {"a.txt": bytes([0xFF, 0xC3, 0x80, 0xED, 0xA0, 0x80, 0x00, 0xF4]) * (size // 16),
                      "b.txt": bytes([0xC3, 0x00]) * (size // 4)}}


def gen_li(size):
    """<li>x repeated: a list item per five bytes of HTML."""
    def text(n, seed):
        rng = random.Random(seed)
        return "".join("<li>" + rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n // 5))
    return two_sources(text, size, ext="html")


FACT_SUBJECTS = ["the council", "the ferry operator", "the union", "the coastguard", "the hospital",
                 "the port authority", "the school board", "the fire service", "the rail company", "the court"]
FACT_NOUNS = ["passengers", "workers", "homes", "vehicles", "tonnes of grain", "boats", "patients",
              "households", "trains", "volunteers", "pupils", "containers"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def made_up_word(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def gen_many_sources(size, count=200):
    """One batch request: `count` sources covering one event. Twenty core facts are each told by
    about half the sources, in one of three wordings (a tenth with another number); the rest of
    each source is its own reporting (made-up names, places and things). 4x the text is 4x each
    source's own reporting, with the same sources and the same core facts."""
    rng = random.Random(7)
    core = [(rng.choice(FACT_SUBJECTS), rng.randint(2, 990), rng.choice(FACT_NOUNS), cap_name(rng), rng.choice(DAYS))
            for _ in range(20)]
    per = size // count
    sources = []
    for k in range(count):
        rng = random.Random(1000 + k)
        sentences = []
        for subject, number, noun, place, day in core:
            if rng.random() < 0.5:
                n = number + (rng.randint(1, 9) if rng.random() < 0.1 else 0)
                sentences.append(rng.choice([
                    f"{subject.capitalize()} said {n} {noun} were moved from {place} on {day}.",
                    f"On {day}, {n} {noun} were moved from {place}, {subject} said.",
                    f"About {n} {noun} left {place} on {day}, according to {subject}."]))
        text = " ".join(sentences) + "\n\n"
        while len(text) < per:
            text += (f"{cap_name(rng)} {cap_name(rng)} of {made_up_word(rng).capitalize()} {made_up_word(rng)} "
                     f"{rng.randint(2, 999)} {made_up_word(rng)}s near {cap_name(rng)} on {rng.choice(DAYS)}. ")
            if rng.random() < 0.3:
                text += "\n\n"
        sources.append({"id": f"s{k}", "text": text[:per]})
    return {"batch": [json.dumps({"id": "many", "sources": sources})]}


def gen_copies(size, count=2000):
    """One batch request: `count` sources (the engine's default limit), each a copy of one report
    of an event (syndicated wire copy at its most): every pair of sources is derived and shares
    every claim. 4x the text is a 4x longer report in as many copies."""
    rng = random.Random(11)
    per = size // count
    text = ""
    while len(text) < per:
        subject, noun, place, day = rng.choice(FACT_SUBJECTS), rng.choice(FACT_NOUNS), cap_name(rng), rng.choice(DAYS)
        text += f"{subject.capitalize()} said {rng.randint(2, 990)} {noun} were moved from {place} on {day}. "
        if rng.random() < 0.4:
            text += "\n\n"
    sources = [{"id": f"c{k:04d}", "text": text[:per]} for k in range(count)]
    return {"batch": [json.dumps({"id": "copies", "sources": sources})]}


def gen_words3(size):
    """Lines of one random three-letter word: 17,576 words, each met ~7 times in each source."""
    def text(n, seed):
        rng = random.Random(seed)
        letters = "abcdefghijklmnopqrstuvwxyz"
        return "".join("".join(rng.choice(letters) for _ in range(3)) + "\n" for _ in range(n // 4))
    return two_sources(text, size)


def gen_pairs(size):
    """Lines of two random two-letter words: the shortest lines that are claims (6 bytes a unit)."""
    def text(n, seed):
        rng = random.Random(seed)
        letters = "abcdefghijklmnopqrstuvwxyz"
        word = lambda: rng.choice(letters) + rng.choice(letters)
        return "".join(f"{word()} {word()}\n" for _ in range(n // 6))
    return two_sources(text, size)


def gen_shorts(size):
    """Paragraphs of five-byte sentences ("Ab cd. Ef gh. ..."), and a one-letter line between
    them: a unit per few bytes unless short units are joined."""
    def text(n, seed):
        rng = random.Random(seed)
        letters = "abcdefghijklmnopqrstuvwxyz"
        word = lambda: rng.choice(letters) + rng.choice(letters)
        para = lambda: " ".join(f"{word().capitalize()} {word()}." for _ in range(8)) + "\nx\n"
        return fill(n, para)
    return two_sources(text, size)


def gen_twins(size):
    """Two-word lines from a small set, repeated in both sources: every line has many equal
    counterparts in the other source (ties for the best match)."""
    def text(n, seed):
        rng = random.Random(7)  # the same set in both sources
        letters = "abcdefghijklmnopqrstuvwxyz"
        lines = [f"{rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)} "
                 f"{rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)}\n" for _ in range(3000)]
        order = random.Random(seed)
        return "".join(order.choice(lines) for _ in range(n // 8))
    return two_sources(text, size)


def gen_deep(levels):
    """A batch line nested `levels` deep before its "sources" key, between two good lines."""
    good = json.dumps({"id": "ok", "sources": [{"id": "a", "text": "The bridge opened on Monday."},
                                               {"id": "b", "text": "The bridge opened on Tuesday."}]})
    deep = '{"id": "deep", "x": ' + "[" * levels + "]" * levels + ', "sources": []}'
    return {"batch": [good, deep, good.replace('"ok"', '"ok2"')], "expect_errors": 1}


# name, description, case at scale k (k = 1, 4), cheap enough for --quick (CI)
ROWS = [
    ("names", "distinct capitalised names, 100 KB", lambda k: gen_names(100 * KB * k), True),
    ("initials", "names sharing first letter and length, 100 KB", lambda k: gen_initials(100 * KB * k), True),
    ("salad", "word salad, 180-word vocabulary, 100 KB", lambda k: gen_salad(100 * KB * k), True),
    ("minscore", "--min-score 0 on 175 KB of word salad", lambda k: gen_minscore(175 * KB * k), True),
    ("letters", "1 MB of one-letter lines", lambda k: gen_letters(MB * k), True),
    ("words3", "1 MB of lines of one 3-letter word", lambda k: gen_words3(MB * k), False),
    ("pairs", "1 MB of lines of two 2-letter words", lambda k: gen_pairs(MB * k), False),
    ("twins", "1 MB of 3,000 two-word lines repeated in both sources", lambda k: gen_twins(MB * k), False),
    ("shorts", "1 MB of two-word sentences, one-letter lines between", lambda k: gen_shorts(MB * k), False),
    ("punct", "1 MB of punctuation", lambda k: gen_punct(MB * k), True),
    ("invalid", "1 MB of invalid UTF-8 and NUL bytes", lambda k: gen_invalid(MB * k), True),
    ("li", "1 MB of <li>x", lambda k: gen_li(MB * k), True),
    ("sources", "200 sources, 2.5 MB, one --batch line", lambda k: gen_many_sources(int(2.5 * MB) * k), False),
    ("copies", "2,000 copies of one report, 700 KB, one --batch line", lambda k: gen_copies(700 * KB * k), True),
    ("deep", "80,000-level nesting in a --batch line", lambda k: gen_deep(80000 * k), True),
]

# ------------------------------------------------------------------------------------------------
# Running


def run_child(cmd, stdin_path, out_path, work, timeout):
    """Runs cmd under /usr/bin/time with stdin/stdout redirected; returns (status, user seconds,
    peak bytes, wall seconds). The peak is time's %M (the child's own maximum resident set), not
    wait4's, which would count this Python process's pages copied into the fork. After `timeout`
    seconds the run is killed and its status is "timeout"."""
    stats = os.path.join(work, "time.txt")
    start = time.monotonic()
    with open(stdin_path or os.devnull, "rb") as fin, open(out_path, "wb") as fout:
        proc = subprocess.Popen(["/usr/bin/time", "-q", "-f", "%U %M", "-o", stats] + cmd,
                                stdin=fin, stdout=fout, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return "timeout", float("nan"), 0, time.monotonic() - start
    wall = time.monotonic() - start
    with open(stats) as f:
        user, peak_kb = f.read().split()[-2:]
    if code > 128:  # time reports a signal as 128 + its number
        code = -(code - 128)
    return code, float(user), int(peak_kb) * 1024, wall


def check_output(out_path, expected_lines, expect_errors):
    """(valid JSON on every line, lines answered, error lines, output bytes)."""
    size = os.path.getsize(out_path)
    valid, lines, errors = True, 0, 0
    with open(out_path, "rb") as f:
        for raw in f:
            lines += 1
            try:
                obj = json.loads(raw)
            except ValueError:
                valid = False
                continue
            if not isinstance(obj, dict):
                valid = False
            elif "error" in obj:
                errors += 1
    answered = lines == expected_lines and (expect_errors is None or errors == expect_errors)
    return valid, answered, errors, size


def run_case(cli, case, work, wasm, timeout):
    os.makedirs(work, exist_ok=True)
    stdin_path = None
    if "batch" in case:
        stdin_path = os.path.join(work, "batch.jsonl")
        with open(stdin_path, "w", encoding="utf-8") as f:
            f.write("\n".join(case["batch"]) + "\n")
        in_bytes = os.path.getsize(stdin_path)
        cmd = [cli, "--batch"] + case.get("args", [])
        expected = len(case["batch"])
        expect_errors = case.get("expect_errors", 0)
    else:
        paths = []
        for name, data in case["files"].items():
            p = os.path.join(work, name)
            with open(p, "wb") as f:
                f.write(data)
            paths.append(p)
        in_bytes = sum(len(d) for d in case["files"].values())
        cmd = [cli, "--json"] + case.get("args", []) + paths
        expected, expect_errors = 1, 0
    out_path = os.path.join(work, "out.json")
    code, user, peak, wall = run_child(cmd, stdin_path, out_path, work, timeout)
    # Runs under a second are timed three times and the least user time kept: at a few tens of
    # milliseconds one scheduling hiccup would otherwise decide the 4x/1x ratio.
    for _ in range(2):
        if code not in (0, 1) or user >= 1.0:
            break
        code2, user2, peak2, _ = run_child(cmd, stdin_path, out_path, work, timeout)
        if code2 != code:
            break
        user, peak = min(user, user2), max(peak, peak2)
    valid, answered, errors, out_bytes = check_output(out_path, expected, expect_errors)
    row = {"in": in_bytes, "code": code, "user": user, "wall": wall, "peak": peak, "out": out_bytes,
           "valid": valid, "answered": answered}
    if wasm:
        row["wasm"] = run_wasm(case, work)
    return row


def run_wasm(case, work):
    """Runs the case through bench/hostile_wasm.mjs (the module in Node); returns its JSON report."""
    req = os.path.join(work, "wasm.jsonl")
    with open(req, "w", encoding="utf-8") as f:
        if "batch" in case:
            f.write("\n".join(case["batch"]) + "\n")
        else:
            opts = {}
            args = case.get("args", [])
            if "--min-score" in args:
                opts["minScore"] = float(args[args.index("--min-score") + 1])
            srcs = [{"id": os.path.splitext(n)[0], "text": d.decode(), "format": "html" if n.endswith(".html") else "auto"}
                    for n, d in case["files"].items()]
            f.write(json.dumps({"sources": srcs, "options": opts}) + "\n")
    out = subprocess.run(["node", os.path.join(ROOT, "bench", "hostile_wasm.mjs"), req],
                         capture_output=True, text=True)
    try:
        return json.loads(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"crashed": True, "stderr": out.stderr[-400:]}


def verdict(row, key):
    return "-" if row["code"] == "timeout" else "ok" if row[key] else "BAD"


def fmt_mb(n):
    return f"{n / MB:.1f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.environ.get("TRI_CLI", os.path.join(ROOT, "build", "cli", "triangulate")))
    ap.add_argument("--quick", action="store_true",
                    help="CI mode: the cheap rows at 1x; fails only on a crash, invalid JSON or an unanswered line")
    ap.add_argument("--only", default="", help="comma-separated row names")
    ap.add_argument("--scales", default="1,4", help="sizes to run (default 1,4)")
    ap.add_argument("--wasm", action="store_true", help="also run each input in the WASM module (Node)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a run is killed (default 1800)")
    ap.add_argument("--keep", action="store_true", help="keep the generated inputs (prints the folder)")
    args = ap.parse_args()
    if not os.path.exists(args.cli):
        sys.exit(f"hostile.py: no command line at {args.cli} (build first, or --cli)")
    scales = [1] if args.quick else [int(s) for s in args.scales.split(",")]
    only = set(filter(None, args.only.split(",")))
    tmp = tempfile.mkdtemp(prefix="tri-hostile-")
    failures = []
    runs = 0
    print(f"{'input':<10} {'x':>2} {'in MB':>7} {'user s':>8} {'peak MB':>8} {'rule MB':>8} "
          f"{'out MB':>8} {'ratio':>6} {'json':>5} {'lines':>5}  verdict")
    try:
        for name, desc, make, quick in ROWS:
            if (only and name not in only) or (args.quick and not quick):
                continue
            results = {}
            for k in scales:
                row = run_case(args.cli, make(k), os.path.join(tmp, f"{name}-{k}"), args.wasm, args.timeout)
                results[k] = row
                runs += 1
                rule = 64 * MB + 100 * row["in"]
                broken, over = [], []  # broken: always a failure; over: time and memory rules
                if row["code"] == "timeout":
                    broken.append(f"killed after {args.timeout:.0f} s")
                elif row["code"] not in (0, 1):
                    broken.append(f"exit {row['code']}")
                if row["code"] != "timeout" and not row["valid"]:
                    broken.append("invalid JSON")
                if row["code"] != "timeout" and not row["answered"]:
                    broken.append("unanswered line")
                if row["peak"] > rule:
                    over.append("memory over rule")
                ratio = ""
                base = results[scales[0]]["user"]
                if k != scales[0] and row["code"] != "timeout" and base >= 0.05:  # below: timer noise
                    r = row["user"] / base
                    ratio = f"{r:.1f}"
                    if row["user"] >= 0.25 and r > 5 * k / 4:
                        over.append("superlinear time")
                if args.wasm:
                    w = row["wasm"]
                    if w.get("crashed") or not w.get("valid", False) or w.get("answered") != w.get("lines"):
                        broken.append("wasm: " + w.get("problem", "crashed"))
                problems = broken + over
                print(f"{name:<10} {k:>2} {row['in'] / MB:>7.2f} {row['user']:>8.2f} {fmt_mb(row['peak']):>8} "
                      f"{fmt_mb(rule):>8} {fmt_mb(row['out']):>8} {ratio:>6} "
                      f"{verdict(row, 'valid'):>5} {verdict(row, 'answered'):>5}  "
                      f"{'ok' if not problems else '; '.join(problems)}", flush=True)
                if args.wasm:
                    print(f"{'':<13} wasm: {json.dumps(row['wasm'])}", flush=True)
                if broken or (over and not args.quick):
                    failures.append(f"{name} x{k}: {', '.join(broken if args.quick else problems)}")
                if row["code"] not in (0, 1):
                    break  # a crash: a larger size tells nothing more
    finally:
        if args.keep:
            print(f"inputs kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"tests: {runs - len(failures)} passed, {len(failures)} failed")  # the form scripts/test.sh counts
    if failures:
        print("hostile.py: " + "; ".join(failures))
        sys.exit(1)
    print("hostile.py: every row within the rules" if not args.quick else
          "hostile.py: every output valid JSON, every line answered (time and memory: run without --quick)")


if __name__ == "__main__":
    main()
