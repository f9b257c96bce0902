import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SheetRow } from '../../../flow/import/types';
import { useT } from '../../../i18n/i18n';
import { cellText } from '../io/to-sheet';
import { CellEditor } from './GridCell';
import { moveBy, type Pos } from './grid-keys';

export interface RowView {
  state: 'checking' | 'valid' | 'invalid' | 'created' | 'refused';
  statusText: string;
  taskId?: string;
  /** the messages of each data column (by index); key -1: the row as a whole */
  messages: ReadonlyMap<number, string[]>;
  editable: boolean;
  /** the POST /task body the row makes, once checked */
  body?: Record<string, unknown>;
  /** how its location was found from its address (or why not): a short badge and its detail */
  badge?: string;
  badgeTone?: 'found' | 'warn';
  note?: string;
}

export interface GridColumn {
  /** the column as named in the file (letter and title) */
  name: string;
  /** the field it fills, or null when not imported */
  target: string | null;
  /** the body key whose value the column's cell becomes, where showing it helps (not the hub's id) */
  key?: string;
}

/** What a cell becomes in the body, as text, when that differs from what the cell shows. */
function sentAs(view: RowView | undefined, column: GridColumn | undefined, shown: string): string | null {
  if (!view?.body || !column?.key || !Object.hasOwn(view.body, column.key)) return null;
  const value = view.body[column.key];
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return text === shown.trim() ? null : text;
}

interface Props {
  label: string;
  columns: readonly GridColumn[];
  rows: readonly SheetRow[];
  view(line: number): RowView;
  /** re-render when this changes (results are read through `view`) */
  version: unknown;
  onEdit(line: number, col: number, text: string): void;
  onDelete(line: number): void;
  onOpenTask(taskId: string): void;
}

const ROW_HEIGHT = 44;
/** A box not laid out (jsdom, a hidden tab) still shows a first screenful. */
const UNMEASURED_HEIGHT = 560;

/**
 * The review grid: a table with the grid role, one tab stop (the active cell), arrow keys between cells,
 * Enter or typing to edit in place. Only the rows in view (and a few around them) are in the DOM.
 */
export function ImportGrid({ label, columns, rows, view, onEdit, onDelete, onOpenTask }: Props) {
  const t = useT();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<Pos>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ row: number; col: number; initial: string } | null>(null);
  const focusWanted = useRef(false);
  const colCount = columns.length + 3; // row number, status, the columns, delete
  const at: Pos = {
    row: Math.min(active.row, Math.max(rows.length - 1, 0)),
    col: Math.min(active.col, colCount - 1),
  };

  // The virtualizer's functions change on every scroll; this component is simply not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => box.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollPaddingStart: ROW_HEIGHT,
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_HEIGHT }),
      ),
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    if (!focusWanted.current || editing) return;
    const el = table.current?.querySelector<HTMLElement>(`[data-pos="${at.row}:${at.col}"]`);
    if (el) {
      focusWanted.current = false;
      el.focus({ preventScroll: false });
    } else virtualizer.scrollToIndex(at.row);
  });

  const go = (pos: Pos) => {
    focusWanted.current = true;
    setActive(pos);
  };
  const dataCol = (col: number) => (col >= 2 && col < columns.length + 2 ? col - 2 : null);

  const startEdit = (row: number, col: number, initial?: string) => {
    const line = rows[row]?.line;
    const c = dataCol(col);
    if (line === undefined || c === null || !view(line).editable) return;
    setEditing({ row, col, initial: initial ?? cellText(rows[row]?.cells[c] ?? null) });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing || !(e.target instanceof HTMLElement) || !e.target.dataset.pos) return;
    const next = moveBy(e.key, e.ctrlKey || e.metaKey, at, rows.length, colCount);
    if (next) {
      e.preventDefault();
      go(next);
      return;
    }
    const c = dataCol(at.col);
    const line = rows[at.row]?.line;
    if (c === null || line === undefined || e.target.tagName === 'BUTTON') return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEdit(at.row, at.col);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && view(line).editable) {
      e.preventDefault();
      onEdit(line, c, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(at.row, at.col, e.key);
    }
  };

  const tab = (row: number, col: number) => (row === at.row && col === at.col ? 0 : -1);
  const pos = (row: number, col: number) => ({
    'data-pos': `${row}:${col}`,
    tabIndex: tab(row, col),
    onFocus: () => {
      if (row !== at.row || col !== at.col) setActive({ row, col });
    },
  });
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start : 0;
  const after = last ? virtualizer.getTotalSize() - last.end : 0;
  const activeLine = rows[at.row]?.line;
  const activeView = activeLine === undefined ? undefined : view(activeLine);
  const activeCol = dataCol(at.col);
  const sent =
    activeCol === null
      ? null
      : sentAs(activeView, columns[activeCol], cellText(rows[at.row]?.cells[activeCol] ?? null));
  // The focused cell's own messages first, then the rest of its row's, each named by its column.
  const panel: string[] = [];
  if (activeView) {
    const own = activeCol === null ? [] : (activeView.messages.get(activeCol) ?? []);
    panel.push(...own);
    for (const [col, list] of activeView.messages) {
      if (col === activeCol) continue;
      const where = col < 0 ? null : (columns[col]?.name ?? '');
      for (const m of list) panel.push(where === null ? m : `${where}: ${m}`);
    }
  }
  return (
    <div className="import-grid">
      <div className="grid-box" ref={box}>
        {/* Arrow keys move between cells: the keys are handled for the whole table (APG grid). */}
        <table
          ref={table}
          role="grid"
          aria-label={label}
          aria-rowcount={rows.length + 1}
          aria-colcount={colCount}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr role="row" aria-rowindex={1}>
              <th scope="col" role="columnheader">
                {t('import.grid.row')}
              </th>
              <th scope="col" role="columnheader">
                {t('import.grid.status')}
              </th>
              {columns.map((c, i) => (
                <th key={i} scope="col" role="columnheader">
                  <span className="grid-col-name">{c.name}</span>
                  <span className="grid-col-target">{c.target ?? t('import.mapping.notImported')}</span>
                </th>
              ))}
              <th scope="col" role="columnheader">
                <span className="visually-hidden">{t('import.grid.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {before > 0 ? (
              <tr aria-hidden="true" className="grid-spacer" style={{ height: before }}>
                <td colSpan={colCount} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const r = item.index;
              const v = view(row.line);
              const rowMessages = v.messages.get(-1) ?? [];
              const statusId = `${id}-s-${row.line}`;
              return (
                <tr key={row.line} role="row" aria-rowindex={r + 2} className={`grid-row grid-${v.state}`}>
                  <th scope="row" role="rowheader" {...pos(r, 0)}>
                    {row.line}
                  </th>
                  <td
                    role="gridcell"
                    className="grid-status"
                    aria-describedby={rowMessages.length > 0 ? statusId : undefined}
                    {...(v.taskId ? { 'data-pos': undefined } : pos(r, 1))}
                  >
                    {v.taskId ? (
                      <>
                        {v.statusText}{' '}
                        <button
                          type="button"
                          className="link-button task-id"
                          {...pos(r, 1)}
                          aria-label={t('import.grid.openTask', { id: v.taskId })}
                          onClick={() => v.taskId && onOpenTask(v.taskId)}
                        >
                          {v.taskId}
                        </button>
                      </>
                    ) : (
                      v.statusText
                    )}
                    {v.badge ? (
                      <span className={`grid-badge grid-badge-${v.badgeTone ?? 'found'}`} title={v.note}>
                        {v.badge}
                      </span>
                    ) : null}
                    {rowMessages.length > 0 ? (
                      <span id={statusId} hidden>
                        {rowMessages.join(' ')}
                      </span>
                    ) : null}
                  </td>
                  {columns.map((_, c) => {
                    const col = c + 2;
                    const messages = v.messages.get(c) ?? [];
                    const msgId = `${id}-m-${row.line}-${c}`;
                    if (editing && editing.row === r && editing.col === col) {
                      return (
                        <td key={c} role="gridcell" className="grid-cell grid-editing">
                          <CellEditor
                            label={t('import.grid.editLabel', {
                              column: columns[c]?.name ?? '',
                              line: row.line,
                            })}
                            initial={editing.initial}
                            onCommit={(text) => {
                              setEditing(null);
                              focusWanted.current = true;
                              onEdit(row.line, c, text);
                            }}
                            onCancel={() => {
                              setEditing(null);
                              focusWanted.current = true;
                            }}
                          />
                        </td>
                      );
                    }
                    const text = cellText(row.cells[c] ?? null);
                    return (
                      <td
                        key={c}
                        role="gridcell"
                        className={messages.length > 0 ? 'grid-cell grid-invalid' : 'grid-cell'}
                        aria-invalid={messages.length > 0 ? true : undefined}
                        aria-describedby={messages.length > 0 ? msgId : undefined}
                        aria-readonly={v.editable ? undefined : true}
                        title={messages.length > 0 ? messages.join('\n') : undefined}
                        onDoubleClick={() => startEdit(r, col)}
                        {...pos(r, col)}
                      >
                        <span className="grid-value">{text}</span>
                        {messages.length > 0 ? (
                          <span className="grid-flag" aria-hidden="true">
                            !
                          </span>
                        ) : null}
                        {messages.length > 0 ? (
                          // hidden: the cell's description (aria-describedby reads hidden text), not its name
                          <span id={msgId} hidden>
                            {messages.join(' ')}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                  <td role="gridcell" className="grid-actions">
                    {v.editable ? (
                      <button
                        type="button"
                        className="button button-small"
                        {...pos(r, colCount - 1)}
                        aria-label={t('import.grid.deleteRow', { line: row.line })}
                        onClick={() => onDelete(row.line)}
                      >
                        {t('import.grid.delete')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
            {after > 0 ? (
              <tr aria-hidden="true" className="grid-spacer" style={{ height: after }}>
                <td colSpan={colCount} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <div className="grid-panel" id={`${id}-panel`}>
        {activeLine === undefined ? null : (
          <>
            <p className="grid-panel-where">
              {activeCol === null
                ? t('import.grid.panelRow', { line: activeLine })
                : t('import.grid.panelCell', { line: activeLine, column: columns[activeCol]?.name ?? '' })}
            </p>
            {sent === null ? null : (
              <p className="grid-panel-sent">{t('import.grid.sentAs', { value: sent })}</p>
            )}
            {activeView?.note ? <p className="grid-panel-note">{activeView.note}</p> : null}
            {panel.length > 0 ? (
              <ul className="grid-panel-messages">
                {panel.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{activeView?.statusText}</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
