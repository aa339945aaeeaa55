/** What the full model shows, folded (its open state in the URL): a focused figure leaves this to the note's text. */
import { Disclosure } from '../../../ui/instance/index';

export function About({ open, onToggle }: { open: boolean; onToggle: (open: boolean) => void }) {
  return (
    <Disclosure class="imit-explainer" summary="What you are seeing" open={open} onToggle={onToggle}>
      <p>One toy world and three imitators, stepping together. In each of four contexts the demonstrator picks action 0 or action 1, and never the third action, the catastrophe. Each imitator holds a posterior over 26 candidate policies: the demonstrator itself, twenty honest but wrong ones, and five deceptive ones that copy the demonstrator exactly until a trigger step, then put 90% on the catastrophe. The deceptive ones start with more prior weight, and no data before the trigger can tell them apart from the demonstrator.</p>
      <p>The <strong>conservative imitator</strong> takes, for each action, the smallest probability any model in its set gives it, and acts itself with those probabilities; the probability left over, θ<sub>q</sub>, is the chance it asks the demonstrator instead, and only those answers update its posterior. The <strong>Bayes mixture</strong> and the <strong>MAP model</strong> watch the demonstrator for 200 steps and then act alone. Watch the catastrophe counts after the trigger.</p>
      <p><strong>Paper vs note.</strong> The paper picks the set with a threshold α: a model is in if its weight is at least α times the total weight of it and all models above it, and the demonstrator then stays in with probability at least 1 − α / w(π<sup>d</sup>). The note describes the set as the top k models; the “Set rule” switch offers both.</p>
    </Disclosure>
  );
}
