// Finds a Chromium for the browser tests, installs Debian's where it can (root + apt-get), or says how to get one.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

const hasCjkFont = () => {
  try { return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim().length > 0; } catch { return false; }
};

export function ensureChromium() {
  let found = findChromium();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  const want = [];
  if (!found) want.push('chromium');
  if (!hasCjkFont()) want.push('fonts-noto-cjk');
  if (want.length && isRoot && hasApt) {
    console.log(`Installing Debian packages for the browser tests: ${want.join(' ')} …`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${want.join(' ')}`, { stdio: 'inherit' });
    found = findChromium();
  }
  if (!found) {
    console.error(
      'No Chromium found for the browser tests.\n' +
        '  On Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n' +
        '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome',
    );
    process.exit(1);
  }
  return found;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  console.log(ensureChromium());
}
