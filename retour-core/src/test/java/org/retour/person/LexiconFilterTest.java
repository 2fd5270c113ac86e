package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.retour.resource.ResourceLines;

/** The lexicon's hash filters never turn away a given name or a word its files list. */
class LexiconFilterTest {

    private final PersonLexicon lexicon = PersonLexicon.bundled();

    @Test
    void everyGivenNameOfTheFileIsKnown() {
        List<String> lines = ResourceLines.classpath("org/retour/person/first-names.txt");
        for (String line : lines) {
            String[] p = line.split("\\s+");
            assertThat(lexicon.firstName(p[0])).as(p[0]).isEqualTo(Gender.fromCode(p[1]));
        }
        assertThat(lines).hasSizeGreaterThan(1000);
    }

    @Test
    void everyWordOfTheFileIsListedInItsLanguageAndAsItsKind() {
        for (String line : ResourceLines.classpath("org/retour/person/person-words.txt")) {
            String[] p = line.split("\\s+");
            PersonLexicon.Kind kind = PersonLexicon.Kind.valueOf(p[1].toUpperCase(Locale.ROOT));
            String word = kind == PersonLexicon.Kind.HONORIFIC || kind == PersonLexicon.Kind.TITLE ? p[2]
                    : p[2].toLowerCase(Locale.ROOT);
            String lang = p[0].equals("*") ? "fr" : p[0];
            assertThat(lexicon.listed(word, lang)).as(line).isTrue();
            assertThat(lexicon.is(kind, word, lang)).as(line).isTrue();
        }
    }

    @Test
    void everyPronounHonorificAndTitleOfTheFileGetsThroughTheSmallFilters() {
        int pronouns = 0;
        int written = 0;
        for (String line : ResourceLines.classpath("org/retour/person/person-words.txt")) {
            String[] p = line.split("\\s+");
            if (p.length < 3) {
                continue;
            }
            String lang = p[0].equals("*") ? "en" : p[0];
            if (p[1].equals("pron")) {
                Pronoun pronoun = lexicon.pronoun(p[2].toLowerCase(Locale.ROOT), lang);
                assertThat(pronoun).as(line).isNotNull();
                assertThat(pronoun.gender()).as(line).isEqualTo(Gender.fromCode(p[3]));
                pronouns++;
            } else if (p[1].equals("honorific") || p[1].equals("title")) {
                String[] entry = lexicon.writtenEntry(p[2], lang);
                assertThat(entry).as(line).isNotNull();
                assertThat(entry[PersonLexicon.Kind.valueOf(p[1].toUpperCase(Locale.ROOT)).ordinal()]).as(line).isNotNull();
                written++;
            }
        }
        assertThat(pronouns).isGreaterThan(10);
        assertThat(written).isGreaterThan(100);
    }

    @Test
    void wordsThatAreNoPronounHonorificOrTitleAreTurnedAway() {
        for (String w : List.of("zzqx", "xylophonist", "وتبلغ", "😀", "", "l’ancien", "straße", "été", "le", "the")) {
            assertThat(lexicon.pronoun(w, "fr")).as(w).isNull();
            assertThat(lexicon.pronoun(w, "en")).as(w).isNull();
            if (!lexicon.listed(w, "fr")) {
                assertThat(lexicon.writtenEntry(w, "fr")).as(w).isNull();
            }
        }
        assertThat(lexicon.pronoun("il", "fr")).isNotNull();
        assertThat(lexicon.writtenEntry("M.", "fr")).isNotNull();
    }

    @Test
    void wordsNoFileListsAreNeitherNamesNorListed() {
        for (String w : List.of("zzqx", "Xylophonist", "وتبلغ", "😀", "", "l’ancien", "Straße")) {
            assertThat(lexicon.firstName(w)).as(w).isNull();
            assertThat(lexicon.listed(w, "fr")).as(w).isFalse();
        }
    }
}
