/**
 * Sveltia CMS asks GitHub's status page (www.githubstatus.com) whether GitHub is up as soon as it
 * loads, before anyone signs in. /admin/ contacts no origin but GitHub's API, so that question is
 * answered here without a request: "unknown", which the CMS shows as no warning at all.
 */
const statusPage = 'https://www.githubstatus.com';

/** Wraps fetch so that a call to the status page fails at once instead of leaving the browser. */
export function skipStatusCheck(): void {
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return url.startsWith(statusPage)
      ? Promise.reject(new TypeError('GitHub status is not checked from /admin/'))
      : fetch(input, init);
  };
}
