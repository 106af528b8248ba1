import { describe, expect, test } from 'vitest';
import { checkPages, fencePage } from './check-pages.ts';

/**
 * Conventions of other teams' runbooks that must raise no error (fixtures of our own, written
 * after the false-error classes seen on real runbooks), each with the warnings it may raise.
 */
const conventions: Record<string, { page: string; expected: [number, string][]; programs?: string[] }> = {
  '`$ ` prompts inside a bash fence, output below': {
    page: fencePage('bash', '$ oc get pods -n shop', 'NAME     READY   STATUS', 'web-1    1/1     Running'),
    expected: [],
  },
  'an interactive dialogue after a prompt': {
    page: fencePage('shell', '$ redis-cli -h cache.shop.test zcard jobs', '1) 1) (integer) 5100'),
    expected: [],
  },
  "apt's answer below its command, with no prompt": {
    page: fencePage(
      'bash',
      'sudo apt-get install -y nginx',
      'Reading package lists... Done',
      'Need to get 109 MB of archives.',
    ),
    expected: [[3, 'block-language']],
  },
  'PromQL tagged as shell': {
    page: fencePage('sh', 'sum by (pod) (rate(http_requests_total{job="shop", code=~"5.."}[5m]))'),
    expected: [[3, 'block-language']],
  },
  'SQL tagged as shell': {
    page: fencePage('bash', "SELECT id, state FROM orders WHERE state = 'stuck';"),
    expected: [[3, 'block-language']],
  },
  'YAML tagged as shell': {
    page: fencePage('shell', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: shop-config'),
    expected: [[3, 'block-language']],
  },
  'Ruby tagged as shell': {
    page: fencePage('bash', "require 'json'", 'def ready?(node)', '  node.fetch("ready")', 'end'),
    expected: [[3, 'block-language']],
  },
  'PowerShell tagged as shell': {
    page: fencePage('shell', 'Get-Service -Name shop | Restart-Service'),
    expected: [[3, 'block-language']],
  },
  'a table printed by kubectl, no prompt': {
    page: fencePage(
      'sh',
      'kubectl get pvc -n shop',
      'NAME        STATUS   VOLUME',
      'data-web-1  Bound    pvc-1234',
    ),
    expected: [[3, 'block-language']],
  },
  '<angle> and ${VAR} placeholders used on every page': {
    page: fencePage(
      'bash',
      'kubectl -n <namespace> describe pod <pod>',
      'curl -H "Authorization: Bearer ${TOKEN}" https://shop.test/api',
    ),
    expected: [],
  },
  'a placeholder with spaces is not a syntax error': {
    page: fencePage('bash', 'nc -vz <provider ip from first step> 443'),
    expected: [],
  },
  'Go templates with string literals': {
    page: fencePage(
      'bash',
      `kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}'`,
    ),
    expected: [],
  },
  'everyday programs': {
    page: fencePage(
      'bash',
      'sudo systemctl restart shop',
      'make build && perl -v && ping -c 1 db.shop.test && ip addr && lsof -i :8080',
      'gcloud config list && aws sts get-caller-identity && helm list && podman ps && gpg --list-keys && brew list',
    ),
    expected: [],
  },
  'aliases from the config and script paths': {
    page: fencePage(
      'bash',
      'k get pods',
      'tf plan',
      './bin/shop-ctl status',
      '/usr/bin/envdir /etc/shop/env true',
    ),
    programs: [],
    expected: [],
  },
  'a # comment in a console fence and a console fence with no prompt': {
    page: fencePage('console', '# Check the shop service', '$ systemctl status shop'),
    expected: [],
  },
  '${x?} says the reader must set it': {
    page: fencePage('bash', 'echo "${SHOP_REGION?set the region first}"'),
    expected: [],
  },
  'a cleanup step announced by its heading': {
    page: [
      '# Tutorial',
      '',
      '## Clean up',
      '',
      'Remove the demo:',
      '',
      '```bash',
      'kubectl delete namespace shop-demo',
      '```',
      '',
    ].join('\n'),
    expected: [],
  },
  'a pod deleted so that its controller restarts it': {
    page: fencePage('bash', 'kubectl delete pod -l app=shop -n shop'),
    expected: [],
  },
};

/** Three pages, so that a placeholder style used everywhere reads as the docs' convention. */
const onEveryPage = (page: string) => ({ 'a.md': page, 'b.md': page, 'c.md': page });

describe('command rules on other teams’ conventions', () => {
  test.each(Object.entries(conventions))('%s', async (_, { page, expected }) => {
    const found = await checkPages(onEveryPage(page), { aliases: { k: 'kubectl', tf: 'terraform' } });
    expect(found.filter(([file]) => file === 'a.md').map(([, line, rule]) => [line, rule])).toEqual(expected);
  });
});

/** Real defects seen in other teams' runbooks, written anew: each must still be an error. */
const defects: Record<string, { page: string; expected: [number, string][] }> = {
  'a stray quote': {
    page: fencePage('bash', 'kubectl logs web-1 | grep "timeout'),
    expected: [[4, 'command-syntax']],
  },
  'a fence left open pulls a heading and prose into the block': {
    page: ['```shell', '$ kubectl get nodes', '', '## Mitigation', '', 'Drain the node.', '```', ''].join(
      '\n',
    ),
    expected: [[4, 'command-syntax']],
  },
  'prose inside a shell fence': {
    page: fencePage(
      'bash',
      'kubectl get nodes',
      'Then cordon the node that is not ready',
      'kubectl cordon node-2',
    ),
    expected: [[5, 'command-unknown-program']],
  },
  'a variable set as NODE_NAME and read as $node_name': {
    page: fencePage('bash', 'NODE_NAME=node-2', 'kubectl drain "$node_name" --ignore-daemonsets'),
    expected: [[5, 'command-undeclared-env']],
  },
  'a loop over $artifact that writes ${script}': {
    page: fencePage('bash', 'for artifact in build/*.tar; do', '  sha256sum "${script}"', 'done'),
    expected: [[5, 'command-undeclared-env']],
  },
  'two commands fused on one line': {
    page: fencePage('bash', 'kubectl get pods | grep shop SHOP_POD=$(kubectl get pods -o name | head -1)'),
    expected: [[4, 'command-syntax']],
  },
  'zsh-only arithmetic in a bash block': {
    page: fencePage('bash', 'uptime', 'echo $(( 100 / 3.0 ))'),
    expected: [[5, 'command-syntax']],
  },
  "nested single quotes inside sh -c '…'": {
    page: fencePage('bash', "sh -c 'grep -c 'shop error' /var/log/shop.log'"),
    expected: [[4, 'command-syntax']],
  },
  'a console fence without prompts is checked as commands': {
    page: fencePage('console', 'systemctl status shop', "journalctl -u shop | grep 'timeout"),
    expected: [[5, 'command-syntax']],
  },
  'a DEL inside a command': {
    page: fencePage('bash', 'echo ok\u007fshutdown -h now'),
    expected: [[4, 'command-invisible-char']],
  },
};

describe('command rules still find real defects', () => {
  test.each(Object.entries(defects))('%s', async (_, { page, expected }) => {
    const found = await checkPages({ 'page.md': page });
    expect(found.map(([, line, rule]) => [line, rule])).toEqual(expected);
  });
});

describe('the config', () => {
  test('programs: names the docs may call are known', async () => {
    const page = fencePage('bash', 'shopctl status', 'kubectl get pods');
    expect(await checkPages({ 'page.md': page })).toEqual([['page.md', 4, 'command-unknown-program']]);
    expect(await checkPages({ 'page.md': page }, { programs: ['shopctl'] })).toEqual([]);
  });

  test('aliases: `k delete` is `kubectl delete`, destructive too', async () => {
    const page = fencePage('bash', 'k delete namespace shop');
    expect(await checkPages({ 'page.md': page }, { aliases: { k: 'kubectl' } })).toEqual([
      ['page.md', 4, 'command-destructive'],
    ]);
  });

  test('placeholders: a style listed is accepted on a single page; others are still reported', async () => {
    const page = fencePage('bash', 'kubectl -n <namespace> get pods', 'echo "$SHOP_TOKEN" {{ host }}');
    expect(await checkPages({ 'page.md': page })).toEqual([
      ['page.md', 4, 'command-placeholder'],
      ['page.md', 5, 'command-placeholder'],
      ['page.md', 5, 'command-undeclared-env'],
    ]);
    expect(await checkPages({ 'page.md': page }, { placeholders: ['angle', 'dollar'] })).toEqual([
      ['page.md', 5, 'command-placeholder'],
    ]);
  });

  test('a caution aside right before a destructive block announces it', async () => {
    const page = [
      ':::caution',
      'Deletes the namespace and its volumes.',
      ':::',
      '',
      '```bash',
      'kubectl delete namespace shop',
      '```',
      '',
    ].join('\n');
    expect(await checkPages({ 'page.md': page })).toEqual([]);
  });
});
