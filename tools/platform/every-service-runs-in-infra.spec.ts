import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './paths';
import { portVariable, serviceNames } from './services';

const infra = (...path: string[]) => readFileSync(join(workspaceRoot, 'infra', ...path), 'utf8');

/** The value a `KEY: "value"` (or `'value'`) line gives in a ConfigMap or compose environment. */
const setting = (text: string, key: string) =>
  new RegExp(`\\n\\s+${key}: ["']?([^"'\\n]+)["']?\\n`).exec(text)?.[1];

/** A compose service's block: from its key to the next key at the same depth. */
const composeService = (compose: string, name: string) =>
  new RegExp(`\\n  ${name}:\\n((?:    .*\\n|\\n)+)`).exec(compose)?.[1];

describe.each(serviceNames)('%s runs in the deployment files', (service) => {
  const configMap = infra('k8s', 'configmap.yaml');
  const port = setting(configMap, portVariable[service]);

  it('is built into the image', () => {
    const projects = /run-many -t build --projects=(\S+)/.exec(infra('docker', 'Dockerfile'))?.[1].split(',');
    expect(projects).toContain(service);
  });

  it('has a Deployment in the kustomize base, on the port the ConfigMap gives it, probed on /health/live and /health/ready', () => {
    expect(infra('k8s', 'kustomization.yaml')).toMatch(new RegExp(`\\n  - ${service}\\.yaml\\n`));
    const manifest = infra('k8s', `${service}.yaml`);
    expect(manifest).toMatch(new RegExp(`kind: Deployment\\nmetadata:\\n  name: ${service}\\n`));
    expect(manifest).toMatch(new RegExp(`- name: SERVICE\\n\\s+value: ${service}\\n`));
    expect(port).toMatch(/^\d+$/);
    expect(manifest).toContain(`containerPort: ${port}\n`);
    expect(manifest).toMatch(new RegExp(`prometheus.io/port: ["']${port}["']`));
    expect(manifest).toMatch(/startupProbe:\n\s+httpGet:\n\s+path: \/health\/live\n/);
    expect(manifest).toMatch(/readinessProbe:\n\s+httpGet:\n\s+path: \/health\/ready\n/);
    expect(manifest).toMatch(/livenessProbe:\n\s+httpGet:\n\s+path: \/health\/live\n/);
  });

  it('has a compose service whose healthcheck asks /health/ready on the same port', () => {
    const compose = infra('compose.yaml');
    expect(setting(compose, portVariable[service])).toBe(port);
    const block = composeService(compose, service);
    expect(block).toContain(`SERVICE: ${service}\n`);
    expect(block).toContain(`fetch('http://127.0.0.1:${port}/health/ready')`);
  });
});

describe('the audit trail stays out of the services\u2019 reach in the deployment files', () => {
  it('gives the owner\u2019s URL to the migrate step alone, and the services\u2019 URL to every service', () => {
    const compose = infra('compose.yaml');
    for (const service of serviceNames) {
      expect(infra('k8s', `${service}.yaml`)).not.toContain('MIGRATION_DATABASE_URL');
      expect(composeService(compose, service)).not.toContain('MIGRATION_DATABASE_URL');
    }
    expect(setting(compose, 'DATABASE_URL')).toMatch(/^postgresql:\/\/carechain_service:/);
    expect(composeService(compose, 'migrate')).toMatch(/MIGRATION_DATABASE_URL: postgresql:\/\/carechain:/);
    expect(infra('k8s', 'migrate-job.yaml')).toMatch(/- name: MIGRATION_DATABASE_URL\n\s+valueFrom:/);
    expect(infra('k8s', 'migrate-job.yaml')).toContain("'tools/platform/deploy-database.ts'");
  });
});
