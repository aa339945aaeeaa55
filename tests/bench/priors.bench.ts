/** Speed of the priors model: the central preset with its curves to 2100, cached and uncached calibrations. */
import { medianMs } from '../helpers/timing';
import { clearCalibrationCache, evaluateScenario, parseScenario } from '../../src/compute/priors/index';

const central = parseScenario({ preset: 'central', to: 2100 });
const cached = medianMs(() => evaluateScenario(central), 500, 50);
const uncached = medianMs(() => {
  clearCalibrationCache();
  evaluateScenario(central);
}, 200, 20);
const coarse = parseScenario({ preset: 'central', to: 2100, increment: 0.01 });
const cachedCoarse = medianMs(() => evaluateScenario(coarse), 500, 50);
const withParse = medianMs(() => evaluateScenario(parseScenario({ preset: 'central', to: 2100 })), 500, 50);
console.log(`central preset + curves 2020–2100, calibrations cached: ${cached.toFixed(3)} ms median (target < 1 ms)`);
console.log(`central preset + curves, calibrations uncached (root finding each call): ${uncached.toFixed(3)} ms median (target < 1 ms)`);
console.log(`central preset, 1% trials, cached: ${cachedCoarse.toFixed(3)} ms median (target < 1 ms)`);
console.log(`central preset incl. parseScenario, cached: ${withParse.toFixed(3)} ms median (target < 1 ms)`);
console.log('reference: the report’s Python code takes ~40 s for the central preset at 0.01% trials (spec §6)');
