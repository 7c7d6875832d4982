// How the translated files are laid out: a directory of files, or one main.tf.

export const FILE_ORDER = ['versions.tf', 'providers.tf', 'variables.tf', 'imports.tf'];

export function orderedFileNames(files: Record<string, string>): string[] {
  const names = Object.keys(files);
  const fixed = FILE_ORDER.filter((n) => names.includes(n));
  return [...fixed, ...names.filter((n) => !FILE_ORDER.includes(n)).sort()];
}

/** All files as one main.tf, in the same order as the directory layout. */
export function singleFile(files: Record<string, string>): string {
  return orderedFileNames(files)
    .map((n) => files[n]!.trimEnd())
    .filter((text) => text !== '')
    .join('\n\n') + '\n';
}
