import { lintCase, story, raw } from './tests/content/catalogue/helpers.ts';
console.log(lintCase(story('a', 'Teksts <span lang="lv" Teksts.')));
console.log(lintCase(story('b', 'Teksts </span> beigas.')));
console.log(lintCase(raw('stories/lv/c.mdx', '---\ntitle: *x\ndescription: a\ncentres: [zilupe]\ndate: 2026-11-24\n---\nT\n')));
console.log(lintCase(raw('stories/lv/d.mdx', '---\ntitle: c\ndescription: a\ncentres: [zilupe]\ndate: 2026-11-24\n  extra: 1\n---\nT\n')));
console.log(lintCase(raw('stories/lv/e.mdx', '---\n- a\n- b\n---\nT\n')));
