package uk.lantern.schemas.cmeregister;

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

class CmeRegisterContractTest {

    static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    static final LocalDate D0 = LocalDate.parse("2026-11-20");
    static final Subject PUPIL = new Subject(null, null, "A123456789012", null, "Kai", "Brown",
            LocalDate.of(2013, 2, 3), Subject.Sex.MALE, "PE2 5XY");
    static final Professional OFFICER = new Professional("Sam Ali", "CME officer", "Peterborough City Council");
    static final School SCHOOL = new School("110123", "Orton Academy");

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();
    private final JsonMapper json = JsonMapper.builder().build();

    static List<Envelope<? extends CmeRegisterEvent>> samples() {
        return List.of(
                envelope(CmeRegisterEventTypes.CHILD_ADDED_TO_REGISTER, new ChildAddedToRegister("cme-1", SCHOOL,
                        NotificationGround.DELETED_FROM_ROLL, DeletionGround.MOVED_AWAY_NO_KNOWN_SCHOOL, D0, OFFICER)),
                envelope(CmeRegisterEventTypes.NOTIFICATION_RECORDED, new NotificationRecorded("cme-1", SCHOOL,
                        NotificationGround.LEFT_NO_KNOWN_DESTINATION, null, D0.plusDays(1), OFFICER)),
                envelope(CmeRegisterEventTypes.ENQUIRY_LOGGED, new EnquiryLogged("cme-1", D0.plusDays(2),
                        EnquiryLogged.Check.NATIONAL_DATA, false, "Not on the lost-pupils database", OFFICER)),
                envelope(CmeRegisterEventTypes.ALTERNATIVE_PROVISION_RECORDED, new AlternativeProvisionRecorded(
                        "cme-1", "City tuition centre", 12.5, D0.plusDays(3), 25.0, true, OFFICER)),
                envelope(CmeRegisterEventTypes.CHILD_REMOVED_FROM_REGISTER, new ChildRemovedFromRegister("cme-1",
                        ChildRemovedFromRegister.Outcome.ON_ROLL_ELSEWHERE, new School("110456", "Hampton College"),
                        null, D0.plusDays(10), OFFICER, D0)),
                envelope(CmeRegisterEventTypes.CHILD_REMOVED_FROM_REGISTER_V1, new ChildRemovedFromRegister("cme-2",
                        ChildRemovedFromRegister.Outcome.OTHER, null, "Moved in with grandparents abroad",
                        D0.plusDays(10), OFFICER, D0)),
                Envelope.of(CmeRegisterEventTypes.REGISTER_ENTRY_ERASED, UUID.randomUUID(), T0, T0.plusSeconds(60),
                        "cme-register-service", uk.lantern.schemas.Subject.empty(),
                        new RegisterEntryErased("cme-1", T0.plusSeconds(120), RegisterEntryErased.Reason.RETENTION)));
    }

    private static <D extends CmeRegisterEvent> Envelope<D> envelope(EventType<D> type, D data) {
        return Envelope.of(type, UUID.randomUUID(), T0, T0.plusSeconds(60), "cme-register-service", PUPIL, data);
    }

    @Test
    void every_cme_register_event_a_producer_builds_conforms_to_its_schema_and_reads_back_equal() {
        for (Envelope<? extends CmeRegisterEvent> event : samples()) {
            byte[] bytes = codec.encode(event);
            EventType<?> type = CmeRegisterTopics.CME_REGISTER.eventType(event.eventType(), event.schemaVersion())
                    .orElseThrow();

            assertThat(schemas.violations(type, json.readTree(bytes))).as(event.eventType()).isEmpty();
            assertThat(codec.decode(CmeRegisterTopics.CME_REGISTER, bytes)).isEqualTo(event);
        }
    }

    @Test
    void a_deletion_from_roll_without_its_regulation_ground_is_refused_and_another_ground_with_one_is_refused() {
        ObjectNode noDeletionGround = (ObjectNode) json.readTree(codec.encode(samples().get(0)));
        ((ObjectNode) noDeletionGround.get("data")).remove("deletionGround");
        ObjectNode absenceWithDeletionGround = (ObjectNode) json.readTree(codec.encode(samples().get(1)));
        ((ObjectNode) absenceWithDeletionGround.get("data")).put("deletionGround", "OTHER");

        assertThatThrownBy(() -> codec.decode(CmeRegisterTopics.CME_REGISTER, json.writeValueAsBytes(noDeletionGround)))
                .isInstanceOf(UndecodableEventException.class).hasMessageContaining("deletionGround");
        assertThatThrownBy(() -> codec.decode(CmeRegisterTopics.CME_REGISTER,
                json.writeValueAsBytes(absenceWithDeletionGround))).isInstanceOf(UndecodableEventException.class);
    }

    @Test
    void a_removal_on_roll_elsewhere_without_the_school_and_an_enquiry_without_its_date_are_refused() {
        ObjectNode noSchool = (ObjectNode) json.readTree(codec.encode(samples().get(4)));
        ((ObjectNode) noSchool.get("data")).remove("school");
        ObjectNode noDate = (ObjectNode) json.readTree(codec.encode(samples().get(2)));
        ((ObjectNode) noDate.get("data")).remove("madeOn");

        assertThatThrownBy(() -> codec.decode(CmeRegisterTopics.CME_REGISTER, json.writeValueAsBytes(noSchool)))
                .isInstanceOf(UndecodableEventException.class).hasMessageContaining("school");
        assertThatThrownBy(() -> codec.decode(CmeRegisterTopics.CME_REGISTER, json.writeValueAsBytes(noDate)))
                .isInstanceOf(UndecodableEventException.class).hasMessageContaining("madeOn");
    }

    @Test
    void a_school_urn_that_is_not_six_digits_is_refused() {
        ObjectNode badUrn = (ObjectNode) json.readTree(codec.encode(samples().get(0)));
        ((ObjectNode) badUrn.at("/data/school")).put("urn", "12345");

        assertThatThrownBy(() -> codec.decode(CmeRegisterTopics.CME_REGISTER, json.writeValueAsBytes(badUrn)))
                .isInstanceOf(UndecodableEventException.class).hasMessageContaining("urn");
    }
}
