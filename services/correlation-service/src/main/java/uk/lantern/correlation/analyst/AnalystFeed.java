package uk.lantern.correlation.analyst;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import uk.lantern.correlation.identity.BlockingKeys;
import uk.lantern.correlation.identity.IdentityIndex;
import uk.lantern.correlation.identity.InMemoryIdentityIndex;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.identity.RecordComparator;
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
 * <p>Nothing in the feed can be joined back to a source event: the event id is a keyed HMAC of the source event's id
 * (never the id itself, nor an unkeyed hash anyone could recompute from it), and the time is cut down to the start of
 * its hour, or of the span the settings give.
 *
 * <p>The text the feed does carry (a place name, an associate's name, phone or vehicle) is typed by a professional
 * and may name the child ("found at Jade's nan's"). Any such value that contains a given or family name, postcode,
 * date of birth, address or identifier from any record of the resolved child (not only the event's own subject) is
 * withheld (left out), so no direct identifier of the child reaches the feed whatever was typed. An associate whose
 * whole name is that of another child Lantern knows is given as that child's ref alone. Why each field and each
 * excluded event type: PROFILE.md.
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

    /** The default of lantern.correlation.analyst-time-precision: times are given to the hour. */
    public static final Duration DEFAULT_TIME_PRECISION = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final byte[] key;
    private final ZoneId zone;
    private final Duration timePrecision;

    /** Times to the hour ({@link #DEFAULT_TIME_PRECISION}). */
    public AnalystFeed(byte[] hmacKey, ZoneId zone) {
        this(hmacKey, zone, DEFAULT_TIME_PRECISION);
    }

    /**
     * @param timePrecision the span times are cut down to: at least a minute, at most a day, and a whole number of
     *                      them to a day (1h, 15m, 6h, 1d), so the spans start at the same times every day
     */
    public AnalystFeed(byte[] hmacKey, ZoneId zone, Duration timePrecision) {
        Objects.requireNonNull(hmacKey, "hmacKey");
        if (hmacKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the analyst feed's HMAC key must be at least " + MIN_KEY_BYTES
                    + " bytes, got " + hmacKey.length);
        }
        this.key = hmacKey.clone();
        this.zone = Objects.requireNonNull(zone, "zone");
        this.timePrecision = checkTimePrecision(timePrecision);
    }

    /** The precision, when it is from a minute to a day and divides a day evenly; else an exception saying so. */
    public static Duration checkTimePrecision(Duration timePrecision) {
        Objects.requireNonNull(timePrecision, "timePrecision");
        if (timePrecision.compareTo(Duration.ofMinutes(1)) < 0 || timePrecision.compareTo(DAY) > 0
                || DAY.toMillis() % timePrecision.toMillis() != 0) {
            throw new IllegalArgumentException("the analyst feed's time precision must be from 1 minute to 1 day and "
                    + "divide a day evenly (e.g. 15m, 1h, 6h, 1d), got " + timePrecision);
        }
        return timePrecision;
    }

    /** HMAC-SHA256(key, UTF-8 bytes of the child id), as 64 lower-case hex digits. */
    public String childRef(String childId) {
        Objects.requireNonNull(childId, "childId");
        return HEX.formatHex(hmac(childId));
    }

    /**
     * The feed's id for a source event: HMAC-SHA256(key, "analyst-event-id" + LF + the source event's id), its first
     * 16 bytes shaped as a UUID (version 8, RFC 9562). The same source event has the same id on every replay and on
     * v1 and v2; without the key, nobody holding the source events can tell which one it is.
     */
    public String eventId(String sourceEventId) {
        return keyedUuid("analyst-event-id\n" + Objects.requireNonNull(sourceEventId, "sourceEventId"));
    }

    /**
     * The time as the feed gives it: the start of the span of {@code timePrecision} it falls in, the spans counted
     * from the start of its day in the zone (so 1h gives the start of the London hour, 1d the London midnight).
     */
    public Instant coarse(Instant at) {
        var dayStart = at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        long into = Duration.between(dayStart, at).toMillis();
        return dayStart.plusMillis(into - Math.floorMod(into, timePrecision.toMillis()));
    }

    /**
     * The analysts' event for a source event of a child Lantern knows only from this event's subject, or empty for
     * an {@link #EXCLUDED} type. The stream uses {@link #of(String, Envelope, IdentityIndex)}.
     */
    public Optional<AnalystEventV2> of(String childId, Envelope<? extends EventData> envelope) {
        return of(childId, envelope, new InMemoryIdentityIndex());
    }

    /**
     * The analysts' event for a source event of the child, or empty for an {@link #EXCLUDED} type. {@code known} is
     * what identity resolution knows, the event's own record already resolved: typed text is withheld when it holds
     * anything of any record of the child, and an associate named as another child known there becomes that child's
     * ref.
     */
    public Optional<AnalystEventV2> of(String childId, Envelope<? extends EventData> envelope, IdentityIndex known) {
        var data = envelope.data();
        if (EXCLUDED.stream().anyMatch(type -> type.isInstance(data))) {
            return Optional.empty();
        }
        var child = new ChildIdentifiers(envelope.subject(), recordsOf(childId, known));
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
                    .map(a -> Associate.adult(a.name(), a.phone(), a.vehicleRegistration())).toList(), child,
                    childId, known);
        } else if (data instanceof InterviewCaseOpened e) {
            context = e.context() == null ? null : e.context().name();
        } else if (data instanceof InterviewCompleted e) {
            if (e.whereabouts() != null) {
                place = place(e.whereabouts().placeName(), e.whereabouts().postcode(), child);
            }
            associates = associates(e.associates().stream()
                    .map(a -> Associate.adult(a.name(), a.phone(), a.vehicleRegistration())).toList(), child,
                    childId, known);
        } else if (data instanceof AssessmentCompleted e) {
            riskCategory = category(e.riskScore());
        } else if (data instanceof AssessmentReviewed e) {
            riskCategory = category(e.riskScore());
        }
        var subject = envelope.subject();
        return Optional.of(new AnalystEventV2(eventId(envelope.eventId().toString()), childRef(childId),
                envelope.source(), envelope.eventType(), coarse(envelope.occurredAt()), age(subject, envelope.occurredAt()),
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
     * showed it (the source event, the decision); with the two refs it gives the event id, keyed as
     * {@link #eventId} is, so a replay publishes the same id and nobody without the key can tell the cause from it.
     * {@code at} is cut down as every time in the feed is.
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
        // Keyed, and from the refs: an unkeyed hash of the cause and the two (published) refs could be recomputed
        // by anyone holding the source events, and a hash of child ids checked against a guessed id.
        var eventId = keyedUuid("analyst-ref-change\n" + type + "\n" + cause + "\n" + formerRef + "\n" + ref);
        return new AnalystEventV2(eventId, ref, SOURCE, type, coarse(Objects.requireNonNull(at, "at")), null,
                null, null, null, null, null, List.of(), formerRef);
    }

    private byte[] hmac(String text) {
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    private String keyedUuid(String text) {
        var bytes = ByteBuffer.wrap(hmac(text));
        long high = (bytes.getLong() & ~0xF000L) | 0x8000L;
        long low = (bytes.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    private static List<PersonRecord> recordsOf(String childId, IdentityIndex known) {
        var records = new ArrayList<PersonRecord>();
        for (String recordId : known.members(childId)) {
            known.record(recordId).ifPresent(records::add);
        }
        return records;
    }

    /**
     * The children with a record under this whole name: a given and a family name (either way round, split at any
     * word), equal once normalised as identity resolution normalises them. Found through the blocking key both names
     * share ({@code nn:}), so only records of that name are read.
     */
    private static Set<String> childrenNamed(String name, IdentityIndex known) {
        var normal = RecordComparator.normaliseName(name);
        if (normal == null) {
            return Set.of();
        }
        var words = normal.split(" ");
        var children = new TreeSet<String>();
        for (int i = 1; i < words.length; i++) {
            var given = String.join(" ", Arrays.copyOfRange(words, 0, i));
            var family = String.join(" ", Arrays.copyOfRange(words, i, words.length));
            var probe = PersonRecord.builder("associate").givenName(given).familyName(family).build();
            for (String key : BlockingKeys.of(probe)) {
                if (!key.startsWith("nn:")) {
                    continue;
                }
                for (String recordId : known.block(key)) {
                    known.record(recordId)
                            .filter(r -> named(r, given, family))
                            .flatMap(r -> known.childOf(recordId))
                            .ifPresent(children::add);
                }
            }
        }
        return children;
    }

    private static boolean named(PersonRecord record, String given, String family) {
        var g = RecordComparator.normaliseName(record.givenName());
        var f = RecordComparator.normaliseName(record.familyName());
        return given.equals(g) && family.equals(f) || given.equals(f) && family.equals(g);
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

    /**
     * Each associate once, normalised. One whose whole name is that of one other child Lantern knows is that child's
     * ref and nothing else; one named as several children is left out (it names a child, but which cannot be told).
     */
    private List<Associate> associates(List<Associate> raw, ChildIdentifiers child, String childId,
                                       IdentityIndex known) {
        var associates = new ArrayList<Associate>();
        for (var a : raw) {
            var otherChildren = new TreeSet<>(childrenNamed(a.name(), known));
            otherChildren.remove(childId);
            if (!otherChildren.isEmpty()) {
                var asChild = Associate.child(childRef(otherChildren.first()));
                if (otherChildren.size() == 1 && !associates.contains(asChild)) {
                    associates.add(asChild);
                }
                continue;
            }
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
