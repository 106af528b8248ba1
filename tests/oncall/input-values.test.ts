import { describe, expect, test } from 'vitest';
import { fillInputs, referencePattern } from '../../src/scripts/client/input-values.ts';
import { refusal } from '../../src/scripts/client/value-rules.ts';

describe('referencePattern', () => {
  test('matches $NAME and ${NAME} of the given names only', () => {
    const pattern = referencePattern(['TENANT_ID', 'TAG'])!;
    const found = [...'$TENANT_ID ${TAG} $OTHER $TAG_2 ${TAG:-v1}'.matchAll(pattern)].map(
      (match) => match[0],
    );
    expect(found).toEqual(['$TENANT_ID', '${TAG}']);
  });

  test('is undefined without names', () => {
    expect(referencePattern([])).toBeUndefined();
  });
});

describe('fillInputs', () => {
  const values = new Map([
    ['TENANT_ID', 'acme'],
    ['BACKUP_FILE', '/backups/cv.dump'],
  ]);

  test('replaces every reference to a filled-in variable', () => {
    expect(fillInputs('curl -H "x-tenant-id: $TENANT_ID" && pg_restore "${BACKUP_FILE}"', values)).toBe(
      'curl -H "x-tenant-id: acme" && pg_restore "/backups/cv.dump"',
    );
  });

  test('leaves other variables and defaults alone', () => {
    expect(fillInputs('echo "$TENANT_IDS ${TENANT_ID:-x} $HOME"', values)).toBe(
      'echo "$TENANT_IDS ${TENANT_ID:-x} $HOME"',
    );
  });

  test('returns the text as it is when nothing is filled in', () => {
    expect(fillInputs('echo "$TENANT_ID"', new Map())).toBe('echo "$TENANT_ID"');
  });
});

describe('fillInputs with unsafe values', () => {
  test.each([
    ['a line break', '48213\nreboot'],
    ['a carriage return', '48213\rreboot'],
    ['a DEL character', '48213\u007freboot'],
    ['a line separator', '48213\u2028reboot'],
    ['a right-to-left override', '48213\u202e'],
  ])('keeps the reference when the value holds %s', (_, value) => {
    expect(fillInputs('kill $PID', new Map([['PID', value]]))).toBe('kill $PID');
  });
});

describe('refusal', () => {
  test('accepts a value of the pattern and one with no pattern', () => {
    expect(refusal('48213', '[0-9]{1,10}')).toBeUndefined();
    expect(refusal('acme corp; anything')).toBeUndefined();
  });

  test('applies the pattern to the whole value, as the HTML pattern attribute does', () => {
    expect(refusal('48213; reboot', '[0-9]{1,10}')).toContain('expected form ([0-9]{1,10})');
    expect(refusal('x48213', '[0-9]+|x')).toContain('expected form');
  });

  test('refuses control, line-break and invisible characters whatever the pattern', () => {
    expect(refusal('a\tb', '.+')).toContain('U+0009');
    expect(refusal('a\u200bb')).toContain('U+200B');
    expect(refusal('a\u2029b')).toContain('U+2029');
  });
});
