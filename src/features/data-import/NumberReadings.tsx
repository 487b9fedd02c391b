// How the numbers of each mapped column are read: decimal mark (with an example from the file), parameter unit and
// score scale. A column the values leave open (only "1,234"-like numbers, or fractions mixed with percentages) is
// asked here, with its rows, and checking waits for the answer.
import type { ColumnChoice, ColumnReading, NumericTarget, Target } from '../../domain/import/column-mapping';
import { isNumericTarget, isScoreTarget, TARGET_LABELS } from '../../domain/import/column-mapping';
import type { ColumnProfile, Example } from '../../domain/import/column-profile';
import { readExample } from '../../domain/import/reading-example';

interface Props {
  headers: string[];
  mapping: Target[];
  profiles: ColumnProfile[];
  readings: ColumnReading[];
  onChoose: (column: number, choice: ColumnChoice) => void;
}

const rowList = (xs: readonly Example[]) => xs.map((e) => e.row).join(', ');
const quoted = (xs: readonly Example[]) => xs.slice(0, 3).map((e) => `"${e.text}"`).join(', ');

function DecimalQuestion({ header, target, profile, reading }: { header: string; target: NumericTarget; profile: ColumnProfile; reading: ColumnReading }) {
  const { point, comma, ambiguous } = profile.decimal;
  if (point && comma) {
    return (
      <p className="import-question" role="alert">
        “{header}” has values that read only with a decimal point ({`"${point.text}"`}, row {point.row}) and others only with a decimal
        comma ({`"${comma.text}"`}, row {comma.row}).
        Choose its decimal mark; values that do not fit it are listed as problems.
      </p>
    );
  }
  if (!ambiguous) return null;
  return (
    <p className="import-question" role="alert">
      “{header}”: {`"${ambiguous.text}"`} (row {ambiguous.row}) reads as {readExample(target, ambiguous.text, reading, '.')} with a decimal point
      or {readExample(target, ambiguous.text, reading, ',')} with a decimal comma, and no value in the column tells which. Choose its decimal mark.
    </p>
  );
}

function ScaleQuestion({ header, profile, open }: { header: string; profile: ColumnProfile; open: boolean }) {
  const { fraction, percent } = profile.scale;
  return (
    <p className={open ? 'import-question' : 'hint'} role={open ? 'alert' : undefined}>
      “{header}” mixes fractions ({fraction.count.toLocaleString()} values such as {quoted(fraction.examples)}, rows {rowList(fraction.examples)}
      {fraction.count > fraction.examples.length ? ', …' : ''}) and percentages ({percent.count.toLocaleString()} values such as {quoted(percent.examples)},
      rows {rowList(percent.examples)}{percent.count > percent.examples.length ? ', …' : ''}). {open ? 'Choose one scale for the whole column; nothing is imported until you do.' : 'Values that do not fit the chosen scale are listed in the review.'}
    </p>
  );
}

export function NumberReadings({ headers, mapping, profiles, readings, onChoose }: Props) {
  const columns = mapping.flatMap((t, i) => (isNumericTarget(t) ? [{ i, target: t }] : []));
  if (columns.length === 0) return null;
  return (
    <fieldset className="units">
      <legend>How numbers are read</legend>
      {columns.map(({ i, target }) => {
        const header = headers[i] ?? '';
        const profile = profiles[i];
        const reading = readings[i];
        if (!profile || !reading) return null;
        const { decimal } = profile;
        const example = decimal.comma ?? decimal.point ?? decimal.ambiguous;
        const label = TARGET_LABELS[target];
        return (
          <fieldset key={i} className="reading">
            <legend>{label} <span className="hint">(column “{header}”)</span></legend>
            {decimal.relevant && (
              <label className="control control-inline">
                <span>Decimal mark in “{header}”</span>
                <select value={reading.decimal ?? ''} onChange={(e) => onChoose(i, { decimal: e.target.value as ',' | '.' })}>
                  {reading.decimal === null && <option value="" disabled>Choose…</option>}
                  <option value=".">point (1.5)</option>
                  <option value=",">comma (1,5)</option>
                </select>
              </label>
            )}
            {example && reading.decimal !== null && !(isScoreTarget(target) && reading.scale === null) && (
              <span className="hint">e.g. “{example.text}” (row {example.row}) reads as {readExample(target, example.text, reading)}</span>
            )}
            {target === 'parameters' && (
              <label className="control control-inline">
                <span>Parameters are</span>
                <select value={reading.unit} onChange={(e) => onChoose(i, { unit: e.target.value as ColumnReading['unit'] })}>
                  <option value="count">raw counts (70000000000)</option>
                  <option value="billions">billions (70 = 70B)</option>
                </select>
              </label>
            )}
            {isScoreTarget(target) && (
              <label className="control control-inline">
                <span>{label} scores are</span>
                <select value={reading.scale ?? ''} onChange={(e) => onChoose(i, { scale: e.target.value as 'percent' | 'fraction' })}>
                  {reading.scale === null && <option value="" disabled>Choose…</option>}
                  <option value="percent">percent (86.4)</option>
                  <option value="fraction">fractions (0.864)</option>
                </select>
              </label>
            )}
            {reading.decimal === null && <DecimalQuestion header={header} target={target} profile={profile} reading={reading} />}
            {isScoreTarget(target) && profile.scale.guess === null && <ScaleQuestion header={header} profile={profile} open={reading.scale === null} />}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
