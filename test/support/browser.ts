import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, never a downloaded one. Flags keep it quiet on a machine with no outside network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A small, cheap phone's screen. */
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR' };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' };
