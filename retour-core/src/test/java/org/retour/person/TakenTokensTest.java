package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.entity.TokenView;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.segment.RuleTokenizer;

/** The tokens organisations and places take are those whose text any of their mentions overlaps. */
class TakenTokensTest {

    private static final String[] WORDS = {"Daech", "l’État", "islamique", "à", "Raqqa", "الرقة", "😀", "Müller", ",",
        "«", "»", "DGSI", "Molenbeek", "2016", "—", "IS-Kämpfer", "de", "la", "Sécurité"};

    private final RuleTokenizer tokenizer = RuleTokenizer.bundled();

    @Test
    void everyTokenAMentionOverlapsIsTakenAndNoOther() {
        Random random = new Random(3);
        int taken = 0;
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(6) == 0 ? "\n" : " ");
            }
            String text = sb.toString();
            List<Token> tokens = tokenizer.tokenize(text, 0, text.length(), "fr");
            TokenView view = new TokenView(text, tokens);
            List<Entity> organisations = entities(random, text, EntityType.ORGANIZATION);
            List<Entity> places = entities(random, text, EntityType.PLACE);
            boolean[] marked = TakenTokens.of(view, organisations, places);
            List<Span> spans = new ArrayList<>();
            for (Entity e : organisations) {
                e.mentions().forEach(m -> spans.add(m.span()));
            }
            for (Entity e : places) {
                e.mentions().forEach(m -> spans.add(m.span()));
            }
            spans.sort(Comparator.comparingInt(Span::start));
            for (int k = 0; k < tokens.size(); k++) {
                boolean overlaps = false;
                for (Span s : spans) {
                    overlaps |= s.start() < view.end(k) && s.end() > view.start(k);
                }
                assertThat(marked[k]).as("token %d of %s", k, text).isEqualTo(overlaps);
                taken += marked[k] ? 1 : 0;
            }
            // the sweep over the spans in text order agrees
            assertThat(TakenTokens.of(view, spans)).isEqualTo(marked);
        }
        assertThat(taken).isPositive();
    }

    /** Entities with a few random mentions, some overlapping each other, some inside a token, some empty. */
    private static List<Entity> entities(Random random, String text, EntityType type) {
        List<Entity> out = new ArrayList<>();
        for (int e = 0; e < random.nextInt(4); e++) {
            List<Mention> mentions = new ArrayList<>();
            for (int m = 0; m < 1 + random.nextInt(3); m++) {
                int start = random.nextInt(text.length());
                int end = Math.min(text.length(), start + random.nextInt(25));
                mentions.add(new Mention(new Span(start, end), text.substring(start, end), Mention.Kind.NAME));
            }
            out.add(new Entity("E" + e, type, "x", List.of(), null, null, mentions));
        }
        return out;
    }
}
