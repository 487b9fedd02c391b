// The charts' box while there is nothing to draw yet (their code or the saved data on its way), or a message in it.
import type { ReactNode } from 'react';

export function ChartsPlaceholder({ children }: { children?: ReactNode }) {
  return <section className="charts charts-pending" aria-label="Charts" aria-busy={children ? undefined : true}>{children}</section>;
}
