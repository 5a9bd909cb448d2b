import { createHash } from 'node:crypto';

/**
 * A UUID that is always the same for the same words: the id of a demo
 * meeting, measurement or escalation, so a second run sends the same ids and
 * the engine recognises what it already has. Scoped by the program's id, so
 * two databases (or two test programs) never share one.
 */
export function demoId(...words: string[]): string {
  const hex = createHash('sha256').update(words.join('/')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
