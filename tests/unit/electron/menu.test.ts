import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('menuTemplate', () => {
  it('has the Indonesian menus Berkas, Tampilan and Bantuan', () => {
    const template = menuTemplate({ isPackaged: true, onAbout: () => {} });
    expect(template.map((item) => item.label)).toEqual(['Berkas', 'Tampilan', 'Bantuan']);
    const labels = flatten(template).map((item) => item.label);
    for (const label of ['Keluar', 'Muat ulang', 'Perbesar', 'Perkecil', 'Layar penuh', 'Tentang SIPKA']) {
      expect(labels).toContain(label);
    }
  });

  it('has no developer tools in a packaged build, and has them from source', () => {
    const roles = (isPackaged: boolean) =>
      flatten(menuTemplate({ isPackaged, onAbout: () => {} })).map((item) => item.role?.toLowerCase());
    expect(roles(true)).not.toContain('toggledevtools');
    expect(roles(false)).toContain('toggledevtools');
  });

  it('calls onAbout from Bantuan > Tentang SIPKA', () => {
    const onAbout = vi.fn();
    const about = flatten(menuTemplate({ isPackaged: true, onAbout })).find(
      (item) => item.label === 'Tentang SIPKA',
    );
    about?.click?.(undefined as never, undefined, undefined as never);
    expect(onAbout).toHaveBeenCalledOnce();
  });
});
