/** Every catalogue case by name, and all of their files in one content folder, for the real builds. */
import { baseFiles, type Case, type Files } from './helpers.ts';
import { fieldCases, yamlCases } from './frontmatter-cases.ts';
import { unsafeCases } from './safe-subset-cases.ts';
import { bodyCases } from './body-cases.ts';
import { fileCases } from './files-cases.ts';
import { crossEntryCases } from './cross-entry-cases.ts';

export const allCases: Record<string, Case> = {
  ...yamlCases,
  ...fieldCases,
  ...unsafeCases,
  ...bodyCases,
  ...fileCases,
  ...crossEntryCases,
};

/** The files of every case in one folder; cases name their files apart, so none overwrites another. */
export function allFiles(): Files {
  const files: Files = { ...baseFiles };
  for (const [name, { files: own }] of Object.entries(allCases)) {
    for (const [path, text] of Object.entries(own)) {
      if (path in files && files[path] !== text && !(path in baseFiles))
        throw new Error(`catalogue case ${name} overwrites ${path}`);
      files[path] = text;
    }
  }
  return files;
}
