// A chart's keyboard model, shared by the SVG and canvas point layers: the chart is one Tab stop; arrows move to
// the nearest point in their direction, Home and End to the leftmost and rightmost, Enter or Space selects,
// Escape clears the selection (and the tooltip). The point reached is hovered (tooltip, halo, row) and announced.
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { extremePoint, nearestInDirection, type Direction } from '../../domain/chart/navigate';
import { selectSelectedId } from '../../store/selectors';
import { useAppStore } from '../../store/store';

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export interface PointKeysInput {
  /** Points' positions in chart pixels, by index. */
  px: ArrayLike<number>;
  py: ArrayLike<number>;
  idOf: (i: number) => string;
  indexOf: (id: string) => number;
  /** The point at index i was reached (or -1: none); the layer hovers and announces it. */
  onReach: (i: number) => void;
  onSelect: (id: string) => void;
}

/** The index of the point the keyboard is on (-1 when none), and the handlers for the layer's focusable element. */
export function usePointKeys({ px, py, idOf, indexOf, onReach, onSelect }: PointKeysInput) {
  const [active, setActive] = useState(-1);
  const selectedId = useAppStore(selectSelectedId);
  const select = useAppStore((s) => s.select);
  // A set of points replaced under the keyboard (a filter) leaves an index that means another point: start over.
  const current = active < px.length ? active : -1;
  const reach = (i: number) => {
    if (i < 0) return;
    setActive(i);
    onReach(i);
  };
  const start = () => (selectedId && indexOf(selectedId) >= 0 ? indexOf(selectedId) : extremePoint(px, py, 'first'));

  const onKeyDown = (e: KeyboardEvent) => {
    const dir = ARROWS[e.key];
    if (dir) reach(current < 0 ? start() : nearestInDirection(px, py, current, dir));
    else if (e.key === 'Home' || e.key === 'End') reach(extremePoint(px, py, e.key === 'Home' ? 'first' : 'last'));
    else if ((e.key === 'Enter' || e.key === ' ') && current >= 0) onSelect(idOf(current));
    else if (e.key === 'Escape' && (selectedId || current >= 0)) {
      // Clears the selection and the keyboard's tooltip; the next arrow goes on from the same point.
      if (selectedId) select(null);
      onReach(-1);
    } else return;
    e.preventDefault();
  };
  // Reached from the keyboard only: a click on a point focuses the chart too, and must not move the tooltip.
  const onFocus = (e: FocusEvent<Element>) => {
    if (e.target === e.currentTarget && e.currentTarget.matches(':focus-visible')) reach(current < 0 ? start() : current);
  };
  const onBlur = () => onReach(-1);
  return { active: current, onKeyDown, onFocus, onBlur };
}
