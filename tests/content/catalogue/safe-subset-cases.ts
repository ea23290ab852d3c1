/** Bodies outside the safe MDX subset: code that would run at build time, and elements, attributes or addresses that would reach readers. */
import { marker, story, type Case } from './helpers.ts';

/** Code that creates the case's marker file if anything evaluates it. */
const touch = (id: string) => `process.getBuiltinModule('node:child_process').execSync('touch ${marker(id)}')`;

export const unsafeCases = {
  'import-line': {
    unsafe: 'runs',
    files: story(
      'import-line',
      `import { execSync } from 'node:child_process'\n\n{execSync('touch ${marker('import-line')}')}`,
    ),
  },
  'export-line': {
    unsafe: 'runs',
    files: story('export-line', `export const ran = ${touch('export-line')}\n\nTeksts.`),
  },
  'flow-expression': { unsafe: 'runs', files: story('flow-expression', `Teksts.\n\n{${touch('flow-expression')}}`) },
  'text-expression': {
    unsafe: 'runs',
    files: story('text-expression', `Mājas mape ir {process.env.HOME} un {${touch('text-expression')}}.`),
  },
  'attribute-expression': {
    unsafe: 'runs',
    files: story('attribute-expression', `<span lang="lv" title={${touch('attribute-expression')}}>Teksts</span>`),
  },
  'spread-attribute': {
    unsafe: 'runs',
    files: story('spread-attribute', `<span {...${touch('spread-attribute')}}>Teksts</span>`),
  },
  'script-element': { unsafe: 'publishes', files: story('script-element', 'Teksts.\n\n<script>alert(1)</script>') },
  'meta-refresh': {
    unsafe: 'publishes',
    files: story('meta-refresh', '<meta http-equiv="refresh" content="0;url=https://example.org/" />\n\nTeksts.'),
  },
  'iframe-element': {
    unsafe: 'publishes',
    files: story('iframe-element', '<iframe src="https://example.org/video"></iframe>'),
  },
  'style-element': { unsafe: 'publishes', files: story('style-element', '<style>{`body { display: none }`}</style>') },
  'stylesheet-link': {
    unsafe: 'publishes',
    files: story('stylesheet-link', '<link rel="stylesheet" href="https://example.org/x.css" />'),
  },
  'form-element': {
    unsafe: 'publishes',
    files: story('form-element', '<form action="https://example.org/"><input name="e" /></form>'),
  },
  'style-attribute': { unsafe: 'publishes', files: story('style-attribute', '<span style="color: red">Teksts</span>') },
  'event-attribute': {
    unsafe: 'publishes',
    files: story('event-attribute', 'Teksts <span onclick="alert(1)">šeit</span>.'),
  },
  'javascript-jsx-link': {
    unsafe: 'publishes',
    files: story('javascript-jsx-link', '<a href="javascript:alert(1)">Saite</a>'),
  },
  'javascript-markdown-link': {
    unsafe: 'publishes',
    files: story('javascript-markdown-link', '[Saite](javascript:alert(1))'),
  },
  'data-link': { unsafe: 'publishes', files: story('data-link', '[Saite](data:text/html;base64,PHNjcmlwdD4=)') },
  'offsite-image': {
    unsafe: 'publishes',
    files: story('offsite-image', '![Bērni pie datora](https://example.org/x.png)'),
  },
  'offsite-jsx-image': {
    unsafe: 'publishes',
    files: story('offsite-jsx-image', '<img src="https://example.org/x.png" alt="Bērni" />'),
  },
  'offsite-reference-image': {
    unsafe: 'publishes',
    files: story('offsite-reference-image', '![Bērni][foto]\n\n[foto]: https://example.org/x.png'),
  },
  'pagefind-attribute': {
    unsafe: 'publishes',
    files: story('pagefind-attribute', '<span data-pagefind-ignore="all">Slēpts teksts</span>'),
  },
  'class-attribute': { files: story('class-attribute', '<span class="big">Teksts</span>') },
  'unknown-attribute': { files: story('unknown-attribute', '<abbr lang="lv" tabindex="1">KRC</abbr>') },
  'component-attribute': { files: story('component-attribute', '<ContactDetails email="x@example.org" />') },
  'lower-case-component': { files: story('lower-case-component', '<contactdetails />') },
  'unknown-component': { files: story('unknown-component', '<Image src="./x.png" alt="Bērni" />') },
  'unknown-element': { files: story('unknown-element', '<center>Teksts</center>') },
  fragment: { files: story('fragment', '<>Teksts</>') },
  'html-comment': { files: story('html-comment', 'Teksts <!-- piezīme --> beigas.') },
  'unclosed-brace': { files: story('unclosed-brace', 'Cena {aptuveni 5 eiro.') },
  'unopened-element': { files: story('unopened-element', 'Teksts </span> beigas.') },
  'unclosed-element': { files: story('unclosed-element', 'Teksts <span lang="lv">latviski.') },
} satisfies Record<string, Case>;
