package org.retour.speaker;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.resource.ResourceLines;

/**
 * Names found as persons of their own that stand for another person of the article: another name in
 * quotation marks after an {@code alias} word of {@code stand-ins.txt} ("Dobbs — who went by the name “Abu Bakr
 * al-Britani” —", "Niamh Brennan, who took the name "Aisha""), which is the name of the person named before it
 * in its sentence, and a title taken for a name ("The State Department's representative, Deputy Coordinator for
 * Counterterrorism Alicia Brandt, said"), a name that opens the role of a person named right after it in its
 * sentence. The words a cue gives either of them are that person's.
 *
 * <p>Immutable and thread-safe.
 */
final class StandIns {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/stand-ins.txt";

    private static final StandIns BUNDLED = new StandIns(ResourceLines.classpath(RESOURCE));

    /** What a word of the resource is. */
    enum Kind { ALIAS }

    /** The most characters between a title taken for a name and the name of the person whose title it is. */
    private static final int TITLE_REACH = 60;

    private final Map<String, Map<String, Kind>> byLanguage;

    StandIns(Iterable<String> lines) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "stand-ins", false);
    }

    /** The bundled words. */
    static StandIns bundled() {
        return BUNDLED;
    }

    /** For each person that stands for another one in {@code d}, that other person. */
    Map<Entity, Entity> of(SpeakerDocument d) {
        Map<Entity, Entity> out = new IdentityHashMap<>();
        for (Entity e : d.persons) {
            Entity owner = aliasOwner(d, e);
            if (owner == null) {
                owner = titleOwner(d, e);
            }
            if (owner != null) {
                out.put(e, owner);
            }
        }
        return out;
    }

    /** The person named before {@code e}'s first name in its sentence when that name is an alias in marks, or null. */
    private Entity aliasOwner(SpeakerDocument d, Entity e) {
        Mention first = firstName(e);
        Map<String, Kind> words = byLanguage.get(d.lang);
        if (first == null || words == null) {
            return null;
        }
        int i = first.span().start() - 1;
        while (i >= 0 && d.text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || "\"“‘'«".indexOf(d.text.charAt(i)) < 0) {
            return null;
        }
        int end = i;
        while (end > 0 && d.text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(d.text.charAt(start - 1))) {
            start--;
        }
        if (start == end || words.get(d.text.substring(start, end).toLowerCase(Locale.ROOT)) != Kind.ALIAS) {
            return null;
        }
        return nearestBefore(d, e, SpeakerSentences.sentenceStart(d, first.span().start()), start);
    }

    /** The person named right after a mention of {@code e} in its sentence whose role opens with {@code e}'s name, or null. */
    private static Entity titleOwner(SpeakerDocument d, Entity e) {
        List<Entity> titled = null; // the persons whose role opens with e's name, found at e's first name
        for (Mention m : e.mentions()) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            titled = titled != null ? titled : titledBy(d, e);
            if (titled.isEmpty()) {
                return null;
            }
            int sentenceEnd = SpeakerSentences.sentenceEnd(d, m.span().start());
            for (Entity o : titled) {
                for (Mention n : o.mentions()) {
                    int gap = n.span().start() - m.span().end();
                    if (n.kind() == Mention.Kind.NAME && gap > 0 && gap <= TITLE_REACH && n.span().start() < sentenceEnd
                            && titleRuns(d.text.substring(m.span().end(), n.span().start()))) {
                        return o;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The persons other than {@code e} whose role opens with {@code e}'s name, in the order of the document's persons.
     *
     * <p>Design decision: read once per person rather than once per mention of theirs, which made the search of
     * every document's stand-ins grow with its persons times their mentions times its persons again.
     */
    private static List<Entity> titledBy(SpeakerDocument d, Entity e) {
        List<Entity> out = List.of();
        for (Entity o : d.persons) {
            if (o != e && o.role() != null && o.role().startsWith(e.canonical())) {
                out = out.isEmpty() ? new java.util.ArrayList<>(2) : out;
                out.add(o);
            }
        }
        return out;
    }

    /**
     * Whether the words between a title taken for a name and the name it belongs to go on with the title: no
     * comma or possessive ending stands there ("Aoife's sister, Niamh" is a relation, not a title).
     */
    private static boolean titleRuns(String between) {
        return between.indexOf(',') < 0 && between.indexOf('(') < 0 && !between.startsWith("'") && !between.startsWith("’");
    }

    /** The person other than {@code e} whose name ends last in [from, to), or null. */
    private static Entity nearestBefore(SpeakerDocument d, Entity e, int from, int to) {
        Entity best = null;
        int bestEnd = -1;
        for (Entity o : d.persons) {
            if (o == e) {
                continue;
            }
            for (Mention n : o.mentions()) {
                if (n.kind() == Mention.Kind.NAME && n.span().start() >= from && n.span().end() <= to
                        && n.span().end() > bestEnd) {
                    best = o;
                    bestEnd = n.span().end();
                }
            }
        }
        return best;
    }

    /** The first mention of a person by name, or null. */
    static Mention firstName(Entity e) {
        Mention first = null;
        for (Mention m : e.mentions()) {
            if (m.kind() == Mention.Kind.NAME && (first == null || m.span().start() < first.span().start())) {
                first = m;
            }
        }
        return first;
    }
}
