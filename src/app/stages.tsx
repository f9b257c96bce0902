// The form and the result view are split from the first screen (connection, flow picker): they bring
// react-hook-form, date-fns, every field component and the result view, none of which that screen needs.
import { lazy, useState, type ComponentType } from 'react';

/**
 * A component loaded on demand that renders without suspending once its chunk is in: a form mounted
 * after the preload has finished shows at once, with no fallback frame in between.
 */
function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = null; // a failed chunk download may be retried by the next mount
        throw e;
      },
    ));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Stage(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded one would remount the form.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return [Stage, preload] as const;
}

const [FlowStage, preloadFlowStage] = preloadable(() => import('./FlowStage').then((m) => m.FlowStage));
const [ResultStage, preloadResultStage] = preloadable(() =>
  import('./ResultStage').then((m) => m.ResultStage),
);

// The same chunk as the result view: the list of recent tasks is part of it.
const [RecentStage] = preloadable(() => import('./ResultStage').then((m) => m.RecentStage));

// The spreadsheet import and its libraries: fetched only when a person goes to import (or is about to).
const [ImportStage, preloadImportStage] = preloadable(() =>
  import('./ImportStage').then((m) => m.ImportStage),
);

export { FlowStage, ImportStage, RecentStage, ResultStage };

/** Starts fetching the import's chunk when the person points at or focuses "Import many". */
export function preloadImport(): void {
  preloadImportStage().catch(() => undefined);
}

/** Fetches both chunks ahead of need (once the flow list is on screen), so choosing a flow waits for no network. */
export function preloadStages(): void {
  preloadFlowStage().catch(() => undefined);
  preloadResultStage().catch(() => undefined);
}
