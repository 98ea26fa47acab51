package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.patterns.Facts.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CmeEnquiryStalledTest {

    /** Monday 2 November plus 20 school days is Monday 30 November; stalled from the start of 1 December. */
    @Test
    void no_enquiry_in_20_school_days_since_joining_raises_it_the_day_after_the_20th() {
        var added = addedToCme("c1", date("2026-11-02"));

        assertThat(alerts(AlertCode.CME_ENQUIRY_STALLED, startOf("2026-12-01").minusSeconds(1), added)).isEmpty();
        assertThat(alerts(AlertCode.CME_ENQUIRY_STALLED, startOf("2026-12-01"), added)).singleElement()
                .satisfies(alert -> {
                    assertThat(alert.evidence()).containsExactly("cme-added-c1");
                    assertThat(alert.raisedAt()).isEqualTo(startOf("2026-12-01"));
                    assertThat(alert.actors()).containsExactly(Actor.CME_OFFICER);
                });
        assertThat(nextEvaluation(startOf("2026-11-03"), added)).contains(startOf("2026-12-01"));
    }

    @Test
    void an_enquiry_on_the_20th_school_day_is_in_time() {
        assertThat(alerts(AlertCode.CME_ENQUIRY_STALLED, startOf("2026-12-10"), addedToCme("c1", date("2026-11-02")),
                enquiry("c1", date("2026-11-30")))).isEmpty();
    }

    @Test
    void twenty_school_days_since_the_last_enquiry_raise_it_skipping_the_bank_holidays() {
        // 30 November + 20 school days: 18 to Christmas Eve, then Christmas Day and Boxing Day (Monday 28th) are bank
        // holidays, so the 20th is Wednesday 30 December
        var facts = new ChildFact[] {addedToCme("c1", date("2026-11-02")), enquiry("c1", date("2026-11-30"))};

        assertThat(alerts(AlertCode.CME_ENQUIRY_STALLED, startOf("2026-12-31").minusSeconds(1), facts)).isEmpty();
        assertThat(alerts(AlertCode.CME_ENQUIRY_STALLED, startOf("2026-12-31"), facts))
                .singleElement()
                .satisfies(alert -> assertThat(alert.evidence()).containsExactly("cme-enquiry-c1-2026-11-30"));
    }

    @Test
    void the_count_pauses_through_the_authoritys_school_holidays() {
        // joined Monday 13 July 2026; school breaks up on 22 July and returns on 3 September
        var engine = new PatternEngine(PatternSettings.defaults().withSchoolHolidays(
                List.of(WorkingCalendar.DateRange.parse("2026-07-22/2026-09-02"))));
        var child = child(addedToCme("c1", date("2026-07-13")));
        // 14-21 July are 6 school days; from 3 September: 3, 4, 7-11, 14-18, 21, 22 make the 20th Tuesday 22nd, so
        // it is stalled from 00:00 on Wednesday 23rd in London (23:00 UTC on the 22nd: summer time)
        var active = (java.util.function.Function<java.time.Instant, List<Alert>>) now -> engine.active(child, now)
                .stream().filter(alert -> alert.code() == AlertCode.CME_ENQUIRY_STALLED).toList();

        assertThat(active.apply(startOf("2026-08-20"))).as("through the summer").isEmpty();
        var stalled = java.time.Instant.parse("2026-09-22T23:00:00Z");
        assertThat(active.apply(stalled.minusSeconds(1))).isEmpty();
        assertThat(active.apply(stalled)).singleElement()
                .satisfies(alert -> assertThat(alert.raisedAt()).isEqualTo(stalled));
        assertThat(alerts(AlertCode.CME_ENQUIRY_STALLED, startOf("2026-08-20"), addedToCme("c1", date("2026-07-13"))))
                .as("with no school holidays set, the summer counts").hasSize(1);
    }

    @Test
    void a_child_who_left_the_register_is_not_stalled() {
        assertThat(alerts(AlertCode.CME_ENQUIRY_STALLED, startOf("2027-01-10"), addedToCme("c1", date("2026-11-02")),
                removedFromCme("c1", date("2026-11-10")))).isEmpty();
    }

    @Test
    void an_enquiry_clears_it() {
        var child = child(addedToCme("c1", date("2026-11-02")));
        var raised = ENGINE.evaluate(child, List.of(), startOf("2026-12-02")).raise();
        assertThat(raised).extracting(Alert::code).containsExactly(AlertCode.CME_ENQUIRY_STALLED);

        child.apply(enquiry("c1", date("2026-12-02")));

        assertThat(ENGINE.evaluate(child, raised, startOf("2026-12-02").plusSeconds(3600)).clear())
                .extracting(Alert::code).containsExactly(AlertCode.CME_ENQUIRY_STALLED);
    }
}
