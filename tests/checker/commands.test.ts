import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { scriptOfFence } from '../../src/checker/commands/blocks.ts';
import { allCommands, analyzeScript } from '../../src/checker/commands/model.ts';
import { loadShellParser } from '../../src/shell/parser.ts';
import { scriptSafety } from '../../src/checker/commands/safety.ts';
import { loadSystemData } from '../../src/data/load.ts';
import type { Parser } from 'web-tree-sitter';

let parser: Parser;
beforeAll(async () => {
  parser = await loadShellParser();
});
const { tools } = loadSystemData(fileURLToPath(new URL('./fixtures/_data/', import.meta.url)));
const analyze = (script: string) => analyzeScript(parser, script);

describe('scriptSafety', () => {
  test.each([
    ['cat /etc/hosts | grep db', 'read-only'],
    ['docker compose ps', 'read-only'],
    ['ls > /dev/null 2>&1', 'read-only'],
    ['psql -c "SELECT * FROM audit WHERE action = \'DELETE\'"', 'read-only'],
    ['docker compose restart app', 'changes-state'],
    ['docker compose exec -T db psql -c "SELECT 1"', 'changes-state'],
    ['pg_restore -Fc -d company_view backup.dump', 'changes-state'],
    ['rm old.dump', 'changes-state'],
    ['git push origin main', 'changes-state'],
    ['curl -sX POST https://company-view.corp.internal/api', 'changes-state'],
    ['pg_dump -Fc company_view > backup.dump', 'changes-state'],
    ['sed -i s/a/b/ app.env', 'changes-state'],
    ['kubectl get pods', 'changes-state'],
    ['docker compose down', 'destructive'],
    ['docker compose -f prod.yml down -v', 'destructive'],
    ['docker compose exec -T db psql -c "DROP TABLE sessions"', 'destructive'],
    ["docker compose exec -T db psql <<'SQL'\nDELETE FROM sessions;\nSQL", 'destructive'],
    ['psql <<< "DROP TABLE sessions"', 'destructive'],
    ['cat <<EOF | psql\nDROP TABLE sessions;\nEOF', 'destructive'],
    ['pg_restore -d company_view -c backup.dump', 'destructive'],
    ['rm -rf /tmp/restore', 'destructive'],
    ['git push --force origin main', 'destructive'],
    ['ssh company-view.corp.internal "cd /opt/company-view && docker compose down"', 'destructive'],
    ['sudo rm -r /tmp/restore', 'destructive'],
    ['find /tmp -name "*.dump" | xargs rm -f', 'destructive'],
    ['bash -c "rm -rf /tmp/restore"', 'destructive'],
    ['curl -X DELETE https://company-view.corp.internal/api/cache', 'destructive'],
  ])('%s is %s', (script, level) => {
    expect(scriptSafety(analyze(script).commands, tools).level).toBe(level);
  });

  // The recall list (src/shell/destructive.yaml), for programs the tools data does not describe.
  test.each([
    ['kubectl delete namespace shop', 'destructive'],
    ['kubectl drain node-2 --ignore-daemonsets --force', 'destructive'],
    ['helm uninstall shop -n shop', 'destructive'],
    ['knife node delete web-1 -y', 'destructive'],
    ['find /srv/tmp -mtime +7 | xargs rm -rf', 'destructive'],
    ['gsutil -m rm -r gs://shop-backups/old', 'destructive'],
    ['aws s3 rm s3://shop-backups/old --recursive', 'destructive'],
    ['terraform destroy -auto-approve', 'destructive'],
    ['mysql -h db -e "DROP DATABASE shop"', 'destructive'],
    ['mariadb shop <<< "TRUNCATE TABLE sessions"', 'destructive'],
    ['sqlite3 shop.db <<SQL\nDROP TABLE cache;\nSQL', 'destructive'],
    ['dd if=shop.img of=/dev/sdb bs=4M', 'destructive'],
    ['mkfs.ext4 /dev/sdb1', 'destructive'],
    ['git reset --hard origin/main', 'destructive'],
    ['git clean -fdx', 'destructive'],
    ['kubectl delete pod web-1 -n shop', 'changes-state'],
    ['kubectl drain node-2 --ignore-daemonsets', 'changes-state'],
    ['mysql -h db -e "SELECT 1"', 'changes-state'],
    ['dd if=/dev/zero of=/tmp/blob bs=1M count=1', 'changes-state'],
  ])('%s is %s', (script, level) => {
    expect(scriptSafety(analyze(script).commands, tools).level).toBe(level);
  });

  test('says why, from the pattern that matched first', () => {
    expect(scriptSafety(analyze('docker compose down -v').commands, tools)).toEqual({
      level: 'destructive',
      program: 'docker',
      reason: "Deletes the stack's volumes.",
    });
  });
});

describe('analyzeScript', () => {
  test.each([
    ['docker compose exec -T db psql -c "SELECT 1"', ['docker', 'psql']],
    ["ssh company-view.corp.internal 'docker compose ps | grep app'", ['ssh', 'docker', 'grep']],
    ['sudo -u postgres env PGHOST=db timeout 5 psql', ['sudo', 'env', 'timeout', 'psql']],
    ['ls backups | xargs -I{} md5sum {}', ['ls', 'xargs', 'md5sum']],
    ['watch -n 5 "docker compose ps"', ['watch', 'docker']],
    ['echo "$(date +%F)" >> log.txt', ['echo', 'date']],
  ])('%s runs %j', (script, programs) => {
    expect(allCommands(analyze(script).commands).map((command) => command.name.value)).toEqual(programs);
  });

  test.each([
    ['psql -d <db> -c "SELECT 1"', ['<db>']],
    ['curl -H "x-tenant-id: <tenant>" https://a.example.com', ['<tenant>']],
    ['export TOKEN=$YOUR_TOKEN', ['YOUR_TOKEN']],
    ['echo CHANGEME {{ host }} XXXX', ['CHANGEME', 'XXXX', '{{ host }}']],
    ["cat <<'EOF'\nWHERE id = <id>\nEOF", ['<id>']],
    ['cat < in.txt > out.txt', []],
    ['diff <(ls a) <(ls b)', []],
    ['docker ps --format "{{.Names}} {{json .State}}"', []],
    ['mktemp /tmp/restore.XXXXXX', []],
    ['ls # <not> a placeholder in a comment', []],
  ])('%s has placeholders %j', (script, placeholders) => {
    expect(analyze(script).placeholders.map((placeholder) => placeholder.text)).toEqual(placeholders);
  });

  test('lists variables set and read, with defaults', () => {
    const script =
      'for f in *.dump; do echo "$f"; done\nread -r name\necho $name ${LABEL:-x} $1 $@ $HOME\nexport A=1 B';
    const { assignments, expansions } = analyze(script);
    expect(assignments.map((ref) => [ref.name, ref.row])).toEqual([
      ['f', 0],
      ['name', 1],
      ['A', 3],
      ['B', 3],
    ]);
    expect(expansions.map((ref) => [ref.name, ref.row, ref.hasDefault])).toEqual([
      ['f', 0, false],
      ['name', 2, false],
      ['LABEL', 2, true],
      ['HOME', 2, false],
    ]);
  });
});

describe('scriptOfFence', () => {
  test('keeps only prompt lines of a console block, with their continuations and heredocs', () => {
    const value = '$ ls \\\n  -la\ntotal 0\n# cat <<EOF\nbody\nEOF\n$not a prompt\n$ echo done';
    expect(scriptOfFence({ lang: 'console', value, line: 10, cautioned: false }, parser)).toEqual({
      text: 'ls \\\n  -la\ncat <<EOF\nbody\nEOF\necho done',
      lines: [11, 12, 14, 15, 16, 18],
    });
  });

  test('keeps every line of a bash block, numbered from the line after the fence', () => {
    expect(scriptOfFence({ lang: 'bash', value: 'a\nb', line: 3, cautioned: false }, parser).lines).toEqual([
      4, 5,
    ]);
  });
});
