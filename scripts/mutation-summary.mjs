// Summarises a StrykerJS report (reports/mutation/mutation.json): the score per file, then each surviving or
// uncovered mutant with its place and replacement.
// Usage: node scripts/mutation-summary.mjs [path-part] [--survivors] [--report=<a saved mutation.json>]
import { readFileSync } from 'node:fs';

const reportArg = process.argv.find((a) => a.startsWith('--report='));
const report = JSON.parse(readFileSync(reportArg?.slice('--report='.length) ?? 'reports/mutation/mutation.json', 'utf8'));
const filter = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '';
const DETECTED = new Set(['Killed', 'Timeout']);
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const rows = [];
const open = [];
for (const [file, { mutants, source }] of Object.entries(report.files)) {
  if (!file.includes(filter)) continue;
  const valid = mutants.filter((m) => VALID.has(m.status));
  const detected = valid.filter((m) => DETECTED.has(m.status)).length;
  const ignored = mutants.filter((m) => m.status === 'Ignored').length;
  rows.push({ file, score: valid.length ? (100 * detected) / valid.length : 100, detected, valid: valid.length, ignored });
  const lines = source.split('\n');
  for (const m of valid.filter((x) => !DETECTED.has(x.status))) {
    const { start } = m.location;
    open.push(`${m.status === 'NoCoverage' ? 'no cover' : 'survived'} ${file}:${start.line}:${start.column} ${m.mutatorName}: ${JSON.stringify(m.replacement ?? '')}\n    ${lines[start.line - 1]?.trim().slice(0, 160)}`);
  }
}
const total = rows.reduce((a, r) => ({ detected: a.detected + r.detected, valid: a.valid + r.valid, ignored: a.ignored + r.ignored }), { detected: 0, valid: 0, ignored: 0 });
console.log('| file | score | killed / valid | static (ignored) |\n|---|---|---|---|');
for (const r of rows.sort((a, b) => a.file.localeCompare(b.file))) console.log(`| ${r.file} | ${r.score.toFixed(1)}% | ${r.detected} / ${r.valid} | ${r.ignored} |`);
console.log(`| all | ${((100 * total.detected) / (total.valid || 1)).toFixed(1)}% | ${total.detected} / ${total.valid} | ${total.ignored} |`);
if (process.argv.includes('--survivors') || filter) console.log(`\n${open.join('\n')}`);
