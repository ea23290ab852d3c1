/**
 * The guidelines index's "Save for reading offline" section, in the browser: installs the language's
 * worker on request (asking for persistent storage on the same press), tells what is stored and how
 * big it is, and removes it all again. Texts come from the section's data attributes, in its language.
 */
import { handbookCachePrefix } from './offline-worker';

export function handbook(section: HTMLElement): void {
  const texts = section.dataset as Record<string, string>;
  const scope = new URL(texts['scope'] ?? '/', location.href).href;
  const save = section.querySelector<HTMLButtonElement>('[data-save]')!;
  const remove = section.querySelector<HTMLButtonElement>('[data-remove]')!;
  const status = section.querySelector<HTMLElement>('[data-status]')!;
  const ownRegistration = async () => (await navigator.serviceWorker.getRegistrations()).find((r) => r.scope === scope);
  const ownCache = async () =>
    (await caches.keys()).find((name) => name.startsWith(`${handbookCachePrefix}-`) && name.endsWith(scope));
  section.hidden = false;
  // A count taken while the reader removes the copy must not write over the news that it is gone.
  let generation = 0;

  /** Shows what is stored (and the remove button), or only the save button; true if something is. */
  async function show(): Promise<boolean> {
    const own = ++generation;
    const name = await ownCache();
    const stored = Boolean(name && (await ownRegistration())?.active);
    const buttons = () => {
      save.hidden = stored;
      remove.hidden = !stored;
    };
    if (!name || !stored) {
      if (own === generation) buttons();
      return false;
    }
    const cache = await caches.open(name);
    const requests = await cache.keys();
    const prefix = new URL(texts['guidelines'] ?? '/', location.href).pathname;
    // Guideline pages are one folder below the index: /vadlinijas/<slug>/index.html.
    const guidelines = requests.filter((r) =>
      new RegExp(`^${prefix}[^/]+/index\\.html$`).test(new URL(r.url).pathname),
    ).length;
    let bytes = 0;
    for (const request of requests) bytes += (await (await cache.match(request))?.blob())?.size ?? 0;
    const persisted = (await navigator.storage?.persisted?.()) ?? false;
    const size = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    if (own !== generation) return true;
    buttons();
    status.textContent = [
      (texts['saved'] ?? '').replace('{count}', String(guidelines)).replace('{size}', size),
      texts[persisted ? 'persisted' : 'notPersisted'],
      texts['removeHint'],
    ].join(' ');
    return true;
  }

  save.addEventListener('click', async () => {
    save.disabled = true;
    status.textContent = texts['saving'] ?? '';
    try {
      // Asked on the reader's own press, so browsers that judge by engagement can grant it.
      const persist = navigator.storage?.persist?.().catch(() => false);
      const registration = await navigator.serviceWorker.register(texts['worker'] ?? '', { scope });
      await activated(registration);
      await persist;
      if (!(await show())) throw new Error('nothing stored');
      remove.focus();
    } catch {
      status.textContent = texts['failed'] ?? '';
    } finally {
      save.disabled = false;
    }
  });

  remove.addEventListener('click', async () => {
    generation++;
    await (await ownRegistration())?.unregister();
    const name = await ownCache();
    if (name) await caches.delete(name);
    await show();
    status.textContent = texts['removed'] ?? '';
    save.focus();
  });

  void show();
}

/** Resolves once the worker has stored every file and taken over; rejects if installing failed. */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return Promise.reject(new Error('no worker'));
  if (worker.state === 'activated') return Promise.resolve();
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new Error('install failed'));
    });
  });
}
