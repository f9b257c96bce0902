import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { FieldError, MessageKey } from '../flow/types';
import { en } from './en';
import { id } from './id';
import type { importEn } from './import-en';
import type { outboxEn } from './outbox-en';
import type { workEn } from './work-en';

/**
 * Keys of the first screen (en.ts) and of the views loaded after it (work-en.ts, import-en.ts,
 * outbox-en.ts, registered by work.ts, import.ts and outbox.ts when their chunks load).
 */
export type MessageId = keyof typeof en | keyof typeof workEn | keyof typeof importEn | keyof typeof outboxEn;
export type Lang = 'en' | 'id';
export type Translate = (key: MessageId, params?: Record<string, string | number>) => string;

// Every validation key of src/flow must have a text: this line stops compiling when one is missing.
export type EveryValidationText = { [K in `validation.${MessageKey}`]: (typeof workEn)[K] };

export const LANGUAGES: readonly Lang[] = ['en', 'id'];
const LOCALES: Record<Lang, string> = { en: 'en-GB', id: 'id-ID' };

/** The locale dates and times are written in for `lang`. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** A clock time (hours and minutes) in `lang`'s locale: when a draft was saved, a task was kept. */
export function formatClock(date: Date | number, lang: Lang): string {
  return new Date(date).toLocaleTimeString(localeOf(lang), { hour: '2-digit', minute: '2-digit' });
}
// Filled further by registerMessages when a later screen's chunk loads; translators read them at call time.
const dictionaries: Record<Lang, Partial<Record<MessageId, string>>> = { en: { ...en }, id: { ...id } };

/** Adds the text of a screen loaded later (work.ts) to both languages. */
export function registerMessages(more: Record<Lang, Partial<Record<MessageId, string>>>): void {
  for (const lang of LANGUAGES) Object.assign(dictionaries[lang], more[lang]);
}
const STORAGE_KEY = 'taskComposer.lang';

/** The stored choice, else the browser's language ("id", "id-ID", and the legacy "in" mean Indonesian). */
export function initialLanguage(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'id') return stored;
  } catch {
    // storage can be blocked (private mode, policies): fall back to the browser language
  }
  const nav = typeof navigator === 'undefined' ? '' : navigator.language.toLowerCase();
  return /^(id|in)\b/.test(nav) ? 'id' : 'en';
}

export function format(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, params) => format(dict[key] ?? dictionaries.en[key] ?? key, params);
}

interface I18nValue {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? initialLanguage());
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t: translator(lang) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT/useLanguage must be used inside <I18nProvider>.');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLanguage(): { lang: Lang; setLang(lang: Lang): void } {
  const { lang, setLang } = useI18n();
  return { lang, setLang };
}

/** A src/flow FieldError in the current language; `title` is the field's label (else its params or key). */
export function validationMessage(t: Translate, e: FieldError, title?: string): string {
  const params: Record<string, string | number> = { ...e.params };
  for (const [k, v] of Object.entries(params)) if (Array.isArray(v)) params[k] = (v as unknown[]).join(', ');
  params.title = title ?? params.title ?? e.field;
  return t(`validation.${e.key}`, params);
}
