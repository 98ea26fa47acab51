package uk.lantern.schemas.mace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventSchemas;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.exploitationrisk.RiskCategory;

class MaceContractTest {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final LocalDate D0 = LocalDate.of(2026, 11, 20);
    static final Subject CHILD = new Subject("LA-000123", null, null, null, "Amelia", "Jones",
            LocalDate.of(2010, 4, 1), Subject.Sex.FEMALE, "PE1 2AB");
    static final PanelMember CHAIR = new PanelMember("DI Rachel Stone", Agency.POLICE);

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();
    private final JsonMapper json = JsonMapper.builder().build();

    static List<Envelope<? extends MaceEvent>> everyEventAProducerBuilds() {
        return List.of(
                envelope(MaceEventTypes.MEETING_SCHEDULED, Subject.empty(), new MeetingScheduled("m-1", D0, CHAIR)),
                envelope(MaceEventTypes.MEETING_OPENED, Subject.empty(), new MeetingOpened("m-1", T0, false,
                        List.of(Agency.POLICE, Agency.HEALTH),
                        List.of(new MeetingOpened.AgendaItem("child-1", List.of(AgendaReason.HIGH_MACE_SCORE,
                                AgendaReason.NOMINATED), List.of(Drift.ACTION_OVERDUE)),
                                new MeetingOpened.AgendaItem("child-2", List.of(AgendaReason.ACTION_DUE), List.of())))),
                envelope(MaceEventTypes.MEETING_CLOSED, Subject.empty(), new MeetingClosed("m-1", T0.plusSeconds(7200), 2, 3)),
                envelope(MaceEventTypes.CHILD_DISCUSSED, CHILD, new ChildDiscussed("m-1", "child-1", T0,
                        RiskCategory.SIGNIFICANT, RiskCategory.MODERATE, true)),
                envelope(MaceEventTypes.CHILD_DISCUSSED, CHILD, new ChildDiscussed("m-1", "child-1", T0,
                        RiskCategory.MILD, null, false)),
                envelope(MaceEventTypes.ACTION_AGREED, CHILD, new ActionAgreed("a-1", "m-1", "child-1",
                        Agency.POLICE, D0.plusDays(14), "p-1", null)),
                envelope(MaceEventTypes.ACTION_DONE, CHILD, new ActionDone("a-1", "child-1", D0.plusDays(10))),
                envelope(MaceEventTypes.ACTION_CANCELLED, CHILD, new ActionCancelled("a-2", "child-1", D0.plusDays(3))),
                envelope(MaceEventTypes.ACTION_CARRIED_OVER, CHILD, new ActionCarriedOver("a-1", "child-1", "m-2", 1)),
                envelope(MaceEventTypes.PERSON_OF_CONCERN_RECORDED, Subject.empty(), new PersonOfConcernRecorded("p-1",
                        List.of("PERSON_NAME:dean marsh", "PHONE:07700900123", "VEHICLE:AB12CDE"))),
                envelope(MaceEventTypes.PLACE_OF_CONCERN_RECORDED, Subject.empty(), new PlaceOfConcernRecorded("pl-1",
                        List.of("PLACE_NAME:bus station", "POSTCODE:PE12BB"))),
                envelope(MaceEventTypes.DRIFT_FLAGGED, CHILD, new DriftFlagged("m-2", "child-1",
                        Drift.ACTION_CARRIED_OVER, "a-1", CHAIR)),
                envelope(MaceEventTypes.DRIFT_FLAGGED, CHILD, new DriftFlagged("m-2", "child-1",
                        Drift.NO_CHANGE_IN_RISK, null, CHAIR)),
                envelope(MaceEventTypes.OUTCOME_SHARED, CHILD, new OutcomeShared("m-1", "child-1", D0,
                        new AllocatedWorker("Sam Okafor", "Children in Care 2"), RiskCategory.SIGNIFICANT,
                        "Risk raised to significant: found twice with the same adult.",
                        List.of(new OutcomeShared.SharedAction("a-1", "Disruption visit to the flat", "PC Ali Khan",
                                Agency.POLICE, D0.plusDays(14), ActionStatus.OPEN)))));
    }

    private static <D extends MaceEvent> Envelope<D> envelope(EventType<D> type, Subject subject, D data) {
        return Envelope.of(type, UUID.randomUUID(), T0, T0.plusSeconds(60), "mace-service", subject, data);
    }

    @Test
    void every_mace_event_a_producer_builds_conforms_to_its_schema_and_reads_back_equal() {
        assertThat(everyEventAProducerBuilds().stream().map(Envelope::eventType).distinct())
                .hasSize(MaceEventTypes.ALL.size());
        for (Envelope<? extends MaceEvent> event : everyEventAProducerBuilds()) {
            byte[] bytes = codec.encode(event);
            EventType<?> type = Topics.MACE.eventType(event.eventType(), event.schemaVersion()).orElseThrow();

            assertThat(schemas.violations(type, json.readTree(bytes))).as(event.eventType()).isEmpty();
            assertThat(codec.decode(Topics.MACE, bytes)).isEqualTo(event);
        }
    }

    @Test
    void an_outcome_not_addressed_to_a_team_is_refused() {
        ObjectNode message = (ObjectNode) codec.tree(everyEventAProducerBuilds().get(13));
        ((ObjectNode) message.at("/data/addressedTo")).remove("team");

        assertThatThrownBy(() -> codec.decode(Topics.MACE, json.writeValueAsBytes(message)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("team");
    }

    @Test
    void an_agency_outside_the_panel_and_a_link_key_of_no_known_kind_are_refused() {
        ObjectNode agreed = (ObjectNode) codec.tree(everyEventAProducerBuilds().get(5));
        ((ObjectNode) agreed.get("data")).put("ownerAgency", "RETURN_INTERVIEW_PROVIDER");
        ObjectNode person = (ObjectNode) codec.tree(everyEventAProducerBuilds().get(9));
        ((ObjectNode) person.get("data")).putArray("linkKeys").add("dean marsh");

        assertThatThrownBy(() -> codec.decode(Topics.MACE, json.writeValueAsBytes(agreed)))
                .isInstanceOf(UndecodableEventException.class).hasMessageContaining("ownerAgency");
        assertThatThrownBy(() -> codec.decode(Topics.MACE, json.writeValueAsBytes(person)))
                .isInstanceOf(UndecodableEventException.class).hasMessageContaining("linkKeys");
    }

    @Test
    void an_agenda_entry_without_a_reason_is_refused() {
        ObjectNode opened = (ObjectNode) codec.tree(everyEventAProducerBuilds().get(1));
        ((ObjectNode) opened.at("/data/agenda/0")).putArray("reasons");

        assertThatThrownBy(() -> codec.decode(Topics.MACE, json.writeValueAsBytes(opened)))
                .isInstanceOf(UndecodableEventException.class).hasMessageContaining("reasons");
    }

    @Test
    void the_topic_is_written_by_mace_service_only() {
        assertThat(Topics.MACE.owner()).isEqualTo("mace-service");
        assertThat(Topics.all()).contains(Topics.MACE);
    }
}
