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
    void wordsNoFileListsAreNeitherNamesNorListed() {
        for (String w : List.of("zzqx", "Xylophonist", "وتبلغ", "😀", "", "l’ancien", "Straße")) {
            assertThat(lexicon.firstName(w)).as(w).isNull();
            assertThat(lexicon.listed(w, "fr")).as(w).isFalse();
        }
    }
}
