package uk.lantern.correlation.analyst;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import uk.lantern.correlation.patterns.LinkNormaliser;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.cmeregister.AlternativeProvisionRecorded;
import uk.lantern.schemas.cmeregister.EnquiryLogged;
import uk.lantern.schemas.cmeregister.NotificationRecorded;
import uk.lantern.schemas.correlation.AnalystEvent;
import uk.lantern.schemas.correlation.AnalystEventV2;
import uk.lantern.schemas.correlation.AnalystEventV2.Associate;
import uk.lantern.schemas.correlation.AnalystEventV2.Place;
import uk.lantern.schemas.exploitationrisk.AssessmentCompleted;
import uk.lantern.schemas.exploitationrisk.AssessmentReviewed;
import uk.lantern.schemas.exploitationrisk.RiskScore;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.RiskRegraded;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.InterviewCompleted;

/**
 * The police analysts' view of a source event: pseudonymous and minimal (DOMAIN.md, "Information governance").
 * Only allow-listed fields are copied; nothing else of the envelope or payload is read. The child is a keyed
 * HMAC-SHA256 of the Lantern child id, as 64 lower-case hex digits: the same child gives the same reference for as
 * long as the key is kept, and without the key it cannot be reversed or recomputed from a guessed id.
 *
 * <p>The text the feed does carry (a place name, an associate's name, phone or vehicle) is typed by a professional
 * and may name the child ("found at Jade's nan's"). Any such value that contains the child's given or family name,
 * full postcode, date of birth or one of the child's identifiers is withheld (left out), so no direct identifier of
 * the child reaches the feed whatever was typed. Why each field and each excluded event type: PROFILE.md.
 *
 * <p>When identity resolution learns that two children are one, or splits records off a child, the feed says so
 * ({@link #childRefsJoined}, {@link #childRefSplit}) in refs alone, so analysts can re-count what they counted by ref.
 */
public final class AnalystFeed {

    private static final String HMAC = "HmacSHA256";
    private static final String SOURCE = "correlation-service";
    private static final int MIN_KEY_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();

    /**
     * Event types that carry nothing an analyst needs, left out of the feed: NeedToKnowRaised (its reasons reveal a
     * child protection plan or care status; the episode itself comes with EpisodeReported), and the CME register's
     * NotificationRecorded, EnquiryLogged and AlternativeProvisionRecorded (the authority's own casework).
     */
    public static final Set<Class<? extends EventData>> EXCLUDED = Set.of(NeedToKnowRaised.class,
            NotificationRecorded.class, EnquiryLogged.class, AlternativeProvisionRecorded.class);

    /** A full UK postcode, spaces removed: the outward code (the district) then a digit and two letters. */
    private static final Pattern POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})?");

    private final byte[] key;
    private final ZoneId zone;

    public AnalystFeed(byte[] hmacKey, ZoneId zone) {
        Objects.requireNonNull(hmacKey, "hmacKey");
        if (hmacKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the analyst feed's HMAC key must be at least " + MIN_KEY_BYTES
                    + " bytes, got " + hmacKey.length);
        }
        this.key = hmacKey.clone();
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** HMAC-SHA256(key, UTF-8 bytes of the child id), as 64 lower-case hex digits. */
    public String childRef(String childId) {
        Objects.requireNonNull(childId, "childId");
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HEX.formatHex(mac.doFinal(childId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    /** The analysts' event for a source event of the child, or empty for an {@link #EXCLUDED} type. */
    public Optional<AnalystEventV2> of(String childId, Envelope<? extends EventData> envelope) {
        var data = envelope.data();
        if (EXCLUDED.stream().anyMatch(type -> type.isInstance(data))) {
            return Optional.empty();
        }
        var child = new ChildIdentifiers(envelope.subject());
        String context = null;
        String riskGrade = null;
        String riskCategory = null;
        Place place = null;
        List<Associate> associates = List.of();
        if (data instanceof EpisodeReported e) {
            context = type(e.context());
            riskGrade = e.riskGrade() == null ? null : e.riskGrade().name();
        } else if (data instanceof RiskRegraded e) {
            riskGrade = e.riskGrade() == null ? null : e.riskGrade().name();
        } else if (data instanceof ChildReturned e) {
            context = type(e.context());
            if (e.location() != null) {
                place = place(e.location().placeName(), e.location().postcode(), child);
            }
            associates = associates(e.associates().stream()
                    .map(a -> Associate.adult(a.name(), a.phone(), a.vehicleRegistration())).toList(), child);
        } else if (data instanceof InterviewCaseOpened e) {
            context = e.context() == null ? null : e.context().name();
        } else if (data instanceof InterviewCompleted e) {
            if (e.whereabouts() != null) {
                place = place(e.whereabouts().placeName(), e.whereabouts().postcode(), child);
            }
            associates = associates(e.associates().stream()
                    .map(a -> Associate.adult(a.name(), a.phone(), a.vehicleRegistration())).toList(), child);
        } else if (data instanceof AssessmentCompleted e) {
            riskCategory = category(e.riskScore());
        } else if (data instanceof AssessmentReviewed e) {
            riskCategory = category(e.riskScore());
        }
        var subject = envelope.subject();
        return Optional.of(new AnalystEventV2(envelope.eventId().toString(), childRef(childId), envelope.source(),
                envelope.eventType(), envelope.occurredAt(), age(subject, envelope.occurredAt()),
                subject.sex() == null ? null : subject.sex().name(), context, riskGrade, riskCategory, place,
                associates, null));
    }

    /**
     * The event as the released v1 carries it, published beside v2 until the cut-over (PROFILE.md): empty for
     * ChildRefsJoined and ChildRefSplit, which v1 cannot carry, and without an associate who is another child, for
     * whose ref v1 has no place.
     */
    public static Optional<AnalystEvent> v1(AnalystEventV2 event) {
        if (event.formerChildRef() != null || SOURCE.equals(event.source())) {
            return Optional.empty();
        }
        var place = event.place() == null ? null
                : new AnalystEvent.AnalystPlace(event.place().name(), event.place().postcodeDistrict());
        var associates = event.associates().stream()
                .filter(a -> a.childRef() == null)
                .map(a -> new AnalystEvent.AnalystAssociate(a.name(), a.phone(), a.vehicleRegistration()))
                .toList();
        return Optional.of(new AnalystEvent(event.eventId(), event.childRef(), event.source(), event.eventType(),
                event.occurredAt(), event.ageInYears(), event.sex(), event.context(), event.riskGrade(),
                event.riskCategory(), place, associates));
    }

    /**
     * The child {@code formerChildId} was the child {@code childId} all along (a record linked them, or a reviewer
     * confirmed it): from this event on, analysts treat the former ref as the ref. {@code cause} is the id of what
     * showed it (the source event, the decision), itself no identifier of anyone; with the two refs it gives the
     * event id, so a replay publishes the same id.
     */
    public AnalystEventV2 childRefsJoined(String childId, String formerChildId, String cause, Instant at) {
        return change(AnalystEventV2.CHILD_REFS_JOINED, childId, formerChildId, cause, at);
    }

    /**
     * Records of {@code formerChildId} are now the child {@code childId} (a reviewer unlinked them, or rejected the
     * link that held them): from this event on they are two children, and the former ref's earlier events are mixed.
     * {@code cause} as for {@link #childRefsJoined}.
     */
    public AnalystEventV2 childRefSplit(String childId, String formerChildId, String cause, Instant at) {
        return change(AnalystEventV2.CHILD_REF_SPLIT, childId, formerChildId, cause, at);
    }

    private AnalystEventV2 change(String type, String childId, String formerChildId, String cause, Instant at) {
        Objects.requireNonNull(cause, "cause");
        String ref = childRef(childId);
        String formerRef = childRef(formerChildId);
        // From the refs, never the child ids: an unkeyed hash of a child id could be checked against a guessed id.
        var eventId = UUID.nameUUIDFromBytes((type + "|" + cause + "|" + formerRef + "|" + ref)
                .getBytes(StandardCharsets.UTF_8));
        return new AnalystEventV2(eventId.toString(), ref, SOURCE, type, Objects.requireNonNull(at, "at"), null,
                null, null, null, null, null, List.of(), formerRef);
    }

    /** "PE1 4LZ", "pe14lz" and "PE1" → "PE1". Null when it is not a UK postcode. */
    public static String postcodeDistrict(String postcode) {
        var normal = LinkNormaliser.postcode(postcode).orElse("");
        var match = POSTCODE.matcher(normal);
        return match.matches() ? match.group(1) : null;
    }

    private Integer age(Subject subject, Instant at) {
        var born = subject.dateOfBirth();
        if (born == null) {
            return null;
        }
        var on = at.atZone(zone).toLocalDate();
        return on.isBefore(born) ? null : Period.between(born, on).getYears();
    }

    private static String type(EpisodeContext context) {
        return context == null || context.type() == null ? null : context.type().name();
    }

    private static String category(RiskScore score) {
        return score == null || score.finalCategory() == null ? null : score.finalCategory().name();
    }

    private static Place place(String name, String postcode, ChildIdentifiers child) {
        var placeName = child.unlessNamed(LinkNormaliser.placeName(name).orElse(null));
        var district = child.unlessNamed(postcodeDistrict(postcode));
        return placeName == null && district == null ? null : new Place(placeName, district);
    }

    private static List<Associate> associates(List<Associate> raw, ChildIdentifiers child) {
        var associates = new ArrayList<Associate>();
        for (var a : raw) {
            var associate = Associate.adult(
                    child.unlessNamed(LinkNormaliser.placeName(a.name()).orElse(null)),
                    child.unlessNamed(LinkNormaliser.phone(a.phone()).orElse(null)),
                    child.unlessNamed(LinkNormaliser.vehicleRegistration(a.vehicleRegistration()).orElse(null)));
            if ((associate.name() != null || associate.phone() != null || associate.vehicleRegistration() != null)
                    && !associates.contains(associate)) {
                associates.add(associate);
            }
        }
        return associates;
    }
}
