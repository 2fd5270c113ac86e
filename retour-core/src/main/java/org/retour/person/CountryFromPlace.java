package org.retour.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.entity.TokenTrie;
import org.retour.entity.TokenView;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;
import org.retour.resource.GrammarWords;
import org.retour.resource.ResourceLines;

/**
 * Gives a person the country of a place the text ties to them: where they come from, in the apposition
 * after their name ("Imran Dhalla, 29, from Luton", "Karim B., 29 ans, originaire du Mirail à
 * Toulouse", "Mustafa K. aus Dinslaken"), or a place their role names ("le procureur de la République
 * de Paris"). Cues are {@code origin-cues.txt}.
 *
 * <p>Design decision: an apposition that turns into a relative clause ("X, who returned from Syria")
 * tells where the person went, not where they are from, so the search stops at a relative pronoun.
 * Immutable and thread-safe.
 */
final class CountryFromPlace {

    /** How many tokens after a name the origin cue may start. */
    static final int CUE_REACH = 6;
    /** How many tokens after the cue the place may start. */
    static final int PLACE_REACH = 6;

    /** How far into the text a dateline's dash may stand ("BIRMINGHAM, England (AP) —"). */
    static final int DATELINE_REACH = 12;

    private final Map<String, TokenTrie<Boolean>> cues;
    /** Keys of relative pronouns, checked at each token after a name by the token's word number. */
    private final org.retour.entity.WordSet relatives;
    /** Keys of the role words of people acting for the country of the dateline. */
    private final java.util.Set<String> nationalRoles;

    private CountryFromPlace(Map<String, TokenTrie<Boolean>> cues, java.util.Set<String> relatives,
                             java.util.Set<String> nationalRoles) {
        this.cues = Map.copyOf(cues);
        this.relatives = org.retour.entity.WordSet.of(relatives);
        this.nationalRoles = java.util.Set.copyOf(nationalRoles);
    }

    /** The bundled cues; relative pronouns are the {@code rel} words of the person lexicon. */
    static CountryFromPlace bundled() {
        Map<String, TokenTrie.Builder<Boolean>> b = new HashMap<>();
        for (String line : ResourceLines.classpath("org/retour/person/origin-cues.txt")) {
            String[] p = line.split("\\|");
            if (p.length != 2) {
                throw new IllegalArgumentException("origin-cues line needs 'lang | phrase': " + line);
            }
            String lang = p[0].strip();
            b.computeIfAbsent(lang, k -> TokenTrie.builder()).add(TokenTrie.words(p[1].strip(), lang), Boolean.TRUE);
        }
        Map<String, TokenTrie<Boolean>> out = new HashMap<>();
        b.forEach((k, v) -> out.put(k, v.build()));
        return new CountryFromPlace(out, GrammarWords.bundled().anyLanguage(GrammarWords.Kind.RELATIVE),
                ResourceLines.classpath("org/retour/person/national-roles.txt").stream()
                        .map(w -> org.retour.entity.Fold.key(w.strip())).collect(java.util.stream.Collectors.toSet()));
    }

    /** The persons, each without a country given the country of a place tied to one of their names or to their role. */
    List<Entity> apply(TokenView v, List<Entity> persons, List<Entity> places, String lang) {
        return places.isEmpty() ? persons : apply(v, persons, places, lang, new Entity[v.size()]);
    }

    /**
     * As {@link #apply(TokenView, List, List, String)}, marking each token's place in {@code placeAt}, null over
     * the tokens of {@code v} and possibly longer.
     */
    List<Entity> apply(TokenView v, List<Entity> persons, List<Entity> places, String lang, Entity[] placeAt) {
        if (places.isEmpty()) {
            return persons;
        }
        for (Entity place : places) {
            if (place.country() == null || place.country().length() != 2 || place.country().equals("--")) {
                continue;
            }
            for (Mention m : place.mentions()) {
                for (int k = v.indexAt(m.span().start()); k < v.size() && v.start(k) < m.span().end(); k++) {
                    placeAt[k] = place;
                }
            }
        }
        TokenTrie<Boolean> trie = cues.get(lang);
        String dateline = datelineCountry(v, placeAt);
        List<Entity> out = null;
        for (int p = 0; p < persons.size(); p++) {
            Entity e = persons.get(p);
            if (e.country() != null) {
                continue;
            }
            String country = trie == null ? null : origin(v, e, placeAt, trie);
            if (country == null) {
                country = inRole(e, places);
            }
            if (country == null && dateline != null && actsForTheCountry(e.role())) {
                country = dateline;
            }
            if (country != null) {
                if (out == null) {
                    out = new ArrayList<>(persons);
                }
                out.set(p, new Entity(e.id(), e.type(), e.canonical(), e.aliases(), e.role(), country, e.mentions()));
            }
        }
        return out == null ? persons : out;
    }

    private String origin(TokenView v, Entity person, Entity[] placeAt, TokenTrie<Boolean> trie) {
        for (Mention m : person.mentions()) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            int after = v.indexAt(m.span().end());
            for (int k = after; k < v.size() && k < after + CUE_REACH; k++) {
                if (k > after && v.key(k - 1).isEmpty() || ends(v, k) || relatives.contains(v, k)) {
                    break;
                }
                TokenTrie.Match<Boolean> cue = trie.longestAt(v, k);
                if (cue == null) {
                    continue;
                }
                for (int j = cue.last() + 1; j < v.size() && j <= cue.last() + PLACE_REACH && !ends(v, j); j++) {
                    if (placeAt[j] != null) {
                        return placeAt[j].country();
                    }
                }
                break;
            }
        }
        return null;
    }

    /** The country of the place a dateline opens the text with ("Paris, 10 janvier 2017 (AFP) -"), or null. */
    private static String datelineCountry(TokenView v, Entity[] placeAt) {
        for (int k = 0; k < Math.min(v.size(), DATELINE_REACH); k++) {
            if (v.isDash(k)) {
                for (int j = 0; j < k; j++) {
                    if (placeAt[j] != null) {
                        return placeAt[j].country();
                    }
                }
                return null;
            }
            if (v.lineBreakBefore(k)) {
                return null;
            }
        }
        return null;
    }

    /** Whether a role has a word of someone acting for a country (a judge, a prosecutor, a minister…). */
    private boolean actsForTheCountry(String role) {
        if (role == null) {
            return false;
        }
        for (String w : role.split("[\\s,.()]+")) {
            if (!w.isEmpty() && nationalRoles.contains(org.retour.entity.Fold.key(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} ends the apposition: a sentence's end, a parenthesis, a quotation mark or a line break. */
    private static boolean ends(TokenView v, int k) {
        if (v.end(k) - v.start(k) == 1) {
            switch (v.text().charAt(v.start(k))) {
                case '.', '!', '?', ';', ':', '«', '»', '"', '“', '”', '„' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return k > 0 && v.lineBreakBefore(k);
    }

    /** The country of a place whose name stands, as a word, in the person's role. */
    private static String inRole(Entity person, List<Entity> places) {
        String role = person.role();
        if (role == null || role.isEmpty()) {
            return null;
        }
        for (int p = 0; p < places.size(); p++) {
            Entity place = places.get(p);
            if (place.country() == null || place.country().length() != 2 || place.type() != EntityType.PLACE) {
                continue;
            }
            List<Mention> mentions = place.mentions();
            for (int i = 0; i < mentions.size(); i++) { // by index: an immutable list's iterator is an object per call
                Mention m = mentions.get(i);
                int at = role.indexOf(m.text());
                if (at >= 0 && (at == 0 || !Character.isLetter(role.charAt(at - 1)))
                        && (at + m.text().length() == role.length() || !Character.isLetter(role.charAt(at + m.text().length())))) {
                    return place.country();
                }
            }
        }
        return null;
    }
}
