package org.retour.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.retour.model.DateMention;
import org.retour.model.DatePrecision;

/**
 * Resolves a {@link RawDate} to an ISO value with a precision against the publication date: a date
 * without a year takes the publication's (the year before when it would fall well after it), a lone
 * weekday is the last such day up to the publication, and relative dates count from it.
 *
 * <p>Stateless and thread-safe.
 */
public final class DateResolver {

    /** How far after the publication a date without a year may fall before it is read as last year's. */
    private static final int FUTURE_DAYS = 31;

    /** The resolved date, or null when it needs a publication date that is unknown (or is impossible). */
    public DateMention resolve(RawDate d, String text, LocalDate published) {
        return resolve(d, text, published, false);
    }

    /**
     * The resolved date, or null; in a sentence in the {@code future}, a month, season or weekday
     * without a year is the next one from the publication rather than the last one.
     */
    public DateMention resolve(RawDate d, String text, LocalDate published, boolean future) {
        String surface = d.span().of(text);
        try {
            if (d.relative() != null && d.relative().unit() == DateLexicon.Unit.YEAR
                    && (d.month() != null || d.season() != null)) {
                // "August last year": the month of the year the relative part names
                if (published == null) {
                    return null;
                }
                d = new RawDate(d.span(), published.getYear() + d.relative().offset(), d.month(), d.day(), d.weekday(),
                        d.season(), d.part(), null, null, true);
            } else if (d.relative() != null) {
                return published == null ? null : relative(d, surface, published);
            }
            if (d.decade() != null) {
                return new DateMention(d.span(), surface, String.valueOf(d.decade()), DatePrecision.DECADE);
            }
            if (d.season() != null && d.year() != null) {
                return new DateMention(d.span(), surface, d.year() + "-" + d.season(), DatePrecision.SEASON);
            }
            if (d.season() != null) {
                if (published == null) {
                    return null;
                }
                int starts = switch (d.season()) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                int y = future ? (starts + 2 < published.getMonthValue() ? published.getYear() + 1 : published.getYear())
                        : starts > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
                return new DateMention(d.span(), surface, y + "-" + d.season(), DatePrecision.SEASON);
            }
            if (d.month() != null && d.day() != null) {
                LocalDate date = d.year() != null ? LocalDate.of(d.year(), d.month(), d.day())
                        : dayWithoutYear(d, published);
                return date == null ? null : new DateMention(d.span(), surface, date.toString(), DatePrecision.DAY);
            }
            if (d.month() != null) {
                Integer y = d.year();
                if (y == null) {
                    if (published == null) {
                        return null;
                    }
                    y = future ? (d.month() < published.getMonthValue() ? published.getYear() + 1 : published.getYear())
                            : d.month() > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
                }
                return new DateMention(d.span(), surface, YearMonth.of(y, d.month()).toString(), DatePrecision.MONTH);
            }
            if (d.year() != null) {
                return new DateMention(d.span(), surface, String.format(Locale.ROOT, "%04d", d.year()), DatePrecision.YEAR);
            }
            if (d.weekday() != null && published != null) {
                LocalDate date = published.with(future ? TemporalAdjusters.nextOrSame(DayOfWeek.of(d.weekday()))
                        : TemporalAdjusters.previousOrSame(DayOfWeek.of(d.weekday())));
                return new DateMention(d.span(), surface, date.toString(), DatePrecision.DAY);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate dayWithoutYear(RawDate d, LocalDate published) {
        if (published == null) {
            return null;
        }
        if (d.weekday() != null) {
            LocalDate best = null;
            for (int y = published.getYear() - 6; y <= published.getYear() + 1; y++) {
                LocalDate c = safe(y, d.month(), d.day());
                if (c != null && c.getDayOfWeek() == DayOfWeek.of(d.weekday()) && (best == null
                        || Math.abs(c.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay()))) {
                    best = c;
                }
            }
            if (best != null) {
                return best;
            }
        }
        LocalDate c = safe(published.getYear(), d.month(), d.day());
        if (c == null) {
            return null;
        }
        return c.isAfter(published.plusDays(FUTURE_DAYS)) ? safe(published.getYear() - 1, d.month(), d.day()) : c;
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static DateMention relative(RawDate d, String surface, LocalDate pub) {
        int o = d.relative().offset();
        return switch (d.relative().unit()) {
            case DAY -> new DateMention(d.span(), surface, pub.plusDays(o).toString(), DatePrecision.DAY);
            case WEEK -> {
                LocalDate w = pub.plusWeeks(o);
                yield new DateMention(d.span(), surface, String.format(Locale.ROOT, "%04d-W%02d",
                        w.get(IsoFields.WEEK_BASED_YEAR), w.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), DatePrecision.WEEK);
            }
            case MONTH -> new DateMention(d.span(), surface, YearMonth.from(pub).plusMonths(o).toString(), DatePrecision.MONTH);
            case YEAR -> new DateMention(d.span(), surface, String.valueOf(pub.getYear() + o), DatePrecision.YEAR);
        };
    }
}
