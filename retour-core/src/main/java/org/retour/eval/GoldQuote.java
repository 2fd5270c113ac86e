package org.retour.eval;

import org.retour.model.Span;

/**
 * A quote as the gold annotation gives it.
 *
 * @param text           the characters between the quotation marks
 * @param span           where {@code text} lies in the body, or null for a headline quote (not scored: only the body is analysed)
 * @param speaker        the speaker's name, or null when unnamed
 * @param speakerRole    the speaker's role (a {@link org.retour.model.Voice} label), or null when not given
 * @param speakerMention how the text refers to the speaker, or null
 * @param inHeadline     whether the quote is in the headline
 */
public record GoldQuote(String text, Span span, String speaker, String speakerRole, String speakerMention,
                        boolean inHeadline) {
}
