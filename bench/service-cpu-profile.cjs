// Preloaded into a service with its bench's knob, e.g. BENCH_PROJECTOR_NODE_OPTIONS=
// "--require ./bench/service-cpu-profile.cjs" (NODE_OPTIONS may not carry --cpu-prof): writes
// tmp/bench/<service>-<pid>.cpuprofile, with the process's CPU time in its name, as the bench stops it.
const { Session } = require('node:inspector');
const { mkdirSync, writeFileSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
// The service re-raises SIGTERM once it has shut down, so 'exit' never comes: write on the signal.
process.once('SIGTERM', () => {
  const cpu = process.cpuUsage();
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    const dir = join(process.cwd(), 'tmp', 'bench');
    mkdirSync(dir, { recursive: true });
    const ms = Math.round((cpu.user + cpu.system) / 1000);
    writeFileSync(
      join(dir, `${basename(dirname(process.argv[1]))}-${process.pid}-cpu-${ms}ms.cpuprofile`),
      JSON.stringify(result.profile),
    );
  });
});
