package uk.lantern.correlation.patterns;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Every threshold of the pattern rules (DOMAIN.md marks them local policy). {@link #defaults()} gives DOMAIN.md's
 * values. Working days and school days are both counted as Monday to Friday (bank holidays and school holidays are
 * not known here). Dates are English calendar dates ({@code zone}, Europe/London by default).
 */
public record PatternSettings(
        ZoneId zone,
        RhiOverdue rhiOverdue,
        RepeatMissing repeatMissing,
        MissingAndCme missingAndCme,
        ScreeningGap screeningGap,
        AssessmentReviewOverdue assessmentReviewOverdue,
        CmeEnquiryStalled cmeEnquiryStalled,
        SharedLinks sharedLinks) {

    public PatternSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(rhiOverdue, "rhiOverdue");
        Objects.requireNonNull(repeatMissing, "repeatMissing");
        Objects.requireNonNull(missingAndCme, "missingAndCme");
        Objects.requireNonNull(screeningGap, "screeningGap");
        Objects.requireNonNull(assessmentReviewOverdue, "assessmentReviewOverdue");
        Objects.requireNonNull(cmeEnquiryStalled, "cmeEnquiryStalled");
        Objects.requireNonNull(sharedLinks, "sharedLinks");
    }

    public static PatternSettings defaults() {
        return new PatternSettings(ZoneId.of("Europe/London"), RhiOverdue.defaults(), RepeatMissing.defaults(),
                MissingAndCme.defaults(), ScreeningGap.defaults(), AssessmentReviewOverdue.defaults(),
                CmeEnquiryStalled.defaults(), SharedLinks.defaults());
    }

    /** An offer or a recorded decision is owed within {@code window} of the return (72 h). */
    public record RhiOverdue(Duration window) {
        public static RhiOverdue defaults() {
            return new RhiOverdue(Duration.ofHours(72));
        }
    }

    /**
     * {@code episodes} episodes starting within a rolling {@code window} (3 in 90 days); the coordinator is asked to
     * act within {@code actWithinWorkingDays} (5, Lantern's choice: DOMAIN.md gives none).
     */
    public record RepeatMissing(int episodes, Duration window, int actWithinWorkingDays) {
        public RepeatMissing {
            if (episodes < 2) {
                throw new IllegalArgumentException("episodes must be at least 2");
            }
        }

        public static RepeatMissing defaults() {
            return new RepeatMissing(3, Duration.ofDays(90), 5);
        }
    }

    /**
     * An episode that started at most {@code recentWithin} before the child joined the CME register (or while on
     * it) (90 days); act within {@code actWithinWorkingDays} (1, Lantern's choice).
     */
    public record MissingAndCme(Duration recentWithin, int actWithinWorkingDays) {
        public static MissingAndCme defaults() {
            return new MissingAndCme(Duration.ofDays(90), 1);
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

    /** An enquiry is owed within {@code schoolDays} school days (Monday to Friday) of the last one (20). */
    public record CmeEnquiryStalled(int schoolDays) {
        public static CmeEnquiryStalled defaults() {
            return new CmeEnquiryStalled(20);
        }
    }

    /**
     * {@code minChildren} children (2) seen with the same associate or at the same place within a rolling
     * {@code window} (90 days); analysts asked to act within {@code actWithinWorkingDays} (5, Lantern's choice).
     */
    public record SharedLinks(Duration window, int minChildren, int actWithinWorkingDays) {
        public static SharedLinks defaults() {
            return new SharedLinks(Duration.ofDays(90), 2, 5);
        }
    }
}
