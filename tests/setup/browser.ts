import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium, or the binary named by CHROMIUM_PATH. */
export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/**
 * Headless Chromium for the browser tests, started the way this machine needs:
 * no sandbox (tests run as root), and no background traffic on a closed network.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}
