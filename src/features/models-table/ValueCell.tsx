// A table cell showing a value as published, an "est." badge for estimates, and its note and source on hover or focus.
import { EstimateBadge } from '../../components/ui/EstimateBadge';
import { displayValue, type FieldDef } from '../../domain/fields';
import type { Measured } from '../../domain/measured';
import { CellTip } from './CellTip';

export function ValueCell({ field, m }: { field: FieldDef; m: Measured }) {
  const shown = displayValue(field, m);
  const estimated = m.status === 'estimated';
  const content = (
    <>
      {/* A value is a bare text node: a span around each was a sixth of a row's elements (41 of them, now 34). */}
      {m.value === null ? <span className="value-none">{shown}</span> : shown}
      {estimated && <EstimateBadge />}
      {m.note && <span className="note-mark" aria-hidden="true">*</span>}
    </>
  );
  if (!(m.note || m.source || estimated || m.status === 'undisclosed')) return content;
  return (
    // Only cells with something to explain take keyboard focus (as a toggletip button), so tabbing stays short.
    <CellTip
      focusable={Boolean(m.note || estimated)}
      pairs={[['Published', m.raw || '(empty)'], ['Status', m.status], ['Note', m.note], ['Source', m.source]]}
    >
      {content}
    </CellTip>
  );
}
