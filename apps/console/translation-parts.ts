import type { Plugin } from 'vite';
import { STAFF_SECTIONS } from './src/i18n/staff-sections';

const PART = /\/i18n\/(?:da|en)\.json\?(phone|staff)$/;

/**
 * `./da.json?phone` is da.json without the coordinators' sections, `./da.json?staff` those sections alone (likewise en.json):
 * one file per language to edit, two parts to load (i18n.ts).
 */
export function translationParts(): Plugin {
  return {
    name: 'translation-parts',
    enforce: 'pre',
    transform(code, id) {
      const part = PART.exec(id)?.[1];
      if (!part) return null;
      const texts = Object.entries(JSON.parse(code) as Record<string, unknown>);
      const kept = texts.filter(([section]) => STAFF_SECTIONS.includes(section) === (part === 'staff'));
      return { code: JSON.stringify(Object.fromEntries(kept)), map: null };
    },
  };
}
