/**
 * What on-call types into search in an incident: error text, status codes, headers, alert ids and
 * symptoms, never page titles. Each names the page (or pages, when several answer it) that must
 * come up in the first three results.
 */
export interface SearchCase {
  query: string;
  /** Page ids such as `troubleshooting/high-memory`; any of them in the top 3 passes. */
  expect: readonly [string, ...string[]];
}

export const searchCases: readonly SearchCase[] = [
  // Error messages, pasted from a log.
  { query: 'ECONNREFUSED', expect: ['troubleshooting/database-connection-errors'] },
  { query: 'connect ECONNREFUSED 172.18.0.3:5432', expect: ['troubleshooting/database-connection-errors'] },
  { query: 'too many connections', expect: ['troubleshooting/database-connection-errors'] },
  { query: 'sorry, too many clients already', expect: ['troubleshooting/database-connection-errors'] },
  {
    query: 'password authentication failed for user',
    expect: ['troubleshooting/database-connection-errors'],
  },
  { query: 'database system is in recovery mode', expect: ['troubleshooting/database-connection-errors'] },
  { query: 'JavaScript heap out of memory', expect: ['troubleshooting/high-memory'] },
  { query: 'OOMKilled', expect: ['troubleshooting/high-memory'] },
  { query: 'exited 137', expect: ['troubleshooting/high-memory'] },
  { query: 'no live upstreams while connecting to upstream', expect: ['troubleshooting/app-wont-start'] },
  { query: 'EADDRINUSE', expect: ['troubleshooting/app-wont-start'] },
  { query: 'Cannot connect to the Docker daemon', expect: ['troubleshooting/app-wont-start'] },
  { query: 'upstream timed out while reading response header', expect: ['troubleshooting/slow-responses'] },
  { query: 'UND_ERR_CONNECT_TIMEOUT', expect: ['troubleshooting/odoo-upstream-errors'] },
  { query: 'odoo.exceptions.AccessDenied', expect: ['troubleshooting/odoo-upstream-errors'] },
  { query: 'Invalid origin', expect: ['troubleshooting/authentication-failures'] },
  {
    query: 'error: pathspec did not match any file(s) known to git',
    expect: ['troubleshooting/deployment-failed'],
  },
  // Status codes and headers.
  { query: '502', expect: ['troubleshooting/app-wont-start'] },
  { query: '502 bad gateway', expect: ['troubleshooting/app-wont-start'] },
  { query: '504 gateway time-out', expect: ['troubleshooting/slow-responses'] },
  { query: '401 unauthorized', expect: ['troubleshooting/authentication-failures'] },
  { query: 'x-tenant-id', expect: ['troubleshooting/authentication-failures'] },
  { query: 'missing tenant header', expect: ['troubleshooting/authentication-failures'] },
  { query: 'X-Cache: HIT', expect: ['troubleshooting/stale-data'] },
  // Identifiers: response fields, environment variables, alert ids.
  {
    query: 'errorsBySection',
    expect: ['troubleshooting/partial-data', 'troubleshooting/odoo-upstream-errors'],
  },
  { query: 'BETTER_AUTH_SECRET', expect: ['troubleshooting/authentication-failures'] },
  { query: 'AUTH_SECRET', expect: ['troubleshooting/authentication-failures'] },
  { query: 'cv-db-connections-high', expect: ['runbooks/database-troubleshooting'] },
  {
    query: 'db-connections-high',
    expect: ['runbooks/database-troubleshooting', 'troubleshooting/database-connection-errors'],
  },
  { query: 'cv-latency-p95-high', expect: ['runbooks/performance-diagnosis'] },
  { query: 'cv-disk-space-low', expect: ['runbooks/database-maintenance'] },
  { query: 'cv-tls-cert-expiring', expect: ['runbooks/certificate-renewal'] },
  { query: 'cv-backup-missing', expect: ['runbooks/database-backup-restore'] },
  { query: 'cv-app-container-down', expect: ['runbooks/emergency-container-restart'] },
  // Symptoms in the reader's own words.
  { query: 'everyone signed out after deploy', expect: ['troubleshooting/authentication-failures'] },
  { query: 'dashboard shows old numbers', expect: ['troubleshooting/stale-data'] },
  { query: 'kpi null', expect: ['troubleshooting/partial-data'] },
  {
    query: 'container keeps restarting',
    expect: ['runbooks/emergency-container-restart', 'troubleshooting/app-wont-start'],
  },
  { query: 'certificate expired', expect: ['runbooks/certificate-renewal'] },
  { query: 'rollback release', expect: ['rollback/application'] },
  { query: 'disk full', expect: ['runbooks/database-maintenance'] },
];
