/**
 * Public API of the parameter-tangent-space model (issue 10): a fully connected ReLU network in
 * NTK or mean-field parameterisation beside its linearisation at θ₀ (Lee et al. 2019), the
 * empirical NTK by the layer identity, the analytic infinite-width NNGP/NTK (Jacot et al. 2018;
 * Arora et al. 2019) and the measures of the spec. Plain TypeScript on Float64Arrays; browser-safe.
 */
export { analyticKernels, reluExpectations, type AnalyticKernels } from './analyticKernel';
export { empiricalNtk, type KernelSide } from './empiricalNtk';
export { infinitePrediction } from './infinitePrediction';
export { infiniteWidth, measureRun, type RunMeasures } from './measureRun';
export {
  deltas,
  forward,
  initParams,
  jvp,
  layerInput,
  maxWidth,
  networkLayout,
  parameterisations,
  SIGMA_B2,
  SIGMA_W2,
  vjp,
  type Activations,
  type Inputs,
  type Layout,
  type LayerLayout,
  type NetworkShape,
  type Parameterisation,
} from './network';
export { halfMse, relativeDistance } from './norms';
export { linearParameterSteps } from './parameterSpace';
export { applyStep, initRun, kernelSide, linearDelta, linearPredict, runLayout, trainSteps, type TangentConfig, type TangentRun } from './run';
export { runScenario, sweepWidth, type WidthRow } from './runScenario';
export { MAX_STEPS, parseScenario, scenarioDefaults, type TangentScenario } from './scenario';
export { symmetricEigen } from './symmetricEigen';
export { tangentTickets, type TicketCurve } from './tangentTickets';
export { makeTask, tangentTasks, target1d, TEST_1D, TEST_2D, TRAIN_1D, TRAIN_2D, type Split, type TangentTask, type TaskData } from './tasks';
