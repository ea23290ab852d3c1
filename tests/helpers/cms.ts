/**
 * The built /admin/ in Chromium with Sveltia CMS's test backend, which keeps a repository in the
 * browser's own private file system (OPFS): no network, no GitHub. Only the backend of the built
 * configuration is swapped; every collection, field and rule is the one editors get.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** The folder the test backend reads and writes in OPFS. */
const repoFolder = 'sveltia-cms-test';

/** Every file under a folder, keyed by its path as the repository has it (e.g. `content/centres/lv/zilupe.mdx`). */
export function repoFiles(folder: string, prefix = folder): Record<string, string> {
  const files: Record<string, string> = {};
  for (const item of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!item.isFile() || !item.name.endsWith('.mdx')) continue;
    const full = join(item.parentPath, item.name);
    files[join(prefix, relative(folder, full)).split(sep).join('/')] = readFileSync(full, 'utf8');
  }
  return files;
}

/** Addresses of other origins each CMS page asked for (none may be: the test backend needs no network). */
export const foreignRequests = new WeakMap<Page, string[]>();

/** Opens /admin/ on a fresh page whose test repository holds `files`, and signs in. */
export async function openCms(browser: Browser, origin: string, files: Record<string, string>): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'lv-LV' });
  const page = await context.newPage();
  const foreign: string[] = [];
  foreignRequests.set(page, foreign);
  page.on('request', (request) => {
    if (!/^(data|blob):/.test(request.url()) && new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  await page.route('**/admin/config.json', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), backend: { name: 'test-repo' } } });
  });
  await page.goto(`${origin}/admin/tulkojumi/`);
  await page.evaluate(
    async ({ folder, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(folder, { recursive: true }).catch(() => undefined);
      const root = await opfs.getDirectoryHandle(folder, { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { folder: repoFolder, files },
  );
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  await page.getByRole('navigation').or(page.getByText('Collections')).first().waitFor();
  return page;
}

/** Every file of the test repository as the CMS left it. */
export function readRepo(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (folder) => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else files[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(folder), '');
    return files;
  }, repoFolder);
}
