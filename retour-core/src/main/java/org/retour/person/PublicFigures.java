package org.retour.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retour.entity.Fold;
import org.retour.entity.TokenTrie;
import org.retour.entity.TokenView;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;
import org.retour.model.Span;
import org.retour.resource.ResourceLines;

/**
 * A gazetteer of public figures that the news names by a surname or a form of its own, with no given name
 * before it ("combattre Assad", "Baghdadi's death", "بشار الأسد"), read from {@code public-figures.txt}.
 * It gives each such mention to one PERSON entity under the figure's canonical name.
 *
 * <p>Design decision: only forms that no ordinary word or likely private person shares are listed (no given
 * name alone, no surname that is also a place, as « Hollande »), so a form is a name wherever it is
 * written capitalised; the rest of a person's finding is left to the name rules.
 *
 * <p>Immutable and thread-safe.
 */
final class PublicFigures {

    /** A public figure: its canonical name and its country (ISO 3166-1 alpha-2). */
    record Figure(String canonical, String country) {
    }

    /**
     * The persons of a document with the public figures in them.
     *
     * @param persons the persons the name rules found, those named as a figure under its canonical name and
     *                with the figure's other mentions
     * @param named   the figures the text names only by a form of the gazetteer, each a new person numbered
     *                after the others
     */
    record Named(List<Entity> persons, List<Entity> named) {
    }

    private final TokenTrie<Figure> forms;
    /** The figure of each form and canonical name, by {@link Fold#key}. */
    private final Map<String, Figure> byKey;

    private PublicFigures(TokenTrie<Figure> forms, Map<String, Figure> byKey) {
        this.forms = forms;
        this.byKey = Map.copyOf(byKey);
    }

    /** The bundled figures ({@code org/retour/person/public-figures.txt}). */
    static PublicFigures bundled() {
        return of(ResourceLines.classpath("org/retour/person/public-figures.txt"));
    }

    /**
     * The figures of {@code lines}, each {@code canonical | country | form, form, …}; a malformed line is
     * refused with a one-line message.
     */
    static PublicFigures of(List<String> lines) {
        TokenTrie.Builder<Figure> trie = TokenTrie.builder();
        Map<String, Figure> byKey = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\\|");
            if (p.length != 3 || p[0].isBlank() || !p[1].strip().matches("[A-Z]{2}") || p[2].isBlank()) {
                throw new IllegalArgumentException(
                        "public-figures line needs 'canonical | country | form, form, …': " + line);
            }
            Figure f = new Figure(p[0].strip(), p[1].strip());
            byKey.put(Fold.key(f.canonical()), f);
            for (String form : p[2].split(",")) {
                String w = form.strip();
                if (!w.isEmpty()) {
                    trie.add(TokenTrie.words(w, Fold.isArabic(w.charAt(0)) ? "ar" : "en"), f);
                    byKey.put(Fold.key(w), f);
                }
            }
        }
        return new PublicFigures(trie.build(), byKey);
    }

    /**
     * The persons with the public figures' mentions: a person found under one of a figure's forms takes its
     * canonical name (and its country when the text gave none), persons found under forms of the same figure
     * become one, and a form written elsewhere, capitalised or in Arabic script, on tokens that no person,
     * organisation or place ({@code taken}) covers, is a name mention of the figure's person, a new one
     * numbered after the others when the text named the figure in no other way.
     */
    Named apply(TokenView v, List<Entity> persons, boolean[] taken) {
        return apply(v, persons, taken, new boolean[v.size()]);
    }

    /**
     * As {@link #apply(TokenView, List, boolean[])}, marking the tokens the persons cover in {@code covered},
     * false over the tokens of {@code v} and possibly longer.
     */
    Named apply(TokenView v, List<Entity> persons, boolean[] taken, boolean[] covered) {
        Map<Figure, List<Mention>> found = new LinkedHashMap<>();
        TakenTokens.of(v, persons, List.of(), covered);
        for (int i = 0; i < v.size(); i++) {
            if (taken[i] || covered[i]) {
                continue;
            }
            TokenTrie.Match<Figure> m = forms.longestAt(v, i);
            if (m == null || !free(taken, covered, m) || !written(m.span().of(v.text()))) {
                continue;
            }
            found.computeIfAbsent(m.value(), k -> new ArrayList<>())
                    .add(new Mention(m.span(), m.span().of(v.text()), Mention.Kind.NAME));
            i = m.last();
        }
        Map<Figure, Integer> at = new HashMap<>();
        List<Entity> out = new ArrayList<>(persons.size());
        for (Entity p : persons) {
            Figure f = figureOf(p);
            if (f == null) {
                out.add(p);
            } else if (at.containsKey(f)) {
                int k = at.get(f);
                out.set(k, withMentions(out.get(k), p.mentions()));
            } else {
                at.put(f, out.size());
                out.add(new Entity(p.id(), p.type(), f.canonical(), p.aliases(), p.role(),
                        p.country() != null ? p.country() : f.country(), p.mentions()));
            }
        }
        int next = highestId(persons); // not the count: persons merged or dropped before leave gaps in the numbers
        List<Entity> named = new ArrayList<>();
        for (Map.Entry<Figure, List<Mention>> e : found.entrySet()) {
            Figure f = e.getKey();
            Integer k = at.get(f);
            if (k != null) {
                out.set(k, withMentions(out.get(k), e.getValue()));
            } else {
                named.add(new Entity(LexiconPersonFinder.personId(++next), EntityType.PERSON, f.canonical(),
                        List.of(), null, f.country(), e.getValue()));
            }
        }
        return new Named(out, named);
    }

    /**
     * The highest number of the persons' ids ("P7" is 7), or their count when an id has no number: a figure named only
     * by its own forms is numbered after it, so that no two entities of a document share an id.
     */
    static int highestId(List<Entity> persons) {
        int highest = persons.size();
        for (Entity p : persons) {
            String id = p.id();
            if (id != null && id.length() > 1 && id.charAt(0) == 'P') {
                try {
                    highest = Math.max(highest, Integer.parseInt(id, 1, id.length(), 10));
                } catch (NumberFormatException e) {
                    // an id of another shape keeps the count
                }
            }
        }
        return highest;
    }

    /** The figure one of whose forms is {@code p}'s canonical name, or null. */
    private Figure figureOf(Entity p) {
        return p.canonical() == null ? null : byKey.get(Fold.key(p.canonical()));
    }

    private static boolean free(boolean[] taken, boolean[] covered, TokenTrie.Match<Figure> m) {
        for (int k = m.first(); k <= m.last(); k++) {
            if (taken[k] || covered[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is written as a name: with a capital letter or in Arabic script. */
    private static boolean written(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) || Fold.isArabic(c)) {
                return true;
            }
        }
        return false;
    }

    private static Entity withMentions(Entity e, List<Mention> more) {
        List<Mention> all = new ArrayList<>(e.mentions());
        all.addAll(more);
        all.sort(Comparator.comparingInt((Mention m) -> m.span().start()));
        return new Entity(e.id(), e.type(), e.canonical(), e.aliases(), e.role(), e.country(), all);
    }
}
