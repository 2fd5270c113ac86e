package org.retour.store.ingest;

import org.retour.text.DecodedText;
import org.retour.text.InputException;
import org.retour.text.TextDecoder;

/** Decides whether bytes are UTF-8 text: a few stray bad bytes are tolerated, another encoding is not. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Checks {@code bytes}; throws with a one-line reason when they are binary or in another encoding
     * (more than 3 invalid sequences, or more than one in a thousand bytes).
     */
    static DecodedText check(byte[] bytes, String name) throws InputException {
        DecodedText d = TextDecoder.decode(bytes, name);
        int bad = d.invalidSequences();
        if (bad > 3 || (bad > 0 && bad * 1000L > bytes.length)) {
            throw new InputException(name + ": not UTF-8 (" + bad + " invalid sequences, the first at byte "
                    + d.firstInvalidOffset() + "); convert it to UTF-8");
        }
        return d;
    }
}
