package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.exploitationrisk.AssessmentReviewed;
import uk.lantern.schemas.exploitationrisk.ExploitationType;
import uk.lantern.schemas.exploitationrisk.RiskCategory;
import uk.lantern.schemas.exploitationrisk.RiskScore;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.InterviewCompleted;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.returninterview.InterviewNotOffered;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;

class ContractFactsTest {

    private static final uk.lantern.schemas.EventCodec CODEC = new uk.lantern.schemas.EventCodec();

    private static final Instant AT = Instant.parse("2026-11-21T18:30:00Z");
    private static final Professional PC = new Professional("PC Sarah Patel", "Police officer", "Cambridgeshire");

    @Test
    void a_report_from_care_keeps_its_context_grade_and_the_envelope_event_id() {
        var id = UUID.randomUUID();
        var data = new EpisodeReported("ep-1",
                new EpisodeContext(EpisodeContext.Type.MISSING_FROM_CARE, EpisodeContext.PlacementType.CHILDRENS_HOME,
                        "Peterborough", false),
                EpisodeReported.Category.MISSING, new EpisodeReported.LastSeen(AT, "Queensgate"), AT.plusSeconds(600),
                PC, "CC-1", RiskGrade.MEDIUM, false, true);
        var envelope = Envelope.of(MissingEpisodeEventTypes.EPISODE_REPORTED, id, AT, AT, "missing-episode-service",
                new Subject("LA-1", null, null, null, null, null, null, null, null), data);

        assertThat(ContractFacts.from(envelope)).contains(new ChildFact.EpisodeReported(id.toString(), "ep-1",
                AT.plusSeconds(600), AT, ChildFact.Context.MISSING_FROM_CARE, ChildFact.RiskGrade.MEDIUM, false, true));
    }

    @Test
    void a_return_keeps_where_and_with_whom() {
        var data = new ChildReturned("ep-1", AT, new ChildReturned.Location("Central Park", "PE1 4LZ", null, null),
                List.of(new ChildReturned.Associate("Dean", "07700 900123", "AB12 CDE")),
                ChildReturned.How.FOUND_BY_POLICE, PC, null);

        assertThat(ContractFacts.from("ev-2", data)).contains(new ChildFact.ChildReturned("ev-2", "ep-1", AT,
                new ChildFact.Place("Central Park", "PE1 4LZ"),
                List.of(new ChildFact.Associate("Dean", "07700 900123", "AB12 CDE", false))));
    }

    @Test
    void an_associate_recorded_as_an_adult_or_aged_18_or_more_is_an_adult() {
        var data = new ChildReturned("ep-1", AT, null, List.of(new ChildReturned.Associate("Dean", null, null, null, true),
                new ChildReturned.Associate("Lee", null, null, 19, null),
                new ChildReturned.Associate("Kayla", null, null, 14, false)), ChildReturned.How.FOUND_BY_POLICE, PC, null);

        assertThat(ContractFacts.from("ev-2", data)).get().isInstanceOfSatisfying(ChildFact.ChildReturned.class,
                fact -> assertThat(fact.associates()).extracting(ChildFact.Associate::knownAdult)
                        .containsExactly(true, true, false));
    }

    @Test
    void an_away_from_placement_report_keeps_its_category() {
        var data = new EpisodeReported("ep-1",
                new EpisodeContext(EpisodeContext.Type.MISSING_FROM_CARE, EpisodeContext.PlacementType.CHILDRENS_HOME,
                        "Peterborough", false),
                EpisodeReported.Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION,
                new EpisodeReported.LastSeen(AT, "Queensgate"), AT.plusSeconds(600), PC, "CC-1", RiskGrade.MEDIUM,
                false, true);

        assertThat(ContractFacts.from("ev-1", data)).get().isInstanceOfSatisfying(ChildFact.EpisodeReported.class,
                fact -> {
                    assertThat(fact.away()).isTrue();
                    assertThat(fact.legacy()).isFalse();
                });
    }

    @Test
    void a_case_opened_carries_the_deadline_its_owner_set() {
        var data = new InterviewCaseOpened("ep-1", ReturnInterviewEvent.Context.MISSING_FROM_HOME, AT,
                AT.plusSeconds(72 * 3600), "Home Returns Service");

        assertThat(ContractFacts.from("ev-7", data)).contains(new ChildFact.InterviewCaseOpened("ev-7", "ep-1", AT,
                AT.plusSeconds(72 * 3600)));
    }

    @Test
    void an_interview_of_v2_keeps_when_it_took_place_and_one_of_v1_is_read_as_the_start_of_its_day() {
        var at = Instant.parse("2026-11-23T15:30:00Z");
        var v2 = new InterviewCompleted("ep-1", at, LocalDate.parse("2026-11-23"), true, PC, List.of(), List.of(),
                null, null, List.of(), null, List.of());
        var v1 = new InterviewCompleted("ep-1", LocalDate.parse("2026-07-01"), PC, List.of(), List.of(), null, null,
                List.of(), null, List.of());

        assertThat(ContractFacts.from("ev-8", v2)).get().isInstanceOfSatisfying(ChildFact.InterviewCompleted.class,
                fact -> assertThat(fact.at(java.time.ZoneId.of("Europe/London"))).isEqualTo(at));
        assertThat(ContractFacts.from("ev-9", v1)).get().isInstanceOfSatisfying(ChildFact.InterviewCompleted.class,
                fact -> assertThat(fact.at(java.time.ZoneId.of("Europe/London")))
                        .isEqualTo(Instant.parse("2026-06-30T23:00:00Z")));
    }

    @Test
    void a_decision_not_to_offer_is_a_step_of_the_interview_case() {
        assertThat(ContractFacts.from("ev-3", new InterviewNotOffered("ep-1", "Child in hospital", PC, AT)))
                .contains(new ChildFact.InterviewStep("ev-3", "ep-1", ChildFact.InterviewStep.Step.DECIDED_NOT_TO_OFFER,
                        AT));
    }

    @Test
    void an_interview_with_an_exploitation_indicator_is_marked_as_indicating_exploitation() {
        var data = new InterviewCompleted("ep-1", LocalDate.parse("2026-11-23"), PC, List.of(), List.of(), null, null,
                List.of(), null, List.of(ExploitationIndicator.ASSOCIATING_WITH_OLDER_ADULTS));

        assertThat(ContractFacts.from("ev-4", data)).get()
                .isInstanceOfSatisfying(ChildFact.InterviewCompleted.class,
                        fact -> assertThat(fact.exploitationIndicated()).isTrue());
    }

    @Test
    void a_review_carries_its_final_category_and_next_review_date() {
        var data = new AssessmentReviewed("as-1", AT, PC, ExploitationType.SEXUAL, List.of(), List.of(),
                new RiskScore(7, RiskCategory.MILD, new RiskScore.CategoryOverride(RiskCategory.SIGNIFICANT, "why"),
                        RiskCategory.SIGNIFICANT),
                RiskCategory.MODERATE, LocalDate.parse("2027-02-21"));

        assertThat(ContractFacts.from("ev-5", data)).contains(new ChildFact.AssessmentRecorded("ev-5", "as-1",
                ChildFact.AssessmentRecorded.Kind.REVIEWED, AT, ChildFact.RiskCategory.SIGNIFICANT,
                LocalDate.parse("2027-02-21")));
    }

    @Test
    void need_to_know_raised_by_the_episode_service_is_its_decision_at_the_envelopes_time() {
        var envelope = Envelope.of(MissingEpisodeEventTypes.NEED_TO_KNOW_RAISED, UUID.randomUUID(), AT.plusSeconds(60),
                AT.plusSeconds(61), "missing-episode-service", new Subject("LA-1", null, null, null, null, null, null,
                        null, null), new NeedToKnowRaised("ep-1", List.of(NeedToKnowRaised.Reason.LOOKED_AFTER), null,
                        RiskGrade.LOW, AT));

        assertThat(ContractFacts.from(envelope)).contains(new ChildFact.NeedToKnowRaised(
                envelope.eventId().toString(), "ep-1", AT.plusSeconds(60), List.of("LOOKED_AFTER")));
    }

    /**
     * The v2 events published without their free-text reason (it stays, encrypted, at the source) give the facts the
     * v1 events with it gave: no rule reads the reason. Each goes through its topic's codec, so it is a valid v2.
     */
    @Test
    void the_v2_events_without_their_free_text_reason_give_the_facts_v1_gave() {
        var today = LocalDate.parse("2026-11-21");
        var overridden = new RiskScore(9, RiskCategory.MILD, new RiskScore.CategoryOverride(RiskCategory.MODERATE,
                null), RiskCategory.MODERATE);
        var withReason = new RiskScore(9, RiskCategory.MILD, new RiskScore.CategoryOverride(RiskCategory.MODERATE,
                "disclosed to a teacher"), RiskCategory.MODERATE);
        var sw = new Professional("Priya Nair", "Social worker", "PCC");
        var pairs = List.of(
                List.of(decoded(uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes.RISK_REGRADED,
                                new uk.lantern.schemas.missingepisode.RiskRegraded("ep-1", RiskGrade.MEDIUM,
                                        RiskGrade.HIGH, AT, PC, null)),
                        decoded(uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes.RISK_REGRADED_V1,
                                new uk.lantern.schemas.missingepisode.RiskRegraded("ep-1", RiskGrade.MEDIUM,
                                        RiskGrade.HIGH, AT, PC, "seen getting into a car"))),
                List.of(decoded(uk.lantern.schemas.returninterview.ReturnInterviewEventTypes.INTERVIEW_NOT_OFFERED,
                                new InterviewNotOffered("ep-1", null, PC, AT)),
                        decoded(uk.lantern.schemas.returninterview.ReturnInterviewEventTypes.INTERVIEW_NOT_OFFERED_V1,
                                new InterviewNotOffered("ep-1", "in hospital", PC, AT))),
                List.of(decoded(uk.lantern.schemas.cmeregister.CmeRegisterEventTypes.CHILD_REMOVED_FROM_REGISTER,
                                new uk.lantern.schemas.cmeregister.ChildRemovedFromRegister("cme-1",
                                        uk.lantern.schemas.cmeregister.ChildRemovedFromRegister.Outcome.OTHER, null,
                                        null, today, PC, today.minusDays(40))),
                        decoded(uk.lantern.schemas.cmeregister.CmeRegisterEventTypes.CHILD_REMOVED_FROM_REGISTER_V1,
                                new uk.lantern.schemas.cmeregister.ChildRemovedFromRegister("cme-1",
                                        uk.lantern.schemas.cmeregister.ChildRemovedFromRegister.Outcome.OTHER, null,
                                        "moved abroad", today, PC, today.minusDays(40)))),
                List.of(decoded(uk.lantern.schemas.exploitationrisk.ExploitationRiskEventTypes.ASSESSMENT_COMPLETED,
                                new uk.lantern.schemas.exploitationrisk.AssessmentCompleted("as-1", AT, sw,
                                        ExploitationType.SEXUAL, List.of(), List.of(), overridden, today)),
                        decoded(uk.lantern.schemas.exploitationrisk.ExploitationRiskEventTypes.ASSESSMENT_COMPLETED_V1,
                                new uk.lantern.schemas.exploitationrisk.AssessmentCompleted("as-1", AT, sw,
                                        ExploitationType.SEXUAL, List.of(), List.of(), withReason, today))),
                List.of(decoded(uk.lantern.schemas.exploitationrisk.ExploitationRiskEventTypes.ASSESSMENT_REVIEWED,
                                new AssessmentReviewed("as-1", AT, sw, ExploitationType.BOTH, List.of(), List.of(),
                                        overridden, RiskCategory.SIGNIFICANT, today)),
                        decoded(uk.lantern.schemas.exploitationrisk.ExploitationRiskEventTypes.ASSESSMENT_REVIEWED_V1,
                                new AssessmentReviewed("as-1", AT, sw, ExploitationType.BOTH, List.of(), List.of(),
                                        withReason, RiskCategory.SIGNIFICANT, today))),
                List.of(decoded(uk.lantern.schemas.exploitationrisk.ExploitationRiskEventTypes.ASSESSMENT_CLOSED,
                                new uk.lantern.schemas.exploitationrisk.AssessmentClosed("as-1", AT, sw, null,
                                        RiskCategory.MILD)),
                        decoded(uk.lantern.schemas.exploitationrisk.ExploitationRiskEventTypes.ASSESSMENT_CLOSED_V1,
                                new uk.lantern.schemas.exploitationrisk.AssessmentClosed("as-1", AT, sw,
                                        "engaged with youth service", RiskCategory.MILD))));

        for (var pair : pairs) {
            var published = ContractFacts.from("ev-1", pair.get(0).data());
            assertThat(pair.get(0).schemaVersion()).isEqualTo(2);
            assertThat(published).as(pair.get(0).eventType() + " v2").isPresent();
            assertThat(published).isEqualTo(ContractFacts.from("ev-1", pair.get(1).data()));
        }
    }

    /** The event as a consumer decodes it from its topic: encoded, then read back against its schema. */
    private static <D extends uk.lantern.schemas.EventData> Envelope<?> decoded(
            uk.lantern.schemas.EventType<D> type, D data) {
        var topic = uk.lantern.schemas.Topics.all().stream().filter(t -> t.eventTypes().contains(type)).findFirst()
                .orElseThrow();
        var sent = Envelope.of(type, UUID.randomUUID(), AT, AT, topic.owner(), new Subject("LA-1", null, null, null,
                null, null, null, null, null), data);
        return CODEC.decode(topic, CODEC.encode(sent));
    }
}
