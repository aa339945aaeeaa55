/**
 * Command-line entry to the compute package:
 *   npm run --silent compute -- <model> '<scenario JSON>'
 * prints one JSON object on stdout and exits 0; bad input prints one line on stderr and exits 2.
 * Each model's CLI module is imported lazily so `priors` never loads TensorFlow.js.
 */
import { ComputeInputError } from './errors';

type CliModule = { run: (scenario: unknown) => unknown | Promise<unknown> };

const commands: Record<string, () => Promise<CliModule>> = {
  priors: () => import('./priors/cli'),
  imitation: () => import('./imitation/cli'),
  prune: () => import('./pruning/cli'),
  lowstakes: () => import('./lowstakes/cli'),
  tangent: () => import('./tangent/cli'),
};

function fail(message: string): never {
  process.stderr.write(`${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const [command, json = '{}', ...rest] = argv;
  const usage = `usage: compute <${Object.keys(commands).join('|')}> '<scenario JSON>'`;
  if (!command || !(command in commands)) fail(command ? `unknown model "${command}"; ${usage}` : usage);
  if (rest.length > 0) fail(`expected one scenario argument, received ${argv.length - 1}; ${usage}`);
  let scenario: unknown;
  try {
    scenario = JSON.parse(json);
  } catch (e) {
    fail(`scenario is not valid JSON: ${(e as Error).message}`);
  }
  const mod = await commands[command]!();
  let result: unknown;
  try {
    result = await mod.run(scenario);
  } catch (e) {
    if (e instanceof ComputeInputError) fail(e.message);
    throw e;
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main(process.argv.slice(2));
