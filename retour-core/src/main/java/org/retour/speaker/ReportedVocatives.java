package org.retour.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.retour.model.Attribution;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.person.Referents.Referent;

/**
 * A parent who reports what their child told them (« Il m'a dit : “Papa, ici ce n'est pas ce qu'on nous a raconté.” »,
 * "He told me, ‘Dad, I made a mistake’"): when the words nested in a quote address a parent and a third-person pronoun
 * with a first-person object reports them, and the quote went to a person who is not that parent while a person the
 * text names as a parent (« Hédi Ouerghi, le père ») was named before it, the quote is the parent's and the nested
 * words are the child's, the one the quote had gone to.
 *
 * <p>Reads the words right before each nested quote. Stateless and thread-safe.
 */
final class ReportedVocatives {

    /** First-person object pronouns between a reporting pronoun and its verb, or right after the verb, per language. */
    private static final Map<String, List<String>> FIRST_PERSON = Map.of("fr", List.of("m'", "m’", "me"),
            "en", List.of("me"), "de", List.of("mir", "mich"));

    /** How many tokens before the reporting verb a first-person object may stand. */
    static final int OBJECT_TOKENS = 4;

    private ReportedVocatives() {
    }

    /** The quotes, each parent's report of a child's words given to the parent and the words to the child. */
    static List<Quote> assign(SpeakerDocument d, CueFinder finder, List<Quote> quotes) {
        List<String> objects = FIRST_PERSON.get(d.lang);
        if (objects == null) {
            return quotes;
        }
        List<Quote> out = null;
        for (int i = 0; i < quotes.size(); i++) {
            Quote inner = quotes.get(i);
            if (inner.parent() == null || KinVocatives.addressedIn(d.lang, inner.text()) != FamilyGraph.Relation.PARENT) {
                continue;
            }
            int open = QuoteOffsets.openMark(d.text, inner.span());
            CueMatch cue = finder.reportingCue(d, open);
            org.retour.person.Pronoun p = cue == null ? null : finder.reportingPronoun(d, open);
            if (p == null || p.plural() || !firstPersonObject(d, objects, cue)) {
                continue;
            }
            int outerIndex = indexOf(quotes, inner.parent());
            Speaker child = outerIndex < 0 ? null : quotes.get(outerIndex).attribution().speaker();
            Entity childPerson = child == null || child.entity() == null ? null : d.person(child.entity());
            if (childPerson == null || FamilyGraph.relation(d.lang, childPerson.role()) == FamilyGraph.Relation.PARENT) {
                continue; // the quote went to no one named, or to a parent already
            }
            Referent parent = parentBefore(d, childPerson, QuoteOffsets.openMark(d.text, quotes.get(outerIndex).span()));
            if (parent == null) {
                continue;
            }
            out = out != null ? out : new ArrayList<>(quotes);
            Quote outer = quotes.get(outerIndex);
            out.set(outerIndex, outer.withAttribution(new Attribution.Contextual(d.speaker(parent))));
            out.set(i, inner.withAttribution(new Attribution.Contextual(child)));
        }
        return out != null ? out : quotes;
    }

    /**
     * Whether a first-person object pronoun stands among the {@link #OBJECT_TOKENS} tokens before the cue's verb or the
     * two after it (« Il m'a dit », "He told me").
     */
    private static boolean firstPersonObject(SpeakerDocument d, List<String> objects, CueMatch cue) {
        int from = Math.max(0, cue.first() - OBJECT_TOKENS);
        int to = Math.min(d.tokens.size(), cue.last() + 3);
        for (int k = from; k < to; k++) {
            String w = d.lower(k);
            if (w != null && objects.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<Quote> quotes, String id) {
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The person other than {@code child} whose role makes them a parent (« Hédi Ouerghi, le père », "his father, Kamal")
     * and whose last named mention before {@code open} is the latest of such persons; or null.
     */
    private static Referent parentBefore(SpeakerDocument d, Entity child, int open) {
        Referent best = null;
        for (Entity e : d.persons) {
            if (e == child || FamilyGraph.relation(d.lang, e.role()) != FamilyGraph.Relation.PARENT) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.kind() == Mention.Kind.NAME && m.span().end() <= open
                        && (best == null || m.span().start() > best.span().start())) {
                    best = new Referent(m.span(), e, null, org.retour.person.Gender.UNKNOWN);
                }
            }
        }
        return best;
    }
}
