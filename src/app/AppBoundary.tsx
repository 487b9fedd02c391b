// The last line of defence around the whole shell, header included: whatever a saved setting, a link or a bug
// throws while drawing, the page offers a way back instead of going blank, and never deletes imported data.
import type { ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/ErrorBoundary';

interface Props {
  /** Shows the built-in data with the default view (the link's settings are dropped too). */
  onOpenBuiltIn: () => void;
  /** Forgets the saved preferences: theme, last dataset, charts. */
  onClearSettings: () => void;
  children: ReactNode;
}

export function AppBoundary({ onOpenBuiltIn, onClearSettings, children }: Props) {
  return (
    <ErrorBoundary
      name="The app"
      renderFallback={(error, retry) => {
        const recover = (action: () => void) => () => {
          action();
          retry();
        };
        return (
          <main className="app app-crash">
            <h1>Model MPG</h1>
            <div role="alert" className="panel-error">
              <h2>The page hit an error and stopped drawing</h2>
              <p className="panel-error-detail">{error.message || String(error)}</p>
              <p>Your imported data is still saved in this browser: nothing was deleted.</p>
            </div>
            <div className="dialog-actions">
              <button type="button" className="btn btn-primary" onClick={recover(onOpenBuiltIn)}>Open the built-in data</button>
              <button type="button" className="btn" onClick={recover(onClearSettings)}>Clear saved settings</button>
            </div>
            <p className="crash-help">
              <strong>Open the built-in data</strong> shows the article's table with no filters and the default charts.{' '}
              <strong>Clear saved settings</strong> forgets the theme, the last dataset and your charts; imported data is kept.
            </p>
          </main>
        );
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
