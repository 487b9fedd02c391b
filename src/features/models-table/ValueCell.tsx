// A table cell showing a value as published, an "est." badge for estimates, and its note and source on hover or focus.
import { EstimateBadge } from '../../components/ui/EstimateBadge';
import { displayValue, type FieldDef } from '../../domain/fields';
import type { Measured } from '../../domain/measured';
import { CellTip, describePairs } from './CellTip';

export function ValueCell({ field, m }: { field: FieldDef; m: Measured }) {
  const estimated = m.status === 'estimated';
  const content = (
    <>
      <span className={m.value === null ? 'value-none' : undefined}>{displayValue(field, m)}</span>
      {estimated && <EstimateBadge />}
      {m.note && <span className="note-mark" aria-hidden="true">*</span>}
    </>
  );
  if (!(m.note || m.source || estimated || m.status === 'undisclosed')) return content;
  const published = m.raw || '(empty)';
  return (
    // Only cells with something to explain take keyboard focus (as a toggletip button), so tabbing stays short.
    <CellTip
      focusable={Boolean(m.note || estimated)}
      description={describePairs([['Published', published], ['Status', m.status], ['Note', m.note], ['Source', m.source]])}
      renderTip={() => (
        <>
          <span className="tip-row"><b>Published:</b> {published}</span>
          <span className="tip-row"><b>Status:</b> {m.status}</span>
          {m.note && <span className="tip-row"><b>Note:</b> {m.note}</span>}
          {m.source && <span className="tip-row"><b>Source:</b> {m.source}</span>}
        </>
      )}
    >
      {content}
    </CellTip>
  );
}
