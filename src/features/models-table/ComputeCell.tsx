// Training compute as the source described it, with the numeric FLOP estimate (and who made it) beside it.
import { FIELDS } from '../../domain/fields';
import type { ModelRecord } from '../../domain/model';
import { ValueCell } from './ValueCell';

export function ComputeCell({ model }: { model: ModelRecord }) {
  const { text, flop } = model.trainingCompute;
  return (
    <span className="compute-cell">
      {text && <span className="compute-text">{text}</span>}
      {flop.value !== null ? (
        <span className="compute-flop"><ValueCell field={FIELDS.trainingCompute} m={flop} /> FLOP</span>
      ) : !text ? (
        <span className="value-none">—</span>
      ) : null}
    </span>
  );
}
