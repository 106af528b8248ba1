import type { SearchCase } from './search-queries.ts';

/**
 * What a tired engineer types at 3 a.m.: plain words that are not the handbook's, and typos. Written
 * for issue 14 apart from the on-call suite (search-queries.ts), and measured through the reader's own
 * search dialog (search-ui.ts). Each names the pages that answer it; any of them in the top 3 passes.
 */
export const plainSearchCases: readonly SearchCase[] = [
  // Typos in the words the pages use.
  {
    query: 'too many conections',
    expect: ['troubleshooting/database-connection-errors', 'runbooks/database-troubleshooting'],
  },
  { query: 'certficate expired', expect: ['runbooks/certificate-renewal'] },
  { query: 'dashbord not updating', expect: ['troubleshooting/stale-data'] },
  {
    query: 'databse connection refused',
    expect: ['troubleshooting/database-connection-errors', 'runbooks/database-troubleshooting'],
  },
  { query: 'out of memroy', expect: ['troubleshooting/high-memory'] },
  { query: 'rollbak release', expect: ['rollback/application'] },
  {
    query: 'contianer keeps restarting',
    expect: ['runbooks/emergency-container-restart', 'troubleshooting/app-wont-start'],
  },
  { query: 'autentication failed', expect: ['troubleshooting/authentication-failures'] },
  { query: 'slow respones', expect: ['troubleshooting/slow-responses'] },
  { query: 'disk spcae low', expect: ['runbooks/database-maintenance'] },
  { query: 'restor backup', expect: ['runbooks/database-backup-restore', 'rollback/database'] },
  { query: 'deploy faild', expect: ['troubleshooting/deployment-failed'] },
  { query: 'renew tls certifcate', expect: ['runbooks/certificate-renewal'] },
  { query: 'odoo timout', expect: ['troubleshooting/odoo-upstream-errors'] },
  {
    query: 'stale cahce',
    expect: ['runbooks/cache-troubleshooting', 'troubleshooting/stale-data', 'runbooks/cache-invalidation'],
  },
  { query: 'high latncy', expect: ['troubleshooting/slow-responses', 'runbooks/performance-diagnosis'] },
  {
    query: 'sev1 incidnet',
    expect: ['runbooks/major-incident-response', 'incident-response/severity-levels'],
  },
  { query: 'bad gatway', expect: ['troubleshooting/app-wont-start'] },
  { query: 'scale up instnces', expect: ['runbooks/scaling'] },
  { query: 'postmortem templat', expect: ['incident-response/postmortem'] },
  // Plain words, not the pages' own.
  { query: 'cant log in', expect: ['troubleshooting/authentication-failures'] },
  { query: 'login loop', expect: ['troubleshooting/authentication-failures'] },
  {
    query: 'site down',
    expect: [
      'troubleshooting/app-wont-start',
      'runbooks/emergency-container-restart',
      'runbooks/major-incident-response',
    ],
  },
  {
    query: 'everything is down',
    expect: ['runbooks/major-incident-response', 'runbooks/full-system-recovery'],
  },
  { query: 'who is on call', expect: ['incident-response/roles', 'cards/on-call'] },
  { query: 'kill idle connections', expect: ['runbooks/database-troubleshooting'] },
  { query: 'data from yesterday', expect: ['troubleshooting/stale-data'] },
  { query: 'numbers are wrong', expect: ['troubleshooting/stale-data', 'troubleshooting/partial-data'] },
  { query: 'dashboard half empty', expect: ['troubleshooting/partial-data'] },
  { query: 'server ran out of space', expect: ['runbooks/database-maintenance'] },
  { query: 'undo the deploy', expect: ['rollback/application'] },
  { query: 'go back to the old version', expect: ['rollback/application'] },
  { query: 'app is slow', expect: ['troubleshooting/slow-responses', 'runbooks/performance-diagnosis'] },
  { query: 'users got logged out', expect: ['troubleshooting/authentication-failures'] },
  { query: 'who do i page', expect: ['incident-response/severity-levels', 'incident-response/roles'] },
  {
    query: 'website not loading',
    expect: ['troubleshooting/app-wont-start', 'runbooks/emergency-container-restart'],
  },
  { query: 'erp not responding', expect: ['troubleshooting/odoo-upstream-errors'] },
  { query: 'database is slow', expect: ['runbooks/slow-database'] },
  { query: 'ssl expired', expect: ['runbooks/certificate-renewal'] },
  { query: 'lots of 500 errors', expect: ['runbooks/high-error-rate'] },
  { query: 'add more servers', expect: ['runbooks/scaling'] },
  { query: 'change a secret', expect: ['runbooks/environment-variable-update'] },
  { query: 'server is gone', expect: ['runbooks/full-system-recovery'] },
  { query: 'my first week', expect: ['getting-started'] },
];
