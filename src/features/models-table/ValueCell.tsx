// A table cell showing a value as published, an "est." badge for estimates, and its note and source on hover or focus.
import { useId } from 'react';
import { EstimateBadge } from '../../components/ui/EstimateBadge';
import { displayValue, type FieldDef } from '../../domain/fields';
import type { Measured } from '../../domain/measured';

export function ValueCell({ field, m }: { field: FieldDef; m: Measured }) {
  const tipId = useId();
  const shown = displayValue(field, m);
  const estimated = m.status === 'estimated';
  const content = (
    <>
      <span className={m.value === null ? 'value-none' : undefined}>{shown}</span>
      {estimated && <EstimateBadge />}
      {m.note && <span className="note-mark" aria-hidden="true">*</span>}
    </>
  );
  if (!(m.note || m.source || estimated || m.status === 'undisclosed')) return content;
  const tip = (
    <span role="tooltip" id={tipId} className="tip">
      <span className="tip-row"><b>Published:</b> {m.raw || '(empty)'}</span>
      <span className="tip-row"><b>Status:</b> {m.status}</span>
      {m.note && <span className="tip-row"><b>Note:</b> {m.note}</span>}
      {m.source && <span className="tip-row"><b>Source:</b> {m.source}</span>}
    </span>
  );
  // Only cells with something to explain take keyboard focus (as a toggletip button), so tabbing stays short.
  if (m.note || estimated) {
    return <button type="button" className="has-tip tip-trigger" aria-describedby={tipId}>{content}{tip}</button>;
  }
  return <span className="has-tip">{content}{tip}</span>;
}
