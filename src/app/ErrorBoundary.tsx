import { Component, type ErrorInfo, type ReactNode } from 'react';
import { initialLanguage, translator } from '../i18n/i18n';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: a render error shows a way out instead of a blank page. It stands outside
 * the providers (they may be what failed), so it reads the language itself.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Unhandled render error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = translator(initialLanguage());
    return (
      <main className="page">
        <section className="card" role="alert">
          <h1>{t('error.title')}</h1>
          <p>
            <code>{error.message}</code>
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => this.setState({ error: null })}
            >
              {t('error.retry')}
            </button>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t('error.reload')}
            </button>
          </div>
        </section>
      </main>
    );
  }
}
