import { describe, expect, it } from 'vitest';
import { taggedActivityMessage } from './activity-tags.js';

describe('removing a tagged activity', () => {
  it('names the activity and counts what is tagged with it', () => {
    expect(taggedActivityMessage('Lead routing', { pilots: 2, lessons: 1 })).toBe(
      'Lead routing is the tag of 2 pilots and 1 lesson; tag them with another activity before removing it.',
    );
    expect(taggedActivityMessage('Dashboards', { pilots: 0, lessons: 3 })).toBe('Dashboards is the tag of 3 lessons; tag them with another activity before removing it.');
    expect(taggedActivityMessage('Training', { pilots: 1, lessons: 0 })).toBe('Training is the tag of 1 pilot; tag them with another activity before removing it.');
  });
});
