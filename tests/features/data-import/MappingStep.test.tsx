import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../../src/domain/export/csv';
import type { ColumnChoice, Target } from '../../../src/domain/import/column-mapping';
import { prepareTable } from '../../../src/domain/import/prepare';
import { parseTableText } from '../../../src/domain/import/table-text';
import { MappingStep } from '../../../src/features/data-import/MappingStep';
import type { LoadedTable } from '../../../src/lib/import-protocol';

function loaded(text: string): LoadedTable {
  const r = parseTableText(text);
  if (!r.ok || r.kind !== 'table') throw new Error('not a table');
  return { headers: r.table.headers, preview: r.table.rows.slice(0, 8), rowCount: r.table.rows.length, format: r.table.format, ...prepareTable(r.table) };
}

/** The step with its state held as the dialog holds it. */
function Step({ table }: { table: LoadedTable }) {
  const [mapping, setMapping] = useState<Target[]>(table.mapping);
  const [choices, setChoices] = useState<ColumnChoice[]>([]);
  return <MappingStep table={table} mapping={mapping} choices={choices} fileName="f.csv" onChange={(m, c) => { setMapping(m); setChoices(c); }} />;
}

describe('the mapping step', () => {
  it('shows each numeric column’s decimal mark with a value from the file as it reads, and follows a change', async () => {
    render(<Step table={loaded('Model;Parameters;MMLU\nQwen;72,7B;86,1\nGemma;7B;64,3')} />);
    const mark = screen.getByRole('combobox', { name: 'Decimal mark in “Parameters”' });
    expect(mark).toHaveValue(',');
    expect(screen.getByText('e.g. “72,7B” (row 1) reads as 72.7B')).toBeInTheDocument();
    await userEvent.selectOptions(mark, '.');
    expect(screen.getByRole('table', { name: 'Import preview' })).toHaveTextContent("'72,7B' has a comma that is not this column's decimal mark");
  });

  it('asks about a column that reads two ways, with both readings, and the preview guesses neither', async () => {
    render(<Step table={loaded('Model;Parameters\nA;1,234B\nB;7B')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('"1,234B" (row 1) reads as 1.23T with a decimal point or 1.23B with a decimal comma');
    expect(screen.getByRole('table', { name: 'Import preview' })).toHaveTextContent("'1,234B': choose this column's decimal mark first");
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Decimal mark in “Parameters”' }), ',');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('table', { name: 'Import preview' })).toHaveTextContent('1,234B');
  });

  it('asks about a column whose values disagree, in either row order, naming a value of each reading', () => {
    for (const text of ['Model;Parameters\nA;2,5B\nB;1,234,567', 'Model;Parameters\nB;1,234,567\nA;2,5B']) {
      const { unmount } = render(<Step table={loaded(text)} />);
      expect(screen.getByRole('alert')).toHaveTextContent(/has values that read only with a decimal point \("1,234,567", row \d\) and others only with a decimal comma \("2,5B", row \d\)/);
      unmount();
    }
  });

  it('says when it recognised a format, and shows no mapping for our own CSV', () => {
    const header = CSV_HEADER.join(',');
    const row = CSV_HEADER.map((h) => ({ id: 'a', name: 'Alpha', organization: 'Lab', parameters_raw: '7B', parameters_value: '7000000000', parameters_status: 'reported' }[h] ?? (h.endsWith('_status') ? 'missing' : ''))).join(',');
    render(<Step table={loaded(`${header}\n${row}`)} />);
    expect(screen.getByText('Recognised: Model MPG CSV export.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Column mapping' })).toBeNull();
    expect(screen.getByRole('table', { name: 'Import preview' })).toHaveTextContent('Alpha');
    expect(screen.getByRole('row', { name: /Alpha/ })).toHaveTextContent(/^1AlphaLab7B—/);
  });
});
