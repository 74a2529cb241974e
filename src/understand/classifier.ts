/**
 * A small, fast topic classifier trained at start-up on the example phrasings in the content.
 *
 * Each example becomes a TF-IDF vector; a message is compared with every example that shares a
 * feature (through an inverted index) and with each topic's centroid. Inverse document frequency
 * is counted over topics, not examples, so words that every topic uses ("ice", "what") weigh
 * little and words that single out a topic ("warrant", "film") weigh a lot.
 */
import { featuresOf, featureWeight, type FeatureCounts } from './features.ts';

export interface TrainingExample {
  topic: string;
  text: string;
}

export interface TopicScore {
  topic: string;
  score: number;
}

type SparseVector = { ids: Int32Array; weights: Float32Array };
type Postings = { owners: Int32Array; weights: Float32Array };

/**
 * Postings grouped by feature in two flat arrays (owner, weight), with each feature's slice a view
 * into them: two passes over the entries, no per-feature lists to allocate.
 */
function packByFeature(features: number, entries: () => Iterable<readonly [number, number, number]>): Postings[] {
  const starts = new Int32Array(features + 1);
  for (const [feature] of entries()) starts[feature + 1]!++;
  for (let f = 0; f < features; f++) starts[f + 1]! += starts[f]!;
  const owners = new Int32Array(starts[features]!);
  const weights = new Float32Array(starts[features]!);
  const fill = starts.slice(0, features);
  for (const [feature, owner, weight] of entries()) {
    const at = fill[feature]!++;
    owners[at] = owner;
    weights[at] = weight;
  }
  return Array.from({ length: features }, (_, f) => ({ owners: owners.subarray(starts[f]!, starts[f + 1]!), weights: weights.subarray(starts[f]!, starts[f + 1]!) }));
}

/**
 * Features shared by nearly every topic ("the", "ice") add almost nothing to any score but would
 * cost the most time; they still count in vector lengths, but are not looked up.
 */
const MIN_INDEXED_IDF = 0.1;

/** How the nearest example and the topic centroid are blended into one score. */
const NEAREST_SHARE = 0.4;

export class TopicClassifier {
  private readonly featureIds = new Map<number, number>();
  private readonly idf: number[] = [];
  private readonly exampleTopics: Int32Array;
  private readonly postings: Postings[];
  private readonly centroidPostings: Postings[];
  /** Scratch space for one classification, reused to spare the garbage collector. */
  private readonly scratch: Float64Array;
  private readonly touched: Int32Array;
  readonly topics: string[];

  constructor(examples: readonly TrainingExample[]) {
    this.topics = [...new Set(examples.map((e) => e.topic))];
    const topicIndex = new Map(this.topics.map((t, i) => [t, i]));
    // Examples grouped by topic, so that a feature's topics can be counted with one marker each.
    const order = examples.map((_, i) => i).sort((a, b) => topicIndex.get(examples[a]!.topic)! - topicIndex.get(examples[b]!.topic)!);
    const counted = examples.map((e) => featuresOf(e.text));

    const topicCounts: number[] = [];
    const lastTopic: number[] = [];
    for (const i of order) {
      const topic = topicIndex.get(examples[i]!.topic)!;
      for (const key of counted[i]!.keys()) {
        let id = this.featureIds.get(key);
        if (id === undefined) {
          id = topicCounts.length;
          this.featureIds.set(key, id);
          topicCounts.push(0);
          lastTopic.push(-1);
        }
        if (lastTopic[id] !== topic) {
          lastTopic[id] = topic;
          topicCounts[id]!++;
        }
      }
    }
    for (const count of topicCounts) this.idf.push(Math.log((this.topics.length + 1) / count));

    this.exampleTopics = new Int32Array(examples.length);
    const vectors = counted.map((features, i) => {
      this.exampleTopics[i] = topicIndex.get(examples[i]!.topic)!;
      return this.vectorize(features);
    });
    const indexed = (id: number) => this.idf[id]! >= MIN_INDEXED_IDF;
    this.postings = packByFeature(this.idf.length, function* () {
      for (const [example, v] of vectors.entries()) for (let k = 0; k < v.ids.length; k++) if (indexed(v.ids[k]!)) yield [v.ids[k]!, example, v.weights[k]!];
    });

    // Each topic's centroid: the sum of its examples' vectors, normalised; one topic at a time.
    const sum = new Float64Array(this.idf.length);
    const touched: number[] = [];
    const centroidEntries: [number, number, number][] = [];
    for (let t = 0; t < this.topics.length; t++) {
      for (const i of order) {
        if (this.exampleTopics[i] !== t) continue;
        const v = vectors[i]!;
        for (let k = 0; k < v.ids.length; k++) {
          const id = v.ids[k]!;
          if (sum[id] === 0) touched.push(id);
          sum[id]! += v.weights[k]!;
        }
      }
      let squares = 0;
      for (const id of touched) squares += sum[id]! * sum[id]!;
      const norm = Math.sqrt(squares) || 1;
      for (const id of touched) {
        if (indexed(id)) centroidEntries.push([id, t, sum[id]! / norm]);
        sum[id] = 0;
      }
      touched.length = 0;
    }
    this.centroidPostings = packByFeature(this.idf.length, () => centroidEntries.values());
    this.scratch = new Float64Array(examples.length);
    this.touched = new Int32Array(examples.length);
  }

  /** Every topic's score for the text, best first. Scores are cosine-like, between 0 and 1. */
  classify(text: string): TopicScore[] {
    const query = this.vectorize(featuresOf(text));
    const nearest = new Float64Array(this.topics.length);
    const centroid = new Float64Array(this.topics.length);
    const { scratch, touched } = this;
    let touchedCount = 0;
    for (let k = 0; k < query.ids.length; k++) {
      const weight = query.weights[k]!;
      const p = this.postings[query.ids[k]!]!;
      for (let j = 0; j < p.owners.length; j++) {
        const example = p.owners[j]!;
        if (scratch[example] === 0) touched[touchedCount++] = example;
        scratch[example]! += weight * p.weights[j]!;
      }
      const c = this.centroidPostings[query.ids[k]!]!;
      for (let j = 0; j < c.owners.length; j++) centroid[c.owners[j]!]! += weight * c.weights[j]!;
    }
    for (let t = 0; t < touchedCount; t++) {
      const example = touched[t]!;
      const topic = this.exampleTopics[example]!;
      if (scratch[example]! > nearest[topic]!) nearest[topic] = scratch[example]!;
      scratch[example] = 0;
    }
    return this.topics
      .map((topic, i) => ({ topic, score: NEAREST_SHARE * nearest[i]! + (1 - NEAREST_SHARE) * centroid[i]! }))
      .sort((a, b) => b.score - a.score);
  }

  private vectorize(features: FeatureCounts): SparseVector {
    const ids: number[] = [];
    const weights: number[] = [];
    // Features no example has still count toward the length: a message of mostly unknown words
    // must not look like a close match because of the one word it shares.
    const unseenIdf = Math.log(this.topics.length + 1);
    let squares = 0;
    for (const [key, count] of features) {
      const id = this.featureIds.get(key);
      const weight = featureWeight(key, count) * (id === undefined ? unseenIdf : this.idf[id]!);
      squares += weight * weight;
      if (id === undefined) continue;
      ids.push(id);
      weights.push(weight);
    }
    const norm = Math.sqrt(squares) || 1;
    return { ids: Int32Array.from(ids), weights: Float32Array.from(weights.map((w) => w / norm)) };
  }
}
