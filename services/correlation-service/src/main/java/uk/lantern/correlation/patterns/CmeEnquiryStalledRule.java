package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.List;

/**
 * CME_ENQUIRY_STALLED: a child on the CME register with no enquiry logged in 20 school days since the last enquiry, or
 * since joining when there has been none. School days skip weekends, England's bank holidays and the authority's
 * school holidays (a setting), so the count pauses through the summer. An enquiry on the 20th school day is in time;
 * the alert is raised at the start of the day after (Europe/London). A new enquiry (which restarts the count) or
 * removal from the register clears it.
 */
final class CmeEnquiryStalledRule implements PatternRule {

    private static final List<Actor> ACTORS = List.of(Actor.CME_OFFICER);

    private final PatternSettings.CmeEnquiryStalled settings;
    private final WorkingCalendar calendar;

    CmeEnquiryStalledRule(PatternSettings.CmeEnquiryStalled settings, WorkingCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    @Override
    public AlertCode code() {
        return AlertCode.CME_ENQUIRY_STALLED;
    }

    @Override
    public RuleResult evaluate(ChildFacts facts, Instant now) {
        var result = new RuleResult.Builder(now);
        for (var entry : facts.cmeEntries()) {
            if (!entry.onRegister()) {
                continue;
            }
            var added = entry.added().orElseThrow();
            var lastDate = added.addedOn();
            var lastEvent = added.eventId();
            var enquiry = entry.lastEnquiry();
            if (enquiry.isPresent() && !enquiry.get().madeOn().isBefore(lastDate)) {
                lastDate = enquiry.get().madeOn();
                lastEvent = enquiry.get().eventId();
            }
            var stalledFrom = calendar.endOfSchoolDays(lastDate, settings.schoolDays());
            if (now.isBefore(stalledFrom)) {
                result.deadline(stalledFrom);
            } else {
                result.alert(Alert.of(code(), Severity.MEDIUM, facts.childId(), List.of(lastEvent), stalledFrom,
                        stalledFrom, ACTORS).described("On the children-missing-education register since "
                        + Describe.day(added.addedOn()) + "; no enquiry logged since "
                        + Describe.day(lastDate) + " (" + settings.schoolDays() + " school days)"));
            }
        }
        return result.build();
    }
}
