/** One dependency's health: 'ok', or why not. */
export type Check = 'ok' | string;

/** Whether the work succeeds within the time: 'ok', or its error's message (a timeout says so). */
export async function settle(work: Promise<unknown>, timeoutMs = 3000): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
  );
  try {
    await Promise.race([work, timeout]);
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  } finally {
    clearTimeout(timer);
  }
}
