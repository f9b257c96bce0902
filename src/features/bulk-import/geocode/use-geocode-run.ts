// Finding the coordinates of the rows that have an address and none (decision 059): each distinct
// address asked once, one after another at the pace the server's provider allows, each answer kept in
// the session (IndexedDB) as it comes so a reload goes on where it stopped.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Connection } from '../../../api/connection';
import { geocodeSearch, getPlacesSettings, type PlacesSettings } from '../../../api/geocode-places';
import { isApiError } from '../../../api/http';
import { geocodeLinks, geocodeWork, type GeoPlace } from '../../../flow/import/geocode';
import { latTarget } from '../../../flow/import/targets';
import type { SheetRow } from '../../../flow/import/types';
import type { FlowSpec } from '../../../flow/types';
import { useT, type Translate } from '../../../i18n/i18n';
import { apiErrorMessage } from '../../../ui/api-error-message';
import type { ImportSession } from '../session/types';
import { EMPTY_GEOCODE, fillFound } from './row-place';

/** Candidates kept per address: enough to choose from, small enough to keep 800 answers in the session. */
export const CANDIDATES = 5;
/** Public Nominatim allows one request a second for a whole application; photon and pelias more. */
const NOMINATIM_GAP_MS = 1000;
const HOSTED_GAP_MS = 200;
const MAX_WAITS = 5;

export function gapOf(settings: PlacesSettings): number {
  if (settings.provider === 'builtin') return 0;
  return settings.typeAhead ? HOSTED_GAP_MS : NOMINATIM_GAP_MS;
}

export type RunState =
  { phase: 'idle' } | { phase: 'running'; done: number; total: number } | { phase: 'error'; message: string };

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** A failed search in the person's language: the geocoder's own failures by their codes. */
export function searchFailure(t: Translate, e: unknown, baseUrl: string): string {
  if (isApiError(e) && e.failedCode === 'place-010') return t('import.geocode.slow');
  if (isApiError(e) && e.failedCode === 'place-011') return t('import.geocode.unreachable');
  return apiErrorMessage(t, e, baseUrl);
}

/** A location without a column gets one at the end, named as the flow names it, to hold what is found. */
function withLocationColumns(flow: FlowSpec, s: ImportSession): ImportSession {
  const missing = geocodeLinks(flow, s.mapping).filter((l) => l.coords === null);
  if (missing.length === 0) return s;
  const taken = (id: string) => s.mapping.includes(id) || s.mapping.includes(latTarget(id));
  const add = missing.filter((l) => !taken(l.field.id));
  return {
    ...s,
    header: [...s.header, ...add.map((l) => l.field.title)],
    mapping: [...s.mapping, ...add.map((l) => l.field.id)],
    rows: s.rows.map((r) => ({ line: r.line, cells: [...r.cells, ...add.map(() => null)] })),
  };
}

interface Options {
  conn: Connection;
  flow: FlowSpec;
  session: ImportSession;
  setSession(s: ImportSession): void;
  recheck(rows: readonly SheetRow[]): void;
  /** rows not to touch (created already) */
  skip(line: number): boolean;
  /** the rows are checked: a run left going before a reload may go on */
  ready: boolean;
}

export function useGeocodeRun({ conn, flow, session, setSession, recheck, skip, ready }: Options) {
  const t = useT();
  const [settings, setSettings] = useState<PlacesSettings | null>(null);
  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const latest = useRef(session);
  const abort = useRef<AbortController | null>(null);
  const links = useMemo(() => geocodeLinks(flow, session.mapping), [flow, session.mapping]);

  useEffect(() => {
    latest.current = session;
  }, [session]);
  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    if (links.length === 0) return;
    const controller = new AbortController();
    getPlacesSettings(conn, controller.signal).then(setSettings, () =>
      // An unknown provider still gets asked, at the slowest pace.
      setSettings({ provider: 'nominatim', typeAhead: false }),
    );
    return () => controller.abort();
  }, [conn, links.length]);

  const commit = useCallback(
    (s: ImportSession, changed: readonly SheetRow[] = []) => {
      latest.current = s;
      setSession(s);
      if (changed.length > 0) recheck(changed);
    },
    [setSession, recheck],
  );

  const stopped = useCallback(() => {
    const s = latest.current;
    commit({ ...s, geocode: { ...(s.geocode ?? EMPTY_GEOCODE), running: false } });
  }, [commit]);

  const ask = useCallback(
    async (text: string, signal: AbortSignal): Promise<GeoPlace[]> => {
      for (let waits = 0; ; waits++) {
        try {
          return await geocodeSearch(conn, text, CANDIDATES, signal);
        } catch (e) {
          if (!isApiError(e) || e.status !== 429 || waits >= MAX_WAITS) throw e;
          await sleep(e.retryAfterMs ?? NOMINATIM_GAP_MS, signal);
          if (signal.aborted) throw e;
        }
      }
    },
    [conn],
  );

  const start = useCallback(async () => {
    if (!settings || settings.provider === 'none' || abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    const gap = gapOf(settings);
    let s = withLocationColumns(flow, latest.current);
    const using = geocodeLinks(flow, s.mapping);
    s = { ...s, geocode: { ...(s.geocode ?? EMPTY_GEOCODE), running: true } };
    const first = fillFound(s, using, skip);
    commit(first.session, first.changed);
    const work = geocodeWork(using, first.session.rows, first.session.geocode!.answers, skip);
    let done = 0;
    setRun({ phase: 'running', done, total: work.addresses.size });
    try {
      for (const [key, text] of work.addresses) {
        if (done > 0) await sleep(gap, controller.signal);
        if (controller.signal.aborted) break;
        const places = await ask(text, controller.signal);
        const now = latest.current;
        const geo = now.geocode ?? EMPTY_GEOCODE;
        const answered = { ...now, geocode: { ...geo, answers: { ...geo.answers, [key]: places } } };
        const next = fillFound(answered, using, skip, key);
        commit(next.session, next.changed);
        setRun({ phase: 'running', done: ++done, total: work.addresses.size });
      }
      setRun({ phase: 'idle' });
    } catch (e) {
      setRun(
        controller.signal.aborted
          ? { phase: 'idle' }
          : { phase: 'error', message: searchFailure(t, e, conn.baseUrl) },
      );
    } finally {
      abort.current = null;
      stopped();
    }
  }, [settings, flow, skip, commit, ask, stopped, t, conn.baseUrl]);

  const cancel = useCallback(() => {
    abort.current?.abort();
    setRun({ phase: 'idle' });
  }, []);

  // A run the page left behind (a reload, a closed tab) goes on once the rows are checked again.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current || !ready || !settings || !session.geocode?.running) return;
    resumed.current = true;
    void start();
  }, [ready, settings, session.geocode?.running, start]);

  return { links, settings, run, start, cancel };
}
