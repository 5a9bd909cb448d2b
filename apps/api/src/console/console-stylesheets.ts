import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The stylesheets the built console's pages load (dkfds, trimmed to what the console uses, and the console's own rules), as
 * their `<link rel="stylesheet">`s in its index.html name them: for the pages the API writes itself, such as signing in, to look
 * like the console they lead to. Read at each call, as a new build names new files; none without a build (the API's own tests).
 */
export function consoleStylesheets(consoleDir: string): string[] {
  let index: string;
  try {
    index = readFileSync(join(consoleDir, 'index.html'), 'utf8');
  } catch {
    return [];
  }
  return [...index.matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .flatMap((tag) => /\bhref="(\/assets\/[^"]+\.css)"/.exec(tag)?.[1] ?? []);
}
