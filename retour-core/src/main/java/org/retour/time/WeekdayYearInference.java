package org.retour.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Infers a publication date from the first date that gives a weekday, a day and a month but no year
 * ("vendredi 10 juin"): the year in which that day falls on that weekday, the nearest one not earlier
 * than the latest year the text writes out ("janvier 2014" gives 2014, and 10 June is a Friday in 2016).
 *
 * <p>Stateless and thread-safe.
 */
public final class WeekdayYearInference {

    /** How many years after the latest explicit year the search goes. */
    private static final int HORIZON = 40;

    /** The inferred publication date, or null when the text has no such date or no explicit year. */
    public LocalDate inferPublicationDate(List<RawDate> dates) {
        Integer latest = null;
        for (RawDate d : dates) {
            Integer y = d.year() != null ? d.year() : d.decade() != null ? d.decade() * 10 : null;
            if (y != null && (latest == null || y > latest)) {
                latest = y;
            }
        }
        if (latest == null) {
            return null;
        }
        for (RawDate d : dates) {
            if (d.weekday() != null && d.day() != null && d.month() != null && d.year() == null) {
                for (int y = latest; y <= latest + HORIZON; y++) {
                    LocalDate candidate = date(y, d.month(), d.day());
                    if (candidate != null && candidate.getDayOfWeek() == DayOfWeek.of(d.weekday())) {
                        return candidate;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
