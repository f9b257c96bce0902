import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Connection } from '../../../api/connection';
import { geocodeSearch } from '../../../api/geocode-places';
import { withCoordinates, type GeocodeLink, type GeoPlace } from '../../../flow/import/geocode';
import { rowChecker } from '../../../flow/import/check-row';
import type { ImportLists, ImportTarget, SheetRow } from '../../../flow/import/types';
import type { FlowSpec } from '../../../flow/types';
import { localeOf, useLanguage, useT } from '../../../i18n/i18n';
import { Alert } from '../../../ui/Alert';
import { parseCoordinates } from '../../../flow/coordinates';
import { GeocodePanel } from '../geocode/GeocodePanel';
import { PlaceFixer, type FixItem } from '../geocode/PlaceFixer';
import { isUnplaced, placeRow, rowPlace, type RowPlace } from '../geocode/row-place';
import { CANDIDATES, searchFailure, useGeocodeRun } from '../geocode/use-geocode-run';
import { columnName, targetLabel } from '../mapping/target-label';
import { SendProgressView } from '../session/SendProgressView';
import type { ImportSession } from '../session/types';
import { useImportSender } from '../session/use-import-sender';
import { FailedRowsDownload } from './FailedRowsDownload';
import { ImportGrid, type GridColumn } from './ImportGrid';
import { placeNote, rowView } from './row-view';
import { useRowChecks } from './use-row-checks';

interface Props {
  conn: Connection;
  flow: FlowSpec;
  lists: ImportLists;
  targets: readonly ImportTarget[];
  session: ImportSession;
  setSession(s: ImportSession): void;
  /** a state the sender has already saved */
  showSaved(s: ImportSession): void;
  onBack(): void;
  onFinish(): void;
  onOpenTask(taskId: string): void;
}

type Outgoing = { line: number; body: Record<string, unknown> }[];

/** Every row checked, shown in the grid to fix in place, then sent; the server's answer lands on each row. */
/** The body key a column's value lands in, for showing what a cell is sent as. */
function sentKey(target: ImportTarget): string | undefined {
  if (target.role === 'lat' || target.role === 'lng') return target.field?.id;
  return target.id === 'hubId' ? undefined : target.id;
}

export function ReviewStep({ conn, flow, lists, targets, session, setSession, showSaved, ...p }: Props) {
  const t = useT();
  const { lang } = useLanguage();
  const n = (x: number) => x.toLocaleString(localeOf(lang));
  const id = useId();
  const check = useMemo(() => rowChecker(flow, session.mapping, lists), [flow, session.mapping, lists]);
  const checks = useRowChecks(check, session.rows);
  const sender = useImportSender(session, showSaved);
  const sending = sender.progress?.state === 'sending' || sender.progress?.state === 'waiting';
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [onlyUnplaced, setOnlyUnplaced] = useState(false);
  const outgoing = useRef<Outgoing | null>(null);
  const byId = useMemo(() => new Map(targets.map((x) => [x.id, x])), [targets]);
  const { results, mapping, rows } = session;

  const created = useCallback((line: number) => session.results[line]?.ok === true, [session.results]);
  const geo = useGeocodeRun({
    conn,
    flow,
    session,
    setSession,
    recheck: (list) => list.forEach((row) => checks.recheck(row)),
    skip: created,
    ready: checks.complete,
  });
  const geocoding = geo.run.phase === 'running';
  const places = useMemo(() => {
    const out = new Map<number, RowPlace>();
    if (geo.links.length === 0) return out;
    for (const row of rows) {
      const place = created(row.line) ? null : rowPlace(geo.links, row, session.geocode);
      if (place) out.set(row.line, place);
    }
    return out;
  }, [geo.links, rows, session.geocode, created]);
  const placeCounts = useMemo(() => {
    const c = { pending: 0, found: 0, unplaced: 0 };
    for (const place of places.values())
      if (place.kind === 'pending') c.pending++;
      else if (place.kind === 'found') c.found++;
      else c.unplaced++;
    return c;
  }, [places]);
  const fixItems: FixItem[] = useMemo(
    () =>
      rows.flatMap((r) => {
        const place = places.get(r.line) ?? null;
        return isUnplaced(place) ? [{ ...place, line: r.line }] : [];
      }),
    [rows, places],
  );

  const sentLines = useMemo(() => new Set(session.chunks.flatMap((c) => c.lines)), [session.chunks]);
  const counts = useMemo(() => {
    let valid = 0;
    let invalid = 0;
    let created = 0;
    let refused = 0;
    for (const r of rows) {
      const res = results[r.line];
      if (res?.ok) created++;
      else if (res) refused++;
      const c = checks.results.get(r.line);
      if (!res?.ok && c) {
        if (c.errors.length > 0) invalid++;
        else valid++;
      }
    }
    return { valid, invalid, created, refused };
    // checks.version marks a change inside checks.results
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, results, checks.version]);

  /** Rows ready to send: checked without errors and not created (refused ones are sent again). */
  const sendable = (): Outgoing =>
    rows.flatMap((r) => {
      const c = checks.results.get(r.line);
      return c && c.errors.length === 0 && results[r.line]?.ok !== true
        ? [{ line: r.line, body: c.body }]
        : [];
    });

  // Sending starts once the session saying so is the one the sender holds.
  useEffect(() => {
    const list = outgoing.current;
    if (list && session.step === 'send') {
      outgoing.current = null;
      sender.start(list);
    }
  }, [session.step, sender]);
  const send = (list: Outgoing) => {
    outgoing.current = list;
    setSession({ ...session, step: 'send' });
  };

  // An import that was sending when the page went away goes on where it stopped, once its rows are checked.
  const resumed = useRef(session.step === 'send' || session.chunks.some((c) => c.state === 'sending'));
  useEffect(() => {
    if (!resumed.current || !checks.complete) return;
    resumed.current = false;
    send(sendable().filter((r) => !sentLines.has(r.line)));
    // once, when the checks of a resumed import are complete
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checks.complete]);

  const finished = sender.progress?.state;
  useEffect(() => {
    if (finished === 'done' || finished === 'stopped' || finished === 'error')
      setSession({ ...session, step: finished === 'done' ? 'done' : 'review' });
    // when the sender stops, with the session it last saved
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished]);

  const ctx = { t, mapping, targets: byId, sending };
  const view = (line: number) => {
    const v = rowView(ctx, checks.results.get(line), results[line]);
    const place = places.get(line);
    return place && v.state !== 'created' ? { ...v, ...placeNote(t, place) } : v;
  };
  // Not through view(): this runs over every row on each render while 10,000 are being checked.
  const needsWork = (line: number) => {
    const res = results[line];
    return res ? !res.ok : (checks.results.get(line)?.errors.length ?? 0) > 0;
  };
  const shown = rows.filter(
    (r) => (!onlyErrors || needsWork(r.line)) && (!onlyUnplaced || isUnplaced(places.get(r.line) ?? null)),
  );
  const columns: GridColumn[] = session.header.map((_, i) => {
    const target = byId.get(mapping[i] ?? '');
    const name = columnName(t, session.header, i);
    return target ? { name, target: targetLabel(t, target), key: sentKey(target) } : { name, target: null };
  });

  const edit = (line: number, col: number, text: string) => {
    const at = rows.findIndex((r) => r.line === line);
    const row = rows[at];
    if (!row) return;
    const next: SheetRow = {
      line,
      cells: row.cells.map((c, i) => (i === col ? (text.trim() === '' ? null : text) : c)),
    };
    const nextResults = { ...results };
    if (nextResults[line]?.ok === false) delete nextResults[line]; // its refusal was about the old value
    setSession({ ...session, rows: rows.with(at, next), results: nextResults });
    checks.recheck(next);
  };
  const replaceRow = (next: ImportSession, row: SheetRow | null) => {
    setSession(next);
    if (row) checks.recheck(row);
  };
  const pick = (line: number, link: GeocodeLink, place: GeoPlace) => {
    const done = placeRow(session, line, link, place);
    replaceRow(done.session, done.row);
  };
  const typeCoordinates = (line: number, link: GeocodeLink, text: string) => {
    const at = rows.findIndex((r) => r.line === line);
    const point = parseCoordinates(text);
    const old = rows[at];
    if (!old || !point) return;
    const row: SheetRow = { line, cells: withCoordinates(link, old.cells, point) };
    replaceRow({ ...session, rows: rows.with(at, row) }, row);
  };
  const remove = (line: number) => {
    setSession({ ...session, rows: rows.filter((r) => r.line !== line) });
    checks.forget(line);
  };
  const addRow = () => {
    const line = rows.reduce((m, r) => Math.max(m, r.line), 1) + 1;
    const row: SheetRow = { line, cells: session.header.map(() => null) };
    setSession({ ...session, rows: [...rows, row] });
    checks.recheck(row);
  };

  // the same count as sendable().length, without building 10,000 bodies' list on every render
  const ready = counts.valid;
  const anySent = Object.keys(results).length > 0;
  const failedLines = anySent ? rows.filter((r) => needsWork(r.line)) : [];
  return (
    <div className="import-review">
      <p className="import-counts" role="status" id={`${id}-counts`}>
        {checks.complete
          ? t('import.review.counts', { valid: n(counts.valid), invalid: n(counts.invalid) })
          : t('import.review.checking', { done: n(checks.results.size), total: n(rows.length) })}
        {anySent
          ? ` ${t('import.review.sentCounts', { created: n(counts.created), refused: n(counts.refused) })}`
          : ''}
      </p>
      {session.step === 'done' && counts.created === rows.length ? (
        <Alert tone="success">{t('import.review.allCreated', { n: n(counts.created) })}</Alert>
      ) : null}
      {sender.progress ? <SendProgressView progress={sender.progress} onCancel={sender.cancel} /> : null}
      {geo.links.length > 0 && checks.complete ? (
        <GeocodePanel
          settings={geo.settings}
          run={geo.run}
          pending={placeCounts.pending}
          found={placeCounts.found}
          unplaced={placeCounts.unplaced}
          location={geo.links[0]!.field.title}
          disabled={sending}
          onStart={() => void geo.start()}
          onCancel={geo.cancel}
        />
      ) : null}
      {fixItems.length > 0 && !geocoding && !sending ? (
        <PlaceFixer
          items={fixItems}
          canSearch={geo.settings?.provider !== 'none'}
          search={(text, signal) => geocodeSearch(conn, text, CANDIDATES, signal)}
          failure={(e) => searchFailure(t, e, conn.baseUrl)}
          onPick={pick}
          onCoordinates={typeCoordinates}
        />
      ) : null}
      <div className="import-toolbar">
        <label className="check">
          <input
            type="checkbox"
            checked={onlyErrors}
            onChange={(e) => setOnlyErrors(e.currentTarget.checked)}
          />
          {t('import.review.onlyErrors')}
        </label>
        {geo.links.length > 0 && session.geocode ? (
          <label className="check">
            <input
              type="checkbox"
              checked={onlyUnplaced}
              onChange={(e) => setOnlyUnplaced(e.currentTarget.checked)}
            />
            {t('import.review.onlyUnplaced', { n: n(fixItems.length) })}
          </label>
        ) : null}
        <button type="button" className="button button-small" disabled={sending} onClick={addRow}>
          {t('import.review.addRow')}
        </button>
      </div>
      <ImportGrid
        label={t('import.review.gridLabel', { flow: flow.name })}
        columns={columns}
        rows={shown}
        view={view}
        version={checks.version}
        onEdit={edit}
        onDelete={remove}
        onOpenTask={p.onOpenTask}
      />
      {onlyErrors && shown.length === 0 ? <p className="muted">{t('import.review.noErrors')}</p> : null}
      {onlyUnplaced && !onlyErrors && shown.length === 0 ? (
        <p className="muted">{t('import.review.allPlaced')}</p>
      ) : null}
      <p className="hint">{t('import.review.skipHint')}</p>
      <div className="actions">
        {anySent ? null : (
          <button type="button" className="button" disabled={sending} onClick={p.onBack}>
            {t('import.back')}
          </button>
        )}
        {sending || (anySent && ready === 0) ? null : (
          <button
            type="button"
            className="button button-primary"
            disabled={!checks.complete || ready === 0 || geocoding}
            onClick={() => send(sendable())}
          >
            {counts.refused > 0
              ? t('import.review.retry', { n: n(ready) })
              : t('import.review.create', { n: n(ready) })}
          </button>
        )}
        {anySent && failedLines.length > 0 ? (
          <FailedRowsDownload
            header={session.header}
            rows={failedLines}
            view={view}
            name={session.source.name}
          />
        ) : null}
        <button type="button" className="button" disabled={sending} onClick={p.onFinish}>
          {anySent ? t('import.review.finish') : t('import.review.cancel')}
        </button>
      </div>
    </div>
  );
}
