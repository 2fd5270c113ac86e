package org.retour.store.index;

/** The names of the index's fields. */
public final class CorpusFields {

    /** The document's database id (point, doc value and stored). */
    public static final String ID = "id";
    /** The document's language (ISO 639-1). */
    public static final String LANGUAGE = "language";
    /** The outlet, lower-cased. */
    public static final String OUTLET = "outlet";
    /** The publication date as a day number (days since 1970-01-01). */
    public static final String DATE = "date";
    /** The speakers' names and descriptions. */
    public static final String SPEAKER = "speaker";
    /** The voices of the speakers and of the narratives' holders, lower-case labels. */
    public static final String VOICE = "voice";
    /** The codes of the codings that are not rejected (N1, N2…). */
    public static final String CODE = "code";
    /** The countries the document refers to (ISO 3166-1 alpha-2, upper case). */
    public static final String COUNTRY = "country";

    private CorpusFields() {
    }
}
