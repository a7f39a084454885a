/// <reference types="vite/client" />
/**
 * Translations. Every string the officer reads goes through `t()` (react-i18next's
 * `useTranslation(ns)` in components, `i18n.t()` elsewhere), so English and Spanish stay whole.
 *
 * Adding strings: put the key in BOTH locales/en/<ns>.json and locales/es/<ns>.json (a unit
 * test, tests/unit/i18n-keys.test.ts, fails when the two differ). Counts use i18next's plural
 * suffixes: `"members_one": "{{count}} member"`, `"members_other": "{{count}} members"`, called as
 * `t('members', { count })`; numbers inside are formatted for the language. One namespace per
 * feature: common (shared words, shell, errors), vault, roll, officers, settings, and meetings,
 * which belongs to the meetings UI (src/renderer/src/minutes/). A new namespace is a new pair of
 * JSON files: they are picked up below without editing this file (add its type to
 * CustomTypeOptions too). Keys are type-checked against the English files, so a typo fails
 * `tsc`; a key built from data needs a literal union, e.g. t(`status.${status}`).
 *
 * Resources are bundled into the renderer at build time: nothing is fetched, ever.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/contract';
import type campaigns from './locales/en/campaigns.json';
import type committee from './locales/en/committee.json';
import type common from './locales/en/common.json';
import type meetings from './locales/en/meetings.json';
import type officers from './locales/en/officers.json';
import type places from './locales/en/places.json';
import type roll from './locales/en/roll.json';
import type settings from './locales/en/settings.json';
import type vault from './locales/en/vault.json';

export const LANGUAGES: readonly Language[] = ['en', 'es'];
/** Each language named in itself, for the language choice. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

type Bundle = Record<string, unknown>;
const files = import.meta.glob<Bundle>('./locales/*/*.json', { eager: true, import: 'default' });

const resources: Record<string, Record<string, Bundle>> = {};
for (const [path, bundle] of Object.entries(files)) {
  const [, language, namespace] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (!language || !namespace) continue;
  (resources[language] ??= {})[namespace] = bundle;
}

export const NAMESPACES = Object.keys(resources.en ?? {});

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      vault: typeof vault;
      roll: typeof roll;
      officers: typeof officers;
      settings: typeof settings;
      meetings: typeof meetings;
      places: typeof places;
      campaigns: typeof campaigns;
      committee: typeof committee;
    };
  }
}

/** The system's language when the officer has not chosen one yet (English unless it is Spanish). */
export function systemLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export const i18n: I18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: systemLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: NAMESPACES,
  defaultNS: 'common',
  // React escapes what it renders; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
document.documentElement.lang = i18n.language;

/** Switches every mounted screen to `language`, and tells screen readers which voice to use. */
export function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18n.language === 'es' ? 'es' : 'en';
}
