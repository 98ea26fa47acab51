package uk.lantern.correlation.patterns;

import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Every threshold of the pattern rules (DOMAIN.md marks them local policy). {@link #defaults()} gives DOMAIN.md's
 * values. Dates are English calendar dates ({@code zone}, Europe/London by default) and windows are calendar days.
 * Working days skip weekends and England's bank holidays; school days also skip {@code schoolHolidays}, the
 * authority's school holidays (none by default: set them to the authority's term dates).
 */
public record PatternSettings(
        ZoneId zone,
        List<WorkingCalendar.DateRange> schoolHolidays,
        RepeatMissing repeatMissing,
        MissingAndCme missingAndCme,
        ScreeningGap screeningGap,
        AssessmentReviewOverdue assessmentReviewOverdue,
        CmeEnquiryStalled cmeEnquiryStalled,
        SharedLinks sharedLinks,
        MaceDrift maceDrift) {

    public PatternSettings {
        Objects.requireNonNull(zone, "zone");
        schoolHolidays = schoolHolidays == null ? List.of() : List.copyOf(schoolHolidays);
        Objects.requireNonNull(repeatMissing, "repeatMissing");
        Objects.requireNonNull(missingAndCme, "missingAndCme");
        Objects.requireNonNull(screeningGap, "screeningGap");
        Objects.requireNonNull(assessmentReviewOverdue, "assessmentReviewOverdue");
        Objects.requireNonNull(cmeEnquiryStalled, "cmeEnquiryStalled");
        Objects.requireNonNull(sharedLinks, "sharedLinks");
        maceDrift = maceDrift == null ? MaceDrift.defaults() : maceDrift;
    }

    public PatternSettings(ZoneId zone, List<WorkingCalendar.DateRange> schoolHolidays, RepeatMissing repeatMissing,
                           MissingAndCme missingAndCme, ScreeningGap screeningGap,
                           AssessmentReviewOverdue assessmentReviewOverdue, CmeEnquiryStalled cmeEnquiryStalled,
                           SharedLinks sharedLinks) {
        this(zone, schoolHolidays, repeatMissing, missingAndCme, screeningGap, assessmentReviewOverdue,
                cmeEnquiryStalled, sharedLinks, MaceDrift.defaults());
    }

    /** England's calendar with the authority's school holidays. */
    public WorkingCalendar calendar() {
        return WorkingCalendar.england(zone, schoolHolidays);
    }

    /** A rolling window of {@code length} calendar days in this zone. */
    public CalendarWindow window(Period length) {
        return new CalendarWindow(length, zone);
    }

    public PatternSettings withSchoolHolidays(List<WorkingCalendar.DateRange> holidays) {
        return new PatternSettings(zone, holidays, repeatMissing, missingAndCme, screeningGap, assessmentReviewOverdue,
                cmeEnquiryStalled, sharedLinks, maceDrift);
    }

    public PatternSettings withRepeatMissing(RepeatMissing settings) {
        return new PatternSettings(zone, schoolHolidays, settings, missingAndCme, screeningGap,
                assessmentReviewOverdue, cmeEnquiryStalled, sharedLinks, maceDrift);
    }

    public static PatternSettings defaults() {
        return new PatternSettings(ZoneId.of("Europe/London"), List.of(), RepeatMissing.defaults(),
                MissingAndCme.defaults(), ScreeningGap.defaults(), AssessmentReviewOverdue.defaults(),
                CmeEnquiryStalled.defaults(), SharedLinks.defaults(), MaceDrift.defaults());
    }

    /**
     * {@code episodes} episodes starting within a rolling {@code window} (3 in 90 days); the coordinator is asked to
     * act within {@code actWithinWorkingDays} (5, Lantern's choice: DOMAIN.md gives none). Episodes away from placement
     * without authorisation count only with {@code includeAway} (default false).
     */
    public record RepeatMissing(int episodes, Period window, int actWithinWorkingDays, boolean includeAway) {
        public RepeatMissing {
            if (episodes < 2) {
                throw new IllegalArgumentException("episodes must be at least 2");
            }
        }

        public static RepeatMissing defaults() {
            return new RepeatMissing(3, Period.ofDays(90), 5, false);
        }
    }

    /**
     * An episode that started at most {@code recentWithin} before the child joined the CME register (or while on
     * it) (90 days); act within {@code actWithinWorkingDays} (1, Lantern's choice).
     */
    public record MissingAndCme(Period recentWithin, int actWithinWorkingDays) {
        public static MissingAndCme defaults() {
            return new MissingAndCme(Period.ofDays(90), 1);
        }
    }

    /** A completed assessment is owed within {@code workingDays} of the first unanswered indicator (10). */
    public record ScreeningGap(int workingDays) {
        public static ScreeningGap defaults() {
            return new ScreeningGap(10);
        }
    }

    /**
     * The review date is the one the assessment carries ({@code nextReviewDue}); {@code reviewInterval} (3 months) is
     * used only when an assessment event carries none: completion or review date plus the interval.
     */
    public record AssessmentReviewOverdue(Period reviewInterval) {
        public static AssessmentReviewOverdue defaults() {
            return new AssessmentReviewOverdue(Period.ofMonths(3));
        }
    }

    /** An enquiry is owed within {@code schoolDays} school days of the last one (20). */
    /**
     * MACE_DRIFT: the meeting's chair is asked to challenge the drift within {@code actWithinWorkingDays} working days
     * of the meeting that flagged it (10, Lantern's choice: about the time to the next meeting, which meets every two
     * to four weeks).
     */
    public record MaceDrift(int actWithinWorkingDays) {
        public MaceDrift {
            if (actWithinWorkingDays < 1) {
                throw new IllegalArgumentException("actWithinWorkingDays must be at least 1");
            }
        }

        public static MaceDrift defaults() {
            return new MaceDrift(10);
        }
    }

    public record CmeEnquiryStalled(int schoolDays) {
        public static CmeEnquiryStalled defaults() {
            return new CmeEnquiryStalled(20);
        }
    }

    /**
     * {@code minChildren} children (2) seen with the same associate or at the same place within a rolling
     * {@code window} (90 days); analysts asked to act within {@code actWithinWorkingDays} (5, Lantern's choice). A key
     * seen with more than {@code hotspotAbove} children (25) in the window is a hotspot, reported once, not an alert
     * per child. {@code genericPlaces} never link children: labels that say nothing of where a child was.
     */
    public record SharedLinks(Period window, int minChildren, int actWithinWorkingDays, int hotspotAbove,
                              List<String> genericPlaces) {
        public static final List<String> GENERIC_PLACES = List.of("home", "home address", "own home", "family home",
                "placement", "placement address", "care home", "children's home", "school", "college",
                "friend's address", "friend's house", "friends house", "relative's address", "unknown", "not known",
                "n/a", "none");

        public SharedLinks {
            if (hotspotAbove < minChildren) {
                throw new IllegalArgumentException("hotspotAbove must be at least minChildren");
            }
            genericPlaces = genericPlaces == null ? List.of() : List.copyOf(genericPlaces);
        }

        public static SharedLinks defaults() {
            return new SharedLinks(Period.ofDays(90), 2, 5, 25, GENERIC_PLACES);
        }
    }
}
