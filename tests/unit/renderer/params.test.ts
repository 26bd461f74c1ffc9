import { describe, expect, it } from 'vitest';
import { oneOf, positiveInt } from '../../../renderer/src/lib/params';

describe('values read from the address bar', () => {
  it('takes positive whole numbers only', () => {
    expect(positiveInt('12')).toBe(12);
    expect([null, undefined, '', '0', '-3', '1.5', 'abc'].map(positiveInt)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('takes a value only when it is one of the list', () => {
    expect(oneOf(['DRAFT', 'DIAJUKAN'] as const, 'DIAJUKAN')).toBe('DIAJUKAN');
    expect(oneOf(['DRAFT', 'DIAJUKAN'] as const, 'draft')).toBeNull();
    expect(oneOf(['DRAFT'] as const, null)).toBeNull();
  });
});
