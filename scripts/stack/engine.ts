/** What runs Temporal under a stack: the dev server (one process, SQLite) or a real cluster (four services on PostgreSQL). */
export type Engine = 'dev-server' | 'cluster';
