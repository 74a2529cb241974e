/**
 * Is the encounter happening now? Urgent answers lead with a few steps and a hotline, so a missed
 * emergency costs more than a false alarm, but a calm "what if ICE comes someday?" must stay calm.
 *
 * A message is urgent when it says "right now" in some form, or describes agents acting in the
 * present ("they're knocking", "I'm being arrested", "they just grabbed him"), and it is not a
 * hypothetical or a story about the past.
 */
import { normalize, words } from './normalize.ts';

const alternatives = (parts: string[]) => new RegExp(parts.join('|'), 'u');

// "Right now" in every supported language (accent-free, lower case). Unambiguous on its own.
const RIGHT_NOW = alternatives([
  String.raw`\bright now\b`, String.raw`\bat this moment\b`, String.raw`\bas we speak\b`, String.raw`\bhappening now\b`, String.raw`\bcurrently\b`,
  String.raw`\bahorita\b`, String.raw`\ben este momento\b`, String.raw`\bahora mismo\b`, String.raw`\bya mismo\b`,
  String.raw`\ben ce moment\b`, String.raw`\bmaintenant\b`, String.raw`\bactuellement\b`,
  String.raw`\bteraz\b`, String.raw`\bwlasnie teraz\b`, String.raw`\bkounye a\b`, String.raw`\bkounya\b`, String.raw`\bkoulye a\b`,
  String.raw`\babhi\b`, 'ابھی', 'الآن', 'الان', 'هلق', 'هلأ', 'دلوقتي', 'الحين', 'ذلحين', 'دحين', 'دابا', 'توا', 'هسه', 'هلا',
  // Written as people type them, then normalised the way messages are (й → и, آ → ا).
  ...['сейчас', 'прямо сейчас', '现在', '正在', '此刻', '지금', 'এখন', 'এই মুহূর্তে'].map((w) => normalize(w)),
]);

// "Now" alone, or "ahora": urgent unless the message is a hypothetical or about the past.
const NOW = /\b(now|ahora)\b/u;

const SUBJECT = String.raw`(they are|there are|there is|ice is|ice are|agents are|agent is|officers are|officer is|police are|cops are|feds are|men are|guys are|someone is|somebody is|people are|he is|she is|hes|shes)`;
const PRESENT_ACTION = alternatives([
  // "they are knocking", "ice is outside", "agents are at the door"
  String.raw`\b${SUBJECT}\s+(still\s+|now\s+|just\s+)?(\w+ing|outside|here|there|at (my|our|the)|in (my|our|the)|inside|downstairs|upstairs)\b`,
  // "… and are looking through the drawers": enforcement verbs in the present, whoever the subject
  String.raw`\b(is|are) (looking|searching|going through|taking|grabbing|breaking|arresting|handcuffing|detaining|questioning|knocking|banging|pounding|yelling|pushing|putting|dragging|checking|lining|raiding|chasing|following|surrounding|blocking)\b`,
  // "i am being arrested", "my husband is being taken"
  String.raw`\b(being|getting) (arrested|detained|taken|stopped|questioned|searched|handcuffed|grabbed|pulled over|deported|raided)\b`,
  // "they just grabbed my roommate", "agents just came in"
  String.raw`\bjust (grabbed|took|came|arrested|stopped|pulled|slid|showed|knocked|broke|pushed|walked|entered|got here|arrived|handcuffed|detained)\b`,
  // "they keep knocking", "still standing here"
  String.raw`\bkeeps? (knocking|banging|asking|yelling|calling|ringing|pounding)\b`,
  String.raw`\bstill (here|there|outside|standing|waiting|knocking|at the|in the)\b`,
  // someone at the door described as it happens
  String.raw`(^|\b(someone|somebody|people|guys|men|agents|officers|ice|they)\s+)(knocking|banging|pounding|ringing)\b`,
  String.raw`\b(want|wants|telling|asking|making|ordering|forcing)\s+me\s+to\b`,
  String.raw`\b(outside|at) (my|our) (\w+ )?(door|house|home|building|apartment|job|work)\b`,
  String.raw`\bi am (watching|hiding|locked|stuck|standing|sitting|in the|at the|inside|outside)\b`,
  String.raw`\b(help me|hurry|emergency|sos)\b`,
  // Spanish: "están tocando la puerta", "me están pidiendo papeles", "ayúdenme"
  String.raw`\b(estan|esta)\s+(\w+ando|\w+iendo)\b`,
  String.raw`\b(me|nos) (estan|esta) \w+`,
  String.raw`\b(ayudenme|ayudame|auxilio|socorro)\b`,
  // French: "ils frappent", "des agents me contrôlent", "ils veulent mes papiers"
  String.raw`\b(ils|elles|des agents|les agents|la police)\s+(me |nous |m )?(frappent|controlent|demandent|veulent|fouillent|cassent|attendent|sont la|sont devant|sont ici|arretent|emmenent)\b`,
  // Polish: "pukają", "pytają o dokumenty", "przeszukują"
  String.raw`\b(pukaja|stukaja|pytaja|przeszukuja|zabieraja|chca|stoja pod|wala w)\b`,
  // Haitian Creole: "yo la a", "y ap frape", "yap mande"
  String.raw`\b(y ?ap|yo ap)\s+\w+`,
  ...[
    // Russian present tense of what agents do: "стучат", "спрашивают", "обыскивают"
    'стучат', 'стучатся', 'спрашивают', 'требуют', 'обыскивают', 'забирают', 'ломают', 'держат', 'арестовывают', 'проверяют',
    // Bengali present continuous: "নক করছে", "বলছে"
    'করছে', 'বলছে', 'চাইছে', 'নিচ্ছে', 'ধরছে', 'খুঁজছে', 'দাঁড়িয়ে আছে', 'ধাক্কা দিচ্ছে',
    // …and as people say them in Dhaka and New York: "করতেছে", "করতাছে", "নিয়া যাইতেছে"
    'করতেছে', 'করতাছে', 'বলতেছে', 'বলতাছে', 'নিতেছে', 'যাইতেছে', 'ঢুকে গেছে', 'ঢুকছে',
    // Korean progressive "-고 있어요"
    '고 있어요', '고있어요', '고 있어', '고 있습니다',
    // Arabic (Levantine, Egyptian) "عم يدقوا", "بيخبطوا", "قاعدين"
    'عم يدق', 'عم يطرق', 'بيخبطوا', 'بيدقوا', 'قاعدين برا',
    // Urdu "kar rahe hain", "کر رہے ہیں"
    'rahe hain', 'raha hai', 'rahi hai', 'kar rahi', 'kar raha', 'kar rahe', 'رہے ہیں', 'رہا ہے', 'رہی ہے', 'رہی ہیں',
  ].map((w) => normalize(w)),
]);

// Hypotheticals and stories about the past: "what if", "someday", "yesterday", "last week".
const HYPOTHETICAL = /\b(if|in case|someday|one day|ever|when|would|could|might|should i|supposed to|future|prepare|plan|next time|si|cuando|en caso|algun dia|quand|au cas|jesli|jezeli|gdyby|kiedys|si yo|lè|le yo|если|когда-нибудь|যদি|만약|만일|إذا|اذا|لو|agar|اگر)\b|যদি|만약|إذا|اذا|اگر|если/u;
const PAST = /\b(yesterday|last night|last week|last month|last year|this morning|ago|earlier|happened|heard|hear|used to|ayer|anoche|la semana pasada|esta manana|hier|wczoraj)\b/u;

let lastText: string | undefined;
let lastPrepared = '';
/** Normalised words, with chat spellings expanded; both checks of one message share it. */
function prepared(text: string): string {
  if (text !== lastText) {
    lastPrepared = words(normalize(text)).join(' ');
    lastText = text;
  }
  return lastPrepared;
}

export function soundsUrgent(text: string): boolean {
  const t = prepared(text);
  const past = PAST.test(t);
  if (RIGHT_NOW.test(t)) return !past || PRESENT_ACTION.test(t);
  const present = PRESENT_ACTION.test(t);
  if (past || HYPOTHETICAL.test(t)) return present && !past && /\b(they are|being|just|keeps?|still)\b/u.test(t);
  return present || NOW.test(t);
}

/** A question about a possible future, which must never be answered in urgent mode. */
export function soundsHypothetical(text: string): boolean {
  const t = prepared(text);
  return HYPOTHETICAL.test(t) && !RIGHT_NOW.test(t) && !PRESENT_ACTION.test(t);
}
