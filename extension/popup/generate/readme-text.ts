// The short README in the downloaded .zip: the next commands and what `terraform plan` should say.
import type { PopupWarning } from './types.ts';

export function readmeText(options: { sessionName: string; fileNames: string[]; importCount: number; warnings: readonly PopupWarning[] }): string {
  const { sessionName, fileNames, importCount, warnings } = options;
  const needsConfig = warnings.some((w) => w.code === 'config-from-account' || w.code === 'import-only');
  const hasVariables = fileNames.includes('variables.tf');
  const lines = [
    `# Terraform for "${sessionName}"`,
    '',
    'Written by Trailform from the AWS console actions of this session.',
    '',
    `Files: ${fileNames.join(', ')}.`,
    '',
    '## Next',
    '',
    '```sh',
    'terraform init',
    ...(needsConfig ? ['terraform plan -generate-config-out=generated.tf   # only for import blocks marked "configuration comes from the account"'] : []),
    'terraform plan',
    '```',
    '',
    `\`terraform plan\` should say: "Plan: ${importCount} to import, 0 to add, 0 to change, 0 to destroy."`,
    '',
  ];
  if (hasVariables) {
    lines.push('Secrets are variables (variables.tf, `sensitive = true`): set them with `TF_VAR_<name>` or a `.tfvars` file kept out of git.', '');
  }
  if (warnings.length > 0) {
    lines.push('## Warnings', '', ...warnings.map((w) => `- ${w.address && !w.message.startsWith(w.address) ? `${w.address}: ` : ''}${w.message}`), '');
  }
  lines.push('Review the first plan before committing.', '');
  return lines.join('\n');
}
