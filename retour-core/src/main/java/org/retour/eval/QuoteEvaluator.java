package org.retour.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.model.Span;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Layers;

/**
 * Scores predicted quotes and speakers against gold quotes.
 *
 * <p>A predicted quote matches a gold quote when the characters both cover, divided by the length of
 * the longer, reach the threshold; trailing punctuation and spaces (and leading spaces) are ignored.
 * Matching is greedy and one-to-one, best overlaps first. On quotes matched at {@link #LOOSE}, the
 * speaker is correct when both are unnamed or the predicted name is the gold person's ({@link
 * Names#samePerson}: the gold last word is among its words and the given names do not differ), and
 * the voice when it equals the gold role. Articles without gold quotes (key absent) are skipped.
 */
public final class QuoteEvaluator {

    /** The loose overlap threshold. */
    public static final double LOOSE = 0.3;
    /** The strict overlap threshold. */
    public static final double STRICT = 0.8;

    /** Scores every case, per language and overall. */
    public LanguageReport<QuoteScores> evaluate(List<EvalCase> cases) {
        Map<String, QuoteScores> byLang = new HashMap<>();
        QuoteScores overall = QuoteScores.EMPTY;
        List<EvalError> errors = new ArrayList<>();
        for (EvalCase c : cases) {
            if (c.gold().quotes() == null) {
                continue;
            }
            QuoteScores s = score(c, errors);
            byLang.merge(c.gold().lang(), s, QuoteScores::plus);
            overall = overall.plus(s);
        }
        return new LanguageReport<>(byLang, overall, errors);
    }

    /** The scores of one article; its errors are added to {@code errors}. */
    QuoteScores score(EvalCase c, List<EvalError> errors) {
        String text = c.gold().body();
        String id = c.gold().id();
        String lang = c.gold().lang();
        List<GoldQuote> gold = c.gold().quotes().stream().filter(q -> q.span() != null).toList();
        List<Quote> predicted = c.predicted().list(Layers.QUOTES);
        List<Span> g = gold.stream().map(q -> trim(q.span(), text)).toList();
        List<Span> p = predicted.stream().map(q -> trim(q.span(), text)).toList();
        List<Matching.Pair> loose = Matching.greedy(g, p, QuoteEvaluator::overlapRatio, LOOSE);
        List<Matching.Pair> strict = Matching.greedy(g, p, QuoteEvaluator::overlapRatio, STRICT);
        Ratio speaker = Ratio.ZERO;
        Ratio voice = Ratio.ZERO;
        Ratio voiceOfRightSpeaker = Ratio.ZERO;
        SpeakerErrors wrong = SpeakerErrors.NONE;
        Map<String, Map<String, Integer>> voices = new HashMap<>();
        boolean[] goldHit = new boolean[gold.size()];
        boolean[] predHit = new boolean[predicted.size()];
        for (Matching.Pair m : loose) {
            goldHit[m.gold()] = true;
            predHit[m.predicted()] = true;
            GoldQuote gq = gold.get(m.gold());
            Attribution attribution = predicted.get(m.predicted()).attribution();
            Speaker ps = attribution.speaker();
            boolean speakerOk = speakerCorrect(gq.speaker(), ps == null ? null : ps.name())
                    || organisationNamed(gq.speaker(), ps, c.predicted());
            speaker = speaker.add(speakerOk);
            if (!speakerOk) {
                wrong = wrong.plus(SpeakerErrors.of(gq.speaker(), attribution,
                        speaksAnotherQuote(gold, gq, ps == null ? null : ps.name())));
                errors.add(new EvalError(id, lang, EvalError.Kind.WRONG_SPEAKER, gq.text(),
                        "expected " + (gq.speaker() == null ? "an unnamed speaker" : gq.speaker())
                                + ", found " + describe(ps)));
            }
            if (gq.speakerRole() != null) {
                String pv = ps == null ? Voice.UNKNOWN.label() : ps.voice().label();
                boolean voiceOk = pv.equals(gq.speakerRole());
                voice = voice.add(voiceOk);
                if (speakerOk) {
                    voiceOfRightSpeaker = voiceOfRightSpeaker.add(voiceOk);
                }
                Confusion.count(voices, gq.speakerRole(), pv);
                if (!voiceOk) {
                    errors.add(new EvalError(id, lang, EvalError.Kind.WRONG_VOICE, gq.text(),
                            "expected " + gq.speakerRole() + ", found " + pv));
                }
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!goldHit[i]) {
                GoldQuote gq = gold.get(i);
                errors.add(new EvalError(id, lang, EvalError.Kind.MISSED_QUOTE, gq.text(),
                        "speaker " + (gq.speaker() == null ? "unnamed" : gq.speaker())
                                + (gq.speakerRole() == null ? "" : " (" + gq.speakerRole() + ")")));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!predHit[i]) {
                Quote q = predicted.get(i);
                errors.add(new EvalError(id, lang, EvalError.Kind.FALSE_QUOTE, q.span().of(text),
                        "speaker " + describe(q.attribution().speaker())));
            }
        }
        return new QuoteScores(1, gold.size(), predicted.size(), Prf.of(loose.size(), predicted.size(), gold.size()),
                Prf.of(strict.size(), predicted.size(), gold.size()), speaker, voice, voiceOfRightSpeaker, wrong,
                new Confusion(voices));
    }

    /** Whether a predicted name is the gold speaker of a quote of the article other than {@code quote}. */
    private static boolean speaksAnotherQuote(List<GoldQuote> gold, GoldQuote quote, String predictedName) {
        if (predictedName == null || predictedName.isBlank()) {
            return false;
        }
        for (GoldQuote other : gold) {
            if (other != quote && other.speaker() != null && !other.speaker().isBlank()
                    && Names.lastWordIn(other.speaker(), predictedName)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a predicted speaker name is right for a gold speaker (null: unnamed). */
    static boolean speakerCorrect(String goldSpeaker, String predictedName) {
        boolean predictedUnnamed = predictedName == null || predictedName.isBlank();
        if (goldSpeaker == null || goldSpeaker.isBlank()) {
            return predictedUnnamed;
        }
        return !predictedUnnamed && Names.samePerson(goldSpeaker, predictedName);
    }

    /**
     * Whether the predicted speaker is an organisation that the gold speaker names by another of its names:
     * "FBI" for the Federal Bureau of Investigation, when the organisation has that alias or is mentioned so.
     */
    static boolean organisationNamed(String goldSpeaker, Speaker predicted, org.retour.pipeline.Analysis analysis) {
        if (goldSpeaker == null || goldSpeaker.isBlank() || predicted == null || predicted.entity() == null) {
            return false;
        }
        String gold = goldSpeaker.strip();
        for (org.retour.model.Entity e : analysis.find(Layers.ORGANIZATIONS).orElse(List.of())) {
            if (!e.id().equals(predicted.entity())) {
                continue;
            }
            if (e.canonical().equalsIgnoreCase(gold) || e.aliases().stream().anyMatch(gold::equalsIgnoreCase)) {
                return true;
            }
            for (org.retour.model.Mention m : e.mentions()) {
                if (m.span().of(analysis.document().text()).equalsIgnoreCase(gold)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Characters both spans cover divided by the length of the longer; 0 when either is empty. */
    static double overlapRatio(Span a, Span b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0 : (double) a.overlap(b) / longer;
    }

    /** The span without leading spaces and without trailing spaces and punctuation. */
    static Span trim(Span s, String text) {
        int start = Math.min(s.start(), text.length());
        int end = Math.min(s.end(), text.length());
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && (isSpace(text.charAt(end - 1)) || isPunctuation(text.charAt(end - 1)))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static String describe(Speaker s) {
        if (s == null) {
            return "none";
        }
        String who = s.name() != null ? s.name() : s.description() != null ? "unnamed: " + s.description() : "unnamed";
        return who + " (" + s.voice().label() + ")";
    }
}
