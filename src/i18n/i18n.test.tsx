import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCoordinates } from '../flow/coordinates';
import type { MessageKey } from '../flow/types';
import { en } from './en';
import { I18nProvider, initialLanguage, useLanguage, useT, validationMessage, type MessageId } from './i18n';
import { id } from './id';
import './import';
import { importEn } from './import-en';
import { importId } from './import-id';
import './outbox';
import { outboxEn } from './outbox-en';
import { outboxId } from './outbox-id';
import './work';
import { workEn } from './work-en';
import { workId } from './work-id';

const EN: Record<MessageId, string> = { ...en, ...workEn, ...importEn, ...outboxEn };
const ID: Record<MessageId, string> = { ...id, ...workId, ...importId, ...outboxId };

function Probe() {
  const t = useT();
  const { lang, setLang } = useLanguage();
  return (
    <>
      <p>{t('result.heading')}</p>
      <p>{lang}</p>
      <button type="button" onClick={() => setLang(lang === 'en' ? 'id' : 'en')}>
        switch
      </button>
    </>
  );
}

// Only our own spies: the console.error guard of the test setup restores its spy itself.
const spies: { mockRestore(): void }[] = [];
const browserLanguage = (lang: string) =>
  spies.push(vi.spyOn(navigator, 'language', 'get').mockReturnValue(lang));
afterEach(() => spies.splice(0).forEach((s) => s.mockRestore()));

describe('dictionaries', () => {
  it('have the same keys and no empty text', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(id)) expect(text, key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(EN) as MessageId[]) expect(names(ID[key]), key).toEqual(names(EN[key]));
  });
});

describe('language', () => {
  it('defaults to Indonesian for an Indonesian browser and to English otherwise', () => {
    browserLanguage('id-ID');
    expect(initialLanguage()).toBe('id');
    browserLanguage('en-US');
    expect(initialLanguage()).toBe('en');
    browserLanguage('nl');
    expect(initialLanguage()).toBe('en');
  });

  it('switches, sets the page language, and is remembered', async () => {
    browserLanguage('en-GB');
    const user = userEvent.setup();
    const { unmount } = render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('Task created')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'switch' }));
    expect(screen.getByText('Tugas dibuat')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('id');
    unmount();
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('Tugas dibuat')).toBeInTheDocument();
  });
});

describe('validationMessage', () => {
  const keys: MessageKey[] = [
    'required',
    'text',
    'number',
    'unit',
    'unitRequired',
    'phone',
    'url',
    'date',
    'datetime',
    'time',
    'coordinates',
    'coordinatesZero',
    'option',
    'minChoices',
    'maxChoices',
    'array',
    'email',
    'assigneeNotInHub',
    'endBeforeStart',
    'unknownFlow',
    'unknownHub',
    'unknownField',
    'reservedKey',
    'notAnObject',
    'cellDate',
    'cellDatetime',
    'cellTime',
    'unknownHubName',
    'ambiguousHub',
    'unknownAssignee',
    'ambiguousAssignee',
  ];

  it('has a text for every message key in both languages, with no placeholder left over', () => {
    const tEn = (k: MessageId, p?: Record<string, string | number>) =>
      EN[k].replace(/\{(\w+)\}/g, (_, n: string) => String(p?.[n] ?? `{${n}}`));
    for (const key of keys) {
      const text = validationMessage(
        tEn,
        {
          field: 'weight',
          code: 'task-001',
          key,
          params: { min: 1, max: 2, options: 'A, B', value: 'Jakarta' },
        },
        'Weight',
      );
      expect(text, key).not.toMatch(/\{\w+\}/);
      expect(ID[`validation.${key}`], key).toBeTruthy();
    }
  });

  it('names the field by its title, in the chosen language', () => {
    function Show() {
      const t = useT();
      return (
        <p>{validationMessage(t, { field: 'field1', code: 'task-001', key: 'required' }, 'Customer name')}</p>
      );
    }
    render(
      <I18nProvider lang="id">
        <Show />
      </I18nProvider>,
    );
    expect(screen.getByText('Kolom Customer name wajib diisi.')).toBeInTheDocument();
  });

  it('falls back to the body key when no title is known, and joins option lists', () => {
    const t = (k: MessageId, p?: Record<string, string | number>) =>
      EN[k].replace(/\{(\w+)\}/g, (_, n: string) => String(p?.[n]));
    const params = { options: ['KG', 'G'] } as unknown as Record<string, string>;
    expect(validationMessage(t, { field: 'weight_unit', code: 'task-017', key: 'unit', params })).toBe(
      'Choose one of the units of weight_unit: KG, G.',
    );
  });
});

describe('the coordinate forms the texts show as examples', () => {
  it('are all read as the same place, in both languages', () => {
    const keys = ['validation.coordinates', 'location.hint', 'location.hintTouch'] as const;
    for (const dict of [EN, ID])
      for (const key of keys) {
        const examples = [...dict[key].matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');
        expect(examples.length, key).toBeGreaterThanOrEqual(2);
        for (const example of examples)
          expect(readCoordinates(example), example).toMatchObject({ ok: true, wire: '-6.2,106.8' });
      }
  });
});
