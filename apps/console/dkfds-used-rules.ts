import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Rule } from 'postcss';
import type { Plugin } from 'vite';

// dkfds's stylesheet is 215 kB (30 kB gzipped), mostly utility classes (every margin and padding at every breakpoint), tables,
// date pickers and menus the console never shows: a phone's first load must stay under 150 kB (issue 29). At build time only
// the rules whose classes the console's sources name are kept; rules on elements alone (body, h1, input, …) all stay.

/** Every word in the console's pages and sources: a class the markup names is among them, as dkfds's classes are whole literals. */
function wordsOf(consoleDir: string): Set<string> {
  const words = new Set<string>();
  const read = (file: string) =>
    readFileSync(file, 'utf8')
      .match(/[\w-]+/g)
      ?.forEach((word) => words.add(word));
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(dir, entry.name));
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) read(join(dir, entry.name));
    }
  };
  readdirSync(consoleDir)
    .filter((name) => name.endsWith('.html'))
    .forEach((name) => read(join(consoleDir, name)));
  visit(join(consoleDir, 'src'));
  return words;
}

/** The classes a selector needs on the page; those under :not() need not be there for the rule to apply. */
function requiredClasses(selector: string): string[] {
  const positive = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '');
  return [...positive.matchAll(/\.((?:\\.|[\w-])+)/g)].map(([, name]) => name.replace(/\\/g, ''));
}

/** Drops the selectors naming a class the console never uses, and the rules and media queries left with none. */
export function keepUsedRules(css: string, used: Set<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule: Rule) => {
    const selectors = rule.selectors.filter((selector) => requiredClasses(selector).every((name) => used.has(name)));
    if (selectors.length === 0) rule.remove();
    else rule.selectors = selectors;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  return root.toString();
}

/** In a build, dkfds's stylesheet keeps only the rules for the classes the console names (the dev server serves it whole). */
export function dkfdsUsedRules(consoleDir: string): Plugin {
  return {
    name: 'dkfds-used-rules',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/dkfds\/dist\/css\/dkfds\.min\.css$/.test(id)) return null;
      return { code: keepUsedRules(code, wordsOf(consoleDir)), map: null };
    },
  };
}
