package org.retour.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.retour.lang.Languages;
import picocli.CommandLine;

/** Converters for option values, each failing with a message that says what is expected. */
final class Converters {

    private Converters() {
    }

    /** An ISO date, YYYY-MM-DD. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
            }
        }
    }

    /** An ISO 639-1 language code that Retour knows. */
    static final class LanguageCode implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Languages.requireKnown(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** A size in bytes with an optional unit: 20MB, 512KB, 1000. */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            long mult = 1;
            if (v.endsWith("GB")) {
                mult = 1L << 30;
            } else if (v.endsWith("MB")) {
                mult = 1L << 20;
            } else if (v.endsWith("KB")) {
                mult = 1L << 10;
            }
            String digits = v.replaceAll("[KMG]?B$", "");
            try {
                long n = Long.parseLong(digits) * mult;
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 20MB, 512KB or 1000");
            }
        }
    }
}
