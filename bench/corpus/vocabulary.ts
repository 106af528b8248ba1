/** Words the generated pages are made of: the components, symptoms and commands of a web service. */

export interface Component {
  /** Noun phrase used in titles: `report worker`. */
  name: string;
  /** Compose service the commands address. */
  compose: string;
  /** Error text on-call would paste into search. */
  errors: readonly string[];
}

export const components: readonly Component[] = [
  { name: 'report worker', compose: 'worker', errors: ['job queue stalled', 'ETIMEDOUT'] },
  { name: 'API gateway', compose: 'proxy', errors: ['502 Bad Gateway', 'upstream timed out'] },
  { name: 'session store', compose: 'app', errors: ['session not found', 'ECONNRESET'] },
  { name: 'tenant cache', compose: 'app', errors: ['X-Cache: MISS', 'cache miss ratio above 40%'] },
  { name: 'database pool', compose: 'db', errors: ['too many clients already', 'ECONNREFUSED 5432'] },
  { name: 'ERP connector', compose: 'app', errors: ['Odoo RPC error', 'AccessDenied'] },
  { name: 'TLS terminator', compose: 'proxy', errors: ['certificate has expired', 'SSL_ERROR_SYSCALL'] },
  { name: 'export service', compose: 'worker', errors: ['export failed: 413', 'payload too large'] },
  { name: 'search indexer', compose: 'worker', errors: ['index lag above 10 minutes', 'EPIPE'] },
  { name: 'login flow', compose: 'app', errors: ['401 Unauthorized', 'invalid session token'] },
  { name: 'scheduler', compose: 'worker', errors: ['missed cron run', 'lock not acquired'] },
  { name: 'metrics exporter', compose: 'app', errors: ['scrape failed', 'no data points'] },
  { name: 'backup job', compose: 'db', errors: ['pg_dump: error', 'No space left on device'] },
  { name: 'dashboard renderer', compose: 'app', errors: ['partial data', 'render timeout'] },
  { name: 'webhook relay', compose: 'worker', errors: ['429 Too Many Requests', 'retry budget exhausted'] },
  { name: 'audit log', compose: 'db', errors: ['disk usage above 90%', 'WAL segment missing'] },
  { name: 'rate limiter', compose: 'proxy', errors: ['503 Service Unavailable', 'limit_req zone full'] },
  { name: 'health endpoint', compose: 'app', errors: ['"status": "fail"', 'health check timed out'] },
  { name: 'DNS resolver', compose: 'proxy', errors: ['ENOTFOUND', 'SERVFAIL'] },
  { name: 'container runtime', compose: 'app', errors: ['Exited (137)', 'OOMKilled'] },
];

/** Runbook actions: a verb phrase for the title, the state it leaves and the command that does it. */
export const actions: readonly { verb: string; outcome: string; command: string }[] = [
  { verb: 'Restart', outcome: 'runs again with a clean state', command: 'docker compose restart {c}' },
  {
    verb: 'Scale out',
    outcome: 'has headroom for the current load',
    command: 'docker compose up -d --no-deps --scale {c}=3 {c}',
  },
  { verb: 'Drain', outcome: 'takes no new work', command: 'docker compose stop {c}' },
  { verb: 'Fail over', outcome: 'serves from the standby', command: 'docker compose up -d --no-deps {c}' },
  {
    verb: 'Rotate the credentials of',
    outcome: 'uses fresh credentials',
    command: 'docker compose up -d --no-deps --force-recreate {c}',
  },
  { verb: 'Flush', outcome: 'starts from empty buffers', command: 'docker compose restart {c}' },
  { verb: 'Pause', outcome: 'stops doing work until resumed', command: 'docker compose pause {c}' },
  { verb: 'Rebuild', outcome: 'runs the rebuilt image', command: 'docker compose build {c}' },
  {
    verb: 'Reconfigure',
    outcome: 'runs with the new settings',
    command: 'docker compose up -d --no-deps {c}',
  },
  { verb: 'Verify', outcome: 'is known to be healthy', command: 'docker compose ps {c}' },
];

/** Situations that qualify a runbook or troubleshooting title. */
export const situations: readonly string[] = [
  'after a deployment',
  'during peak hours',
  'when a tenant reports errors',
  'after a host reboot',
  'when the alert keeps firing',
  'after a database failover',
  'on one host only',
  'for a single tenant',
  'after a configuration change',
  'after a certificate renewal',
  'under a traffic spike',
  'after a schema migration',
];

/** Read-only commands that tools.yaml knows, with `{c}` for the compose service. */
export const diagnosisCommands: readonly string[] = [
  'docker compose ps {c}',
  'docker compose logs --since 15m {c} | tail -50',
  'docker stats --no-stream',
  'curl -fsS https://company-view.corp.internal/api/monitoring/system-health | jq .status',
  'df -h /var/lib/docker',
  'free -h',
  'journalctl -u docker --since "1 hour ago" | tail -20',
  'ss -tlnp',
  'dig +short company-view.corp.internal',
  'uptime',
];

export const teams = ['platform', 'erp', 'security'] as const;
