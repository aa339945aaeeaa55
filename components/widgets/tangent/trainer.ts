import type { TangentConfig, WidthRow, TangentScenario, TicketCurve } from '@intermittent-distillations/compute/tangent';
import type { Frame } from './frames';

/**
 * The compute side of the widget as the island sees it: in the page a comlink proxy of a module
 * Web Worker (tangent.worker.ts), in component tests a fake. Calls on one trainer run one at a time.
 * @example const t = await createTrainer(); const f = await t.setup(config, 2000); await t.advance(50, 40)
 */
export interface Trainer {
  /** Start (or restart) the run at step 0 and return its first frame. */
  setup(config: TangentConfig, totalSteps: number): Promise<Frame>;
  /** Train up to `steps` more steps for about `budgetMs` (Infinity: all of them) and return the frame. */
  advance(steps: number, budgetMs: number): Promise<Frame>;
  /** The current run's tangent tickets (frames skip them while training a large network). */
  tickets(): Promise<TicketCurve>;
  /** One width of a sweep, trained to the scenario's last step and measured. */
  sweepWidth(scenario: TangentScenario, width: number): Promise<WidthRow>;
  /** End the worker. */
  dispose(): void;
}

/** Makes a trainer; called on first use, so the worker and comlink load only then. */
export type TrainerFactory = () => Promise<Trainer>;
