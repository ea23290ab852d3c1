/** The test server answers as GitHub Pages does, so the browser tests see the site that is published. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from './server';

const root = mkdtempSync(join(tmpdir(), 'dk-server-'));
mkdirSync(join(root, 'en', 'about'), { recursive: true });
mkdirSync(join(root, 'en', '404'), { recursive: true });
writeFileSync(join(root, 'en', 'about', 'index.html'), 'about');
writeFileSync(join(root, 'en', '404', 'index.html'), 'english 404');
writeFileSync(join(root, '404.html'), 'the site 404');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = async (origin: string, path: string) => {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
};

describe('serveStatic', () => {
  it('serves a folder’s index.html, and redirects a folder asked for without its slash', async () => {
    const server = await serveStatic(root, '/');
    expect(await get(server.origin, '/en/about/')).toMatchObject({ status: 200, text: 'about' });
    expect(await get(server.origin, '/en/about?x=1')).toMatchObject({ status: 301, location: '/en/about/?x=1' });
    await server.close();
  });

  it('answers every missing address, English ones too, with the root 404.html', async () => {
    const server = await serveStatic(root, '/');
    expect(await get(server.origin, '/en/no-such-page/')).toEqual({
      status: 404,
      location: null,
      text: 'the site 404',
    });
    expect(await get(server.origin, '/nav/')).toMatchObject({ status: 404, text: 'the site 404' });
    await server.close();
  });

  it('serves the site under its base path, and nothing outside it', async () => {
    const server = await serveStatic(root, '/repo/');
    expect(await get(server.origin, '/repo/en/about/')).toMatchObject({ status: 200, text: 'about' });
    expect(await get(server.origin, '/en/about/')).toMatchObject({ status: 404, text: 'the site 404' });
    await server.close();
  });
});
