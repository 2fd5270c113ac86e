package org.retour.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The founding article as a test fixture. */
public final class SeedArticle {

    private SeedArticle() {
    }

    /** The article's text, exactly as published. */
    public static String text() {
        try (InputStream in = SeedArticle.class.getResourceAsStream("/org/retour/seed/seed-article-fr.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
