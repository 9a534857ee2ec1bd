/**
 * The importer's makers of vouched objects (src/io/compiled-plan.ts `shapesOf`) are compiled with
 * `new Function`, apart from the host's compiler. Where code from strings is refused
 * (`node --disallow-code-generation-from-strings`, a content security policy) but the host compiles
 * the rest its own way (the command line does, through `vm`), the importer makes the same households
 * with the stores written out — it must not fail mid-file.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HouseholdBuilder, planColumns } from '../../src/io/assemble.js';
import { vouchedHousehold } from '../../src/io/vouched.js';
import { useGeneratedCompiler } from '../../src/model/generated-code.js';
import { exportCells } from '../support/export-cells.js';

const generated = exportCells(80, 2023, 5);

/** Every household of the generated export, built through one plan: raw records and problems as JSON. */
function readAll(): string[] {
  const plan = planColumns(generated.header);
  const b = new HouseholdBuilder(plan, { vouch: true });
  return generated.households.map((rows) => {
    b.reset();
    rows.forEach((cells, i) => b.addRow(i + 4, cells));
    const r = b.finish();
    return JSON.stringify({ raw: r.raw, vouched: vouchedHousehold(r.raw) !== undefined, problems: r.problems });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  useGeneratedCompiler(undefined);
});

describe('the importer where code from strings is refused but the host compiles', () => {
  it('makes the same households, vouched alike, as with new Function', () => {
    const expected = readAll();
    const RealFunction = Function;
    // The host's compiler (as the CLI's, which compiles through vm) still works …
    useGeneratedCompiler((params, body) => new RealFunction(...params, body));
    // … while `new Function` in the importer's own code is refused.
    vi.stubGlobal('Function', function refused() {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    expect(() => new Function('return 1')).toThrow(EvalError);
    const got = readAll();
    expect(got).toEqual(expected);
    expect(got.filter((g) => JSON.parse(g).vouched).length).toBeGreaterThan(40);
  });
});
