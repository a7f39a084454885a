/**
 * Shared by officers-*.spec.ts and exchange-*.spec.ts: officers with vaults opened straight
 * through their service (the UI under test is the Officers page, not vault creation), and the
 * steps an officer takes on the Officers page.
 */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import type { ChapterService } from '../../src/main/service';
import { expect, expectUnlocked, STRONG_PASSPHRASE, type NewVault } from './harness';
import { call } from './service-helpers';

export const ANA: NewVault = { chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes', passphrase: STRONG_PASSPHRASE };
export const BO: NewVault = { chapterName: 'Riverside Tenants Union', officerName: 'Bo Li', passphrase: STRONG_PASSPHRASE };
export const CAROL: NewVault = { chapterName: 'Riverside Tenants Union', officerName: 'Carol Diaz', passphrase: STRONG_PASSPHRASE };

/** Creates the vault through the service (a tenant union) and, given a page, shows it unlocked. */
export async function openVault(service: ChapterService, vault: NewVault, page?: Page): Promise<void> {
  await call(service, 'vault:create', { chapterName: vault.chapterName, officerName: vault.officerName, passphrase: vault.passphrase });
  await call(service, 'settings:update', { chapterKind: 'tenant' });
  if (!page) return;
  // The page asked for the app's state before the vault existed; it asks again on load.
  await page.reload();
  await expectUnlocked(page, vault);
}

export async function memberNames(service: ChapterService): Promise<string[]> {
  const page = await call(service, 'roll:list', { limit: 1000 });
  return page.rows.map((member) => `${member.first_name} ${member.last_name}`.trim()).sort();
}

export async function gotoOfficers(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Officers' }).click();
  await expect(page.getByRole('heading', { name: 'Officers', level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of your contact card' })).toBeVisible();
}

/** The card line, as the officer would copy it from "Show the card as text". */
export async function cardTextOnScreen(page: Page): Promise<string> {
  const text = page.getByRole('textbox', { name: 'Your contact card' });
  if (!(await text.isVisible())) await page.getByText('Show the card as text').click();
  return text.inputValue();
}

export async function fingerprintOnScreen(page: Page): Promise<string> {
  return (await page.getByTestId('your-fingerprint').textContent())?.trim() ?? '';
}

/** The row of the officers list for `name`. */
export function officerRow(page: Page, name: string): Locator {
  return page.getByTestId('officer-row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
}

/** Opens "Import an export" and chooses the file: the preview (or an error) follows. */
export async function chooseImportFile(page: Page, file: { name: string; buffer: Buffer } | string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import an export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an export' });
  const payload = typeof file === 'string' ? file : { name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer };
  await dialog.getByLabel('Choose a file…').setInputFiles(payload);
  return page.getByRole('dialog').first();
}

export async function downloadedBytes(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

/** The little of the page's DOM the QR reader below uses (this file compiles without the DOM library). */
interface PageCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    fillStyle: string;
    imageSmoothingEnabled: boolean;
    fillRect(x: number, y: number, width: number, height: number): void;
    drawImage(image: unknown, x: number, y: number, width: number, height: number): void;
    getImageData(x: number, y: number, width: number, height: number): { data: ArrayLike<number> };
  };
}

/**
 * Decodes the QR code an <img> shows, in Node with jsqr: the page draws the image on a canvas
 * (on white, at a readable size) and hands over the pixels.
 */
export async function decodeQrOnScreen(image: Locator): Promise<string | null> {
  const side = 480;
  const pixels = await image.evaluate(async (element, size) => {
    await (element as unknown as { decode(): Promise<void> }).decode();
    const { document } = globalThis as unknown as { document: { createElement(tag: 'canvas'): PageCanvas } };
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.imageSmoothingEnabled = false;
    context.drawImage(element, 0, 0, size, size);
    return Array.from(context.getImageData(0, 0, size, size).data);
  }, side);
  return jsQR(Uint8ClampedArray.from(pixels), side, side)?.data ?? null;
}

/** Two officers who have met and verified each other (through their services). */
export async function befriend(a: ChapterService, b: ChapterService): Promise<{ bAtA: string; aAtB: string }> {
  const bAtA = await call(a, 'officers:add', { card: (await call(b, 'officers:card', {})).card, verified: true });
  const aAtB = await call(b, 'officers:add', { card: (await call(a, 'officers:card', {})).card, verified: true });
  return { bAtA: bAtA.id, aAtB: aAtB.id };
}

export async function memberId(service: ChapterService, search: string): Promise<string> {
  const page = await call(service, 'roll:list', { search });
  expect(page.rows, `one member matching "${search}"`).toHaveLength(1);
  return page.rows[0]!.id;
}

/** Drops a file on the Import an export dialog, as a file dragged from the desktop would be. */
export async function dropImportFile(page: Page, file: { name: string; buffer: Buffer }): Promise<Locator> {
  await page.getByRole('button', { name: 'Import an export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an export' });
  await expect(dialog).toBeVisible();
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const { DataTransfer, File, atob } = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: unknown): void } };
        File: new (parts: unknown[], name: string) => unknown;
        atob(data: string): string;
      };
      const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      return transfer;
    },
    { name: file.name, base64: file.buffer.toString('base64') },
  );
  await dialog.getByText('Drop the export file (.age) here').dispatchEvent('dragover', { dataTransfer });
  await expect(dialog.getByTestId('drop-zone')).toHaveAttribute('data-dragging', 'true');
  await dialog.getByText('Drop the export file (.age) here').dispatchEvent('drop', { dataTransfer });
  return page.getByRole('dialog').first();
}
