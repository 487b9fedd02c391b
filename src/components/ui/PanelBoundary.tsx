// An error boundary per panel: a crash shows what happened and a "Reset view" button, never a white page.
import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  /** Returns to the default view; the panel then draws again. */
  onReset: () => void;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(`${this.props.name} panel crashed:`, error);
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="panel-error">
        <p><strong>The {this.props.name} panel hit an error</strong> and stopped drawing. Your data is unchanged.</p>
        <p className="panel-error-detail">{this.state.error.message}</p>
        <button type="button" className="btn" onClick={this.reset}>Reset view</button>
        <p className="panel-error-help">Reset view returns the whole view to its defaults; your data is kept.</p>
      </div>
    );
  }
}
