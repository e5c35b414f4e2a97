// Catches an error in the screens so the player never faces a blank page: the crash screen keeps the save
// (written after every decision and year, before anything could fail) and offers the diagnostic.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashScreen } from './crash-screen.tsx';

type Props = { readonly children: ReactNode };
type State = { readonly error: unknown; readonly componentStack: string | null; readonly failed: boolean };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: null, failed: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null });
  }

  private readonly reset = (): void => this.setState({ error: null, componentStack: null, failed: false });

  override render(): ReactNode {
    if (this.state.failed) return <CrashScreen error={this.state.error} componentStack={this.state.componentStack} onReset={this.reset} />;
    return this.props.children;
  }
}
