package uk.lantern.reporting.figures.domain;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The local settings the figures depend on.
 *
 * @param zone            whose days and months (England's)
 * @param interviewWindow a return interview is on time within this of the return, when the event does not say (72 h)
 * @param repeatThreshold a child with this many episodes or more in the period went missing repeatedly (2)
 * @param ofstedMonths    the Ofsted list covers the episodes started in this many months up to its date (12)
 */
public record ReportingRules(ZoneId zone, Duration interviewWindow, int repeatThreshold, int ofstedMonths) {

    public static ReportingRules defaults() {
        return new ReportingRules(ZoneId.of("Europe/London"), Duration.ofHours(72), 2, 12);
    }
}
