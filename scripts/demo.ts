// npm run demo: the whole Trailform flow with no AWS account. Builds the extension, starts the fake
// AWS console and the fake CloudTrail on loopback, launches Debian's Chromium with the extension
// (headed when $DISPLAY is set, else headless), clicks through a console session (an S3 bucket with
// versioning, a VPC with a subnet and a security group, a Lambda function with its role), stops,
// waits for CloudTrail confirmation, presses Generate, downloads, and writes the manifest and the
// report into ./demo-output/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { strFromU8, unzipSync } from 'fflate';
import { DIST_DIR, e2ePage, launchWithExtension } from '../tests/e2e/launch.ts';
import { clickThroughConsole, configureFakeCloudTrail, openPopup, publishToFakeCloudTrail, waitForConfirmation } from '../tests/e2e/popup-flow.ts';
import { startFakeCloudTrail } from '../tests/fake-cloudtrail/server.ts';
import { startFakeConsole } from '../tests/fake-console/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(process.env['TRAILFORM_DEMO_OUT'] ?? join(ROOT, 'demo-output'));
const DIST = resolve(process.env['TRAILFORM_DIST'] ?? DIST_DIR);
const headless = !process.env['DISPLAY'];
const started = Date.now();

function step(text: string): void {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${text}`);
}

async function main(): Promise<void> {
  step(`building the extension into ${DIST}`);
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', DIST], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (build.status !== 0) throw new Error('vite build failed');

  const fake = await startFakeConsole();
  const cloudTrail = await startFakeCloudTrail();
  step(`fake AWS console on 127.0.0.1:${fake.port}, fake CloudTrail on ${cloudTrail.httpEndpoint}`);
  process.env['TMPDIR'] ??= join(ROOT, '.e2e-tmp');
  mkdirSync(process.env['TMPDIR'], { recursive: true });
  const browser = await launchWithExtension({ fakePort: fake.port, distDir: DIST, headless });
  step(`Chromium ${browser.context.browser()?.version() ?? ''} ${headless ? 'headless (no $DISPLAY)' : 'headed'}, extension ${browser.extensionId}`);
  try {
    const popup = await openPopup(browser);
    const popupView = e2ePage(popup);
    await configureFakeCloudTrail(popupView, cloudTrail);
    await popup.click('#start');
    await popup.waitForSelector('#stop');
    const status = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'recording/get-status', payload: {} })) as { session: { id: number; name: string } | null };
    const sessionId = status.session!.id;
    step(`recording "${status.session!.name}"; clicking through the fake console`);
    const consolePage = await clickThroughConsole(async (url) => {
      const page = e2ePage(await browser.context.newPage());
      await page.goto(url);
      return page;
    }, popupView, sessionId, headless ? 0 : 500);
    await popup.bringToFront();
    step('recorded: S3 bucket + versioning, VPC + subnet + security group, IAM role + Lambda function');

    // CloudTrail delivers its records minutes later; the fake delivers them now.
    await publishToFakeCloudTrail(popupView, sessionId, cloudTrail);
    await popup.click('#stop');
    step('stopped; waiting for CloudTrail confirmation');
    const detail = await waitForConfirmation(popupView, sessionId);
    step(`confirmed ${detail.confirmation?.confirmedCount ?? 0} of ${detail.rows.length} actions against CloudTrail`);

    // Generate opens the review tab (files, warnings, report, downloads); the popup stays a compact panel.
    const [review] = await Promise.all([browser.context.waitForEvent('page'), popup.click('#generate')]);
    await review.setViewportSize({ width: 1000, height: 900 });
    await review.waitForSelector('pre.code', { timeout: 60_000 });
    step('generated Terraform in the review tab; downloading');
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(join(OUT, 'terraform'), { recursive: true });
    const save = async (button: string): Promise<string> => {
      const [file] = await Promise.all([review.waitForEvent('download'), review.click(`#${button}`)]);
      const path = join(OUT, file.suggestedFilename());
      await file.saveAs(path);
      return path;
    };
    await save('download-main');
    const zipPath = await save('download-zip');
    const reportPath = await save('download-report');
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipPath)))) writeFileSync(join(OUT, 'terraform', name), bytes);
    writeFileSync(join(OUT, 'report.json'), readFileSync(reportPath));
    rmSync(reportPath);
    // The progress line polls every 2 s on its own; let it catch up before the screenshot.
    await popup.waitForFunction(() => document.querySelector('[data-testid=cloudtrail-progress]')?.textContent?.includes('all confirmed'), undefined, { timeout: 10_000 }).catch(() => {});
    await review.locator('main').screenshot({ path: join(OUT, 'review.png') });
    await popup.bringToFront();
    await popup.locator('main').screenshot({ path: join(OUT, 'popup.png') });
    await consolePage.close();

    const readme = strFromU8(readFileSync(join(OUT, 'terraform', 'README.md')));
    const plan = /Plan: .*destroy\./.exec(readme)?.[0] ?? '';
    step('done');
    console.log(`\nDemo output: ${OUT}`);
    console.log(`  main.tf          every file in one`);
    console.log(`  terraform/       the files one per service, with README.md (next: terraform init, terraform plan)`);
    console.log(`  ${zipPath.slice(OUT.length + 1)}  the same files as downloaded`);
    console.log(`  report.json      what each CloudTrail record became, and the warnings`);
    console.log(`  popup.png        the popup (a compact panel) after Generate`);
    console.log(`  review.png       the review tab Generate opened`);
    if (plan) console.log(`  expected plan:   ${plan}`);
    if (!headless && process.stdin.isTTY) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      await rl.question('\nPress Enter to close Chromium. ');
      rl.close();
    }
  } finally {
    await browser.close();
    await fake.close();
    await cloudTrail.close();
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});
