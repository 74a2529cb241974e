/**
 * From a typed message and the conversation so far to a decision: which topic, which language,
 * whether it is happening now. When unsure it says so (topic `fallback`) rather than guess a
 * rights answer.
 */
import type { Catalog } from '../content/catalog.ts';
import type { Lang, TopicId } from '../content/topic-ids.ts';
import type { Session } from '../session/session.ts';
import { TopicClassifier, type TopicScore } from './classifier.ts';
import { languageCandidates } from './language.ts';
import { requestedLanguage } from './language-request.ts';
import { normalize, words } from './normalize.ts';
import { soundsHarmful } from './harmful.ts';
import { soundsHypothetical, soundsUrgent } from './urgency.ts';

export interface Understanding {
  topic: TopicId;
  /** The language the message is written in, when it is clear. */
  writtenIn?: Lang;
  /** A language the person asked to be answered in. */
  requested?: Lang;
  urgent: boolean;
  hypothetical: boolean;
}

/** Below this the bot does not trust its best guess. */
const MIN_SCORE = 0.08;
/** A short message after an answer is often a follow-up: its neighbours get this much extra. */
const FOLLOWUP_BONUS = 0.08;
const SAME_TOPIC_BONUS = 0.05;
/** Below this, resemblance to one language's examples does not settle a tie. */
const LANGUAGE_MIN_SCORE = 0.15;
/** A question about the bot's languages ("which languages do you have?", "can you translate"). */
const ABOUT_LANGUAGES = /\b(languages?|idiomas?|langues?|jezyk\w*|translat\w*|traduc\w*)\b/u;
/** Messages of at most this many words may lean on the conversation. */
const SHORT_MESSAGE_WORDS = 7;
const FOLLOWUP_OPENERS = /^(and|but|what about|how about|what if|and if|also|so|then|y|pero|et|mais|ale|и|а|но|y si|et si|a jesli|a co|ak|epi|aur|اور|و|또|그럼|那|那么|还有|如果|এবং|আর|তাহলে)\b/u;

export class Understander {
  /**
   * One topic classifier per language, trained on that language's examples only: a message in a
   * language is compared with phrasings in that language, and words another language's examples
   * share ("ICE", "warrant") do not blur its topics.
   */
  private readonly byLanguage = new Map<Lang, TopicClassifier>();

  constructor(
    private readonly catalog: Catalog,
    private readonly minScore = MIN_SCORE,
  ) {
    for (const [lang, byTopic] of catalog.answers) {
      this.byLanguage.set(lang, new TopicClassifier([...byTopic.values()].flatMap((a) => a.examples.map((text) => ({ topic: a.topic, text })))));
    }
  }

  /**
   * The language a message is written in: its script or small words when they are clear; when
   * they tie, the tied language whose example phrasings it resembles most.
   */
  private writtenIn(text: string): { lang?: Lang; scores?: TopicScore[] } {
    const candidates = languageCandidates(text);
    if (candidates.length <= 1) return { lang: candidates[0] };
    // The tied language whose own phrasings the message matches best; its topic scores are kept.
    let best: { lang: Lang; scores: TopicScore[] } | undefined;
    for (const lang of candidates) {
      const scores = this.byLanguage.get(lang)?.classify(text);
      if (scores?.[0] && scores[0].score > (best?.scores[0]?.score ?? 0)) best = { lang, scores };
    }
    if (best && best.scores[0]!.score >= LANGUAGE_MIN_SCORE) return best;
    // Arabic script with nothing to tell Urdu apart is most often Arabic.
    return { lang: candidates.includes('ar') ? 'ar' : undefined };
  }

  /** `now` (ms since epoch) decides whether an earlier urgent answer still holds. */
  understand(text: string, session: Session, now = Date.now()): Understanding {
    const { lang: writtenIn, scores: scoredAlready } = this.writtenIn(text);
    const requested = requestedLanguage(text, writtenIn);
    const hypothetical = soundsHypothetical(text);
    const urgentNow = soundsUrgent(text);
    if (requested) return { topic: 'language', writtenIn, requested, urgent: false, hypothetical };

    if (soundsHarmful(text)) return { topic: 'harmful', writtenIn, urgent: false, hypothetical };

    const scores = scoredAlready ?? this.classify(text, writtenIn ?? session.lang);
    const normalized = normalize(text);
    const wordCount = words(normalized).length;
    const opensFollowUp = FOLLOWUP_OPENERS.test(normalized);
    const leansOnContext = session.topic !== undefined && (wordCount <= SHORT_MESSAGE_WORDS || opensFollowUp);
    const adjusted = leansOnContext ? this.withContext(scores, session.topic!) : scores;
    // "language" and "start" are for messages about the bot itself; in a longer message about
    // something else the words that suggest them ("speak English", "good afternoon") are context.
    const aboutLanguages = ABOUT_LANGUAGES.test(normalized);
    const best = adjusted.find((s) =>
      s.topic === 'language' ? wordCount <= 4 || aboutLanguages : s.topic === 'start' ? wordCount <= 8 && !aboutLanguages : true);
    let topic: TopicId = best && best.score >= this.minScore ? (best.topic as TopicId) : 'fallback';
    // A fragment that names no other topic ("and if I am not a citizen?") continues the last one.
    if (topic === 'fallback' && leansOnContext && opensFollowUp && session.topic !== 'fallback') {
      topic = session.topic!;
    }
    const structure = this.catalog.topics.get(topic);
    const stillHappening = (session.urgentUntil ?? 0) > now;
    const urgent = Boolean(structure?.urgent) && (urgentNow || stillHappening);
    return { topic, writtenIn, urgent, hypothetical };
  }

  /**
   * Topic scores from the message's own language; when the language is unknown or has no
   * examples, the best each topic scores in any language.
   */
  private classify(text: string, lang: Lang | undefined): TopicScore[] {
    const own = lang && this.byLanguage.get(lang);
    if (own) return own.classify(text);
    const best = new Map<string, number>();
    for (const classifier of this.byLanguage.values()) {
      for (const { topic, score } of classifier.classify(text)) if (score > (best.get(topic) ?? -1)) best.set(topic, score);
    }
    return [...best].map(([topic, score]) => ({ topic, score })).sort((a, b) => b.score - a.score);
  }

  private withContext(scores: TopicScore[], last: TopicId): TopicScore[] {
    const followups = new Set(this.catalog.topics.get(last)?.followups ?? []);
    return scores
      .map(({ topic, score }) => ({
        topic,
        score: score + (followups.has(topic as TopicId) ? FOLLOWUP_BONUS : 0) + (topic === last ? SAME_TOPIC_BONUS : 0),
      }))
      .sort((a, b) => b.score - a.score);
  }
}
