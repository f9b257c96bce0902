import { useId } from 'react';
import { LANGUAGES, useLanguage, useT, type Lang } from '../i18n/i18n';

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const NAMES: Record<Lang, string> = { en: 'English', id: 'Bahasa Indonesia' };

export function LanguageSwitch() {
  const t = useT();
  const id = useId();
  const { lang, setLang } = useLanguage();
  return (
    <div className="language">
      <label htmlFor={id}>{t('app.language')}</label>
      <select id={id} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
