// What the grid shows of one row: its state, its status text and the messages on each of its cells,
// from the row's check and, once sent, the server's answer.
import type { CheckedRow, ColumnMapping, ImportTarget } from '../../../flow/import/types';
import { validationMessage, type Translate } from '../../../i18n/i18n';
import type { RowPlace } from '../geocode/row-place';
import type { RowResult } from '../session/types';
import { targetLabel } from '../mapping/target-label';
import type { RowView } from './ImportGrid';

export interface ViewContext {
  t: Translate;
  mapping: ColumnMapping;
  targets: ReadonlyMap<string, ImportTarget>;
  sending: boolean;
}

function add(messages: Map<number, string[]>, col: number, text: string) {
  const list = messages.get(col);
  if (list) list.push(text);
  else messages.set(col, [text]);
}

/** The column a body key was read from: the target itself, or the field a half or unit belongs to. */
function columnOf(mapping: ColumnMapping, targets: ReadonlyMap<string, ImportTarget>, key: string): number {
  const direct = mapping.indexOf(key);
  if (direct >= 0) return direct;
  return mapping.findIndex((m) => m !== null && targets.get(m)?.field?.id === key);
}

export function rowView(
  ctx: ViewContext,
  check: CheckedRow | undefined,
  result: RowResult | undefined,
): RowView {
  const { t, mapping, targets } = ctx;
  const messages = new Map<number, string[]>();
  if (result?.ok) {
    return {
      state: 'created',
      statusText: t('import.status.created'),
      taskId: result.taskId,
      messages,
      editable: false,
    };
  }
  for (const e of check?.errors ?? []) {
    const target = e.column === null ? undefined : targets.get(mapping[e.column] ?? '');
    const title = target ? targetLabel(t, target) : undefined;
    add(messages, e.column ?? -1, validationMessage(t, e.error, title));
  }
  if (result && !result.ok) {
    const keys = Object.entries(result.errors);
    for (const [key, list] of keys) for (const m of list) add(messages, columnOf(mapping, targets, key), m);
    if (keys.length === 0) add(messages, -1, result.message || t('import.status.refused'));
    return { state: 'refused', statusText: t('import.status.refused'), messages, editable: !ctx.sending };
  }
  if (!check)
    return { state: 'checking', statusText: t('import.status.checking'), messages, editable: !ctx.sending };
  const n = check.errors.length;
  const { body } = check;
  return n > 0
    ? {
        state: 'invalid',
        statusText: t('import.status.errors', { n }),
        messages,
        editable: !ctx.sending,
        body,
      }
    : { state: 'valid', statusText: t('import.status.ready'), messages, editable: !ctx.sending, body };
}

/** The badge and the detail of a row's location found (or not) from its address. */
export function placeNote(t: Translate, place: RowPlace): Pick<RowView, 'badge' | 'badgeTone' | 'note'> {
  if (place.kind === 'pending') return {};
  if (place.kind === 'found') {
    const precision = t(`import.precision.${place.place.precision}`);
    const where = [place.place.name, place.place.address].filter((x) => x !== '').join(', ');
    return {
      badge: t('import.place.foundBadge', { precision }),
      badgeTone: 'found',
      note: t('import.place.foundNote', { place: where, precision }),
    };
  }
  return {
    badge: t(`import.place.${place.kind}`),
    badgeTone: 'warn',
    note: t(`import.place.${place.kind}Note`, { address: place.address }),
  };
}
