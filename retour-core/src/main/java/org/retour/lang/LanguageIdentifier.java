package org.retour.lang;

import org.retour.model.DetectedLanguage;

/** Tells the language of a text. Implementations are thread-safe. */
public interface LanguageIdentifier {

    /** The most likely language of {@code text}, or {@code und} with confidence 0 when it cannot tell. */
    DetectedLanguage identify(CharSequence text);
}
