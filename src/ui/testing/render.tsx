// Component tests: the real providers (language, connection, a fresh query client without retries, the
// form's create retrying in milliseconds).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { CONNECTION_KEY, ConnectionProvider, type Connection } from '../../api/connection';
import { FastRetries } from '../../api/testing/retry';
import { I18nProvider, type Lang } from '../../i18n/i18n';

export interface ProviderOptions {
  /** stored in sessionStorage before rendering, as after a connect() */
  connection?: Connection | null;
  lang?: Lang;
}

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

export function renderWithProviders(
  ui: ReactElement,
  { connection = null, lang = 'en' }: ProviderOptions = {},
) {
  if (connection) sessionStorage.setItem(CONNECTION_KEY, JSON.stringify(connection));
  const client = testQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider lang={lang}>
      <ConnectionProvider>
        <QueryClientProvider client={client}>
          <FastRetries>{children}</FastRetries>
        </QueryClientProvider>
      </ConnectionProvider>
    </I18nProvider>
  );
  return Object.assign(render(ui, { wrapper }), { client });
}
