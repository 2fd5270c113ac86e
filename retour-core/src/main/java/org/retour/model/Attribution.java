package org.retour.model;

/**
 * How a quote came to have its speaker, or that it has none.
 *
 * <p>Design decision: a sealed variant rather than nullable fields, so that code handling a quote
 * must say what it does with each way of attributing it.
 */
public sealed interface Attribution {

    /** The speaker, or null when the quote is unattributed. */
    Speaker speaker();

    /** The cue, or null when there is none. */
    default Cue cue() {
        return null;
    }

    /** Attributed through a speech cue in the text. */
    record Cued(Speaker speaker, Cue cue) implements Attribution {
    }

    /** Attributed from context: the paragraph continues a speaker's words, or a colon introduces it. */
    record Contextual(Speaker speaker) implements Attribution {
    }

    /** Nobody could be found. */
    record Unattributed() implements Attribution {
        @Override
        public Speaker speaker() {
            return null;
        }
    }
}
