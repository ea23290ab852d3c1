/**
 * The offline handbook's service worker: installed only when a reader presses "Save for reading
 * offline" on the guidelines index, it stores that language's guidelines, their assets and search
 * index (the list Workbox writes into self.__WB_MANIFEST after the build) and serves them from the
 * device first. Anything else still comes from the network, untouched.
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { handbookCachePrefix } from '../../src/lib/offline-worker.ts';

// The page that installs the worker finds its copy by this prefix and the worker's scope.
setCacheNameDetails({ prefix: handbookCachePrefix });
// A new deploy takes over at once: every stored file is named by its content, so none goes stale.
self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
// `/vadlinijas/x/` is stored as `vadlinijas/x/index.html`; a search page opened with `?q=…` is still the one page.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
