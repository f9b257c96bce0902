// Ours: the real app (src/main.tsx: StrictMode, every provider, the flow picker, the real TaskForm),
// already connected to an API that answers inside the page. The flow switch benchmark picks the
// 300-field flow in the flow picker, as a person would.
import './instrument';
import { installStubApi, STUB_BASE_URL, STUB_TOKEN } from './stub-api';

try {
  // Each page load starts clean: no remembered flow, hub or draft from an earlier run.
  localStorage.clear();
  sessionStorage.setItem(
    'taskComposer.connection',
    JSON.stringify({ baseUrl: STUB_BASE_URL, token: STUB_TOKEN }),
  );
} catch {
  // storage blocked: the page would show the connection screen and the benchmark says so
}
installStubApi();
// Resolved by bench/vite.config.ts to src/main.tsx, which mounts <App/> into #root exactly as in production.
void import('virtual:composer-main');
