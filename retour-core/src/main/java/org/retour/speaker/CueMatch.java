package org.retour.speaker;

import org.retour.model.Span;
import org.retour.person.PronounLinker;

/**
 * A speech cue found near a quote.
 *
 * @param first    the index of its first token
 * @param last     the index of its last token
 * @param span     its text's span
 * @param source   whether the speaker is its complement (selon X, according to X)
 * @param pronoun  the pronoun inside or beside the verb (ajouta-t-il, he said, sagte er), or null
 */
record CueMatch(int first, int last, Span span, boolean source, PronounLinker.Found pronoun) {
}
