import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { EngineGate } from './engine-gate';

/**
 * The client's calls that wait on the engine's workers or start work there
 * (starts, signals, updates, queries), each through the gate. Describing,
 * listing, terminating and cancelling ask the server alone and pass freely.
 */
export function gatedCalls(gate: EngineGate): WorkflowClientInterceptor {
  return {
    startWithDetails: (input, next) => gate.admit(() => next(input)),
    signalWithStart: (input, next) => gate.admit(() => next(input)),
    startUpdate: (input, next) => gate.admit(() => next(input)),
    startUpdateWithStart: (input, next) => gate.admit(() => next(input)),
    signal: (input, next) => gate.admit(() => next(input)),
    query: (input, next) => gate.admit(() => next(input)),
  };
}
