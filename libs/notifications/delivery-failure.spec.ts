import { MailDeliveryError } from './delivery-failure';

describe('MailDeliveryError', () => {
  it('keeps the relay’s reason but no mail address', () => {
    const cause = Object.assign(
      new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <kim.holm@example.dk>: Recipient address rejected"),
      { code: 'EENVELOPE' },
    );
    expect(new MailDeliveryError(cause).message).toBe(
      "EENVELOPE: Can't send mail - all recipients were rejected: 550 5.1.1 <<address>>: Recipient address rejected",
    );
  });

  it('tells a refusal for good (5xx) from one worth retrying', () => {
    const rejected = (responseCode: number) =>
      new MailDeliveryError(Object.assign(new Error('rejected'), { code: 'EENVELOPE', responseCode }));
    expect(rejected(550).permanent).toBe(true);
    expect(rejected(451).permanent).toBe(false);
    expect(new MailDeliveryError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).permanent).toBe(false);
  });

  it('names a connection failure by its code once', () => {
    expect(new MailDeliveryError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1025'), { code: 'ECONNREFUSED' })).message).toBe(
      'connect ECONNREFUSED 127.0.0.1:1025',
    );
  });

  it('fits what the outbox keeps', () => {
    expect(new MailDeliveryError(new Error('x'.repeat(2000))).message).toHaveLength(500);
    expect(new MailDeliveryError('plain').message).toBe('plain');
  });
});
