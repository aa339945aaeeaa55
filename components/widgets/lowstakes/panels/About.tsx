/** What the full model shows, for a reader meeting it for the first time (folded by default). */
export function About() {
  return (
    <div class="ls-explainer">
      <p>
        A learner picks, each step, a mixture of candidate policies and then sees every policy’s loss: by default one aligned policy (loss about 0.2), six mediocre ones (about 0.5), and three deceptive ones that look slightly better than the aligned one (about 0.15) until a turn step, and from then on make a <em>bad decision</em> every step, costing the stakes B. The learner’s expected loss is exact; a catastrophe is a run of m bad decisions in a row when the learner samples its action from its weights.
      </p>
      <p>
        <strong>Hedge</strong> weights each policy by exp(−η × its loss so far); <strong>Fixed-Share</strong> also spreads a small share γ of the weight evenly each step, so no policy is ever written off; <strong>follow-the-leader</strong> puts all weight on the best policy so far; <strong>train then deploy</strong> follows the leader for W steps, then never updates again.
      </p>
    </div>
  );
}
