package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A speaker who shares a family name with the former member whose departure, flight or return the article tells
 * is that member's relative; one who tells of their own life inside the group keeps a former member's voice.
 */
class SharedSurnameKinVoiceTest {

    @Test
    void sisterSharingTheFighterSurnameIsARelative() {
        List<Quote> q = top("Sophie Garnier, 28 ans, nous reçoit à Rouen. « Il nous appelait tous les dimanches. Puis"
                + " plus rien pendant six mois. Moi, je sais qu'il reviendra », raconte Sophie Garnier.\n\n"
                + "Julien Garnier a rejoint l'État islamique en 2014. Julien Garnier a fui Raqqa en 2017 et se cache"
                + " depuis en Turquie, près de la frontière, où Julien Garnier attend son retour en France.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sophie Garnier");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void fatherSharingTheDeserterSurnameIsARelative() {
        List<Quote> q = top("Yanis Roussel a quitté Lyon pour la Syrie en 2015. Yanis Roussel a déserté les rangs de"
                + " Daech en 2017 ; Yanis Roussel vit depuis caché dans un camp près de la frontière turque.\n\n"
                + "Michel Roussel, 63 ans, ne lit plus les journaux. « Je veux savoir s'il mange, s'il dort. Je"
                + " ne dors plus moi-même », confie Michel Roussel.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Michel Roussel");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void motherSharingTheFighterSurnameIsARelativeInEnglish() {
        List<Quote> q = top("Daniel Hale joined Islamic State in 2015. Daniel Hale fled Raqqa in 2017 and Daniel Hale"
                + " has been held in a camp near the Turkish border since, awaiting his return.\n\n"
                + "Margaret Hale, 58, keeps the letters in a drawer. \"I read them every night. I know he wants to"
                + " come home,\" Margaret Hale said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Margaret Hale");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void motherSharingTheFighterSurnameIsARelativeInGerman() {
        List<Quote> q = top("Lukas Becker schloss sich 2014 dem IS an. Lukas Becker ist aus Raqqa geflohen und Lukas"
                + " Becker sitzt seither in einem Lager an der türkischen Grenze.\n\n"
                + "Ingrid Becker, 55, hat die Briefe aufbewahrt. „Ich lese sie jeden Abend. Ich weiß, dass er"
                + " zurückkommen will“, sagt Ingrid Becker.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ingrid Becker");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void formerFighterWhoTellsOfHisOwnLifeInsideKeepsHisVoiceBesideHisFamily() {
        List<Quote> q = top("Loïc Martel, 30 ans, ancien livreur, est rentré de Syrie en 2018.\n\n"
                + "« On m'avait parlé de jihad, j'ai compté des sacs à Raqqa. Nous, on était les camarades qu'on"
                + " envoie au front », dit Loïc Martel.\n\n"
                + "Sa sœur Claire Martel a suivi son procès au tribunal ; Claire Martel l'attendait à son retour,"
                + " rentré de Turquie après sa fuite.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Loïc Martel");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }
}
