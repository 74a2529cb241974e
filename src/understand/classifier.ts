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

/** How the nearest example and the topic centroid are blended into one score. */
const NEAREST_SHARE = 0.4;

export class TopicClassifier {
  private readonly featureIds = new Map<string, number>();
  private readonly idf: number[] = [];
  private readonly exampleTopics: number[] = [];
  private readonly postings: { example: number; weight: number }[][] = [];
  private readonly centroidPostings: { topic: number; weight: number }[][] = [];
  readonly topics: string[];

  constructor(examples: readonly TrainingExample[]) {
    this.topics = [...new Set(examples.map((e) => e.topic))];
    const topicIndex = new Map(this.topics.map((t, i) => [t, i]));
    const counted = examples.map((e) => featuresOf(e.text));

    const topicsWith = new Map<string, Set<number>>();
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
      this.postings.push([]);
      this.centroidPostings.push([]);
    }

    const centroids = this.topics.map(() => new Map<number, number>());
    counted.forEach((features, i) => {
      const topic = topicIndex.get(examples[i]!.topic)!;
      this.exampleTopics.push(topic);
      const vector = this.vectorize(features);
      for (let k = 0; k < vector.ids.length; k++) {
        const id = vector.ids[k]!;
        const weight = vector.weights[k]!;
        this.postings[id]!.push({ example: i, weight });
        centroids[topic]!.set(id, (centroids[topic]!.get(id) ?? 0) + weight);
      }
    });
    centroids.forEach((centroid, topic) => {
      let squares = 0;
      for (const w of centroid.values()) squares += w * w;
      const norm = Math.sqrt(squares) || 1;
      for (const [id, weight] of centroid) this.centroidPostings[id]!.push({ topic, weight: weight / norm });
    });
  }

  /** Every topic's score for the text, best first. Scores are cosine-like, between 0 and 1. */
  classify(text: string): TopicScore[] {
    const query = this.vectorize(featuresOf(text));
    const nearest = new Float64Array(this.topics.length);
    const centroid = new Float64Array(this.topics.length);
    const perExample = new Map<number, number>();
    for (let k = 0; k < query.ids.length; k++) {
      const id = query.ids[k]!;
      const weight = query.weights[k]!;
      for (const p of this.postings[id]!) perExample.set(p.example, (perExample.get(p.example) ?? 0) + weight * p.weight);
      for (const p of this.centroidPostings[id]!) centroid[p.topic]! += weight * p.weight;
    }
    for (const [example, sim] of perExample) {
      const topic = this.exampleTopics[example]!;
      if (sim > nearest[topic]!) nearest[topic] = sim;
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
