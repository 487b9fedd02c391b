// A React error boundary whose fallback is given by its user: what a crash shows, and a way to draw again.
import { Component, type ReactNode } from 'react';

interface Props {
  /** Names the part that crashed in the console. */
  name: string;
  /** What shows instead of the children after a crash; `retry` draws them again. */
  renderFallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(`${this.props.name} crashed:`, error);
  }

  private retry = () => this.setState({ error: null });

  override render() {
    return this.state.error ? this.props.renderFallback(this.state.error, this.retry) : this.props.children;
  }
}
