import { describe, expect, test } from 'vitest';
import { sectionExcerpt, sentenceExcerpt } from '../../src/scripts/client/search-excerpt.ts';

const page =
  'Authentication failures. You see: 401 Unauthorized. x-tenant-id. sign-in redirect loop. ' +
  'Use this page when users are signed out or the browser loops back to the sign-in page after a deploy. ' +
  'Check the secret. The secret must be the same on every app container, or sessions break.';

describe('sentenceExcerpt', () => {
  test('picks the sentence of the page with most searched words, not a list of symptoms', () => {
    expect(sentenceExcerpt(page, ['sign', 'loop'])).toBe(
      'Use this page when users are <mark>signed</mark> out or the browser <mark>loops</mark> back to the <mark>sign-in</mark> page after a deploy.',
    );
  });

  test('gives nothing when no sentence holds a searched word', () => {
    expect(sentenceExcerpt(page, ['postgres'])).toBeUndefined();
  });

  test('escapes the page text', () => {
    expect(
      sentenceExcerpt('Run this when the <app> container keeps restarting after deploys.', ['app']),
    ).toBe('Run this when the <mark>&#60;app&#62;</mark> container keeps restarting after deploys.');
  });
});

describe('sectionExcerpt', () => {
  test('reads only the section of the sub-result', () => {
    const start = page.split(/\s+/).indexOf('Check');
    const section = { anchor: { location: start } };
    expect(sectionExcerpt(page, section, [{ location: start }], ['sessions'])).toMatch(/^The secret must/);
    expect(sectionExcerpt(page, {}, [{ location: start }], ['sessions'])).toBeUndefined();
  });
});
