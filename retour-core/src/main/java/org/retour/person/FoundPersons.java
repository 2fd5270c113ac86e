package org.retour.person;

import java.util.ArrayList;
import java.util.List;
import org.retour.model.Mention;
import org.retour.model.Span;

/**
 * The persons {@link LexiconPersonFinder} has found in a document so far and how a new name finds one of them: by
 * a transcript's label, by its leading words, or by a given name no two persons share.
 *
 * <p>A {@link Found} is mutable and belongs to one document's reading; the methods are stateless.
 */
final class FoundPersons {

    private FoundPersons() {
    }

    /** The entry of a given name that two persons of the document share: it joins neither. */
    static final Found AMBIGUOUS = new Found("");

    /** A person of the document: the name it goes by, its mentions and where its names stand in the tokens. */
    static final class Found {
        final String canonical;
        final List<Mention> mentions = new ArrayList<>();
        final List<int[]> tokenRanges = new ArrayList<>();
        /** The role a transcript's label gives ("RACHEL DORSEY, HOST:"), or null. */
        String labelRole;

        Found(String canonical) {
            this.canonical = canonical;
        }
    }

    /**
     * Names the person a transcript's turn label writes in capitals ("RACHEL DORSEY, HOST:"): the person of
     * that name, surname or given name found before, else a new one under the label's words in title case,
     * whose surname and given name later mentions then find; the mention, an alias, covers the label's name.
     * Returns the person.
     */
    static Found label(String text, TranscriptLabelNames.Label label, NameTable<Found> byName,
                              NameTable<Found> bySurname, NameTable<Found> byGiven, List<Found> order) {
        String canonical = label.canonical();
        Found known = byName.get(canonical);
        if (known == null) {
            known = bySurname.get(canonical);
        }
        if (known == null && canonical.indexOf(' ') < 0) {
            Found given = byGiven.get(canonical);
            known = given == AMBIGUOUS ? null : given;
        }
        if (known == null) {
            known = leadingWordsOf(order, canonical, 0, canonical.length());
        }
        if (known == null) {
            known = new Found(canonical);
            order.add(known);
            byName.put(canonical, known);
            int space = canonical.indexOf(' ');
            if (space > 0) {
                bySurname.putIfAbsent(canonical.substring(space + 1), known);
                bySurname.putIfAbsent(canonical.substring(canonical.lastIndexOf(' ') + 1), known);
                givenBy(byGiven, canonical.substring(0, space), known);
            }
        }
        // the label is another writing of the name, no mention in the discourse: a pronoun in the turn is not
        // its speaker's, who says "I"
        Span span = new Span(label.startOffset(), label.endOffset());
        known.mentions.add(new Mention(span, span.of(text), Mention.Kind.ALIAS));
        known.tokenRanges.add(new int[] {label.start(), label.end()});
        return known;
    }

    /**
     * Notes that {@code person} has the given name {@code word}: {@link #AMBIGUOUS} when another person has
     * it already.
     */
    static void givenBy(NameTable<Found> byGiven, String word, Found person) {
        if (byGiven.putIfAbsent(word, person) != null) {
            byGiven.put(word, AMBIGUOUS);
        }
    }

    /**
     * The one person found so far whose full name opens with the words of the name {@code text[start, end)} and goes on after
     * them ("Abu Bakr al-Turki" for "Abu Bakr", "Hassan Kamal Darwish" for "Hassan Kamal"), or null: a
     * later mention may drop a name's last part.
     */
    static Found leadingWordsOf(List<Found> order, String text, int start, int end) {
        Found only = null;
        int len = end - start;
        for (int i = 0; i < order.size(); i++) {
            Found f = order.get(i);
            String c = f.canonical;
            if (c.length() > len + 1 && c.charAt(len) == ' ' && c.regionMatches(0, text, start, len)) {
                if (only != null) {
                    return null;
                }
                only = f;
            }
        }
        return only;
    }
}
