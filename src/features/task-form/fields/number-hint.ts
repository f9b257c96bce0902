// What the person sees under a number as they type it: an amount written back in full (`Rp 250.000`), and
// for a number that could be read two ways, the way it was read and how to write the other.
import { formatNumberId, readNumber } from '../../../flow/numbers';
import type { FieldSpec } from '../../../flow/types';
import type { Translate } from '../../../i18n/i18n';
import { readOptionsOf } from '../model/form-values';

export function numberHint(t: Translate, field: FieldSpec, text: unknown): string | undefined {
  const read = readNumber(text, readOptionsOf(field));
  if (!read.ok || typeof text !== 'string') return undefined;
  if (field.kind === 'currency')
    return t('taskForm.amountReadAs', { amount: formatNumberId(read.value, true) });
  if (!read.ambiguous) return undefined;
  const value = formatNumberId(read.value, false);
  // The other reading is the English one, with `.` as the decimal mark: 1.500 → 1,5 and 1,500 → 1500.
  const mark = text.includes('.') ? '.' : ',';
  const other = readNumber(text, { decimal: '.' });
  const alternative = other.ok ? formatNumberId(other.value, false) : '';
  return mark === '.'
    ? t('taskForm.readAsThousands', { value, other: alternative })
    : t('taskForm.readAsDecimal', { value, other: alternative });
}
