// `npm run alerts:annotations`: the `runbook_url` annotation of every alert in src/data/alerts.yaml, as
// rule-file YAML (`- alert:` with its `annotations:`) to copy into Prometheus rule files. SITE_URL and
// BASE_PATH set the address, as for the build. Exit 2 when the data or SITE_URL is invalid.
import { stringify } from 'yaml';
import { siteLocation } from '../src/config/site.ts';
import { loadSystemData } from '../src/data/load.ts';
import { runbookUrlAnnotation } from '../src/lib/alert-address.ts';

function main(): number {
  try {
    const { site, base } = siteLocation();
    const siteUrl = new URL(base, site).href;
    for (const alert of loadSystemData().alerts) {
      console.log(`# ${alert.id} (${alert.severity}): ${alert.runbook}`);
      const rule = { alert: alert.id, annotations: { runbook_url: runbookUrlAnnotation(alert, siteUrl) } };
      console.log(stringify([rule], { lineWidth: 0 }));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    console.error(`alerts:annotations: ${error.message}`);
    return 2;
  }
}

process.exitCode = main();
