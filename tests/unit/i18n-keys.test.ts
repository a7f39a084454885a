/**
 * English and Spanish must say the same things: every key in one language is in the other,
 * with the same {{placeholders}}, so no screen falls back to English halfway through a sentence.
 * Plural forms differ by language (Spanish has "many"), so keys are compared without them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = join(__dirname, '../../src/renderer/src/i18n/locales');
const LANGUAGES = ['en', 'es'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${prefix}: not a string or an object`);
  for (const [key, child] of Object.entries(value)) {
    for (const [path, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(path, text);
  }
  return out;
}

function load(language: string, namespace: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]!).sort();

/** Base key → the placeholders its texts use (plural forms merged). */
function shape(strings: Map<string, string>): Map<string, string> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of strings) {
    const base = key.replace(PLURAL, '');
    const names = out.get(base) ?? new Set<string>();
    for (const name of placeholders(text)) names.add(name);
    out.set(base, names);
  }
  return new Map([...out].map(([key, names]) => [key, [...names].sort().join(',')]));
}

const namespaces = (language: string) =>
  readdirSync(join(LOCALES, language))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();

describe('translations', () => {
  it('have the same namespaces in every language', () => {
    expect(namespaces('es')).toEqual(namespaces('en'));
    expect(namespaces('en')).toEqual(expect.arrayContaining(['common', 'vault', 'roll', 'officers', 'settings', 'meetings']));
  });

  for (const namespace of namespaces('en')) {
    it(`${namespace}: Spanish has exactly the English keys, with the same placeholders`, () => {
      const [en, ...others] = LANGUAGES.map((language) => shape(load(language, namespace)));
      for (const other of others) {
        expect([...other.keys()].sort()).toEqual([...en!.keys()].sort());
        expect(Object.fromEntries(other)).toEqual(Object.fromEntries(en!));
      }
    });

    it(`${namespace}: every plural has its "other" form and no text is empty`, () => {
      for (const language of LANGUAGES) {
        const strings = load(language, namespace);
        for (const [key, text] of strings) {
          expect(text.trim(), `${language}/${namespace}: ${key}`).not.toBe('');
          const plural = PLURAL.exec(key);
          if (plural) expect(strings.has(key.replace(PLURAL, '_other')), `${language}/${namespace}: ${key}`).toBe(true);
        }
      }
    });
  }
});
