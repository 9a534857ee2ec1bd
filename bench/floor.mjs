/**
 * (e) The floor of `npm run bench`: the least work any re-scorer of this export must do, written as
 * tightly as JavaScript allows, to show how much of a target's time per household is gone before
 * validation or any rule runs.
 *
 * It scans the CSV's bytes (no text decoding), finds each household by its 户编号 (a change of id
 * between rows), reads the household-level income columns of its first row as integer fen, counts
 * its rows as members, computes A33, A34, A37 and A38 (per-capita halves rounded up), tests A38
 * and A34 against the line, picks the category from 户类型, and formats a result row. Nothing is
 * validated, no other rule or data-quality check runs, member changes are ignored, and a quoted
 * field with a comma would break it: it is a measuring stick, not a re-scorer. Its first rows are
 * printed, and `npm run bench` checks their A33 and A37 (A34 and A38 where the household size is the
 * row count) against the CLI's results.
 *
 * Usage: node bench/floor.mjs <export.csv> <line-in-yuan>
 * Prints one JSON object: households, µs of wall and CPU time a household, the first rows.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';

const [file, lineText] = process.argv.slice(2);
if (!file || !lineText) throw new Error('usage: node bench/floor.mjs <export.csv> <line-in-yuan>');
const LINE_FEN = Math.round(Number(lineText) * 100);
const HEADERS = { id: '户编号', type: '户类型', wage: '工资性收入', operating: '生产经营性收入', property: '财产性收入', transfer: '转移性收入', expense: '生产经营性支出', claims: '理赔收入', outOfPocket: '合规自付支出' };
const POVERTY_ALLEVIATED = Buffer.from('脱贫户');
const COMMA = 44;
const NEWLINE = 10;

/** Decimal bytes (at most two places) as integer fen; an empty cell is 0, anything else NaN. */
function fen(b, s, e) {
  if (s === e) return 0;
  let negative = false;
  if (b[s] === 45) {
    negative = true;
    s++;
  }
  let v = 0;
  let places = -1;
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c === 46 && places < 0) {
      places = 0;
      continue;
    }
    if (c < 48 || c > 57) return NaN;
    v = v * 10 + (c - 48);
    if (places >= 0) places++;
  }
  if (places > 2) return NaN;
  v *= places <= 0 ? 100 : places === 1 ? 10 : 1;
  return negative ? -v : v;
}

const yuan = (f) => {
  const a = f < 0 ? -f : f;
  const y = Math.floor(a / 100);
  const c = a - y * 100;
  return (f < 0 ? '-' : '') + y + (c < 10 ? '.0' : '.') + c;
};
/** Divides fen by a positive count, halves rounded away from zero (as the profiles' half-up). */
const perCapita = (f, n) => (f < 0 ? -Math.floor((-f * 2 + n) / (2 * n)) : Math.floor((f * 2 + n) / (2 * n)));

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const size = statSync(file).size;
const fd = openSync(file, 'r');
const buf = Buffer.alloc(4 << 20);
let carry = 0;
let offset = 0;
let column = null; // field index → which header, once the header row is found
let idColumn = -1;
let lastNeeded = -1;
const prevId = Buffer.alloc(256);
let prevLength = -1;
let members = 0;
let poverty = false;
const v = { wage: 0, operating: 0, property: 0, transfer: 0, expense: 0, claims: 0, outOfPocket: 0 };
let households = 0;
let outBytes = 0;
const firstRows = [];

function finish() {
  if (prevLength < 0) return;
  households++;
  const net = v.wage + v.operating + v.property + v.transfer - v.expense;
  const reference = net + v.claims - v.outOfPocket;
  const a34 = perCapita(net, members);
  const a38 = perCapita(reference, members);
  const category = a38 < LINE_FEN ? (a34 < LINE_FEN ? (poverty ? '脱贫不稳定户' : '边缘易致贫户') : '突发严重困难户') : '';
  const row = `${prevId.toString('utf8', 0, prevLength)},${category},${members},${yuan(net)},${yuan(a34)},${yuan(reference)},${yuan(a38)}\n`;
  outBytes += row.length;
  if (firstRows.length < 3) firstRows.push(row.trimEnd());
}

/** Finds the header row (the first row holding every header) and maps its fields. */
function header(b, a, e) {
  const cells = b.toString('utf8', a, e).replace(/\r$/, '').replace(/^\ufeff/, '').split(',');
  const names = Object.entries(HEADERS);
  if (!names.every(([, h]) => cells.includes(h))) return false;
  column = new Array(cells.length).fill(null);
  for (const [key, h] of names) {
    const i = cells.indexOf(h);
    column[i] = key;
    lastNeeded = Math.max(lastNeeded, i);
  }
  idColumn = cells.indexOf(HEADERS.id);
  for (const [key, h] of names) if (cells.indexOf(h) < idColumn) throw new Error(`the floor reads ${HEADERS.id} before the other columns; ${h} (${key}) comes first`);
  return true;
}

function row(b, a, e) {
  let field = 0;
  let start = a;
  let first = false;
  for (let i = a; i <= e; i++) {
    if (i < e && b[i] !== COMMA) continue;
    const key = column[field];
    if (key !== null && key !== undefined) {
      if (field === idColumn) {
        let s = start;
        let t = i;
        if (b[s] === 61 && b[s + 1] === 34) {
          s += 2; // ="…"
          t -= 1;
        }
        const length = t - s;
        let same = length === prevLength;
        for (let k = 0; same && k < length; k++) if (b[s + k] !== prevId[k]) same = false;
        if (!same) {
          finish();
          b.copy(prevId, 0, s, t);
          prevLength = length;
          members = 0;
          first = true;
        }
        members++;
      } else if (first) {
        if (key === 'type') poverty = i - start === POVERTY_ALLEVIATED.length && b.compare(POVERTY_ALLEVIATED, 0, POVERTY_ALLEVIATED.length, start, i) === 0;
        else v[key] = fen(b, start, i);
      }
    }
    // A member row needs nothing past the id; a household's first row nothing past the last column used.
    if ((field === idColumn && !first) || field >= lastNeeded) break;
    field++;
    start = i + 1;
  }
}

for (;;) {
  const n = readSync(fd, buf, carry, buf.length - carry, offset);
  offset += n;
  const end = carry + n;
  let a = 0;
  for (;;) {
    let nl = buf.indexOf(NEWLINE, a);
    if (nl === -1 || nl >= end) {
      if (n === 0 && a < end) nl = end; // the last line without a newline
      else break;
    }
    const e = nl > a && buf[nl - 1] === 13 ? nl - 1 : nl;
    if (column) row(buf, a, e);
    else header(buf, a, e);
    a = nl + 1;
  }
  if (n === 0) break;
  buf.copy(buf, 0, a, end);
  carry = end - a;
}
finish();
closeSync(fd);
const cpu = process.cpuUsage(cpu0);
const wall = performance.now() - t0;
if (!column) throw new Error(`no header row with ${Object.values(HEADERS).join(', ')} in ${file}`);
process.stdout.write(
  JSON.stringify({
    households,
    bytes: size,
    wallMicrosPerHousehold: Math.round(((wall * 1000) / households) * 100) / 100,
    cpuMicrosPerHousehold: Math.round(((cpu.user + cpu.system) / households) * 100) / 100,
    outputBytes: outBytes,
    firstRows,
  }) + '\n',
);
