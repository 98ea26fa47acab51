package uk.lantern.schemas.returninterview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventSchemas;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;

class ReturnInterviewContractTest {

    static final Instant RETURNED = Instant.parse("2026-11-20T18:30:00Z");
    static final Subject SUBJECT = new Subject("LA-000123", null, null, null, "Amelia", "Jones",
            LocalDate.of(2010, 4, 1), Subject.Sex.FEMALE, "PE1 2AB");
    static final Professional WORKER = new Professional("Sam Okafor", "Return interview worker", "Home Returns Service");

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();
    private final JsonMapper json = JsonMapper.builder().build();

    static List<Envelope<? extends ReturnInterviewEvent>> samples() {
        return List.of(
                envelope(ReturnInterviewEventTypes.INTERVIEW_CASE_OPENED, new InterviewCaseOpened("ep-1",
                        ReturnInterviewEvent.Context.MISSING_FROM_HOME, RETURNED, RETURNED.plusSeconds(72 * 3600),
                        "Home Returns Service")),
                envelope(ReturnInterviewEventTypes.INTERVIEW_OFFERED, new InterviewOffered("ep-1",
                        RETURNED.plusSeconds(3600), WORKER, InterviewOffered.Method.PHONE, true)),
                envelope(ReturnInterviewEventTypes.INTERVIEW_ACCEPTED, new InterviewAccepted("ep-1",
                        RETURNED.plusSeconds(7200), ReturnInterviewEvent.Respondent.CHILD)),
                envelope(ReturnInterviewEventTypes.INTERVIEW_DECLINED, new InterviewDeclined("ep-2",
                        RETURNED.plusSeconds(7200), ReturnInterviewEvent.Respondent.PARENT_OR_CARER)),
                envelope(ReturnInterviewEventTypes.INTERVIEW_COMPLETED, new InterviewCompleted("ep-1",
                        Instant.parse("2026-11-21T16:45:00Z"), LocalDate.of(2026, 11, 21), true, WORKER,
                        List.of(InterviewCompleted.PushFactor.CONFLICT_AT_HOME),
                        List.of(InterviewCompleted.PullFactor.ADULT_ASSOCIATE, InterviewCompleted.PullFactor.PARTY),
                        "Argued with mum; went to a party Dean knew about",
                        new InterviewCompleted.Place("Flat above the takeaway", "PE1 4LZ"),
                        List.of(new InterviewCompleted.Associate("Dean", "07700 900123", "AB12 CDE", 34, true),
                                new InterviewCompleted.Associate("Kayla", null, null, 15, false)),
                        "Was given cannabis",
                        List.of(ExploitationIndicator.ASSOCIATING_WITH_OLDER_ADULTS, ExploitationIndicator.SUBSTANCE_MISUSE))),
                envelope(ReturnInterviewEventTypes.INTERVIEW_COMPLETED_V1, new InterviewCompleted("ep-4",
                        LocalDate.of(2026, 11, 21), WORKER, List.of(), List.of(), null, null,
                        List.of(new InterviewCompleted.Associate("Dean", "07700 900123", "AB12 CDE")), null,
                        List.of())),
                envelope(ReturnInterviewEventTypes.INTERVIEW_NOT_OFFERED, new InterviewNotOffered("ep-3", null, WORKER,
                        RETURNED.plusSeconds(3600))),
                envelope(ReturnInterviewEventTypes.INTERVIEW_NOT_OFFERED_V1, new InterviewNotOffered("ep-5",
                        "Child taken into secure accommodation; interview arranged by the placement", WORKER,
                        RETURNED.plusSeconds(3600))),
                envelope(ReturnInterviewEventTypes.INTERVIEW_CASE_CLOSED, new InterviewCaseClosed("ep-1",
                        RETURNED.plusSeconds(86400), WORKER, InterviewCaseClosed.Outcome.COMPLETED)),
                Envelope.of(ReturnInterviewEventTypes.INTERVIEW_CASE_ERASED, UUID.randomUUID(), RETURNED,
                        RETURNED.plusSeconds(60), "return-interview-service", Subject.empty(),
                        new InterviewCaseErased("ep-1", RETURNED.plusSeconds(90000),
                                InterviewCaseErased.Reason.EPISODE_ERASED)));
    }

    private static <D extends ReturnInterviewEvent> Envelope<D> envelope(EventType<D> type, D data) {
        return Envelope.of(type, UUID.randomUUID(), RETURNED, RETURNED.plusSeconds(60), "return-interview-service",
                SUBJECT, data);
    }

    @Test
    void every_return_interview_event_a_producer_builds_conforms_to_its_schema_and_reads_back_equal() {
        assertThat(samples()).extracting(event -> event.eventType() + " v" + event.schemaVersion())
                .containsExactlyInAnyOrderElementsOf(ReturnInterviewEventTypes.ALL.stream()
                        .map(type -> type.name() + " v" + type.version()).toList());
        for (Envelope<? extends ReturnInterviewEvent> event : samples()) {
            byte[] bytes = codec.encode(event);
            EventType<?> type = ReturnInterviewTopics.RETURN_INTERVIEWS
                    .eventType(event.eventType(), event.schemaVersion()).orElseThrow();

            assertThat(schemas.violations(type, json.readTree(bytes))).as(event.eventType()).isEmpty();
            assertThat(codec.decode(ReturnInterviewTopics.RETURN_INTERVIEWS, bytes)).isEqualTo(event);
        }
    }

    @Test
    void an_indicator_outside_the_shared_list_is_refused() {
        ObjectNode message = (ObjectNode) codec.tree(samples().get(4));
        ((ObjectNode) message.get("data")).putArray("exploitationIndicators").add("LOOKS_SHIFTY");

        assertThatThrownBy(() -> codec.decode(ReturnInterviewTopics.RETURN_INTERVIEWS, json.writeValueAsBytes(message)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("exploitationIndicators");
    }

    @Test
    void a_v1_decision_not_to_offer_without_its_reason_is_refused_and_a_v2_one_with_its_free_text_too() {
        ObjectNode v1 = (ObjectNode) codec.tree(samples().get(7));
        ((ObjectNode) v1.get("data")).remove("reason");
        ObjectNode v2 = (ObjectNode) codec.tree(samples().get(6));
        ((ObjectNode) v2.get("data")).put("reason", "Child taken into secure accommodation");

        assertThatThrownBy(() -> codec.decode(ReturnInterviewTopics.RETURN_INTERVIEWS, json.writeValueAsBytes(v1)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> codec.decode(ReturnInterviewTopics.RETURN_INTERVIEWS, json.writeValueAsBytes(v2)))
                .isInstanceOf(UndecodableEventException.class);
    }

    @Test
    void an_interview_of_v2_without_its_time_is_refused_while_v1_never_had_one() {
        ObjectNode v2 = (ObjectNode) codec.tree(samples().get(4));
        ((ObjectNode) v2.get("data")).remove("completedAt");

        assertThatThrownBy(() -> codec.decode(ReturnInterviewTopics.RETURN_INTERVIEWS, json.writeValueAsBytes(v2)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("completedAt");
        var v1 = codec.decode(ReturnInterviewTopics.RETURN_INTERVIEWS, codec.encode(samples().get(5)));
        assertThat(((InterviewCompleted) v1.data()).completedAt()).isNull();
        assertThat(((InterviewCompleted) v1.data()).completedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void an_associate_is_an_adult_only_when_recorded_as_one_or_aged_18_or_more() {
        assertThat(new InterviewCompleted.Associate("Dean", null, null, null, true).knownAdult()).isTrue();
        assertThat(new InterviewCompleted.Associate("Dean", null, null, 18, null).knownAdult()).isTrue();
        assertThat(new InterviewCompleted.Associate("Kayla", null, null, 17, null).knownAdult()).isFalse();
        assertThat(new InterviewCompleted.Associate("Someone", null, null).knownAdult()).isFalse();
    }
}
