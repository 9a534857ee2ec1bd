/**
 * One pass from cells to a validated household (issue 14): the CSV importer builds members in
 * schema order from values the schema's own checks accepted at conversion time, and hands over the
 * validated household itself (src/io/vouched.ts). The oracle is today's path — the importer
 * without vouching (members in column order) and `parseHousehold` on its raw record (the fast path,
 * then zod): on generated exports (examples/make-village.ts) and on fast-check mutations of their
 * cells, a vouched household deep-equals and JSON-equals (key order included) what the oracle
 * returns, a record is vouched only if the oracle accepts it, and a record not vouched is parsed to
 * the same outcome and issues as before.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { HouseholdBuilder, planColumns, setPath, type ColumnPlan } from '../../src/io/assemble.js';
import { literalCode } from '../../src/io/compiled-plan.js';
import { vouchedHousehold, vouchFor } from '../../src/io/vouched.js';
import { parseHousehold } from '../../src/model/parse.js';
import { HouseholdSchema, MeasureSchema, MemberSchema, RiskTypeSchema } from '../../src/model/household.js';
import { fastValidator, REJECT, schemaAt, vouchingPlan } from '../../src/model/fast-validation.js';
import { scoreRecord } from '../../src/rescore/score.js';
import { getProfile } from '../../src/index.js';
import { cellEditFields, editedRows, exportCells } from '../support/export-cells.js';


/** One household built by the importer, with vouching (today) or without (the oracle). */
function build(plan: ColumnPlan, rows: readonly string[][], vouch: boolean) {
  const b = new HouseholdBuilder(plan, { vouch });
  rows.forEach((cells, i) => b.addRow(i + 4, cells));
  return b.finish();
}

/** Keys in order, recursively. */
function keyOrder(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(keyOrder);
  if (v !== null && typeof v === 'object') return Object.entries(v).map(([k, x]) => [k, keyOrder(x)]);
  return v;
}

/** Holds one household's new path to the oracle; returns whether it was vouched for. */
function expectSameAsOracle(plan: ColumnPlan, rows: readonly string[][]): boolean {
  const now = build(plan, rows, true);
  const before = build(plan, rows, false);
  expect(vouchedHousehold(before.raw), 'the oracle never vouches').toBeUndefined();
  expect(now.problems).toEqual(before.problems);
  const oracle = before.problems.length === 0 ? parseHousehold(before.raw) : undefined;
  const vouched = vouchedHousehold(now.raw);
  if (vouched !== undefined) {
    expect(oracle?.ok, 'vouched only when parsing the raw record accepts it').toBe(true);
    if (!oracle?.ok) return true;
    // Strictly equal: plain objects (Object.prototype, as zod's) at every level, no key set to undefined that zod leaves out.
    expect(vouched).toStrictEqual(oracle.household);
    expect(JSON.stringify(vouched)).toBe(JSON.stringify(oracle.household));
    expect(keyOrder(vouched)).toEqual(keyOrder(oracle.household));
    return true;
  }
  // Not vouched: the raw record (members in schema order now) parses as before.
  expect(now.raw).toStrictEqual(before.raw);
  if (oracle) {
    const again = parseHousehold(now.raw);
    expect(again.ok).toBe(oracle.ok);
    if (again.ok && oracle.ok) expect(JSON.stringify(again.household)).toBe(JSON.stringify(oracle.household));
    if (!again.ok && !oracle.ok) expect(again.issues).toEqual(oracle.issues);
  }
  return false;
}

const generated = exportCells(300, 2023, 5);
const plan = planColumns(generated.header);
/** The rows of the first household the importer vouches for. */
const validRows = generated.households.find((rows) => vouchedHousehold(build(plan, rows, true).raw) !== undefined)!;

describe('one pass: the importer hands over validated households (issue 14)', () => {
  it('the members of the generated export are vouched for: the plan has a vouching plan', () => {
    expect(vouchingPlan(MemberSchema, plan.memberFields.map((f) => f.segments))).not.toBeNull();
  });

  it('generated exports (examples/make-village.ts, 5 % rejected): every household the oracle accepts is vouched for, and equals what it returns, key order included', () => {
    let accepted = 0;
    let vouched = 0;
    for (const rows of generated.households) {
      const before = build(plan, rows, false);
      const ok = before.problems.length === 0 && parseHousehold(before.raw).ok;
      if (ok) accepted++;
      const v = expectSameAsOracle(plan, rows);
      if (v) vouched++;
      if (ok) expect(v).toBe(true);
    }
    expect(accepted).toBeGreaterThan(250);
    expect(vouched).toBe(accepted);
  });

  // Cell mutations: what exports get wrong.
  const BAD_CELLS = ['', ' ', '未知值', '12.345', '-5', '1e3', 'abc', '2023-02-30', '20231301', '2023年13月1日', '202313', '110105194912310021', '11010519491231002X', '是', '否', '0', '男', '户主', '"', '\u00a0', '\ufeff', '\u2028'];
  const mutation = fc.record(cellEditFields(BAD_CELLS));

  test.prop([mutation], { numRuns: 300 })('mutated cells (empty required cells, unknown values, bad money, too many decimals, bad dates, bad ID numbers, duplicated members): vouched only when the oracle accepts, and then the same household', (edits) => {
    expectSameAsOracle(plan, editedRows(generated.households, edits));
  });

  it('a value the converter passes but the schema refuses (a 姓名 of only a line separator, U+2028, which trimming empties) is caught at conversion time: not vouched, and parsing names the field', () => {
    const rows = validRows.map((r) => [...r]);
    rows[0]![generated.header.indexOf('姓名')] = '\u2028';
    expect(expectSameAsOracle(plan, rows)).toBe(false);
    const parsed = parseHousehold(build(plan, rows, true).raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toEqual(['members[0].name']);
  });

  it('a household with a member whose required 与户主关系 is empty is not vouched for, and parsing names the field', () => {
    const rows = validRows.map((r) => [...r]);
    rows[0]![generated.header.indexOf('与户主关系')] = '';
    const now = build(plan, rows, true);
    expect(vouchedHousehold(now.raw)).toBeUndefined();
    const parsed = parseHousehold(now.raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toEqual(['members[0].relation']);
  });
});

describe('one pass, the household level too: built in schema order from the values, not copied by the validator (issue 14, fifth slice)', () => {
  const at = (h: string) => generated.header.indexOf(h);
  const ELIMINATION = ['风险消除后是否义务教育阶段适龄儿童少年失学辍学', '风险消除后是否住房损毁', '风险消除后工资性收入', '风险消除后转移性收入', '风险消除后理赔收入'];
  const household = fc.record({
    index: fc.nat(),
    type: fc.constantFrom('脱贫享受政策户', '脱贫不享受政策户', '100A03A02', '一般农户', '脱贫户', '', '未知户'),
    eliminated: fc.constantFrom('是', '否', ''),
    // The two 风险是否已消除 columns usually agree; sometimes the second says otherwise.
    eliminatedAgain: fc.option(fc.constantFrom('是', '否', ''), { nil: undefined }),
    on: fc.constantFrom('202310', '', '202313'),
    method: fc.constantFrom('帮扶消除', '自然消除', '', '未知'),
    block: fc.array(fc.constantFrom('0', '', '否', '是', '0.00', '12.5', '-1'), { minLength: ELIMINATION.length, maxLength: ELIMINATION.length }),
    educationAid: fc.constantFrom('雨露计划', '雨露计划、助学贷款', '无', '是', ''),
  });

  test.prop([household], { numRuns: 300 })('household cells (户类型 → policyStatus, 教育帮扶 items → educationAidItems, 风险是否已消除 with or without A53/A54, the "风险消除后…" block of zeros, 否 or amounts): vouched only when the oracle accepts, and then the same household, key order included', (c) => {
    const rows = generated.households[c.index % generated.households.length]!.map((r) => [...r]);
    const first = at('风险是否已消除');
    const second = generated.header.lastIndexOf('风险是否已消除');
    for (const row of rows) {
      row[at('户类型')] = c.type;
      row[first] = c.eliminated;
      row[second] = c.eliminatedAgain ?? c.eliminated;
      row[at('消除监测时间')] = c.on;
      row[at('风险消除方式')] = c.method;
      ELIMINATION.forEach((h, i) => (row[at(h)] = c.block[i]!));
      row[at('教育帮扶')] = c.educationAid;
    }
    expectSameAsOracle(plan, rows);
  });

  it('the cases the reconciliation of the elimination block decides: dropped when only zeros and 否 (vouched), kept with A53/A54 (vouched), a problem or {} otherwise (not vouched)', () => {
    const withCells = (cells: Record<string, string>) =>
      validRows.map((r) => {
        const row = [...r];
        for (const [h, v] of Object.entries(cells)) {
          row[at(h)] = v;
          if (h === '风险是否已消除' || h === '识别监测时间') row[generated.header.lastIndexOf(h)] = v;
        }
        return row;
      });
    const zeros = Object.fromEntries(ELIMINATION.map((h) => [h, h.includes('是否') ? '否' : '0']));
    expect(expectSameAsOracle(plan, withCells({ 风险是否已消除: '否', 消除监测时间: '', 风险消除方式: '', ...zeros }))).toBe(true);
    const monitored = { 监测对象类别: '脱贫不稳定户', 识别监测时间: '202301' };
    const bare = Object.fromEntries(ELIMINATION.map((h) => [h, '']));
    expect(expectSameAsOracle(plan, withCells({ ...monitored, 风险是否已消除: '是', 消除监测时间: '202310', 风险消除方式: '帮扶消除', ...bare }))).toBe(true);
    // Part of the income at elimination (A28–A32 required there): the schema refuses it.
    expect(expectSameAsOracle(plan, withCells({ ...monitored, 风险是否已消除: '是', 消除监测时间: '202310', 风险消除方式: '帮扶消除', ...zeros }))).toBe(false);
    expect(expectSameAsOracle(plan, withCells({ 风险是否已消除: '否', 消除监测时间: '', 风险消除方式: '', ...zeros, 风险消除后工资性收入: '12.5' }))).toBe(false);
    expect(expectSameAsOracle(plan, withCells({ 风险是否已消除: '否', 消除监测时间: '202310', 风险消除方式: '帮扶消除' }))).toBe(false);
    expect(expectSameAsOracle(plan, withCells({ ...monitored, 风险是否已消除: '是', 消除监测时间: '', 风险消除方式: '', ...bare }))).toBe(false);
    const policy = build(plan, withCells({ 户类型: '脱贫不享受政策户', 教育帮扶: '雨露计划' }), true).raw;
    expect(vouchedHousehold(policy)).toBe(policy);
    expect(policy.policyStatus).toBe('not-enjoying');
    expect(policy.educationAidItems).toEqual(['雨露计划']);
  });

  // Fields of several columns (致贫/返贫风险1/2, the 帮扶措施 columns, 识别监测时间 and 风险是否已消除 twice, A25 from two
  // columns in opposite senses), compiled like the single ones: each column's cell per row, conflicts between columns
  // and rows, bad values, empty columns.
  const COMBINED: Record<string, readonly string[]> = {
    识别监测时间: ['202301', '202302', '', '202313', '2023-01-01'],
    风险是否已消除: ['是', '否', '', '未知'],
    '致贫/返贫风险1': ['因病', '因学', '无', '', '因病,因学', '未知'],
    '致贫/返贫风险2': ['因病', '因残', '', '无', '未知'],
    产业帮扶: ['技能培训', '无', '', '是'],
    就业帮扶: ['公益岗位', '否', ''],
    健康帮扶: ['先诊疗后付费', '', '尚未实施'],
    教育帮扶: ['雨露计划', '雨露计划、助学贷款', '无', ''],
    综合保障: ['低保', '低保,临时救助', '无', '未知', ''],
    是否饮水出现安全问题: ['是', '否', '', '未知'],
    是否解决安全饮用水: ['是', '否', ''],
  };
  const combinedHeader = [...generated.header, ...['是否饮水出现安全问题', '是否解决安全饮用水'].filter((h) => !generated.header.includes(h))];
  const combinedPlan = planColumns(combinedHeader);
  const combinedColumns = combinedHeader.flatMap((h, i) => (COMBINED[h] ? [{ i, pool: COMBINED[h]! }] : []));
  const combined = fc.record({
    index: fc.nat(),
    cells: fc.array(fc.nat(), { minLength: combinedColumns.length, maxLength: combinedColumns.length }),
    // Some rows say something else in some columns.
    rows: fc.array(fc.record({ row: fc.nat(), column: fc.nat(), pick: fc.nat() }), { maxLength: 4 }),
  });

  it('the fields of several columns are compiled when vouching (and combined by the builder without vouching, the oracle)', () => {
    expect(combinedPlan.householdFields.filter((f) => f.columns.length > 1 || f.combine === 'append').map((f) => f.path)).toEqual(expect.arrayContaining(['monitoring.identifiedOn', '$eliminated', 'riskTypes', 'measures', 'guarantees.drinkingWaterUnsafe']));
  });

  test.prop([combined], { numRuns: 300 })('combined household fields (致贫/返贫风险1/2, 帮扶措施, 识别监测时间 and 风险是否已消除 twice, A25 in opposite senses), with conflicts between columns and rows: problems, raw record and vouched household the same as the oracle', (c) => {
    const rows = generated.households[c.index % generated.households.length]!.map((r) => [...r, ...combinedHeader.slice(r.length).map(() => '')]);
    combinedColumns.forEach(({ i, pool }, n) => {
      for (const row of rows) row[i] = pool[c.cells[n]! % pool.length]!;
    });
    for (const e of c.rows) {
      const { i, pool } = combinedColumns[e.column % combinedColumns.length]!;
      rows[e.row % rows.length]![i] = pool[e.pick % pool.length]!;
    }
    expectSameAsOracle(combinedPlan, rows);
  });

  // Other files: columns left out (narrow exports), in another order, income columns read as 0, paired event columns.
  const EVENTS = ['部门预警类型', '部门预警时间'];
  const layout = fc.record({
    order: fc.shuffledSubarray(generated.header.map((_, i) => i), { minLength: Math.floor(generated.header.length * 0.4) }),
    zeroes: fc.boolean(),
    events: fc.option(fc.constantFrom(['新增低保', '2023-05-10'], ['新增低保,住危房', '2023-05-10'], ['', '']), { nil: undefined }),
    households: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  });

  test.prop([layout], { numRuns: 60 })('other layouts (a subset of the columns in any order, emptyMoneyAsZero for absent income columns, paired event columns): every household the same as the oracle', ({ order, zeroes, events, households }) => {
    const header = [...order.map((i) => generated.header[i]!), ...(events ? EVENTS : [])];
    const layoutPlan = planColumns(header, { emptyMoneyAsZero: zeroes });
    for (const h of households) {
      const rows = generated.households[h % generated.households.length]!.map((r) => [...order.map((i) => r[i]!), ...(events ?? [])]);
      expectSameAsOracle(layoutPlan, rows);
    }
  });

  // Everything at once: a layout, household cells of several columns, and member cells mutated.
  const edits = fc.array(fc.record({ row: fc.nat(), column: fc.nat(), cell: fc.oneof(fc.constantFrom('', ' ', '未知值', '12.345', '-5', '2023-02-30', '202313', '是', '否', '男', '户主', '\u2028'), fc.string({ maxLength: 6 })) }), { maxLength: 4 });
  const everything = fc.record({ layout, combined, edits });

  test.prop([everything], { numRuns: 80 })('every combination (a layout of the columns, the fields of several columns set, member and household cells mutated): every household the same as the oracle', ({ layout: l, combined: c, edits: changes }) => {
    const source = generated.households[c.index % generated.households.length]!.map((r) => [...r, ...combinedHeader.slice(r.length).map(() => '')]);
    combinedColumns.forEach(({ i, pool }, n) => {
      for (const row of source) row[i] = pool[c.cells[n]! % pool.length]!;
    });
    for (const e of changes) source[e.row % source.length]![e.column % combinedHeader.length] = e.cell;
    const order = [...l.order, ...combinedHeader.map((_, i) => i).filter((i) => i >= generated.header.length)];
    const header = [...order.map((i) => combinedHeader[i]!), ...(l.events ? EVENTS : [])];
    const layoutPlan = planColumns(header, { emptyMoneyAsZero: l.zeroes });
    expectSameAsOracle(layoutPlan, source.map((r) => [...order.map((i) => r[i]!), ...(l.events ?? [])]));
  });

  // A household column set to the same cell on every row (no conflict between rows): values its
  // converter reads — or repeats from the household before, as the builder remembers the last text
  // of each field — and the schema may refuse (a negative income item, a date outside 1800–2199, a
  // 户编号 with a control character, text of only a line separator).
  const householdColumns = plan.household.map((c) => c.index);
  const HOUSEHOLD_CELLS = ['-5', '-0.01', '0', '-0', '12.5', '1,234.50', '12.345', '1e3', '1799-12-31', '2200-01-01', '1800-01-01', '2023-02-29', '2024-02-29', '179912', '220001', 'H\u00011', '\u2028', '是', '否', '脱贫户', '', ' '];
  const householdCells = fc.array(fc.record({ household: fc.nat(), column: fc.nat(), cell: fc.constantFrom(...HOUSEHOLD_CELLS) }), { minLength: 1, maxLength: 4 });

  test.prop([householdCells], { numRuns: 200 })('household cells set on every row of a household to values a converter reads and the schema may refuse (negative income items, dates out of range, control characters), households one after another: each the same as the oracle', (changes) => {
    // One builder with vouching for all households in turn (remembered texts carry over), and the oracle per household.
    const b = new HouseholdBuilder(plan);
    for (const c of changes) {
      const rows = generated.households[c.household % generated.households.length]!.map((r) => [...r]);
      const column = householdColumns[c.column % householdColumns.length]!;
      for (const row of rows) row[column] = c.cell;
      b.reset();
      rows.forEach((cells, i) => b.addRow(i + 4, cells));
      const now = b.finish();
      const before = build(plan, rows, false);
      expect(now.problems).toEqual(before.problems);
      const oracle = before.problems.length === 0 ? parseHousehold(before.raw) : undefined;
      const vouched = vouchedHousehold(now.raw);
      if (vouched !== undefined) {
        expect(oracle?.ok, `vouched only when parsing the raw record accepts it (${generated.header[column]} = ${JSON.stringify(c.cell)})`).toBe(true);
        if (oracle?.ok) expect(JSON.stringify(vouched)).toBe(JSON.stringify(oracle.household));
      } else if (oracle?.ok) {
        // Not vouched though the oracle accepts: only when the raw record is what the oracle parsed.
        expect(now.raw).toStrictEqual(before.raw);
      }
      expectSameAsOracle(plan, rows);
    }
  });

  // The chunk reader tells the builder which runs of household columns (spans) repeat the previous
  // row's text (`same`); the builder then looks only at the others. Oracle: the same rows without `same`.
  const spanEdits = fc.array(fc.record({ row: fc.nat(), column: fc.nat(), cell: fc.constantFrom('', ' ', '-5', '0', '12.5', '是', '否', '未知值', '脱贫户', '一般农户', '202310', '="H1"', '\u3000是') }), { maxLength: 6 });
  test.prop([fc.nat(), spanEdits, fc.boolean()], { numRuns: 200 })('rows whose unchanged runs of household columns are skipped (`same`, from the chunk reader): the same problems, raw record and vouched household as the rows read whole', (index, changes, vouch) => {
    const rows = generated.households[index % generated.households.length]!.map((r) => [...r]);
    for (const c of changes) rows[c.row % rows.length]![householdColumns[c.column % householdColumns.length]!] = c.cell;
    const withSame = new HouseholdBuilder(plan, { vouch });
    rows.forEach((cells, i) => {
      const previous = rows[i - 1];
      const same = Uint8Array.from(plan.spans, (s) => (previous !== undefined && cells.slice(s.first, s.last + 1).every((x, j) => x === previous[s.first + j]) ? 1 : 0));
      withSame.addRow(i + 4, cells, same);
    });
    const a = withSame.finish();
    const b = build(plan, rows, vouch);
    expect(a.problems).toEqual(b.problems);
    expect(a.raw).toStrictEqual(b.raw);
    expect(vouchedHousehold(a.raw) !== undefined).toBe(vouchedHousehold(b.raw) !== undefined);
  });

  // A member is made by the maker of the set of fields it has (an object literal per set, the first
  // 64 sets of a file; the others share one that stores field by field). Members with arbitrary
  // sets of member cells emptied — required ones too (a set that fails the structure), the change
  // list's kind without its date — through one plan, so that a run goes past the kept makers.
  const memberColumns = plan.member.map((c) => c.index);
  const changeHeader = [...generated.header, '人员变更类型', '人员变更时间'].filter((h, i, all) => all.indexOf(h) === i);
  const shapesPlan = planColumns(changeHeader);
  const emptied = fc.array(fc.record({ household: fc.nat(), members: fc.array(fc.array(fc.nat(), { maxLength: 12 }), { minLength: 1, maxLength: 4 }), change: fc.constantFrom(['', ''], ['新生儿', '2023-05-01'], ['死亡', ''], ['', '2023-05-01']) }), { minLength: 1, maxLength: 8 });
  test.prop([emptied], { numRuns: 60 })('members with arbitrary sets of fields (more sets than makers are kept, required fields and the change list’s date left out): each household the same as the oracle', (households) => {
    for (const h of households) {
      const rows = generated.households[h.household % generated.households.length]!.map((r) => changeHeader.map((_, i) => r[i] ?? ''));
      rows.forEach((row, r) => {
        for (const c of h.members[r % h.members.length]!) row[memberColumns[c % memberColumns.length]!] = '';
        if (r === 0) [row[changeHeader.indexOf('人员变更类型')], row[changeHeader.indexOf('人员变更时间')]] = h.change as [string, string];
      });
      expectSameAsOracle(shapesPlan, rows);
    }
  });

  // Member columns of few spellings remember what each distinct cell makes (src/io/compiled-plan.ts,
  // CellEntry): cells drawn from one pool — the columns' own spellings, padded and ="…" forms, full-width
  // and case variants, unknown ones, empty and blank cells, and more distinct unknown cells than a column
  // remembers — set in every vocabulary member column of every member, households in turn through one plan.
  const vocabularyColumns = plan.member.filter((c) => c.mapping.convert?.repeats === true).map((c) => c.index);
  const memberSpellings = [...new Set(plan.member.flatMap((c) => c.mapping.convert?.vocabulary?.flatMap((e) => e.spellings) ?? []))];
  const spelled = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...memberSpellings) },
    fc.tuple(fc.constantFrom(...memberSpellings), fc.constantFrom(' ', '\u3000', '="', '\u00a0')).map(([s, pad]) => (pad === '="' ? `="${s}"` : `${pad}${s}${pad}`)),
    fc.constantFrom(...memberSpellings).map((s) => s.toUpperCase().normalize('NFKC').replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))),
    fc.constantFrom('', ' ', '不详', '未知', '0', '="  "'),
    fc.nat({ max: 400 }).map((n) => `未知${n}`),
  );
  const vocabularyCells = fc.array(fc.record({ household: fc.nat(), cells: fc.array(spelled, { minLength: 1, maxLength: 40 }) }), { minLength: 1, maxLength: 10 });
  test.prop([vocabularyCells], { numRuns: 80 })('member cells of few spellings (vocabularies, months), repeated, padded, unknown, more distinct than a column remembers: each household the same as the oracle', (households) => {
    expect(vocabularyColumns.length).toBeGreaterThan(8);
    let k = 0;
    for (const h of households) {
      const rows = generated.households[h.household % generated.households.length]!.map((r) => [...r]);
      for (const row of rows) for (const c of vocabularyColumns) row[c] = h.cells[k++ % h.cells.length]!;
      expectSameAsOracle(plan, rows);
    }
  });

  // The same for households: arbitrary sets of household cells emptied on every row (no conflict), through one plan.
  const shapesHouseholdColumns = shapesPlan.household.map((c) => c.index);
  const emptiedHouseholds = fc.array(fc.record({ household: fc.nat(), columns: fc.array(fc.nat(), { maxLength: 20 }) }), { minLength: 1, maxLength: 8 });
  test.prop([emptiedHouseholds], { numRuns: 60 })('households with arbitrary sets of fields (more sets than makers are kept, required fields left out): each the same as the oracle', (households) => {
    for (const h of households) {
      const rows = generated.households[h.household % generated.households.length]!.map((r) => changeHeader.map((_, i) => r[i] ?? ''));
      for (const c of h.columns) for (const row of rows) row[shapesHouseholdColumns[c % shapesHouseholdColumns.length]!] = '';
      expectSameAsOracle(shapesPlan, rows);
    }
  });

  it('an object literal per set of member fields is what the stores in schema order make (nested objects, lists with holes)', () => {
    const paths: (string | number)[][] = [['name'], ['changes', 0, 'kind'], ['changes', 0, 'on'], ['posts', 2], ['a', 'b', 'c'], ['a', 'd'], ['0']];
    fc.assert(
      fc.property(fc.subarray(paths.map((_, i) => i)), (chosen) => {
        const entries = chosen.map((i) => ({ segments: paths[i]!, value: `v[${i}]` }));
        const stored: Record<string, unknown> = {};
        for (const i of chosen) setPath(stored, paths[i]!, `value ${i}`);
        const made = new Function('v', `return ${literalCode(entries)};`)(paths.map((_, i) => `value ${i}`));
        expect(made).toStrictEqual(stored);
        expect(keyOrder(made)).toEqual(keyOrder(stored));
        expect(JSON.stringify(made)).toBe(JSON.stringify(stored));
      }),
    );
  });

  it('a narrow layout with the income columns read as 0 (emptyMoneyAsZero): households accepted by the oracle are vouched for, with the zeros', () => {
    const keep = generated.header.map((_, i) => i).filter((i) => !['财产性收入', '生产经营性支出', '理赔收入'].includes(generated.header[i]!));
    const narrow = planColumns(keep.map((i) => generated.header[i]!), { emptyMoneyAsZero: true });
    expect(narrow.zeroFill.length).toBe(2);
    let vouched = 0;
    for (const rows of generated.households.slice(0, 60)) if (expectSameAsOracle(narrow, rows.map((r) => keep.map((i) => r[i]!)))) vouched++;
    expect(vouched).toBeGreaterThan(50);
  });
});

describe('vouchingPlan: the order, checks and structure of a vouched object, from the schema', () => {
  it('stores fields in schema order (name, sex, relation, then the change list), whatever the column order', () => {
    const vp = vouchingPlan(MemberSchema, [['relation'], ['changes', 0, 'on'], ['sex'], ['changes', 0, 'kind'], ['name']])!;
    expect(vp.order).toEqual([4, 2, 0, 3, 1]);
  });

  it('each acceptor is the schema check at that path (enum, calendar date, non-empty text)', () => {
    const vp = vouchingPlan(MemberSchema, [['sex'], ['birthDate'], ['name']])!;
    expect([vp.accept[0]!('male'), vp.accept[0]!('男')]).toEqual([true, false]);
    expect([vp.accept[1]!('2023-02-28'), vp.accept[1]!('2023-02-30')]).toEqual([true, false]);
    expect([vp.accept[2]!('王一'), vp.accept[2]!('\u2028')]).toEqual([true, false]);
  });

  it('the structure needs the required fields: a member without 与户主关系 fails it, one with a change needs its kind and date', () => {
    const vp = vouchingPlan(MemberSchema, [['name'], ['sex'], ['relation'], ['changes', 0, 'kind'], ['changes', 0, 'on']])!;
    const holds = (m: unknown) => new Function('m', `return ${vp.structure};`)(m) as boolean;
    expect(holds({ name: '王一', sex: 'male', relation: 'head' })).toBe(true);
    expect(holds({ name: '王一', sex: 'male' })).toBe(false);
    expect(holds({ name: '王一', sex: 'male', relation: 'head', changes: [{ kind: 'birth' }] })).toBe(false);
    expect(holds({ name: '王一', sex: 'male', relation: 'head', changes: [{ kind: 'birth', on: '2023-01-01' }] })).toBe(true);
    // A required field no column fills: never vouched.
    expect(vouchingPlan(MemberSchema, [['name'], ['sex']])!.structure).toBe('false');
  });

  // Every leaf of the member and household schemas an export column may fill, lists and unions included.
  const leaves = [
    ...[['name'], ['sex'], ['birthDate'], ['publicWelfarePost'], ['relation'], ['employment', 0, 'start']].map((path) => ({ schema: MemberSchema, path })),
    ...[['id'], ['riskTypes'], ['measures'], ['educationAidItems'], ['income', 'wage'], ['monitoring', 'identifiedOn'], ['policyStatus'], ['povertyAlleviated'], ['livingConditions', 'arableLand']].map((path) => ({ schema: HouseholdSchema, path })),
  ];
  const pool = [...RiskTypeSchema.options, ...MeasureSchema.options, '护林员', '', ' ', '2023-01-01', '2023-02-30', '2023-01', '12.50', '-1', 'male', true, false, 0, 1.5, Number.NaN, null, undefined];
  const value = fc.oneof(fc.anything({ withSparseArray: true }), fc.constantFrom(...pool), fc.array(fc.constantFrom(...pool), { maxLength: 4 }), fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }).map((a) => Object.assign(new Array(a.length + 1), a)));

  test.prop([value], { numRuns: 1000 })('each acceptor answers as the schema\'s validator does (list items tested in place, not copied), on arbitrary values and lists of vocabulary keys', (v) => {
    for (const { schema, path } of leaves) {
      const accept = vouchingPlan(schema, [path])!.accept[0]!;
      const validate = fastValidator(schemaAt(schema, path)!, { generate: false })!;
      expect(accept(v), path.join('.')).toBe(validate(v) !== REJECT);
    }
  });

  it('no plan for a path outside the schema or a value that is an object', () => {
    expect(vouchingPlan(MemberSchema, [['name'], ['nickname']])).toBeNull();
    expect(vouchingPlan(MemberSchema, [['changes']])).toBeNull();
  });
});

describe('only the importer vouches: a record a caller builds is validated', () => {
  const profile = getProfile('fujian/jinan/2023');
  const settings = { view: 'compact', records: 'imported', asOf: '2023-12-15' } as const;
  const valid = build(plan, validRows, true).raw;

  it('an imported record the importer vouched for is scored as it is', () => {
    expect(vouchedHousehold(valid)).toBe(valid);
    expect(scoreRecord({ position: 0, raw: valid, problems: [] }, 0, profile, { ...settings, fromChunkReader: true }).outcome.ok).toBe(true);
  });

  it('outside the CLI pipeline the mark is not trusted: a vouched record a caller edited (readRecords, then rescore) is validated and rejected', () => {
    const edited = build(plan, validRows, true).raw as { members: Record<string, unknown>[] };
    expect(vouchedHousehold(edited)).toBe(edited);
    edited.members[0]!.sex = 'unknown';
    const library = scoreRecord({ position: 0, raw: edited, problems: [] }, 0, profile, settings).outcome;
    expect(library.ok).toBe(false);
    if (!library.ok) expect(library.issues.map((i) => i.path)).toEqual(['members[0].sex']);
  });

  it('a copy of a vouched household (JSON, structuredClone: what a caller or a worker message makes) is not vouched for', () => {
    expect(vouchedHousehold(JSON.parse(JSON.stringify(valid)))).toBeUndefined();
    expect(vouchedHousehold(structuredClone(valid))).toBeUndefined();
    expect(vouchedHousehold({ ...valid })).toBeUndefined();
  });

  it('a record a caller builds with an invalid value is rejected with its issue, even when it copies a vouched one', () => {
    const forged = { ...valid, members: [{ ...(valid.members as Record<string, unknown>[])[0]!, sex: 'unknown' }] };
    const { outcome } = scoreRecord({ position: 0, raw: forged, problems: [] }, 0, profile, settings);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map((i) => i.path)).toEqual(['members[0].sex']);
  });

  it('the mark is not enumerable: JSON and key listings do not show it', () => {
    const h = { id: 'H1', povertyAlleviated: false, members: [], income: {} } as never;
    vouchFor(h);
    expect(Object.keys(h)).toEqual(['id', 'povertyAlleviated', 'members', 'income']);
    expect(JSON.stringify(h)).toBe('{"id":"H1","povertyAlleviated":false,"members":[],"income":{}}');
    // Not a property at all (a private field): no symbol key, equal to an unmarked copy, marking twice changes nothing.
    expect(Reflect.ownKeys(h)).toEqual(['id', 'povertyAlleviated', 'members', 'income']);
    expect(h).toStrictEqual({ id: 'H1', povertyAlleviated: false, members: [], income: {} });
    vouchFor(h);
    expect(vouchedHousehold(h)).toBe(h);
    expect(vouchedHousehold(Object.create(h))).toBeUndefined();
  });
});
