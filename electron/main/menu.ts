import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isPackaged: boolean;
  onAbout: () => void;
}

/** The application menu, in Bahasa Indonesia. Developer tools only when running from source. */
export function menuTemplate({ isPackaged, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Muat ulang', role: 'reload' },
    { type: 'separator' },
    { label: 'Perbesar', role: 'zoomIn' },
    { label: 'Perkecil', role: 'zoomOut' },
    { label: 'Ukuran semula', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'Layar penuh', role: 'togglefullscreen' },
  ];
  if (!isPackaged) view.push({ type: 'separator' }, { label: 'Alat pengembang', role: 'toggleDevTools' });
  return [
    { label: 'Berkas', submenu: [{ label: 'Keluar', role: 'quit' }] },
    { label: 'Tampilan', submenu: view },
    { label: 'Bantuan', submenu: [{ label: 'Tentang SIPKA', click: onAbout }] },
  ];
}
