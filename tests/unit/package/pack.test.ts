/**
 * The compute package as someone outside this repository gets it: `npm pack` (which builds
 * dist/), installed from the tarball into an empty folder, imported by its name on Node ≥ 22
 * with nothing else installed, and its bin run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateScenario, parseScenario } from '~compute/priors/index';
import { parseScenario as parseImitation, runScenario } from '~compute/imitation/index';
import { defaults } from '~state/index';
import { priorsCliScenario, priorsReproduce } from '~components/widgets/priors/figure';
import { priorsSchema } from '~components/widgets/priors/params';
import { imitationCliScenario, imitationReproduce } from '~components/widgets/imitation/figure';
import { imitationSchema } from '~components/widgets/imitation/params';

const dir = mkdtempSync(join(tmpdir(), 'compute-pack-'));
// This Node (24, the project's) first on the PATH, for npm and for the bin's `env node`.
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` };
// `npm pack` builds src/compute/dist; removed again so the site's build after this test can never
// resolve the package through dist/ instead of its sources (which would hide a missing condition).
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(process.cwd(), 'src', 'compute', 'dist'), { recursive: true, force: true });
});

describe('@intermittent-distillations/compute, packed and installed outside the repository', () => {
  it('installs from its tarball, computes the central preset through ./priors, and runs its bin', () => {
    execFileSync('npm', ['pack', '--workspace', 'src/compute', '--pack-destination', dir, '--silent'], { env, stdio: 'pipe' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toMatch(/^intermittent-distillations-compute-\d+\.\d+\.\d+\.tgz$/);
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', join(dir, tarball!)], { cwd: app, env, stdio: 'pipe' });

    // No TensorFlow.js is installed here: the priors entry must not need it.
    writeFileSync(join(app, 'central.js'), `import { run } from '@intermittent-distillations/compute/priors';\nconsole.log(JSON.stringify(run({ preset: 'central' })));\n`);
    const fromPackage = JSON.parse(execFileSync(process.execPath, ['central.js'], { cwd: app, env, encoding: 'utf8' }));
    const fromSource = evaluateScenario(parseScenario({ preset: 'central' }));
    expect(fromPackage.probability).toBe(fromSource.probability);
    expect(fromPackage.probability).toBeCloseTo(0.0753, 4); // the report's central 7.5% for 2036

    // The "Reproduce" panel's package calls, as a reader would paste them into a script.
    const priorsParams = { ...defaults(priorsSchema), to: 2050 };
    const priorsJson = JSON.stringify(priorsCliScenario(priorsParams));
    writeFileSync(join(app, 'priors-figure.js'), `${priorsReproduce(priorsParams).packageCall(priorsJson)}\nconsole.log(JSON.stringify(result.probability));\n`);
    expect(JSON.parse(execFileSync(process.execPath, ['priors-figure.js'], { cwd: app, env, encoding: 'utf8' }))).toBe(
      evaluateScenario(parseScenario(JSON.parse(priorsJson))).probability,
    );
    const imitationParams = { ...defaults(imitationSchema), step: 400 };
    const imitationJson = JSON.stringify(imitationCliScenario(imitationParams, 'conservative'));
    writeFileSync(join(app, 'imitation-figure.js'), `${imitationReproduce(imitationParams).packageCall(imitationJson)}\nconsole.log(JSON.stringify(summary));\n`);
    expect(JSON.parse(execFileSync(process.execPath, ['imitation-figure.js'], { cwd: app, env, encoding: 'utf8' }))).toEqual(runScenario(parseImitation(JSON.parse(imitationJson))));

    const bin = join(app, 'node_modules', '.bin', 'distillations-compute');
    const cli = JSON.parse(execFileSync(bin, ['imitation', '{"seed":2,"steps":500}'], { cwd: app, env, encoding: 'utf8' }));
    expect(cli.steps).toBe(500);
    expect(cli.learner).toBe('conservative');
    const bad = spawnSync(bin, ['priors', '{"ftp":"lots"}'], { cwd: app, env, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 180_000);
});
