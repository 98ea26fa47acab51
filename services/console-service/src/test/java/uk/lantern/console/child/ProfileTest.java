package uk.lantern.console.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProfileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static Profile of(String json) {
        JsonNode node = JSON.readTree(json);
        return Profile.of(node, TODAY);
    }

    @Test
    void the_urgent_things_come_missing_first_then_alerts_by_severity_then_what_is_owed_then_risk_and_education() {
        Profile p = Profile.of(JSON.readTree(ChildPageBrowserIT.PROFILE), TODAY);

        assertThat(p.urgent()).extracting(Profile.Urgent::what).containsExactly("Missing now",
                "Open alert: Need to know", "Return interview owed", "Exploitation risk: Moderate risk (category 3)",
                "Missing education");
        assertThat(p.urgent()).extracting(Profile.Urgent::level).containsExactly("urgent", "urgent", "high",
                "medium", "medium");
    }

    @Test
    void a_high_return_interview_owed_comes_before_a_medium_or_low_alert() {
        Profile p = of("""
                {"childId":"c","openFlags":[{"alertId":"a-2","code":"CME_ENQUIRY_STALLED","severity":"LOW"},
                 {"alertId":"a-1","code":"SCREENING_GAP","severity":"MEDIUM"}],
                 "episodes":[{"start":"2026-12-01T20:00:00Z","returnedAt":"2026-12-02T08:00:00Z",
                  "interviewStatus":"AWAITING_OFFER"}],
                 "exploitation":{"category":"SIGNIFICANT"}}""");

        assertThat(p.urgent()).extracting(Profile.Urgent::level).containsExactly("high", "high", "medium", "low");
        assertThat(p.urgent()).extracting(Profile.Urgent::what).startsWith("Return interview owed",
                "Exploitation risk: Significant risk (category 4)");
    }

    @Test
    void age_is_whole_years_on_todays_date_in_london() {
        assertThat(of("{\"childId\":\"c\",\"dateOfBirth\":\"2011-12-05\"}").age()).isEqualTo(15);
        assertThat(of("{\"childId\":\"c\",\"dateOfBirth\":\"2011-12-06\"}").age()).isEqualTo(14);
        assertThat(of("{\"childId\":\"c\"}").age()).isNull();
    }

    @Test
    void when_the_sources_disagree_on_ethnicity_the_page_says_so_rather_than_choosing() {
        Profile p = of("""
                {"childId":"c","ethnicity":null,"ethnicities":[{"code":"MWBC","source":"cme-register-service"},
                 {"code":"WBRI","source":"missing-episode-service"}]}""");

        assertThat(p.ethnicity()).isNull();
        assertThat(p.ethnicityNote()).contains("White and Black Caribbean (children missing education)",
                "White British (missing episodes)");
    }

    @Test
    void alerts_are_ordered_most_severe_first_and_a_quiet_child_has_nothing_urgent() {
        Profile p = of("""
                {"childId":"c","openFlags":[{"alertId":"a-2","code":"CME_ENQUIRY_STALLED","severity":"LOW"},
                 {"alertId":"a-1","code":"RHI_OVERDUE","severity":"HIGH"}]}""");

        assertThat(p.openFlags()).extracting(Profile.OpenFlag::alertId).containsExactly("a-1", "a-2");
        assertThat(of("{\"childId\":\"c\",\"cme\":{\"status\":\"REMOVED\"}}").urgent()).isEmpty();
    }

    @Test
    void a_record_id_is_shown_as_its_service_and_the_services_own_reference() {
        Profile.SourceRecord r = Profile.sourceRecord("return-interview-service|case-9|ff00");

        assertThat(r.source()).isEqualTo("Return interviews");
        assertThat(r.reference()).isEqualTo("case-9");
    }
}
