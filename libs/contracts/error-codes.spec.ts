import { REFUSALS } from '../../workflows/refusals';
import { API_ERRORS } from './api-errors';
import { exampleParams } from '../../test/support/error-code-examples';
import { ERROR_CODES, ERROR_TEMPLATES, errorText, textOf } from './error-codes';
import { FIELD_PROBLEMS, POLICY_PROBLEMS } from './problem-codes';

const WORDED = new Set(['thing', 'gender', 'action', 'level', 'subject']);

describe('error codes', () => {
  it('are kebab-case and each defined once across the registries', () => {
    const defined = [API_ERRORS, FIELD_PROBLEMS, POLICY_PROBLEMS, REFUSALS].flatMap((registry) => Object.keys(registry));
    expect(new Set(defined).size).toBe(defined.length);
    expect([...ERROR_CODES].sort()).toEqual([...defined].sort());
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('each render a sentence from their parameters, naming every one', () => {
    for (const code of ERROR_CODES) {
      const params = exampleParams(code);
      expect(ERROR_TEMPLATES[code].length).toBe(params ? 1 : 0);
      const text = textOf(code, params);
      expect(text).toMatch(/^\S.*\S$/);
      expect(text).not.toContain('[object');
      // class-validator's own wording of `required` says "undefined"; no other text may.
      if (code !== 'required') expect(text).not.toContain('undefined');
      // Enum values a template words (a thing, an action) and flags it reads are not shown as given.
      const shown = Object.entries(params ?? {}).filter(([name, value]) => !WORDED.has(name) && typeof value !== 'boolean');
      for (const value of shown.flatMap(([, value]) => [value].flat())) expect(`${code}: ${text}`).toContain(String(value));
    }
  });

  it('say what the API said before they had codes', () => {
    expect(errorText('no-free-slot', { taken: 20, capacity: 20 })).toBe('the mentor has no free slot (20 of 20 taken)');
    expect(errorText('wrong-phase', { subject: 'mentor', phase: 'applied', needed: ['awaiting-approval'] })).toBe(
      'the mentor is applied; this needs awaiting-approval',
    );
    expect(errorText('not-an-owner', { action: 'acknowledge', level: 'panel' })).toBe(
      'only the panel members it was given to can acknowledge it; it is with the panel now',
    );
    expect(errorText('not-found', { thing: 'program', id: 'p' })).toBe('program p does not exist');
    expect(errorText('not-found', { thing: 'young-person', id: 'y' })).toBe('no such young person: y');
    expect(errorText('contains-nul', { inName: true })).toBe('its name must not contain the NUL character (U+0000)');
  });
});
