import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, Browser, Page } from 'playwright-core';
import { createInMemoryEventStore } from '@council-partnerships/adapters';
import { createPartnershipHandler, PartnershipCommand } from '@council-partnerships/domain';
import { castFor, policyOf, recordSeed, stockton, stocktonTold } from '@council-partnerships/seeds';
import { command, testEventId } from '@council-partnerships/testing';
// The seeds as the examples record them (a test-only import: the examples are not a dependency).
import { runDefinition, scenarios } from '@council-partnerships/examples/scenarios';
import { LARGEST, runSimulation } from '@council-partnerships/examples/simulator';
import { buildReport } from './build';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Screenshots kept for a person to look at (git-ignored). */
const ARTEFACTS = join(__dirname, '..', '..', 'test-artifacts');

const available = existsSync(CHROMIUM);
if (!available && process.env['CI'] === 'true') {
  throw new Error(
    `Chromium is required under CI and was not found at ${CHROMIUM} (apt-get install -y chromium)`,
  );
}
if (!available) console.warn(`skipping the report's browser tests: no Chromium at ${CHROMIUM}`);
const describeInBrowser = available ? describe : describe.skip;

describeInBrowser('the committee report in a real browser (headless Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTEFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a report as a committee member would and checks what they would see. */
  const checkInBrowser = async (
    key: string,
    built: { readonly html: string; readonly charts: number },
    check?: (page: Page) => Promise<void>,
  ): Promise<void> => {
    const file = join(await mkdtemp(join(tmpdir(), 'report-')), `${key}.html`);
    await writeFile(file, built.html);
    const url = pathToFileURL(file).href;

    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: 'load' });

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await expect(page.locator('section.verification h2').first().textContent()).resolves.toBe(
      'Verification: intact',
    );
    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBe(built.charts);
    expect(built.charts).toBeGreaterThanOrEqual(2);
    const box = await charts.first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(100);
    expect(box?.height ?? 0).toBeGreaterThan(40);
    // Each chart drew marks, not an empty frame.
    expect(
      await page.locator('figure.chart svg path, figure.chart svg line, figure.chart svg rect').count(),
    ).toBeGreaterThan(10);
    await check?.(page);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(ARTEFACTS, `report-${key}.png`), fullPage: true });
    await page.close();
  };

  it.each(scenarios.map((s) => [s.key, s] as const))(
    'opens the report of the %s seed with no console error and no network request, and finds its charts',
    async (key, scenario) => {
      const store = createInMemoryEventStore();
      await runDefinition(scenario, store);
      const built = await buildReport(store, {
        today: '2026-01-01',
        generatedAt: '2026-01-01T09:00:00.000Z',
      });
      expect(built._tag).toBe('Right');
      if (built._tag === 'Right') await checkInBrowser(key, built.right);
    },
    60_000,
  );

  it("warns an auditor, first in the open-book section, of payments above a contract's maximum value", async () => {
    const store = createInMemoryEventStore();
    await recordSeed(store, stockton, { range: { to: 'embedded' }, newEventId: testEventId });
    const handle = createPartnershipHandler({ store, policy: policyOf(stockton), newEventId: testEventId });
    const cast = castFor('stockton', 'Stockton-on-Tees Borough Council', 'partner');
    const P = stockton.partnershipId;
    const contractId = stocktonTold.modules[0].id;
    // A claim for £3m on a module worth £2.5m at most with every option, verified in full.
    const over: PartnershipCommand[] = [
      command(
        'ClaimExpenditure',
        {
          partnershipId: P,
          contractId,
          claimId: 'above-maximum',
          periodStart: '2025-04-01',
          periodEnd: '2025-06-30',
          claimedOn: '2025-07-10',
          claimedPence: 300_000_000,
        },
        cast.partner,
      ),
      command(
        'VerifyExpenditure',
        {
          partnershipId: P,
          contractId,
          claimId: 'above-maximum',
          verifiedOn: '2025-07-24',
          verifiedPence: 300_000_000,
        },
        cast.finance,
      ),
    ];
    for (const c of over) {
      const handled = await handle(c);
      if (handled._tag === 'Left') throw new Error(handled.left.message);
    }
    const built = await buildReport(store, { today: '2026-01-01', generatedAt: '2026-01-01T09:00:00.000Z' });
    expect(built._tag).toBe('Right');
    if (built._tag === 'Right')
      await checkInBrowser('paid-above-maximum', built.right, async (page) => {
        const warning = page.locator('div.warning');
        await expect(warning.locator('strong').textContent()).resolves.toBe(
          "Paid above the contract's maximum value:",
        );
        const cells = await warning.locator('tbody tr td').allTextContents();
        expect(cells[0]).toContain(contractId);
        expect(cells.slice(1)).toHaveLength(3);
        expect(await warning.isVisible()).toBe(true);
      });
  }, 60_000);

  it("opens the report of the largest simulated ten-year partnership (the benchmark's) the same way", async () => {
    const simulated = await runSimulation(1, LARGEST);
    const built = await buildReport(simulated.store, {
      partnership: simulated.report.partnershipId,
      today: '2036-06-30',
      generatedAt: '2036-06-30T09:00:00.000Z',
    });
    expect(built._tag).toBe('Right');
    if (built._tag === 'Right') await checkInBrowser('largest-simulated', built.right);
  }, 180_000);
});
