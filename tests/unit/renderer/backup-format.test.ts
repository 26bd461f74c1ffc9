import { describe, expect, it } from 'vitest';
import {
  ageText,
  baseName,
  daysSince,
  encryptByDefault,
  formatBytes,
  formatDuration,
  isWithin,
  joinPath,
  progressPercent,
  sortTargets,
  targetOf,
} from '../../../renderer/src/pages/backup/backupFormat';
import type { BackupTarget } from '../../../shared/ipc/methods/backup';

const stick: BackupTarget = {
  path: '/media/tu/FLASHDISK',
  label: 'FLASHDISK',
  kind: 'removable',
  freeBytes: 1,
};
const drive: BackupTarget = { path: 'E:\\', label: 'Drive E:\\', kind: 'drive', freeBytes: null };
const data: BackupTarget = {
  path: '/home/tu/.config/SIPKA/backups',
  label: 'Data',
  kind: 'data',
  freeBytes: 9,
};

describe('formatBytes', () => {
  it('speaks Indonesian units with a decimal comma', () => {
    expect(formatBytes(0)).toBe('0 bita');
    expect(formatBytes(850)).toBe('850 bita');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(12 * 1024 * 1024)).toBe('12 MB');
    expect(formatBytes(3.45 * 1024 * 1024)).toBe('3,5 MB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GB');
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('formatDuration', () => {
  it('is seconds with a decimal under ten, whole seconds under a minute, then minutes', () => {
    expect(formatDuration(20)).toBe('0,1 detik');
    expect(formatDuration(840)).toBe('0,8 detik');
    expect(formatDuration(12_400)).toBe('12 detik');
    expect(formatDuration(60_000)).toBe('1 menit');
    expect(formatDuration(125_000)).toBe('2 menit 5 detik');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe('paths', () => {
  it('joins with the separator the folder uses', () => {
    expect(joinPath('E:\\', 'a.sipka')).toBe('E:\\a.sipka');
    expect(joinPath('E:\\SIPKA', 'a.sipka')).toBe('E:\\SIPKA\\a.sipka');
    expect(joinPath('/media/tu/FLASHDISK', 'a.sipka')).toBe('/media/tu/FLASHDISK/a.sipka');
    expect(joinPath('/media/tu/FLASHDISK/', 'a.sipka')).toBe('/media/tu/FLASHDISK/a.sipka');
    expect(joinPath('', 'a.sipka')).toBe('a.sipka');
  });

  it('tells whether a folder lies inside another, without matching a mere prefix', () => {
    expect(isWithin('/media/tu/FLASHDISK', '/media/tu/FLASHDISK')).toBe(true);
    expect(isWithin('/media/tu/FLASHDISK/SIPKA', '/media/tu/FLASHDISK/')).toBe(true);
    expect(isWithin('/media/tu/FLASHDISK2', '/media/tu/FLASHDISK')).toBe(false);
    expect(isWithin('e:\\sipka', 'E:\\')).toBe(true);
    expect(isWithin('E:/SIPKA', 'E:\\')).toBe(true);
    expect(isWithin('F:\\', 'E:\\')).toBe(false);
    expect(isWithin('', 'E:\\')).toBe(false);
  });

  it('names the last part of either kind of path', () => {
    expect(baseName('/data/backups/pra-pemulihan-20261130-101500.sipka')).toBe(
      'pra-pemulihan-20261130-101500.sipka',
    );
    expect(baseName('C:\\SIPKA\\backups\\x.sipka')).toBe('x.sipka');
  });
});

describe('targets', () => {
  it('puts removable media first, then drives, then this computer', () => {
    expect(sortTargets([data, drive, stick]).map((t) => t.kind)).toEqual(['removable', 'drive', 'data']);
  });

  it('finds the target a folder belongs to', () => {
    expect(targetOf('/media/tu/FLASHDISK/Arsip', [data, stick])).toBe(stick);
    expect(targetOf('/tmp/x', [data, stick])).toBeUndefined();
  });

  it('switches encryption on for a copy that leaves this computer', () => {
    expect(encryptByDefault('/media/tu/FLASHDISK', [stick, data])).toBe(true);
    expect(encryptByDefault('E:\\Cadangan', [drive, data])).toBe(true);
    expect(encryptByDefault(data.path, [stick, data])).toBe(false);
    expect(encryptByDefault('/tmp/sipka', [stick, data])).toBe(false);
  });
});

describe('progress and age', () => {
  it('is a whole percentage, or null when the size is unknown', () => {
    expect(progressPercent({ doneBytes: 0, totalBytes: 0 })).toBeNull();
    expect(progressPercent({ doneBytes: 1, totalBytes: 3 })).toBe(33);
    expect(progressPercent({ doneBytes: 5, totalBytes: 3 })).toBe(100);
  });

  it('counts whole days since a timestamp', () => {
    const now = new Date('2026-12-10T08:00:00Z').getTime();
    expect(daysSince(null, now)).toBeNull();
    expect(daysSince('2026-12-10T07:00:00Z', now)).toBe(0);
    expect(daysSince('2026-12-02T07:00:00Z', now)).toBe(8);
    expect(ageText(0)).toBe('hari ini');
    expect(ageText(1)).toBe('kemarin');
    expect(ageText(8)).toBe('8 hari yang lalu');
  });
});
