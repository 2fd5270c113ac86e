package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/** Helpers for exact tests of quotes and speakers. */
final class QuoteAssertions {

    private QuoteAssertions() {
    }

    static String resource(String path) {
        try (InputStream in = QuoteAssertions.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level quotes of a text analysed by the standard test pipeline. */
    static List<Quote> top(String text, String lang) {
        return topLevel(org.retour.quote.TestPipelines.analyze(text, lang));
    }

    /** A quote's speaker, or null. */
    static Speaker speaker(Quote q) {
        return q.attribution().speaker();
    }

    static List<Quote> topLevel(Analysis a) {
        return a.get(Layers.QUOTES).stream().filter(q -> q.parent() == null).toList();
    }

    static List<Quote> children(Analysis a, Quote parent) {
        return a.get(Layers.QUOTES).stream().filter(q -> parent.id().equals(q.parent())).toList();
    }

    static Entity person(Analysis a, String name) {
        return a.get(Layers.PERSONS).stream().filter(e -> e.canonical().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + a.get(Layers.PERSONS)));
    }

    /** Checks a quote's text, that its span holds that text, and its speaker and cue. */
    static void assertQuote(Analysis a, Quote q, String start, String end, String name, String description,
                            String voice, String cue) {
        assertThat(q.text()).as("quote " + q.id()).startsWith(start).endsWith(end);
        assertThat(q.span().of(a.text())).isEqualTo(q.text());
        Speaker sp = q.attribution().speaker();
        assertThat(sp).as("speaker of " + q.id()).isNotNull();
        assertThat(sp.name()).as("name of speaker of " + q.id()).isEqualTo(name);
        assertThat(sp.description()).as("description of speaker of " + q.id()).isEqualTo(description);
        assertThat(sp.voice().label()).as("voice of speaker of " + q.id()).isEqualTo(voice);
        if (cue == null) {
            assertThat(q.attribution().cue()).isNull();
        } else {
            assertThat(q.attribution().cue()).as("cue of " + q.id()).isNotNull();
            assertThat(q.attribution().cue().text()).as("cue of " + q.id()).isEqualTo(cue);
            assertThat(q.attribution().cue().span().of(a.text())).isEqualTo(cue);
        }
    }
}
