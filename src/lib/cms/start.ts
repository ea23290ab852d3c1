/**
 * The editing interface's only script, bundled by the site's own build into /admin/ and nowhere else:
 * Sveltia CMS from npm with its fonts and code served by the site (no CDN), the site's body
 * components, and the configuration the build generated from the schemas (./config.json).
 */
import CMS from '@sveltia/cms';
import { bodyComponents } from './body-components.ts';
import { keepFontsLocal } from './local-fonts.ts';
import { refuseInLatvian } from './latvian-messages.ts';
import { skipStatusCheck } from './status-check.ts';

keepFontsLocal();
refuseInLatvian();
skipStatusCheck();

for (const component of bodyComponents) CMS.registerEditorComponent(component);

const response = await fetch(new URL('config.json', document.baseURI));
await CMS.init({ config: await response.json() });
