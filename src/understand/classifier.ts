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
 * Features shared by nearly every topic ("the", "ice") add almost nothing to any score but would
 * cost the most time; they still count in vector lengths, but are not looked up.
 */
const MIN_INDEXED_IDF = 0.1;
const EMPTY: Postings = { owners: new Int32Array(0), weights: new Float32Array(0) };

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
    const counted = examples.map((e) => featuresOf(e.text));

    const topicsWith = new Map<number, Set<number>>();
    counted.forEach((features, i) => {
      const topic = topicIndex.get(examples[i]!.topic)!;
      for (const key of features.keys()) {
        if (!topicsWith.has(key)) topicsWith.set(key, new Set());
        topicsWith.get(key)!.add(topic);
      }
    });
    for (const [key, owners] of topicsWith) {
      this.featureIds.set(key, this.idf.length);
      this.idf.push(Math.log((this.topics.length + 1) / owners.size));
    }

    const postings: [number, number][][] = this.idf.map(() => []);
    const centroidPostings: [number, number][][] = this.idf.map(() => []);
    this.exampleTopics = new Int32Array(examples.length);
    const centroids = this.topics.map(() => new Map<number, number>());
    counted.forEach((features, i) => {
      const topic = topicIndex.get(examples[i]!.topic)!;
      this.exampleTopics[i] = topic;
      const vector = this.vectorize(features);
      for (let k = 0; k < vector.ids.length; k++) {
        const id = vector.ids[k]!;
        const weight = vector.weights[k]!;
        postings[id]!.push([i, weight]);
        centroids[topic]!.set(id, (centroids[topic]!.get(id) ?? 0) + weight);
      }
    });
    centroids.forEach((centroid, topic) => {
      let squares = 0;
      for (const w of centroid.values()) squares += w * w;
      const norm = Math.sqrt(squares) || 1;
      for (const [id, weight] of centroid) centroidPostings[id]!.push([topic, weight / norm]);
    });
    const pack = (list: [number, number][], id: number): Postings =>
      this.idf[id]! < MIN_INDEXED_IDF || list.length === 0
        ? EMPTY
        : { owners: Int32Array.from(list, ([o]) => o), weights: Float32Array.from(list, ([, w]) => w) };
    this.postings = postings.map(pack);
    this.centroidPostings = centroidPostings.map(pack);
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
