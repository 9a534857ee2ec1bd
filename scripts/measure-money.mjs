// Measures the money representation (docs/decisions.md, "Money is integer fen"): the same A33/A37/A34/A38
// arithmetic and line test on 300k households, with integer fen and with decimal.js.
// Run: node scripts/measure-money.mjs
import { Decimal } from 'decimal.js';
const N = 300_000;
const rows = [];
let s = 12345;
const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let i = 0; i < N; i++) rows.push({ wage: (rnd() * 50000).toFixed(2), operating: (rnd() * 20000).toFixed(2), property: (rnd() * 3000).toFixed(2), transfer: (rnd() * 5000).toFixed(2), expense: (rnd() * 8000).toFixed(2), claims: (rnd() * 1000).toFixed(2), oop: (rnd() * 4000).toFixed(2), size: 1 + Math.floor(rnd() * 6) });
function toFen(s) { let neg = s.charCodeAt(0) === 45, i = neg ? 1 : 0, y = 0, n = s.length; while (i < n) { const c = s.charCodeAt(i); if (c === 46) break; y = y * 10 + c - 48; i++; } let f = 0; if (i < n) { f = (s.charCodeAt(i + 1) - 48) * 10 + (i + 2 < n ? s.charCodeAt(i + 2) - 48 : 0); } return neg ? -(y * 100 + f) : y * 100 + f; }
function fen(r) { const net = toFen(r.wage) + toFen(r.operating) + toFen(r.property) + toFen(r.transfer) - toFen(r.expense); const ref = net + toFen(r.claims) - toFen(r.oop); return (ref < 650000 * r.size ? 1 : 0) + Math.floor((2 * net + r.size) / (2 * r.size)); }
function dec(r) { const net = new Decimal(r.wage).plus(r.operating).plus(r.property).plus(r.transfer).minus(r.expense); const ref = net.plus(r.claims).minus(r.oop); return (ref.div(r.size).lt(6500) ? 1 : 0) + net.div(r.size).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(); }
for (const [name, f] of [['fen', fen], ['decimal.js', dec], ['fen', fen], ['decimal.js', dec]]) { let acc = 0; const t = performance.now(); for (const r of rows) acc += f(r); const ms = performance.now() - t; console.log(name, Math.round(N / ms * 1000).toLocaleString(), 'households/s', acc > 0); }
