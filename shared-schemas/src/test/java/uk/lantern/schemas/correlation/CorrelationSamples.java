package uk.lantern.schemas.correlation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Subject;

/** One valid example of every correlation record, as the correlation service would build it. */
final class CorrelationSamples {

    static final Instant T0 = Instant.parse("2026-11-20T18:30:00Z");
    static final String AMELIA = "child-5b0e7c1e-3d7f-4a55-9c2b-0f7d1c6e2a11";
    static final String AMELIA_TOO = "child-9a4c2f08-61d3-4e0b-8f55-2b7e9d3c1f40";
    static final String POLICE_RECORD = "missing-episode-service|police:PP-55821|7c1d9e";
    static final String LA_RECORD = "cme-register-service|la:LA-000123|e40a2b";
    static final String SCHOOL_RECORD = "cme-register-service|upn:A12345678901B|91f3c0";
    static final String REPORTED = "3f2b6c1e-8a44-4d1e-9b0a-6c7d2e1f5a90";
    static final String RETURNED = "7d9e1a2b-3c4d-4e5f-8a6b-9c0d1e2f3a4b";
    static final String HMAC_KEY = "analyst-feed-test-key";

    /** The child's strong identifiers and name as Lantern holds them: what an alert's envelope carries. */
    static final Subject AMELIA_AS_LANTERN_HOLDS_HER = new Subject("LA-000123", "9434765919", null, "PP-55821",
            "Amelia", "Jones", null, null, null);
    static final Subject NOTHING_HELD = new Subject(null, null, null, null, null, null, null, null, null);

    /** The settings of EventCodec's mapper: absent values are left out, unknown fields ignored. */
    static final JsonMapper CODEC_SETTINGS = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static AlertRaised rhiOverdue() {
        return new AlertRaised("0b8f3a9e-5c1d-3e2f-9a7b-4c6d8e0f1a2b", "RHI_OVERDUE", "HIGH", AMELIA,
                List.of(REPORTED, RETURNED), T0.plusSeconds(72 * 3600), T0.plusSeconds(96 * 3600),
                List.of("MISSING_COORDINATOR", "RETURN_INTERVIEW_PROVIDER"),
                "Returned 72 hours ago: no return interview offered and no decision recorded", null);
    }

    static AlertRaised possibleSameChild() {
        return new AlertRaised("5e6f7a8b-9c0d-3e1f-8a2b-3c4d5e6f7a8b", "POSSIBLE_SAME_CHILD", "MEDIUM", AMELIA,
                List.of(REPORTED), T0, null, List.of("MISSING_COORDINATOR"),
                "Amelia Jones (police) and Amelia Jones (school) may be one child", AMELIA_TOO);
    }

    /** An alert naming the child's allocated worker and team (the field added after release). */
    static AlertRaised rhiOverdueNamingTheWorker() {
        return rhiOverdue().withAllocatedWorker(new uk.lantern.schemas.AllocatedWorker("Jo Bloggs", "North team"));
    }

    /** Drift the MACE panel flagged, raised to the chair: a code added after release, so on v2. */
    static AlertRaised maceDrift() {
        return new AlertRaised("7c8d9e0f-1a2b-3c4d-8e5f-6a7b8c9d0e1f", "MACE_DRIFT", "MEDIUM", AMELIA,
                List.of(REPORTED), T0, T0.plusSeconds(14 * 86400), List.of("MACE_PANEL"),
                "MACE drift: an action is past its due date. For the chair, DI Shah (police), to challenge", null,
                List.of(), new uk.lantern.schemas.AllocatedWorker("Jo Bloggs", "North team"));
    }

    static AlertCleared rhiOverdueCleared() {
        return new AlertCleared(rhiOverdue().alertId(), "RHI_OVERDUE", AMELIA, T0.plusSeconds(100 * 3600),
                "Return interview offered by Ask Us Peterborough");
    }

    static LinkExplanation strongLink() {
        return new LinkExplanation(POLICE_RECORD, LA_RECORD, "STRONG_ID", 31.4, "nhsNumber, familyName, dateOfBirth",
                "nhsNumber exact +14.2; familyName exact +8.1; dateOfBirth exact +9.1; givenName missing 0");
    }

    static RecordResolved linked() {
        return new RecordResolved(LA_RECORD, AMELIA, "cme-register-service", "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                "LINKED", List.of(strongLink()), List.of(AMELIA_TOO));
    }

    static RecordResolved newChild() {
        return new RecordResolved(POLICE_RECORD, AMELIA, "missing-episode-service", REPORTED, "NEW", List.of(),
                List.of());
    }

    static ReviewRaised reviewRaised() {
        return new ReviewRaised("review:" + LA_RECORD + "+" + SCHOOL_RECORD, LA_RECORD, AMELIA, SCHOOL_RECORD,
                AMELIA_TOO, 9.7, "below link threshold", "familyName, dateOfBirth",
                "givenName Amelia/Amy nickname +3.0; familyName exact +8.1; dateOfBirth day and month swapped -1.4",
                T0);
    }

    static ReviewDecided confirmed() {
        return new ReviewDecided("d-42", reviewRaised().reviewId(), "CONFIRM", LA_RECORD, SCHOOL_RECORD,
                "Priya Shah", T0.plusSeconds(3600),
                List.of(new ReviewDecided.RecordMove(SCHOOL_RECORD, AMELIA_TOO, AMELIA)));
    }

    static ReviewDecided unlinked() {
        return new ReviewDecided("d-43", null, "UNLINK", SCHOOL_RECORD, null, "Priya Shah", T0.plusSeconds(7200),
                List.of(new ReviewDecided.RecordMove(SCHOOL_RECORD, AMELIA, AMELIA_TOO)));
    }

    /** The school record forgotten after its last event was erased: its review withdrawn, nothing moved. */
    static RecordForgotten forgotten() {
        return new RecordForgotten(SCHOOL_RECORD, AMELIA_TOO, "5d7e9f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a",
                T0.plusSeconds(10800), "every event of it was erased at its source",
                List.of(reviewRaised().reviewId()), List.of());
    }

    /** A record forgotten whose child split without it. */
    static RecordForgotten forgottenWithASplit() {
        return new RecordForgotten(LA_RECORD, AMELIA, "6e8f0a2b-3c4d-4e5f-9a7b-8c9d0e1f2a3b", T0.plusSeconds(14400),
                "every event of it was erased at its source", List.of(),
                List.of(new ReviewDecided.RecordMove(SCHOOL_RECORD, AMELIA, AMELIA_TOO)));
    }

    static IdentityDecisionMade confirm() {
        return new IdentityDecisionMade("d-42", "CONFIRM", LA_RECORD, SCHOOL_RECORD, reviewRaised().reviewId(),
                "Priya Shah", "Same school, same carer's address; Amy is her usual name", T0.plusSeconds(3600));
    }

    static IdentityDecisionMade unlink() {
        return new IdentityDecisionMade("d-43", "UNLINK", SCHOOL_RECORD, null, null, "Priya Shah",
                "Different child: twin sister", T0.plusSeconds(7200));
    }

    static List<Envelope<? extends AlertEvent>> alertEvents() {
        return List.of(
                envelope(CorrelationEventTypes.ALERT_RAISED, rhiOverdue(), AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.ALERT_RAISED, possibleSameChild(), AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.ALERT_CLEARED, rhiOverdueCleared(), AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.ALERT_RAISED, rhiOverdueNamingTheWorker(), AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.ALERT_UPDATED, updated(rhiOverdueNamingTheWorker()),
                        AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.ALERT_RAISED_V2, maceDrift(), AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.ALERT_UPDATED_V2, updated(maceDrift()), AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.ALERT_CLEARED_V2, new AlertCleared(maceDrift().alertId(), "MACE_DRIFT",
                        AMELIA, T0.plusSeconds(86400), "The action was done"), AMELIA_AS_LANTERN_HOLDS_HER));
    }

    static AlertUpdated updated(AlertRaised a) {
        return new AlertUpdated(a.alertId(), a.code(), a.severity(), a.childId(), a.evidence(), a.raisedAt(),
                a.dueBy(), a.actors(), a.summary(), a.relatedChildId(), a.relatedChildIds(), a.allocatedWorker());
    }

    static List<Envelope<? extends HotspotEvent>> hotspotEvents() {
        var id = java.util.UUID.nameUUIDFromBytes("PLACE_NAME:queensgate centre".getBytes()).toString();
        return List.of(
                envelope(CorrelationEventTypes.HOTSPOT_REPORTED, new HotspotReported(id, "PLACE_NAME",
                        "queensgate centre", List.of(AMELIA, "child-7b2e"), T0, T0.plusSeconds(86400),
                        "Queensgate centre: 26 children seen there between 3 Nov and 1 Dec 2026"), NOTHING_HELD),
                envelope(CorrelationEventTypes.HOTSPOT_ENDED, new HotspotEnded(id, "PLACE_NAME", "queensgate centre",
                        T0.plusSeconds(90 * 86400)), NOTHING_HELD));
    }

    /** What people did about the RHI_OVERDUE alert, and its escalation before they did. */
    static List<Envelope<? extends AlertWorkEvent>> alertWorkEvents() {
        String alert = rhiOverdue().alertId();
        return List.of(
                envelope(CorrelationEventTypes.ALERT_ESCALATED, new AlertEscalated(alert, AMELIA, "RHI_OVERDUE", "HIGH",
                        1, "Duty coordinator", T0.plusSeconds(4 * 3600), 4 * 3600), NOTHING_HELD),
                envelope(CorrelationEventTypes.ALERT_ACKNOWLEDGED, new AlertAcknowledged(alert, AMELIA, "RHI_OVERDUE",
                        "Amira Khan", T0.plusSeconds(5 * 3600), T0), NOTHING_HELD),
                envelope(CorrelationEventTypes.ALERT_ASSIGNED, new AlertAssigned(alert, AMELIA, "RHI_OVERDUE", "TEAM",
                        "Missing and exploitation team", "Amira Khan", T0.plusSeconds(5 * 3600 + 60)), NOTHING_HELD),
                envelope(CorrelationEventTypes.ALERT_RESOLVED, new AlertResolved(alert, AMELIA, "RHI_OVERDUE",
                        "REFERRED", "Amira Khan", T0.plusSeconds(30 * 3600)), NOTHING_HELD));
    }

    static List<Envelope<? extends IdentityEvent>> identityEvents() {
        return List.of(
                envelope(CorrelationEventTypes.RECORD_RESOLVED, newChild(), AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.RECORD_RESOLVED, linked(), AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.REVIEW_RAISED, reviewRaised(), AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.REVIEW_DECIDED, confirmed(), AMELIA_AS_LANTERN_HOLDS_HER),
                envelope(CorrelationEventTypes.REVIEW_DECIDED, unlinked(), NOTHING_HELD),
                envelope(CorrelationEventTypes.RECORD_FORGOTTEN, forgotten(), NOTHING_HELD),
                envelope(CorrelationEventTypes.RECORD_FORGOTTEN, forgottenWithASplit(), NOTHING_HELD));
    }

    static List<Envelope<IdentityDecisionMade>> identityDecisions() {
        return List.of(
                envelope(CorrelationEventTypes.IDENTITY_DECISION_MADE, confirm(), NOTHING_HELD),
                envelope(CorrelationEventTypes.IDENTITY_DECISION_MADE, unlink(), NOTHING_HELD));
    }

    static <D extends uk.lantern.schemas.EventData> Envelope<D> envelope(EventType<D> type, D data, Subject subject) {
        return Envelope.of(type, UUID.randomUUID(), T0, T0.plusSeconds(1), CorrelationTopics.OWNER, subject, data);
    }

    static ChildProfile profile() {
        return new ChildProfile(
                AMELIA,
                12,
                T0.plusSeconds(100 * 3600),
                List.of(POLICE_RECORD, LA_RECORD, SCHOOL_RECORD),
                List.of(new ChildProfile.Identifier("LA", "LA-000123", "cme-register-service"),
                        new ChildProfile.Identifier("NHS", "9434765919", "missing-episode-service"),
                        new ChildProfile.Identifier("UPN", "A12345678901B", "cme-register-service"),
                        new ChildProfile.Identifier("POLICE", "PP-55821", "missing-episode-service")),
                List.of(new ChildProfile.Name("Amelia", "Jones", "missing-episode-service"),
                        new ChildProfile.Name("Amy", "Jones", "cme-register-service")),
                LocalDate.of(2010, 4, 1),
                "FEMALE",
                List.of("PE1 2AB"),
                false,
                null,
                1,
                3,
                5,
                "MISSING_FROM_CARE",
                List.of(new ChildProfile.EpisodeSummary("ep-1", "MISSING_FROM_CARE", T0, T0.plusSeconds(86400), false,
                                "HIGH", "AWAITING_OFFER"),
                        new ChildProfile.EpisodeSummary("ep-0", null, null, null, true, null, "COMPLETED")),
                new ChildProfile.CmeStatus("ON_REGISTER", LocalDate.of(2026, 9, 14), LocalDate.of(2026, 10, 2)),
                new ChildProfile.ExploitationStatus("MODERATE", "ASSESSED", LocalDate.of(2027, 2, 20), 2),
                List.of(new ChildProfile.OpenFlag(rhiOverdue().alertId(), "RHI_OVERDUE", "HIGH",
                                rhiOverdue().raisedAt(), rhiOverdue().dueBy()),
                        new ChildProfile.OpenFlag(possibleSameChild().alertId(), "POSSIBLE_SAME_CHILD", "MEDIUM",
                                possibleSameChild().raisedAt(), null)),
                42,
                List.of(new ChildProfile.Associate("Dean Walker", "07700 900123", "AB12 CDE", T0.plusSeconds(86400),
                        RETURNED)),
                List.of(new ChildProfile.Place("Central Park", "PE1 4LZ", T0.plusSeconds(86400), RETURNED)),
                List.of("PHONE:07700900123", "VEHICLE:AB12CDE", "PLACE:central park"),
                null);
    }

    /** {@link #profile()} with the sources agreeing on her ethnicity, and her current allocation. */
    static ChildProfile profileWithEthnicityAndAllocation() {
        var p = profile();
        return new ChildProfile(p.childId(), p.version(), p.asOf(), p.records(), p.identifiers(), p.names(),
                p.dateOfBirth(), p.sex(), p.postcodes(), p.missingNow(), p.missingSince(), p.episodesLast30Days(),
                p.episodesLast90Days(), p.episodesLast365Days(), p.homeOrCare(), p.episodes(), p.cme(),
                p.exploitation(), p.openFlags(), p.maceScore(), p.associates(), p.places(), p.linkKeys(),
                p.mergedInto(), p.links(), "MWBC",
                List.of(new ChildProfile.RecordedEthnicity("MWBC", "cme-register-service"),
                        new ChildProfile.RecordedEthnicity("MWBC", "missing-episode-service")),
                new ChildProfile.Allocation("Sam Okafor", "Children in Care 2", T0, "missing-episode-service"));
    }

    /** A child known from one record that held no strong identifier: almost everything is absent or empty. */
    static ChildProfile profileOfAChildKnownFromOneRecord() {
        return new ChildProfile(AMELIA_TOO, 1, T0, List.of(SCHOOL_RECORD), null, null, null, null, null, false, null,
                0, 0, 0, null, null, null, null, null, 0, null, null, null, AMELIA);
    }

    static AnalystEvent analystEvent() {
        return new AnalystEvent(RETURNED, childRef(AMELIA), "missing-episode-service", "ChildReturned",
                T0.plusSeconds(86400), 16, "FEMALE", "MISSING_FROM_CARE", "HIGH", null,
                new AnalystEvent.AnalystPlace("Central Park", "PE1"),
                List.of(new AnalystEvent.AnalystAssociate("Dean Walker", "07700900123", "AB12CDE")));
    }

    static AnalystEvent minimalAnalystEvent() {
        return new AnalystEvent(REPORTED, childRef(AMELIA), "cse-risk-service", "AssessmentCompleted", T0, null,
                null, null, null, "SIGNIFICANT", null, null);
    }

    /** A return on v2: an adult associate, and another child known to Lantern by ref alone. Times on the hour. */
    static AnalystEventV2 analystEventV2() {
        return new AnalystEventV2("1b7d3c9e-0f4a-8c2d-9e1f-3a5b7c9d1e2f", childRef(AMELIA), "missing-episode-service",
                "ChildReturned", T0.plusSeconds(86400 - 1800), 16, "FEMALE", "MISSING_FROM_CARE", "HIGH", null,
                new AnalystEventV2.Place("central park", "PE1"),
                List.of(AnalystEventV2.Associate.adult("dean walker", "07700900123", "AB12CDE"),
                        AnalystEventV2.Associate.child(childRef(AMELIA_TOO))), null);
    }

    static AnalystEventV2 minimalAnalystEventV2() {
        return new AnalystEventV2("5c2e8a1f-7b3d-8e4a-a1c2-d3e4f5a6b7c8", childRef(AMELIA), "cse-risk-service",
                "AssessmentCompleted", T0.minusSeconds(1800), null, null, null, null, "SIGNIFICANT", null, null, null);
    }

    /** The pseudonym as the feed computes it: HMAC-SHA256 of the Lantern child id, lower-case hex. */
    static String childRef(String childId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HMAC_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(childId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private CorrelationSamples() {
    }
}
