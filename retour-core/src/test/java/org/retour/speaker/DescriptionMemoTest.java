package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A document's memo of what descriptions say of an age answers as {@link AgeWords} does on the role itself, and the
 * quick test of an age in apposition never turns away one the patterns would read.
 */
class DescriptionMemoTest {

    private static final List<String> ROLES = List.of("trentenaire", "quinquagénaire", "jeune femme", "vieil homme",
            "aînée", "cadet", "29-year-old", "elder brother", "28-Jährige", "alte Mann", "préfet", "avocate générale",
            "homme de 2015", "0-jährige", "المتهم", "الشاب ٢٨", "père 👨‍👦", "ÉDUCATRICE", "Älteste", "man");

    @Test
    void readsARoleAsAgeWordsDoesInEveryLanguage() {
        AgeWords words = AgeWords.bundled();
        for (String lang : List.of("fr", "en", "de", "ar")) {
            DescriptionMemo memo = new DescriptionMemo();
            for (String role : ROLES) {
                for (int pass = 0; pass < 2; pass++) { // read, then kept
                    RoleAges a = memo.ages(new String(role), lang);
                    assertThat(a.rank()).as(role).isEqualTo(words.rank(role, lang));
                    assertThat(a.decade()).as(role).isEqualTo(words.decade(role, lang));
                    assertThat(a.aged()).as(role).isEqualTo(words.aged(role, lang));
                    assertThat(a.plain()).as(role).isEqualTo(words.plain(role, lang));
                    assertThat(a.figure()).as(role).isEqualTo(role.chars().anyMatch(Character::isDigit));
                }
            }
            assertThat(memo.ages(null, lang)).isEqualTo(RoleAges.NONE);
        }
    }

    @Test
    void keepsWhatARoleSaysOfAnAgeFromOneDocumentToTheNextInItsLanguage() {
        DescriptionMemo first = new DescriptionMemo();
        DescriptionMemo next = new DescriptionMemo();
        assertThat(first.ages(new String("trentenaire"), "fr").decade()).isEqualTo(30);
        assertThat(next.ages(new String("trentenaire"), "fr").decade()).isEqualTo(30);
        assertThat(next.ages(new String("trentenaire"), "en")).isEqualTo(RoleAges.of("trentenaire", "en"));
        assertThat(next.ages(new String("jeune femme de 33 ans"), "fr")).isEqualTo(RoleAges.of("jeune femme de 33 ans", "fr"));
    }

    @Test
    void givesTheFirstAgeInFiguresOfTheRoleOrNone() {
        assertThat(RoleAges.of("29-year-old", "en").ownAge()).isEqualTo(29);
        assertThat(RoleAges.of("28-Jährige", "de").ownAge()).isEqualTo(28);
        assertThat(RoleAges.of("0-jährige", "de").ownAge()).isZero(); // found, though no age: not looked for after
        assertThat(RoleAges.of("homme de 2015", "fr").ownAge()).isEqualTo(-1); // a year
        assertThat(RoleAges.of("الشاب ٢٨", "ar").ownAge()).isEqualTo(-1); // no ASCII figure, as the pattern reads
        assertThat(RoleAges.of("trentenaire", "fr").ownAge()).isEqualTo(-1);
    }

    @Test
    void quickApposedAgeTestKeepsEveryAgeThePatternsRead() {
        Pattern aged = Pattern.compile("\\s*[,(]\\s*(\\d{1,2})(?:\\s*(?:ans|years?\\s+old|Jahre)\\b|\\s*[,;)])");
        Pattern topic = Pattern.compile("\\s*[,(]\\s*(\\d{2})\\s+ans\\b");
        List<String> texts = List.of("Karim Haddad, 34 ans, raconte", "Tariq (28) said", "Ali M.\t ,  31, said",
                "Ahmed 34 ans", "Ümit , 45 Jahre", "سارة، ٣٠ عاما", "Léa 👩 (27)", "Inès\n(22 ans)", "X", "X ,", "");
        for (String t : texts) {
            for (int from = 0; from <= t.length(); from++) {
                for (int reach : new int[] {12, 16}) {
                    int limit = Math.min(t.length(), from + reach);
                    boolean matches = aged.matcher(t).region(from, limit).lookingAt()
                            || topic.matcher(t).region(from, limit).lookingAt();
                    if (matches) {
                        assertThat(AgedReferents.apposedMark(t, from, limit)).as(t + " @" + from).isTrue();
                    }
                }
            }
            assertThat(AgedReferents.apposedMark(t, 0, t.length())).as(t)
                    .isEqualTo(t.strip().startsWith(",") || t.strip().startsWith("("));
        }
    }

    @Test
    void articleGenderReadsTheFirstWordAsASplitOnWhiteSpaceDoes() {
        Pattern spaces = Pattern.compile("\\s+");
        for (String text : List.of("la quinquagénaire", "Le jeune homme", "cette\tfemme", " la retraitée", "cet",
                "LA MÈRE", "ce 👨 père", "la\u00A0mère", "l'aînée", "الشاب", "")) {
            org.retour.model.Span span = new org.retour.model.Span(0, text.length());
            org.retour.person.Referents.Referent r = new org.retour.person.Referents.Referent(span, null,
                    new org.retour.person.PersonDescription(span, text, text, org.retour.person.Gender.UNKNOWN, true),
                    org.retour.person.Gender.UNKNOWN);
            String first = spaces.split(text.toLowerCase(java.util.Locale.ROOT), 2)[0];
            org.retour.person.Gender expected = switch (first) {
                case "la", "cette" -> org.retour.person.Gender.FEMALE;
                case "le", "ce", "cet" -> org.retour.person.Gender.MALE;
                default -> org.retour.person.Gender.UNKNOWN;
            };
            assertThat(TopicDescriptions.articleGender(r)).as(text).isEqualTo(expected);
        }
    }
}
