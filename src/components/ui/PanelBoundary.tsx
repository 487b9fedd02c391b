// An error boundary per panel: a crash shows what happened and a "Reset view" button, never a white page.
import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

interface Props {
  name: string;
  /** Returns to the default view; the panel then draws again. */
  onReset: () => void;
  children: ReactNode;
}

export function PanelBoundary({ name, onReset, children }: Props) {
  return (
    <ErrorBoundary
      name={`${name} panel`}
      renderFallback={(error, retry) => (
        <div role="alert" className="panel-error">
          <p><strong>The {name} panel hit an error</strong> and stopped drawing. Your data is unchanged.</p>
          <p className="panel-error-detail">{error.message}</p>
          <button
            type="button" className="btn"
            onClick={() => {
              onReset();
              retry();
            }}
          >
            Reset view
          </button>
          <p className="panel-error-help">Reset view returns the whole view to its defaults; your data is kept.</p>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
