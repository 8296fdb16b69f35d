// A dashboard opened as a viewer would, for the benchmarks: its own browser context, then waited on until it is
// interactive, its map drawn and its list showing rows (nothing sleeps; waits are long because the machine may be busy).
export async function openDashboard(browser, url, viewport = { width: 1280, height: 800 }) {
    const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 600_000 });
    await page.locator("[data-interactive='true']").waitFor({ timeout: 600_000 });
    await page.locator("[data-testid=map][data-ready='true']").first().waitFor({ timeout: 600_000 });
    await page.locator('.practice-grid tbody tr.practice-row').first().waitFor({ timeout: 600_000 });
    return { context, page };
}
