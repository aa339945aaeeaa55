import { mdxToPlainText, sectionsOf, type NoteText } from './links';

/** A key term: its anchor id on /glossary/, its name, what it means, and the phrases that name it in the notes. */
export interface GlossaryTerm {
  /** Stable anchor id on /glossary/ (locked in content/anchors.json once built). */
  id: string;
  term: string;
  /** One or two sentences, supported by the notes, their annotations, the specs or the sources. */
  definition: string;
  /** Regular-expression sources (case-insensitive, matched on word boundaries) for the term in prose. */
  match: string[];
}

/**
 * The glossary. Every definition restates what a note, an editors' annotation, a spec in
 * shared/specs or content/sources.json says; nothing here is from elsewhere.
 * @example GLOSSARY.find((t) => t.id === 'mesa-optimizer')?.term // "Mesa-optimizer"
 */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'binary-neural-network',
    term: 'Binary neural network',
    definition:
      'A network whose weights (and in “MPT-1/1” tickets its activations too) take only two values; in biprop each kept weight becomes ±α, its sign times a per-layer gain α. A binary weight needs 1 bit instead of 32.',
    match: ['binary (?:neural )?networks?', 'binary weights?'],
  },
  {
    id: 'deceptive-alignment',
    term: 'Deceptive alignment',
    definition:
      'A mesa-optimizer is deceptively aligned if it behaves well during training only because that serves its own objective, and would act differently once it could get away with it; no training data from before that moment tells it apart from an honest model.',
    match: ['deceptive(?:ly)? align(?:ed|ment)'],
  },
  {
    id: 'edge-popup-and-biprop',
    term: 'Edge-popup and biprop',
    definition:
      'Algorithms that find an accurate subnetwork of a random network without training its weights: every frozen weight gets a real-valued score, each layer keeps its top-scoring fraction, and only the scores are trained by gradient descent. Biprop, the multi-prize paper’s algorithm, also binarises the kept weights to ±α.',
    match: ['edge-popup', 'biprop'],
  },
  {
    id: 'first-trial-probability',
    term: 'First-trial probability',
    definition:
      'In Davidson’s semi-informative priors, the probability one would have given, before anyone tried, to success on the first trial (typically a year); it is the mean of the Beta prior. For AGI the report’s point estimate is about 1/300, in a range of 1/1000 to 1/100.',
    match: ['first[- ]trial probabilit(?:y|ies)'],
  },
  {
    id: 'imitation-learning',
    term: 'Imitation learning',
    definition:
      'Training a model to act as a demonstrator (the “target of imitation”) would. Cohen, Hutter and Nanda’s conservative imitator acts only on what all of its most probable models approve and otherwise asks the demonstrator.',
    match: ['imitation learning'],
  },
  {
    id: 'inner-alignment',
    term: 'Inner alignment',
    definition:
      'Making sure the trained model robustly pursues the objective it was trained on, as opposed to finding the right objective (outer alignment). Deceptively aligned mesa-optimizers are its central worry.',
    match: ['inner[- ]align(?:ment|ed)'],
  },
  {
    id: 'laplaces-rule-of-succession',
    term: 'Laplace’s rule of succession',
    definition:
      'With a uniform prior, Beta(1, 1), over a fixed per-trial probability p (the Laplace prior), after M successes in N trials the probability that the next trial succeeds is (M + 1)/(N + 2): the empirical frequency as if one success and one failure had been seen first.',
    match: ['laplace(?:’s|\'s)? (?:prior|rule(?: of succession)?)', 'rule of succession'],
  },
  {
    id: 'lottery-ticket',
    term: 'Lottery ticket',
    definition:
      'A subnetwork of a randomly initialised network that can match the accuracy of the whole trained network: after training from its initial weights in the original hypothesis, with no weight training at all in the multi-prize one. Wentworth proposes the parameter tangent space as the real set of lottery tickets.',
    match: ['lottery tickets?', 'winning tickets?'],
  },
  {
    id: 'lottery-ticket-hypothesis',
    term: 'Lottery ticket hypothesis',
    definition:
      'Frankle and Carbin’s hypothesis (ICLR 2019) that a randomly initialised dense network contains a subnetwork which, trained in isolation from its original initial weights, reaches the full network’s test accuracy in at most as many iterations.',
    match: ['lottery[- ]ticket hypothes[ie]s'],
  },
  {
    id: 'low-stakes-setting',
    term: 'Low-stakes setting',
    definition:
      'A setting in which the possible negative impact of any single decision is bounded at a low amount, so only long-run average behaviour matters and a model can be trained online through distributional shift. Christiano introduces it to isolate outer alignment.',
    match: ['low[- ]stakes settings?', 'low[- ]stakes'],
  },
  {
    id: 'map-trick',
    term: 'MAP trick',
    definition:
      'Reasoning with the maximum a posteriori world model, the single most probable one, as the agent of Cohen, Vellambi and Hutter’s “Asymptotically Unambitious Artificial General Intelligence” does. Xu named it in Intermittent Distillations #1 and likens the top-k trick to it.',
    match: ['MAP trick'],
  },
  {
    id: 'mesa-optimizer',
    term: 'Mesa-optimizer',
    definition: 'A learned model that is itself an optimizer, with an objective of its own.',
    match: ['mesa-optimi[sz](?:ers?|ation)'],
  },
  {
    id: 'min-distribution',
    term: 'Min distribution and query probability',
    definition:
      'For each action, the minimum over the top set of the probabilities its models give it: p₀(a) = min ν(a | h). It sums to at most one; the remainder, θ_q = 1 − Σ p₀(a), is the query probability, with which the imitator asks the demonstrator instead of acting.',
    match: ['min[- ]distributions?', 'query probabilit(?:y|ies)'],
  },
  {
    id: 'multi-prize-lottery-ticket',
    term: 'Multi-prize lottery ticket',
    definition:
      'A subnetwork of a large random network that wins three prizes at once: accuracy comparable to the trained network, with no weight training, and robustness to quantisation. Diffenderfer and Kailkhura bound how large a network must be for such a ticket to exist with high probability.',
    match: ['multi-prize (?:lottery )?tickets?(?: hypothes[ie]s)?'],
  },
  {
    id: 'outer-alignment',
    term: 'Outer alignment',
    definition:
      'Roughly, finding an objective whose optimisation gives the behaviour we want (an outer-aligned objective produces good behaviour in the limit of optimisation), as opposed to making sure the trained model robustly pursues it (inner alignment).',
    match: ['outer[- ]align(?:ment|ed)'],
  },
  {
    id: 'outside-and-inside-view',
    term: 'Outside view and inside view',
    definition:
      'The two ends of a sliding scale of how much evidence particular to a situation a prediction uses: the outside view finds appropriate reference classes and extrapolates; the inside view considers information particular to the case.',
    match: ['outside[- ]view', 'inside[- ]view'],
  },
  {
    id: 'parameter-tangent-space',
    term: 'Parameter tangent space',
    definition:
      'The functions a network reaches under its linearisation around the initial weights θ₀, f(x, θ₀) + Δθ · ∂f/∂θ(x, θ₀), as Δθ varies. Wentworth argues that SGD effectively searches this space, which makes it, not the subnetworks at initialisation, the set of lottery tickets.',
    match: ['(?:parameter )?tangent space'],
  },
  {
    id: 'regret-bound',
    term: 'Regret bound',
    definition:
      'In online learning, regret is how much worse the learner’s total loss is than that of the best fixed model in hindsight; a regret bound guarantees it grows more slowly than the number of decisions, so average performance approaches the best model’s.',
    match: ['regret bounds?'],
  },
  {
    id: 'semi-informative-prior',
    term: 'Semi-informative prior',
    definition:
      'Davidson’s generalisation of the Laplace prior: a Beta prior over a constant per-trial chance of success, set by a first-trial probability, a number of virtual successes, a trial definition (calendar years, researcher-years or compute) and a start (1956 for AI).',
    match: ['semi-informative priors?'],
  },
  {
    id: 'strategy-stealing',
    term: 'Strategy-stealing assumption',
    definition:
      'Christiano’s assumption that for any strategy an unaligned AI could use to influence the long-run future, a similarly sized group of humans has an analogous strategy that captures a similar amount of flexible influence.',
    match: ['strategy-stealing(?: assumption)?'],
  },
  {
    id: 'top-k-set',
    term: 'Top-k set',
    definition:
      'The most probable models, over which the conservative imitator takes its minimum. The note paraphrases it as the k models of highest posterior; the paper keeps model k iff its weight w_k ≥ α(w₁ + … + w_k), so the MAP model is always in and there are at most ⌊1/α⌋ members.',
    match: ['top-k'],
  },
  {
    id: 'uninformative-prior',
    term: 'Uninformative prior',
    definition:
      'A starting point for a prediction that assumes minimal information about the situation at hand, later updated with what one knows of the specific case; how strongly one updates places one on the outside/inside-view scale.',
    match: ['uninformative priors?'],
  },
  {
    id: 'virtual-successes',
    term: 'Virtual successes',
    definition:
      'The α of the semi-informative prior Beta(α, β), 1 by default, with β = α/ftp − α: how many successes the prior behaves as if it had seen. After n failed trials the next succeeds with probability 1/(1/ftp + n/vs), so fewer virtual successes make failures count for more.',
    match: ['virtual success(?:es)?'],
  },
];

/** A term found in a text: where it starts and ends, and which term it is. */
export interface TermMatch {
  start: number;
  end: number;
  id: string;
}

const compiled = new WeakMap<readonly GlossaryTerm[], { id: string; re: RegExp }[]>();
function patterns(terms: readonly GlossaryTerm[]) {
  let out = compiled.get(terms);
  if (!out) {
    // Letters, digits and hyphens on either side mean the phrase is part of a longer word.
    out = terms.map((t) => ({ id: t.id, re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${t.match.join('|')})(?![\\p{L}\\p{N}-])`, 'giu') }));
    compiled.set(terms, out);
  }
  return out;
}

/**
 * The terms named in a text, left to right, without overlaps, each term at most once and none
 * in `skip` (the terms already linked in this note; the caller adds the returned ids to it).
 * At one position the longest phrase wins.
 * @example findTerms('A deceptively aligned mesa-optimizer and another mesa-optimizer.', GLOSSARY).map((m) => m.id) // ["deceptive-alignment", "mesa-optimizer"]
 */
export function findTerms(text: string, terms: readonly GlossaryTerm[], skip: ReadonlySet<string> = new Set()): TermMatch[] {
  const candidates: TermMatch[] = [];
  for (const { id, re } of patterns(terms)) {
    if (skip.has(id)) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) candidates.push({ start: m.index, end: m.index + m[0].length, id });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermMatch[] = [];
  const taken = new Set<string>();
  let cursor = 0;
  for (const c of candidates) {
    if (c.start < cursor || taken.has(c.id)) continue;
    out.push(c);
    taken.add(c.id);
    cursor = c.end;
  }
  return out;
}

/** Where a term appears: a note and one of its sections. */
export interface Appearance {
  slug: string;
  title: string;
  section: string;
  sectionTitle: string;
}

/**
 * For each term, the note sections whose text (the client's words and the editors' margin notes)
 * names it, in the notes' order.
 * @example termAppearances([{ slug: 'a', title: 'A', body: '## Summary\n\nA top-k set.' }], GLOSSARY).get('top-k-set') // [{ slug: 'a', title: 'A', section: 'summary', sectionTitle: 'Summary' }]
 */
export function termAppearances(notes: readonly NoteText[], terms: readonly GlossaryTerm[]): Map<string, Appearance[]> {
  const out = new Map<string, Appearance[]>(terms.map((t) => [t.id, []]));
  for (const note of notes) {
    for (const section of sectionsOf(note.body)) {
      const text = mdxToPlainText(section.mdx);
      for (const { id, re } of patterns(terms)) {
        re.lastIndex = 0;
        if (re.test(text)) out.get(id)!.push({ slug: note.slug, title: note.title, section: section.id, sectionTitle: section.title });
      }
    }
  }
  return out;
}
