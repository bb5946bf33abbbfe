import { describe, expect, it } from 'vitest';
import { createCodec } from '../src/codec/index.js';
import { integerOption, integerOptions, numberOption } from '../src/options.js';
import { SinkDevice } from '../src/sink/index.js';

// The one checker of integer options, and the callers that had none.

const UUID = '00000000-0000-4000-8000-000000000001';
const neverDial = async (): Promise<never> => {
  throw new Error('not dialled in this test');
};

describe('option checks', () => {
  it('take a default for a missing key and check a given one at the minimum', () => {
    const defaults = { a: 5, b: 7 } as const;
    expect(integerOptions(defaults, undefined, 1)).toEqual({ a: 5, b: 7 });
    expect(integerOptions(defaults, { a: 1 }, 1)).toEqual({ a: 1, b: 7 });
    expect(integerOptions(defaults, { a: 0 }, 0)).toEqual({ a: 0, b: 7 });
    expect(() => integerOptions(defaults, { a: 0 }, 1)).toThrow('a must be a positive integer, got 0');
    expect(() => integerOptions(defaults, { b: -1 }, 0)).toThrow('b must be a non-negative integer, got -1');
    for (const bad of [1.5, Number.NaN, 2 ** 53, '3', null]) expect(() => integerOption('n', bad, 0)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
    expect(numberOption('j', 1, 0, 1)).toBe(1);
    expect(() => numberOption('j', 1.01, 0, 1)).toThrow('j must be a number from 0 to 1, got 1.01');
  });

  it('refuse a Sink device option out of range (it checked nothing before)', () => {
    const device = (o: object): SinkDevice => new SinkDevice({ clientInstanceId: UUID, dial: neverDial, ...o });
    expect(() => device({ maxInFlight: 0 })).toThrow('maxInFlight must be a positive integer, got 0');
    expect(() => device({ keepaliveMs: -1 })).toThrow('keepaliveMs must be a non-negative integer, got -1');
    expect(() => device({ jitter: 2 })).toThrow('jitter must be a number from 0 to 1, got 2');
    expect(() => device({ backoffMs: [] })).toThrow(/backoffMs must be a non-empty array/);
    expect(() => device({ backoffMs: [10, 0.5] })).toThrow('backoffMs[1] must be a non-negative integer, got 0.5');
  });

  it('know every codec option by name and refuse another', () => {
    expect(() => createCodec({ maxItem: 3 } as never)).toThrow(/unknown codec option maxItem/);
    expect(() => createCodec({ maxItems: -1 })).toThrow('maxItems must be a non-negative integer, got -1');
    expect(createCodec({ codegen: 'closures', reuseFrames: false }).options.codegen).toBe('closures');
  });
});
