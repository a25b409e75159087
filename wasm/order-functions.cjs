// order-functions.cjs — puts the functions of triangulate.wasm in an order that compresses better,
// in place.
//
//   node wasm/order-functions.cjs build-wasm/wasm/triangulate.wasm
//
// The module is served compressed (gzip, brotli), and deflate finds repeats only within its last
// 32 KiB. Alike functions (accessors, comparators, the members of one std::vector for different
// element types, one rule written for two sides) are often far apart in the order the linker and
// Binaryen leave. Side by side (orderFunctions() below), and with the most called functions at
// one-byte indices, the same code takes 4.0 KiB less gzip (2026-12-06: 153,596 -> 149,914 bytes
// of the 150 KiB budget, glue included, with likeness to the function before; 0.4 KiB more since
// with likeness to deflate's window).
//
// Only the order changes. Every reference to a defined function is renumbered: calls (call,
// return_call, ref.func in code and in constant expressions), the function section, exports, the
// start function, the table's element segments and the name section's function, local and label
// names. Imported functions keep their indices (they come first). The indirect-call table keeps its
// slots, so function pointers and the JS glue (which knows exports by name) see the same module;
// tests/js/order_functions.test.mjs checks that any order runs the same. A module with what this
// tool does not read (SIMD or thread instructions, DWARF) is left as it is, with a message.
'use strict';
const fs = require('fs');

class Reader {
  constructor(bytes, pos = 0, end = bytes.length) {
    this.b = bytes;
    this.p = pos;
    this.end = end;
  }
  byte() {
    if (this.p >= this.end) throw new Error('unexpected end');
    return this.b[this.p++];
  }
  u32() {  // unsigned LEB128
    let r = 0, shift = 0, x;
    do {
      x = this.byte();
      r += (x & 0x7f) * 2 ** shift;
      shift += 7;
    } while (x & 0x80);
    return r;
  }
  skipLeb() {  // any LEB128, signed or not
    while (this.byte() & 0x80);
  }
  skip(n) {
    if (this.p + n > this.end) throw new Error('unexpected end');
    this.p += n;
  }
  bytes(n) {
    this.skip(n);
    return this.b.subarray(this.p - n, this.p);
  }
}

function leb(n) {  // unsigned LEB128 of a non-negative integer
  const out = [];
  do {
    let x = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) x |= 0x80;
    out.push(x);
  } while (n > 0);
  return Buffer.from(out);
}

class Unsupported extends Error {}

// Copies the instructions of r up to the `end` that closes them (depth 0), renumbering function
// indices by `map`. Pushes the output pieces onto `out`.
function copyCode(r, map, out, untilEnd) {
  let from = r.p, depth = 0;
  const flush = (to) => {
    if (to > from) out.push(r.b.subarray(from, to));
  };
  const func = () => {  // an immediate function index, renumbered
    const at = r.p;
    const f = r.u32();
    flush(at);
    out.push(leb(map(f)));
    from = r.p;
  };
  const blockType = () => {
    const t = r.b[r.p];
    if (t === 0x40 || (t >= 0x6f && t <= 0x7f)) r.skip(1);
    else r.skipLeb();  // a type index (s33)
  };
  while (r.p < r.end) {
    const op = r.byte();
    if (op === 0x0b) {  // end
      if (depth === 0 && untilEnd) {
        flush(r.p);
        return;
      }
      --depth;
    } else if (op === 0x02 || op === 0x03 || op === 0x04 || op === 0x06) {  // block loop if try
      blockType();
      ++depth;
    } else if (op === 0x10 || op === 0x12 || op === 0xd2) {  // call, return_call, ref.func
      func();
    } else if (op === 0x18) {  // delegate: ends its try block as `end` would
      r.skipLeb();
      --depth;
    } else if (op === 0x0c || op === 0x0d || op === 0x07 || op === 0x08 || op === 0x09 ||
               (op >= 0x20 && op <= 0x26) || op === 0xd0 || op === 0x41 || op === 0x42) {
      r.skipLeb();  // br, br_if, catch, throw, rethrow, locals, globals, tables, ref.null, consts
    } else if (op === 0x0e) {  // br_table
      for (let n = r.u32(); n >= 0; --n) r.skipLeb();
    } else if (op === 0x11 || op === 0x13) {  // call_indirect type table
      r.skipLeb();
      r.skipLeb();
    } else if (op === 0x1c) {  // select with types
      for (let n = r.u32(); n > 0; --n) r.skip(1);
    } else if (op >= 0x28 && op <= 0x3e) {  // loads and stores: alignment, offset
      r.skipLeb();
      r.skipLeb();
    } else if (op === 0x3f || op === 0x40) {  // memory.size, memory.grow
      r.skipLeb();
    } else if (op === 0x43) {
      r.skip(4);
    } else if (op === 0x44) {
      r.skip(8);
    } else if (op === 0xfc) {
      const sub = r.u32();
      if (sub <= 7) continue;  // saturating conversions
      const imms = {8: 2, 9: 1, 10: 2, 11: 1, 12: 2, 13: 1, 14: 2, 15: 1, 16: 1, 17: 1}[sub];
      if (imms === undefined) throw new Unsupported(`instruction 0xfc ${sub}`);
      for (let k = 0; k < imms; ++k) r.skipLeb();
    } else if (op === 0xfd || op === 0xfe) {
      throw new Unsupported(op === 0xfd ? 'SIMD instructions' : 'thread instructions');
    } else if (!(op <= 0x01 || op === 0x05 || op === 0x0f || op === 0x19 || op === 0x1a || op === 0x1b ||
                 (op >= 0x45 && op <= 0xc4) || op === 0xd1)) {
      throw new Unsupported(`opcode 0x${op.toString(16)}`);
    }
    // Anything else (unreachable, nop, else, return, catch_all, drop, select, the numeric
    // operators, ref.is_null) is one byte.
  }
  if (untilEnd) throw new Error('code runs past its end');
  flush(r.p);
}

function section(id, parts) {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([id]), leb(body.length), body]);
}

function vec(items) {
  return [leb(items.length), ...items];
}

// The module with its defined functions in the order orderOf(sizes, calls, bodies) gives (their old
// indices, counted from 0 after the imports; sizes, static calls and code bytes of each), or null
// when it has no code. Throws Unsupported for what this tool does not read.
function reorder(bytes, orderOf) {
  const sections = [];
  const r = new Reader(bytes, 8);
  while (r.p < bytes.length) {
    const head = r.p;
    const id = r.byte();
    const size = r.u32();
    const start = r.p;
    r.skip(size);
    sections.push({id, head, start, end: r.p});
  }
  const find = (id) => sections.find((s) => s.id === id);
  // Imported functions.
  let imported = 0;
  const imp = find(2);
  if (imp) {
    const s = new Reader(bytes, imp.start, imp.end);
    for (let n = s.u32(); n > 0; --n) {
      s.skip(s.u32());
      s.skip(s.u32());
      const kind = s.byte();
      if (kind === 0) {
        ++imported;
        s.skipLeb();
      } else if (kind === 1) {
        s.skip(1);
        const flags = s.u32();
        s.skipLeb();
        if (flags & 1) s.skipLeb();
      } else if (kind === 2) {
        const flags = s.u32();
        s.skipLeb();
        if (flags & 1) s.skipLeb();
      } else if (kind === 3) {
        s.skip(2);
      } else if (kind === 4) {
        s.skip(1);
        s.skipLeb();
      } else {
        throw new Unsupported(`import kind ${kind}`);
      }
    }
  }
  const fsec = find(3), code = find(10);
  if (!fsec || !code) return null;
  const types = [];
  {
    const s = new Reader(bytes, fsec.start, fsec.end);
    for (let n = s.u32(); n > 0; --n) types.push(s.u32());
  }
  const bodies = [];
  {
    const s = new Reader(bytes, code.start, code.end);
    for (let n = s.u32(); n > 0; --n) {
      const size = s.u32();
      bodies.push({start: s.p, end: s.p + size});
      s.skip(size);
    }
  }
  if (bodies.length !== types.length) throw new Error('function and code sections differ in length');
  // Static references to each defined function (calls in code), for orderOf.
  const calls = new Array(bodies.length).fill(0);
  for (const b of bodies) {
    const cr = new Reader(bytes, b.start, b.end);
    for (let n = cr.u32(); n > 0; --n) {
      cr.skipLeb();
      cr.skip(1);
    }
    copyCode(cr, (f) => (f >= imported && ++calls[f - imported], f), [], true);
  }
  const order = orderOf(bodies.map((b) => b.end - b.start), calls, bodies.map((b) => Buffer.from(bytes.buffer, bytes.byteOffset + b.start, b.end - b.start)));
  const newIndex = new Array(bodies.length);
  order.forEach((old, k) => (newIndex[old] = k));
  const map = (f) => (f < imported ? f : imported + newIndex[f - imported]);

  const rewrite = (s) => {
    const out = [];
    switch (s.id) {
      case 3:
        return section(3, vec(order.map((old) => leb(types[old]))));
      case 10: {
        const items = order.map((old) => {
          const b = bodies[old];
          const cr = new Reader(bytes, b.start, b.end);
          const head = cr.p;
          for (let n = cr.u32(); n > 0; --n) {
            cr.skipLeb();
            cr.skip(1);
          }
          const parts = [bytes.subarray(head, cr.p)];
          copyCode(cr, map, parts, true);
          if (cr.p !== b.end) throw new Error('a function body does not end where its size says');
          const body = Buffer.concat(parts);
          return Buffer.concat([leb(body.length), body]);
        });
        return section(10, vec(items));
      }
      case 7: {  // exports
        const e = new Reader(bytes, s.start, s.end);
        const n = e.u32();
        out.push(leb(n));
        for (let k = 0; k < n; ++k) {
          const from = e.p;
          e.skip(e.u32());
          const kind = e.byte();
          out.push(bytes.subarray(from, e.p));
          const idx = e.u32();
          out.push(leb(kind === 0 ? map(idx) : idx));
        }
        return section(7, out);
      }
      case 8: {  // start
        const e = new Reader(bytes, s.start, s.end);
        return section(8, [leb(map(e.u32()))]);
      }
      case 9: {  // element segments
        const e = new Reader(bytes, s.start, s.end);
        const n = e.u32();
        out.push(leb(n));
        for (let k = 0; k < n; ++k) {
          const flags = e.u32();
          out.push(leb(flags));
          const copyFrom = (from) => out.push(bytes.subarray(from, e.p));
          if (flags & 2 && !(flags & 1)) {  // explicit table index
            const from = e.p;
            e.skipLeb();
            copyFrom(from);
          }
          if (!(flags & 1)) copyCode(e, map, out, true);  // offset expression
          if (flags & 3) {  // element kind or reference type
            const from = e.p;
            e.skip(1);
            copyFrom(from);
          }
          const count = e.u32();
          out.push(leb(count));
          for (let j = 0; j < count; ++j) {
            if (flags & 4) copyCode(e, map, out, true);
            else out.push(leb(map(e.u32())));
          }
        }
        return section(9, out);
      }
      case 0: {  // custom
        const e = new Reader(bytes, s.start, s.end);
        const name = Buffer.from(e.bytes(e.u32())).toString('utf8');
        if (name.startsWith('.debug')) throw new Unsupported('DWARF sections');
        if (name !== 'name') return bytes.subarray(s.head, s.end);
        out.push(bytes.subarray(s.start, e.p));
        while (e.p < s.end) {
          const sub = e.byte();
          const size = e.u32();
          const end = e.p + size;
          const body = [];
          if (sub === 1) {  // function names: a name map, sorted by index
            const entries = [];
            for (let n = e.u32(); n > 0; --n) {
              const idx = e.u32();
              const from = e.p;
              e.skip(e.u32());
              entries.push([map(idx), bytes.subarray(from, e.p)]);
            }
            entries.sort((x, y) => x[0] - y[0]);
            body.push(...vec(entries.map(([i, nm]) => Buffer.concat([leb(i), nm]))));
          } else if (sub === 2 || sub === 3) {  // local and label names: indirect maps by function
            const entries = [];
            for (let n = e.u32(); n > 0; --n) {
              const idx = e.u32();
              const from = e.p;
              for (let m = e.u32(); m > 0; --m) {
                e.skipLeb();
                e.skip(e.u32());
              }
              entries.push([map(idx), bytes.subarray(from, e.p)]);
            }
            entries.sort((x, y) => x[0] - y[0]);
            body.push(...vec(entries.map(([i, rest]) => Buffer.concat([leb(i), rest]))));
          } else {
            body.push(bytes.subarray(e.p, end));
          }
          e.p = end;
          const b = Buffer.concat(body);
          out.push(Buffer.from([sub]), leb(b.length), b);
        }
        return section(0, out);
      }
      default:
        return bytes.subarray(s.head, s.end);
    }
  };
  return Buffer.concat([bytes.subarray(0, 8), ...sections.map(rewrite)]);
}

// The order of the defined functions (their old indices): the kFirst most called (static calls,
// ties in their previous order) in order of size, then the others by likeness to what deflate
// still sees: from the smallest, each next one is the function not yet placed that shares the most
// runs of kRun bytes with the last kWindow bytes placed (deflate's window; per square root of its
// own runs, so that a long function does not win by length alone), or, when none shares a run,
// the smallest left. Runs found in more than kCommon functions (a local.get and a call to malloc)
// say nothing about likeness and are not counted. Measured on the module of 2026-12-06 (gzip -9
// of the .wasm: 148,298 bytes as Binaryen leaves it): by size alone 145,547; the most called
// first, 109 of them (every one-byte index) 145,381, 64 of them 145,264; then the others by
// likeness to the function before 144,616, to the window 144,386 (on the module after the -O3
// inlining pass: 146,320 and 145,643).
const kFirst = 64;
const kRun = 6;
const kCommon = 50;
const kWindow = 32 * 1024;

function orderFunctions(sizes, calls, bodies) {
  const all = sizes.map((size, k) => k);
  const bySize = (x, y) => sizes[x] - sizes[y] || x - y;
  const first = all.slice().sort((x, y) => calls[y] - calls[x] || x - y).slice(0, kFirst);
  const placed = new Set(first);
  first.sort(bySize);
  const rest = all.filter((k) => !placed.has(k)).sort(bySize);
  if (rest.length === 0) return first;
  // The distinct runs of each function, and the functions each run occurs in.
  const runs = new Map(rest.map((k) => {
    const set = new Set();
    for (let i = 0; i + kRun <= bodies[k].length; ++i) set.add(bodies[k].toString('latin1', i, i + kRun));
    return [k, [...set]];
  }));
  const holders = new Map();
  for (const k of rest) {
    for (const run of runs.get(k)) {
      if (!holders.has(run)) holders.set(run, []);
      holders.get(run).push(k);
    }
  }
  // shared.get(k): the runs of k that a function in the window has; inWindow: how many functions
  // in the window have each run.
  const left = new Set(rest);  // in order of size
  const shared = new Map(rest.map((k) => [k, 0]));
  const inWindow = new Map();
  const tell = (k, step) => {  // function k enters (step 1) or leaves (-1) the window
    for (const run of runs.get(k)) {
      const n = (inWindow.get(run) || 0) + step;
      inWindow.set(run, n);
      const h = holders.get(run);
      if ((step > 0 ? n === 1 : n === 0) && h.length <= kCommon)
        for (const j of h)
          if (left.has(j)) shared.set(j, shared.get(j) + step);
    }
  };
  const out = first;
  const recent = [];  // the functions in the window, oldest first
  let bytes = 0;
  for (let cur = rest[0]; ; ) {
    out.push(cur);
    left.delete(cur);
    recent.push(cur);
    bytes += sizes[cur];
    tell(cur, 1);
    while (bytes > kWindow && recent.length > 1) {
      const old = recent.shift();
      bytes -= sizes[old];
      tell(old, -1);
    }
    if (left.size === 0) return out;
    let next = -1, best = 0;
    for (const k of left) {
      const score = shared.get(k) / Math.sqrt(runs.get(k).length + 1);
      if (score > best) best = score, next = k;
    }
    cur = next >= 0 ? next : left.values().next().value;
  }
}

function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node wasm/order-functions.cjs FILE.wasm');
    process.exit(2);
  }
  const bytes = fs.readFileSync(file);
  let out;
  try {
    out = reorder(bytes, orderFunctions);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    console.log(`order-functions: ${file} left in its order (${e.message} not read)`);
    return;
  }
  if (out) fs.writeFileSync(file, out);
}

if (require.main === module) main();
module.exports = {reorder, orderFunctions, Unsupported};
