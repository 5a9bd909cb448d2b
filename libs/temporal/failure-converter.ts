import { DefaultFailureConverter } from '@temporalio/common';

/**
 * Failures as the payload codec sees them: a failure's message and stack trace
 * (an activity's "program <id> does not exist", the paths of our code) go into
 * an encoded payload, which the codec encrypts like any other; Temporal keeps
 * "Encoded failure" and an empty stack in clear. Loaded by path
 * (`failureConverterPath`), also into the workflow bundle, so it imports
 * nothing but @temporalio/common.
 */
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
