/**
 * A small NDJSON export of one-member households for the pipeline tests: incomes that vary from
 * household to household, every 7th with an invalid transfer amount (`'x'`: rejected), every 3rd
 * 脱贫户, four villages.
 */

/**
 * The NDJSON text (one household a line, ending with a newline) of `count` households `N0`, `N1`, ….
 *
 * @example
 * writeFileSync(file, ndjsonVillage(300));
 */
export function ndjsonVillage(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const income = { wage: String(1000 + i * 37), operating: '500', property: '0', transfer: String(i % 7 === 0 ? 'x' : 300), operatingExpense: '100' };
    lines.push(JSON.stringify({ id: `N${i}`, povertyAlleviated: i % 3 === 0, region: { village: `村${i % 4}` }, members: [{ name: '张三', sex: 'male', relation: 'head', birthDate: '1970-01-01', health: 'healthy', labour: 'ordinary' }], income }));
  }
  return lines.join('\n') + '\n';
}
