import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEvidenceFiles } from '../../electron/backend/backup/evidence';
import { storeFile } from '../../electron/backend/realisasi/files';
import { openTestBackend, tempDir } from './helpers';

describe('temporary files of an interrupted upload', () => {
  it('are left out of backups and removed at the next start, while stored files stay', async () => {
    const dataDir = tempDir();
    const sha256 = storeFile(dataDir, Buffer.from('%PDF-1.4 bukti dukung'));
    const folder = path.join(dataDir, 'files', sha256.slice(0, 2));
    const abandoned = path.join(folder, `.${sha256}.0123456789ab.tmp`);
    fs.writeFileSync(abandoned, 'setengah tertulis');
    const lookalike = path.join(folder, 'catatan.tmp');
    fs.writeFileSync(lookalike, 'bukan berkas sementara SIPKA');

    const listed = (await listEvidenceFiles(dataDir)).map((f) => path.basename(f.absolute));
    expect(listed).toEqual(expect.arrayContaining([sha256, 'catatan.tmp']));
    expect(listed).not.toContain(path.basename(abandoned));

    await openTestBackend({ dataDir });
    expect(fs.existsSync(abandoned)).toBe(false);
    expect(fs.existsSync(lookalike)).toBe(true);
    expect(fs.readFileSync(path.join(folder, sha256), 'utf8')).toBe('%PDF-1.4 bukti dukung');
  });
});
