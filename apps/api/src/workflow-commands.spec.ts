import { ConflictException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { ServiceError, WorkflowUpdateFailedError } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/common';
import { EngineBusyError } from '../../../libs/temporal-connection/engine-gate';
import { storeThenCommand, storeThenSignal } from './workflow-commands';

/** A row stored, and its undo, watched. */
const stored = () => {
  const undo = jest.fn(async () => undefined);
  return { undo, store: async () => undo };
};

describe('storeThenCommand', () => {
  it('keeps the row when the command is carried out', async () => {
    const { undo, store } = stored();
    await expect(storeThenCommand(store, async () => 'counted')).resolves.toBe('counted');
    expect(undo).not.toHaveBeenCalled();
  });

  it.each([
    ['its validator refused it', new WorkflowUpdateFailedError('refused', undefined)],
    ['the workflow has ended', new ConflictException('refused: the mentorship has ended (closed)')],
    ['the engine gate turned it away before it was sent', new EngineBusyError(1)],
  ])('undoes the row when the command was not applied (%s), and passes the refusal on', async (_, refusal) => {
    const { undo, store } = stored();
    await expect(storeThenCommand(store, () => Promise.reject(refusal))).rejects.toBe(refusal);
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('keeps the row when the command’s fate is open (the engine did not answer in time): it may still be carried out', async () => {
    const { undo, store } = stored();
    const timeout = new ServiceUnavailableException('the workflow engine did not answer in time');
    await expect(storeThenCommand(store, () => Promise.reject(timeout))).rejects.toBe(timeout);
    expect(undo).not.toHaveBeenCalled();
  });

  it('keeps a row it did not store (a retry found the first attempt’s), even when refused', async () => {
    const refusal = new WorkflowUpdateFailedError('refused', undefined);
    await expect(
      storeThenCommand(
        async () => undefined,
        () => Promise.reject(refusal),
      ),
    ).rejects.toBe(refusal);
  });
});

describe('storeThenSignal', () => {
  it('keeps the row when the signal is delivered', async () => {
    const { undo, store } = stored();
    await storeThenSignal(store, async () => undefined);
    expect(undo).not.toHaveBeenCalled();
  });

  it.each([
    ['the engine gate turned it away before it was sent', new EngineBusyError(1)],
    ['the workflow is gone', new WorkflowNotFoundError('not found', 'mentorship-1', undefined)],
    ['the workflow is gone, as the API words it', new NotFoundException('mentorship not found')],
  ])('undoes the row when the signal surely did not land (%s), and passes the failure on', async (_, failure) => {
    const { undo, store } = stored();
    await expect(storeThenSignal(store, () => Promise.reject(failure))).rejects.toBe(failure);
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the engine did not answer in time', new ServiceError('deadline exceeded')],
    ['the connection was lost', new Error('read ECONNRESET')],
  ])('keeps the row when the signal may have landed (%s): the workflow may hold it', async (_, failure) => {
    const { undo, store } = stored();
    await expect(storeThenSignal(store, () => Promise.reject(failure))).rejects.toBe(failure);
    expect(undo).not.toHaveBeenCalled();
  });

  it('keeps a row it did not store (a retry found the first attempt’s), even when the signal surely did not land', async () => {
    const failure = new EngineBusyError(1);
    await expect(
      storeThenSignal(
        async () => undefined,
        () => Promise.reject(failure),
      ),
    ).rejects.toBe(failure);
  });
});
