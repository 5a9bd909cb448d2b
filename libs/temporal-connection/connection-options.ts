import { readFileSync } from 'node:fs';
import type { DataConverter } from '@temporalio/common';
import type { TLSConfig } from '@temporalio/common/lib/internal-non-workflow';
import type { TemporalConfig } from '../config/app-config';
import { parsePayloadKeys, payloadCodecs } from '../temporal/payload-codec';

export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig | boolean;
  apiKey?: string;
}

/**
 * How both the client (API) and the worker reach Temporal: the dev server in
 * plain text, a self-hosted cluster with TLS, or Temporal Cloud with mTLS or
 * an API key.
 */
export function temporalConnectionOptions(temporal: TemporalConfig): TemporalConnectionOptions {
  const { tls } = temporal;
  const options: TemporalConnectionOptions = { address: temporal.address };
  if (tls.enabled || temporal.apiKey) {
    options.tls = {
      serverNameOverride: tls.serverName || undefined,
      serverRootCACertificate: tls.serverRootCaPath ? readFileSync(tls.serverRootCaPath) : undefined,
      clientCertPair:
        tls.clientCertPath && tls.clientKeyPath
          ? { crt: readFileSync(tls.clientCertPath), key: readFileSync(tls.clientKeyPath) }
          : undefined,
    };
  }
  if (temporal.apiKey) options.apiKey = temporal.apiKey;
  return options;
}

/** Loaded by path into the workflow bundle too, so the bundle built ahead of time (apps/worker/src/workflow-bundle.ts) names it. */
export const FAILURE_CONVERTER_PATH = require.resolve('../temporal/failure-converter');

/**
 * How the worker and every client encode payloads: encrypted under the
 * configured keys (see payload-codec.ts), or in clear without any. Failures'
 * messages and stack traces are payloads too (failure-converter.ts), so they
 * are encrypted with the rest.
 */
export function temporalDataConverter(temporal: TemporalConfig): DataConverter {
  return {
    payloadCodecs: payloadCodecs(temporal.payloadKeys ? parsePayloadKeys(temporal.payloadKeys) : []),
    failureConverterPath: FAILURE_CONVERTER_PATH,
  };
}
