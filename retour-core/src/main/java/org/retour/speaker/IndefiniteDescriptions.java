package org.retour.speaker;

import org.retour.person.Referents.Referent;

/**
 * The rules that tie an indefinite description that speaks ("son avocat", "son fils") to the person the next
 * sentences of its paragraph name first at their head: one of its trade ("son avocat nuance : « … » Me Thomas
 * Delattre rappelle …"), or, after the first description of its noun, anyone ("… en face de son fils. Sofiane
 * Kaci, 30 ans, …" … "Son fils l'écoute").
 *
 * <p>Stateless and thread-safe.
 */
final class IndefiniteDescriptions {

    /** How many sentences after a description's the name of its trade may open. */
    private static final int TRADE_SENTENCES = 3;

    private IndefiniteDescriptions() {
    }

    /** How many determiners and honorifics may stand before the name that opens the next sentence (« Le Dr »). */
    static final int TITLE_TOKENS = 2;

    /**
     * The person named next that the indefinite description {@code r} stands for, as {@code r}: the first named
     * at the head of one of the next {@link #TRADE_SENTENCES} sentences of its paragraph with a role of its noun,
     * else the first named at the head of the sentence right after the first description of its noun; else null.
     */
    static Referent namedNext(SpeakerDocument d, Referent r) {
        Referent next = namedNext(d, r, r, true, TRADE_SENTENCES); // "son avocat nuance : « … » Me Thomas Delattre rappelle …"
        if (next == null) {
            Referent first = firstOfNoun(d, r); // "… en face de son fils. Sofiane Kaci, 30 ans, …" … "Son fils l'écoute"
            next = first == null ? null : namedNext(d, first, r, false, 1);
        }
        return next;
    }

    /**
     * The person named for the first time at the head of one of the next {@link #TRADE_SENTENCES} sentences after the
     * description {@code r}, in its paragraph, with its gender, as {@code r}, past sentences that name no one else
     * outside quotes ("Le second témoin est extrait de sa cellule. Paul Renaud, 35 ans, …": the witness is Paul Renaud;
     * « Une assistante sociale le suit. « … », assure-t-elle. Sophie Lamarck ajoute : »); else null.
     */
    static Referent namedInNextSentence(SpeakerDocument d, Referent r) {
        return namedNext(d, r, r, false, TRADE_SENTENCES);
    }

    /**
     * The first unnamed description of the same noun before {@code r} ("son fils" in "Mohamed Kaci s'assoit
     * en face de son fils"), within {@link CueSpeakerResolver#NAMED_REACH}, or null.
     */
    private static Referent firstOfNoun(SpeakerDocument d, Referent r) {
        int start = r.span().start();
        for (Referent p : d.referents.within(Math.max(0, start - CueSpeakerResolver.NAMED_REACH), start)) {
            if (p.person() == null && p.description() != null
                    && Inflection.shareNoun(p.description().role(), r.description().role(), d.lang)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The person named for the first time at the head of one of the next {@code sentences} sentences after
     * the description {@code from}, in its paragraph, with the gender of {@code r} and, when {@code trade},
     * a role that shares its noun ("son avocat nuance : « … » Me Thomas Delattre rappelle que …"), as
     * {@code r}; else null.
     */
    private static Referent namedNext(SpeakerDocument d, Referent from, Referent r, boolean trade, int sentences) {
        int end = from.span().end();
        int paragraph = d.paragraph(end);
        int seen = 0;
        int first = org.retour.model.Offsets.firstAtOrAfter(d.sentences, s -> s.span().start(), end + 1); // after it
        for (int i = first; i < d.sentences.size(); i++) {
            int at = d.sentences.get(i).span().start();
            int k = d.wordAt(at);
            if (k >= d.tokens.size()) {
                return null;
            }
            int word = d.tokens.get(k).span().start();
            if (d.paragraph(word) != paragraph || ++seen > sentences) {
                return null; // the paragraph of its first word: a sentence may start at the blank before it
            }
            int head = k;
            for (int n = 0; n < TITLE_TOKENS && head + 1 < d.tokens.size() && d.beforeName(head); n++) {
                head++; // « Le Dr Olivier Jaccard, qui a examiné l'accusé, … »
            }
            int upTo = head + 1 < d.tokens.size() ? d.tokens.get(head + 1).span().start() + 1 : word + 1; // "Me Thomas …"
            for (Referent n : d.referents.within(word, Math.min(d.text.length(), word + DefiniteReferents.APPOSED_REACH))) {
                if (n.span().start() >= upTo) {
                    break;
                }
                if (n.person() != null && n.description() == null && n.gender().compatible(r.gender())
                        && (!trade || Inflection.shareNoun(n.person().role(), r.description().role(), d.lang))
                        && !DefiniteReferents.namedBefore(n.person(), end)) {
                    return new Referent(r.span(), n.person(), r.description(), n.gender().or(r.gender()));
                }
            }
            if (!trade && someoneElse(d, r, at, d.sentences.get(i).span().end(), org.retour.person.Gender.UNKNOWN)) {
                return null; // « Un éducateur l'accompagne. Son père, lui, … »: someone else comes first
            }
        }
        return null;
    }

    /**
     * Whether a name or a description of someone other than {@code r}, of a gender compatible with {@code gender}
     * (UNKNOWN: any), stands outside quotes in {@code [from, to)}.
     */
    static boolean someoneElse(SpeakerDocument d, Referent r, int from, int to, org.retour.person.Gender gender) {
        for (Referent n : d.referents.within(from, to)) {
            if ((n.person() != null || n.description() != null && n.description() != r.description())
                    && n.gender().compatible(gender) && !d.quoted(n.span())) {
                return true;
            }
        }
        return false;
    }
}
