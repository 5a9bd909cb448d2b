import { recordIds } from './record-ids';

describe('the ids a form sends its records under', () => {
  const counting = () => {
    let made = 0;
    return recordIds(() => `id-${(made += 1)}`);
  };

  it('sends the same content again under the id of the send that had no answer, so the API finds the record it stored', () => {
    const ids = counting();
    const meeting = { heldOn: '2026-12-06', minutes: 60, placeKind: 'walk' };
    expect(ids.idFor(meeting)).toBe('id-1');
    expect(ids.idFor({ ...meeting })).toBe('id-1');
  });

  it('gives other content an id of its own', () => {
    const ids = counting();
    ids.idFor({ minutes: 60 });
    expect(ids.idFor({ minutes: 90 })).toBe('id-2');
  });

  it('gives the same content a new id once its record was stored: a second meeting like the first is a meeting of its own', () => {
    const ids = counting();
    ids.idFor({ minutes: 60 });
    ids.stored();
    expect(ids.idFor({ minutes: 60 })).toBe('id-2');
  });

  it('sends a command under the same id as its Idempotency-Key, so a retry gets the first send’s answer', () => {
    const ids = counting();
    expect(ids.onceFor({ decision: 'extend' })).toEqual({ id: 'id-1', headers: { 'Idempotency-Key': 'id-1' } });
    expect(ids.onceFor({ decision: 'extend' }).headers['Idempotency-Key']).toBe('id-1');
  });
});
