// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src/shared/contract';
import { ChapterCache } from '../../src/renderer/src/ui/chapter-data';

/** A cache over a fake bridge that answers each read with its channel, input and a counter. */
function cacheWithReads() {
  const reads: string[] = [];
  let answer = 0;
  const cache = new ChapterCache(async (channel: ChannelName, input: unknown) => {
    reads.push(`${channel} ${JSON.stringify(input)}`);
    return { channel, input, answer: ++answer };
  });
  const live = () => true;
  return { cache, reads, live };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the renderer data cache', () => {
  it('reads a question once for everyone who asks it', async () => {
    const { cache, reads } = cacheWithReads();
    const first = cache.entry('roll:get', { id: 'a' });
    cache.subscribe(first, () => undefined);
    cache.want(first);
    const second = cache.entry('roll:get', { id: 'a' });
    cache.subscribe(second, () => undefined);
    cache.want(second);
    await settle();
    expect(second).toBe(first);
    expect(reads).toEqual(['roll:get {"id":"a"}']);
  });

  it('a change reads again what is shown of it: a record only when its id is named, lists always', async () => {
    const { cache, reads, live } = cacheWithReads();
    for (const [channel, input] of [
      ['roll:get', { id: 'a' }],
      ['roll:get', { id: 'b' }],
      ['roll:list', { limit: 1 }],
      ['officers:list', {}],
    ] as const) {
      const entry = cache.entry(channel, input);
      cache.subscribe(entry, () => undefined);
      cache.want(entry);
    }
    await settle();
    reads.length = 0;
    cache.changed('roll:changed', ['a'], live);
    await settle();
    expect(reads.sort()).toEqual(['roll:get {"id":"a"}', 'roll:list {"limit":1}']);
  });

  it('an answer to an older read never replaces a newer one', async () => {
    const answers: ((value: unknown) => void)[] = [];
    const cache = new ChapterCache(() => new Promise((resolve) => answers.push(resolve)));
    const entry = cache.entry('roll:get', { id: 'a' });
    cache.subscribe(entry, () => undefined);
    cache.want(entry);
    cache.changed('roll:changed', null, () => true);
    answers[1]!('new');
    answers[0]!('old');
    await settle();
    expect(entry.snapshot.data).toBe('new');
  });

  it('forgets what nobody shows when it changes, and reads on-demand questions only when wanted again', async () => {
    const { cache, reads } = cacheWithReads();
    const gone = cache.entry('roll:get', { id: 'a' });
    const stop = cache.subscribe(gone, () => undefined);
    cache.want(gone);
    const facets = cache.entry('roll:facets', {});
    cache.subscribe(facets, () => undefined);
    cache.want(facets);
    await settle();
    stop();
    reads.length = 0;
    cache.changed('roll:changed', null, (entry: unknown) => entry !== facets);
    await settle();
    expect(reads).toEqual([]);
    expect(cache.entry('roll:get', { id: 'a' })).not.toBe(gone);
    cache.want(facets);
    await settle();
    expect(reads).toEqual(['roll:facets {}']);
  });
});
