/// <reference lib="webworker" />
/**
 * The widget's compute thread: the run on the left (network beside its linearisation) and the width
 * sweep train here, so the page's main thread only draws. Exposed with comlink; see trainer.ts.
 */
import { expose } from 'comlink';
import { sweepWidth, type TangentScenario, tangentTickets, type TangentConfig } from '@intermittent-distillations/compute/tangent';
import { advance, createSession, frameOf, TICKETS_WHILE_TRAINING, type Frame, type Session } from './frames';

let session: Session | null = null;

function frame(s: Session): Frame {
  const f = frameOf(s, { tickets: s.run.theta.length <= TICKETS_WHILE_TRAINING || s.run.step >= s.totalSteps });
  if (!Number.isFinite(f.trainLoss) || !f.network.every(Number.isFinite)) {
    throw new Error(`The network diverged at step ${f.step}: lower the learning rate.`);
  }
  return f;
}

const api = {
  setup(config: TangentConfig, totalSteps: number): Frame {
    session = createSession(config, totalSteps);
    return frame(session);
  },
  advance(steps: number, budgetMs: number): Frame {
    if (!session) throw new Error('advance: expected a run set up first, received none');
    session = advance(session, steps, budgetMs);
    return frame(session);
  },
  tickets() {
    if (!session) throw new Error('tickets: expected a run set up first, received none');
    return tangentTickets(session.run);
  },
  sweepWidth(scenario: TangentScenario, width: number) {
    return sweepWidth(scenario, width);
  },
};

/** What the page's comlink proxy can call. */
export type WorkerApi = typeof api;

expose(api);
