package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description that reports beside a verb of speech in the paragraph before a pronoun cue, past an
 * auxiliary too ("the defendant said …", « le prévenu a raconté … »), hands the floor to the named person it stands
 * for, not back to the one who spoke before.
 */
class ReportingDescriptionFloorTest {

    @Test
    void theDefendantWhoReportsTakesTheNextPronounCue() {
        List<Quote> q = top("Omar Haddad, 27, is on trial at the Old Bailey. The prosecutor, Mark Ellis, told the jury: \"He chose"
                + " to stay.\"\n\nIn police interviews read to the jury, the defendant said foreign fighters slept outside in"
                + " the cold.\n\n\"We were the ones they put on the walls,\" he told detectives.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Haddad");
    }

    @Test
    void lePrevenuQuiARaconteReprendLaParolePasseLAuxiliaire() {
        List<Quote> q = top("Karim Belkacem, 29 ans, comparaît devant le tribunal correctionnel. Le procureur, Marc Delaunay, a"
                + " requis six ans : « Il n'a rien regretté. »\n\nDevant les enquêteurs, le prévenu a raconté qu'il gardait"
                + " un entrepôt à Raqqa.\n\n« Je comptais les caisses », a-t-il ajouté.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Belkacem");
    }

    @Test
    void leProcureurGardeLaParoleQuandPersonneNeRapporteEntreDeux() {
        List<Quote> q = top("Karim Belkacem, 29 ans, comparaît devant le tribunal correctionnel. Le procureur, Marc Delaunay, a"
                + " requis six ans : « Il n'a rien regretté. »\n\nLe prévenu gardait un entrepôt à Raqqa.\n\n« Il ment"
                + " sur tout », a-t-il ajouté.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Marc Delaunay");
    }
}
