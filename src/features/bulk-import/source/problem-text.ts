// A ReadProblem as the sentence the person reads (decision 045).
import type { Translate } from '../../../i18n/i18n';
import type { ReadProblem } from '../io/read-problem';

export function problemText(t: Translate, p: ReadProblem, lang: string): string {
  switch (p.code) {
    case 'tooLarge':
      return t('import.problem.tooLarge', { max: p.maxMb });
    case 'tooManyRows':
      return t('import.problem.tooManyRows', {
        rows: p.rows.toLocaleString(lang),
        max: p.max.toLocaleString(lang),
      });
    case 'empty':
      return t('import.problem.empty');
    case 'noHeader':
      return t('import.problem.noHeader');
    case 'encrypted':
      return t('import.problem.encrypted');
    case 'corrupt':
      return t('import.problem.corrupt');
    case 'unsupported':
      return t('import.problem.unsupported');
    case 'encoding':
      return t('import.problem.encoding');
  }
}
