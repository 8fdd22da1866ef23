// Runs before `npm start`, `npm test` and `npm run bench` with nothing but Node: installs what a
// fresh clone lacks (npm packages, the broker's C library and compiler, Chromium for the browser
// tests, the Prisma client).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => console.log(`[setup] ${line}`);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const newer = (a, b) => !existsSync(b) || statSync(a).mtimeMs > statSync(b).mtimeMs;

const installedLock = join(root, 'node_modules', '.package-lock.json');
if (newer(join(root, 'package-lock.json'), installedLock)) {
  say('installing npm packages (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

// The embedded broker is built from Debian's librdkafka: needed unless it is built already, or
// `npm start` was pointed at a real Kafka with KAFKA_BROKERS.
const brokerBuilt = !newer(
  join(root, 'tools', 'kafka-broker', 'kmock.c'),
  join(root, 'tools', 'kafka-broker', 'bin', 'kmock'),
);
const needsBroker =
  !brokerBuilt && !(process.env.KAFKA_BROKERS && process.env.npm_lifecycle_event === 'prestart');
const brokerPackages = [
  !existsSync('/usr/include/librdkafka/rdkafka_mock.h') && 'librdkafka-dev',
  !commandExists('gcc') && 'gcc',
].filter(Boolean);
// The web app's end-to-end tests drive Debian's Chromium (browser downloads are not possible here).
const browserPackages =
  process.env.npm_lifecycle_event === 'pretest' && !existsSync('/usr/bin/chromium') ? ['chromium'] : [];
const missing = [...(needsBroker ? brokerPackages : []), ...browserPackages];
if (missing.length) {
  say(`installing ${missing.join(' and ')} (embedded Kafka-protocol broker, browser tests)`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  try {
    execSync([...sudo, 'apt-get', 'update', '-qq'].join(' '), { stdio: 'inherit' });
    execSync([...sudo, 'apt-get', 'install', '-y', '-qq', ...missing].join(' '), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error(
      `[setup] could not install ${missing.join(', ')}; install them, or set KAFKA_BROKERS to a running Kafka`,
    );
    process.exit(1);
  }
}

const client = join(root, 'libs', 'persistence', 'src', 'generated', 'prisma', 'client.ts');
if (newer(join(root, 'prisma', 'schema.prisma'), client)) {
  say('generating the Prisma client');
  run(process.execPath, [join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'generate']);
}

function commandExists(name) {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
