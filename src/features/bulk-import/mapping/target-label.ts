// What a person reads for a target: the component's own title, or our translated name for the task's
// own keys and for the halves and units of a field.
import type { ImportTarget } from '../../../flow/import/types';
import type { Translate } from '../../../i18n/i18n';

export function targetLabel(t: Translate, target: ImportTarget): string {
  const title = target.field?.title ?? target.title;
  switch (target.role) {
    case 'unit':
      return t('import.target.unit', { title });
    case 'lat':
      return t('import.target.lat', { title });
    case 'lng':
      return t('import.target.lng', { title });
    case 'meta':
      switch (target.id) {
        case 'hubId':
          return t('import.target.hubId');
        case 'assignee':
          return t('import.target.assignee');
        case 'startTime':
          return t('import.target.startTime');
        case 'endTime':
          return t('import.target.endTime');
        default:
          return target.title;
      }
    default:
      return title;
  }
}

/** A column as a person names it: its letter as in Excel, and its title when it has one. */
export function columnName(t: Translate, header: readonly string[], index: number): string {
  const letter = columnLetter(index);
  const title = header[index] ?? '';
  return title === '' ? t('import.column.untitled', { letter }) : t('import.column.named', { letter, title });
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
