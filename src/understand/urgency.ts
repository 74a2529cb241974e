/**
 * Is the encounter happening now? Urgent answers lead with a few steps and a hotline, so a missed
 * emergency costs more than a false alarm, but a calm "what if ICE comes someday?" must stay calm.
 *
 * A message is urgent when it says "now" in some form, or describes agents acting in the present
 * ("they're knocking", "ICE is outside"), and it is not a hypothetical or a story about the past.
 */
import { normalize } from './normalize.ts';

// "Now" words in every supported language (accent-free, lower case).
const NOW = new RegExp(
  [
    String.raw`\bright now\b`, String.raw`\brn\b`, String.raw`\bnow\b`, String.raw`\bcurrently\b`, String.raw`\bat the moment\b`, String.raw`\bas we speak\b`, String.raw`\bhappening\b`,
    String.raw`\bahora\b`, String.raw`\bahorita\b`, String.raw`\ben este momento\b`, String.raw`\bya mismo\b`,
    String.raw`\ben ce moment\b`, String.raw`\bmaintenant\b`, String.raw`\bactuellement\b`,
    String.raw`\bteraz\b`, String.raw`\bwlasnie\b`, String.raw`\bkounye a\b`, String.raw`\bkounya\b`, String.raw`\bkoulye a\b`, String.raw`\bla a\b`,
    String.raw`\babhi\b`, 'ابھی', 'الآن', 'الان', 'هلق', 'هلأ', 'دلوقتي',
    'сейчас', 'прямо сейчас', '现在', '正在', '马上', '此刻', '지금', 'এখন', 'এই মুহূর্তে',
  ].join('|'),
  'u',
);

// Agents acting in the present tense (English): "they are knocking", "ice is outside", "at my door".
const PRESENT_ACTION = new RegExp(
  [
    String.raw`\b(they are|there is|there are|ice is|ice are|agents are|officers are|police are|cops are|he is|she is|is|are)\s+(\w+\s+)?(knocking|banging|pounding|outside|here|at|in|inside|searching|taking|arresting|asking|trying|waiting|parked|standing|breaking|grabbing|handcuffing|detaining|questioning|raiding|demanding|telling|making|saying|pulling|stopping|checking|going|coming up)\b`,
    String.raw`\b(want|wants|telling|asking|making)\s+me\s+to\b`,
    String.raw`\b(is|are)\s+at\s+(my|our|the)\s+(door|house|home|apartment|job|work|building)\b`,
    String.raw`\bice (at|outside|in) (my|our|the)\b`,
    String.raw`\b(outside|at) (my|our) (\w+ )?(door|house|home|building|apartment)\b`,
    String.raw`\bhelp me\b`, String.raw`\bhurry\b`, String.raw`\bemergency\b`,
  ].join('|'),
  'u',
);

// Hypotheticals and stories about the past: "what if", "someday", "yesterday", "last week".
const HYPOTHETICAL = /\b(what if|if|in case|someday|one day|ever|when|would|could|might|should i|supposed to|future|prepare|plan)\b/u;
const PAST = /\b(yesterday|last night|last week|last month|this morning|ago|earlier|before|happened|came|was|were|did|took|got picked|got taken)\b/u;

export function soundsUrgent(text: string): boolean {
  const t = normalize(text).replace(/\s+/g, ' ');
  const past = PAST.test(t);
  if (NOW.test(t)) {
    // "now" in "they took him this morning, what do we do now" is about the aftermath.
    return !(past && !/\bright now\b|\brn\b/u.test(t) && !PRESENT_ACTION.test(t));
  }
  if (PRESENT_ACTION.test(t)) return !HYPOTHETICAL.test(t) && !past;
  return false;
}

/** A question about a possible future, which must never be answered in urgent mode. */
export function soundsHypothetical(text: string): boolean {
  const t = normalize(text);
  return HYPOTHETICAL.test(t) && !NOW.test(t);
}
