import { describe, expect, test } from 'vitest';
import { fillInputs, referencePattern } from '../../src/scripts/client/input-values.ts';

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
