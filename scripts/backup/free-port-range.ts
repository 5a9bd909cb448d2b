import { createServer } from 'node:net';

/**
 * A port `base` such that every port `base + offset` is free on loopback,
 * below 32768: Temporal's cluster_membership table keeps a service's port in
 * a smallint, so the kernel's ephemeral ports (what freePort hands out) are
 * refused there.
 */
export async function freePortRange(offsets: number[], from = 10_000, to = 30_000): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const base = from + Math.floor(Math.random() * (to - from));
    if ((await Promise.all(offsets.map((offset) => isFree(base + offset)))).every(Boolean)) return base;
  }
  throw new Error(`no free range of ports between ${from} and ${to}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
