/** Browser side of the search page: loads Pagefind only when the visitor searches. */
interface PagefindResult { url: string; meta: { title?: string }; excerpt: string }
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !list || !status) return;
  let pagefind: Promise<Pagefind> | undefined;
  const run = async () => {
    const query = input.value.trim();
    if (!query) return;
    pagefind ??= import(/* @vite-ignore */ `${form.dataset['bundle']}pagefind.js`) as Promise<Pagefind>;
    const found = await (await pagefind).search(query);
    const results = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    list.replaceChildren(...results.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      p.innerHTML = r.excerpt;
      li.append(a, p);
      return li;
    }));
    status.textContent = String(found.results.length);
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); void run(); });
  input.addEventListener('input', () => void run());
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; void run(); }
}
