import { allHandlersFinished, condition, defineUpdate, setHandler } from '@temporalio/workflow';

/** An update whose body is empty and whose handler does nothing: what a command costs the server and the worker, and no more. */
export const nothingUpdate = defineUpdate<void, [Record<string, never>]>('nothing');

export interface CeilingInput {
  /** Updates the workflow takes before it completes. */
  updates: number;
}

/** The ceiling's workflow: it takes its updates and completes. */
export async function ceiling({ updates }: CeilingInput): Promise<number> {
  let received = 0;
  setHandler(nothingUpdate, () => void (received += 1));
  await condition(() => received >= updates);
  await condition(allHandlersFinished);
  return received;
}
