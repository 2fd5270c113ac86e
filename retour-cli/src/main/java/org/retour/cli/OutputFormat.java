package org.retour.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The output formats of the corpus commands. */
enum OutputFormat {
    text, json;

    /** Writes records as indented JSON. */
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
}
