package uk.lantern.correlation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.profile.Given.NOW;
import static uk.lantern.correlation.profile.Given.daysAgo;
import static uk.lantern.correlation.profile.Given.profile;
import static uk.lantern.correlation.profile.Given.profileOf;
import static uk.lantern.correlation.profile.Given.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.lantern.correlation.patterns.ChildFact;
import uk.lantern.correlation.patterns.ChildFact.AssessmentRecorded.Kind;
import uk.lantern.correlation.patterns.ChildFact.Context;
import uk.lantern.correlation.patterns.ChildFact.RiskCategory;
import uk.lantern.correlation.patterns.ChildFact.RiskGrade;
import uk.lantern.correlation.patterns.ChildFacts;
import uk.lantern.correlation.patterns.ContractFacts;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Ethnicity;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.ChildProfile.Allocation;
import uk.lantern.schemas.correlation.ChildProfile.RecordedEthnicity;
import uk.lantern.schemas.exploitationrisk.AssessmentCompleted;
import uk.lantern.schemas.exploitationrisk.ExploitationRiskEventTypes;
import uk.lantern.schemas.exploitationrisk.ExploitationType;
import uk.lantern.schemas.exploitationrisk.RiskScore;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;

/** The child's ethnicity (the DfE code the sources agree on) and current allocation (the latest recorded). */
class ProfileEthnicityAndAllocationTest {

    private static final String EPISODES = "missing-episode-service";
    private static final String RISK = "cse-risk-service";
    private static final String CME = "cme-register-service";

    @Nested
    class Ethnicity_ {

        @Test
        void is_the_code_every_record_stating_one_agrees_on() {
            var profile = profileOf(List.of(record("r1", EPISODES, of(Ethnicity.BCRB)),
                    record("r2", CME, of(Ethnicity.BCRB)), record("r3", RISK, of(null))));

            assertThat(profile.ethnicity()).isEqualTo("BCRB");
            assertThat(profile.ethnicities()).containsExactly(new RecordedEthnicity("BCRB", CME),
                    new RecordedEthnicity("BCRB", EPISODES));
        }

        @Test
        void is_none_when_records_disagree_and_the_list_shows_who_recorded_what() {
            var profile = profileOf(List.of(record("r1", EPISODES, of(Ethnicity.WBRI)),
                    record("r2", CME, of(Ethnicity.MWBC)), record("r3", CME, of(Ethnicity.MWBC))));

            assertThat(profile.ethnicity()).isNull();
            assertThat(profile.ethnicities()).containsExactly(new RecordedEthnicity("MWBC", CME),
                    new RecordedEthnicity("WBRI", EPISODES));
        }

        @Test
        void a_refusal_is_an_answer_that_can_disagree() {
            var profile = profileOf(List.of(record("r1", EPISODES, of(Ethnicity.REFU)),
                    record("r2", CME, of(Ethnicity.AIND))));

            assertThat(profile.ethnicity()).isNull();
            assertThat(profile.ethnicities()).extracting(RecordedEthnicity::code).containsExactly("AIND", "REFU");
        }

        @Test
        void not_yet_obtained_states_nothing() {
            var profile = profileOf(List.of(record("r1", EPISODES, of(Ethnicity.NOBT)),
                    record("r2", CME, of(Ethnicity.CHNE))));

            assertThat(profile.ethnicity()).isEqualTo("CHNE");
            assertThat(profile.ethnicities()).containsExactly(new RecordedEthnicity("CHNE", CME));
        }

        @Test
        void records_written_before_ethnicity_existed_give_none() {
            var profile = profileOf(List.of(record("r1", EPISODES, Given.named("Amelia", "Jones"))));

            assertThat(profile.ethnicity()).isNull();
            assertThat(profile.ethnicities()).isEmpty();
        }

        @Test
        void the_order_of_the_records_does_not_matter() {
            var records = new ArrayList<>(List.of(record("r1", EPISODES, of(Ethnicity.WBRI)),
                    record("r2", CME, of(Ethnicity.MWBC)), record("r3", RISK, of(Ethnicity.WBRI))));
            var first = profileOf(records);
            Collections.shuffle(records, new Random(17));

            assertThat(profileOf(records)).isEqualTo(first);
        }
    }

    @Nested
    class Allocation_ {

        @Test
        void is_the_latest_any_source_recorded() {
            var profile = profile(
                    report("e1", daysAgo(40), new ChildFact.Allocation("Ann Lee", "CIC 1", daysAgo(40), EPISODES)),
                    assessment("a1", daysAgo(10), new ChildFact.Allocation(null, "Exploitation Team", daysAgo(10),
                            RISK)),
                    report("e2", daysAgo(20), new ChildFact.Allocation("Bo Chan", "CIC 2", daysAgo(20), EPISODES)));

            assertThat(profile.allocatedWorker()).isEqualTo(new Allocation(null, "Exploitation Team", daysAgo(10),
                    RISK));
        }

        @Test
        void an_event_without_one_changes_nothing() {
            var allocated = report("e1", daysAgo(20),
                    new ChildFact.Allocation("Ann Lee", "CIC 1", daysAgo(20), EPISODES));
            var before = profile(allocated);
            var after = profile(allocated, report("e2", daysAgo(1), null), assessment("a1", daysAgo(2), null));

            assertThat(before.allocatedWorker()).isEqualTo(new Allocation("Ann Lee", "CIC 1", daysAgo(20), EPISODES));
            assertThat(after.allocatedWorker()).isEqualTo(before.allocatedWorker());
        }

        @Test
        void none_was_recorded_gives_none() {
            assertThat(profile(report("e1", daysAgo(1), null)).allocatedWorker()).isNull();
            assertThat(profile().allocatedWorker()).isNull();
        }

        @Test
        void a_tie_goes_to_the_larger_event_id_whatever_the_order() {
            var a = report("e-a", daysAgo(3), new ChildFact.Allocation("Ann Lee", "CIC 1", daysAgo(3), EPISODES));
            var b = assessment("e-b", daysAgo(3), new ChildFact.Allocation("Bo Chan", "CIC 2", daysAgo(3), RISK));

            assertThat(profile(a, b).allocatedWorker().team()).isEqualTo("CIC 2");
            assertThat(profile(b, a).allocatedWorker().team()).isEqualTo("CIC 2");
        }

        @Test
        void is_read_from_the_contracts_dated_by_occurred_at_and_named_by_the_source() {
            var occurred = Instant.parse("2026-10-30T10:00:00Z");
            var report = new EpisodeReported("ep-1", new EpisodeContext(EpisodeContext.Type.MISSING_FROM_CARE,
                    EpisodeContext.PlacementType.CHILDRENS_HOME, "Peterborough City Council", false),
                    EpisodeReported.Category.MISSING, null, occurred.minusSeconds(600),
                    new Professional("PC Hughes", "Coordinator", "Police"), "PR-1", uk.lantern.schemas.missingepisode
                    .RiskGrade.HIGH, false, true, new AllocatedWorker(" Sam Okafor ", "Children in Care 2"));
            var reported = Envelope.of(MissingEpisodeEventTypes.EPISODE_REPORTED,
                    java.util.UUID.fromString("00000000-0000-4000-8000-000000000001"), occurred,
                    occurred.plusSeconds(1), EPISODES, Subject.empty(), report);
            // An assessment v1 carries no allocation: recorded later, it changes nothing.
            var v1 = new AssessmentCompleted("as-1", occurred.plusSeconds(3600), new Professional("Priya Nair",
                    "Social worker", "PCC"), ExploitationType.SEXUAL, List.of(), List.of(),
                    new RiskScore(9, uk.lantern.schemas.exploitationrisk.RiskCategory.MILD, null,
                            uk.lantern.schemas.exploitationrisk.RiskCategory.MILD), LocalDate.parse("2027-01-30"));
            var assessed = Envelope.of(ExploitationRiskEventTypes.ASSESSMENT_COMPLETED_V1,
                    java.util.UUID.fromString("00000000-0000-4000-8000-000000000002"), occurred.plusSeconds(3600),
                    occurred.plusSeconds(3601), RISK, Subject.empty(), v1);

            var facts = ChildFacts.of(Given.CHILD, List.of(ContractFacts.from(reported).orElseThrow(),
                    ContractFacts.from(assessed).orElseThrow()));
            var profile = Given.BUILDER.build(Given.CHILD, 1, NOW, List.of(), facts, List.of());

            assertThat(profile.allocatedWorker()).isEqualTo(new Allocation("Sam Okafor", "Children in Care 2",
                    occurred, EPISODES));
        }
    }

    private static Subject of(Ethnicity ethnicity) {
        return new Subject(null, null, null, null, "Amelia", "Jones", null, null, null, ethnicity);
    }

    private static ChildFact.EpisodeReported report(String eventId, Instant at, ChildFact.Allocation allocation) {
        return new ChildFact.EpisodeReported(eventId, "ep-" + eventId, at, at, Context.MISSING_FROM_CARE,
                RiskGrade.MEDIUM, false, true, ChildFact.Category.MISSING, allocation);
    }

    private static ChildFact.AssessmentRecorded assessment(String eventId, Instant at,
                                                           ChildFact.Allocation allocation) {
        return new ChildFact.AssessmentRecorded(eventId, "as-" + eventId, Kind.COMPLETED, at, RiskCategory.MILD,
                null, allocation);
    }
}
