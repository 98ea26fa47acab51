package uk.lantern.correlation.profile;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;
import static java.util.Comparator.nullsLast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import uk.lantern.correlation.patterns.ChildFact;
import uk.lantern.correlation.patterns.ChildFact.AssessmentRecorded;
import uk.lantern.correlation.patterns.CalendarWindow;
import uk.lantern.correlation.patterns.ChildFact.InterviewStep;
import uk.lantern.correlation.patterns.ChildFacts;
import uk.lantern.correlation.patterns.LinkNormaliser;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.correlation.patterns.Severity;
import uk.lantern.correlation.patterns.SharedLinks;
import uk.lantern.schemas.Ethnicity;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.ChildProfile.Allocation;
import uk.lantern.schemas.correlation.ChildProfile.Associate;
import uk.lantern.schemas.correlation.ChildProfile.CmeStatus;
import uk.lantern.schemas.correlation.ChildProfile.EpisodeSummary;
import uk.lantern.schemas.correlation.ChildProfile.ExploitationStatus;
import uk.lantern.schemas.correlation.ChildProfile.Identifier;
import uk.lantern.schemas.correlation.ChildProfile.Link;
import uk.lantern.schemas.correlation.ChildProfile.Name;
import uk.lantern.schemas.correlation.ChildProfile.OpenFlag;
import uk.lantern.schemas.correlation.ChildProfile.Place;
import uk.lantern.schemas.correlation.ChildProfile.RecordedEthnicity;

/**
 * Builds a child's profile from the source records resolved to it, its facts and its open alerts.
 * Pure: the clock is passed in, and every list is sorted by its content, so the same inputs in any order give an
 * equal profile. The rules for each field are in PROFILE.md.
 */
public final class ProfileBuilder {

    private static final Comparator<Instant> TIME = nullsLast(naturalOrder());
    private static final Comparator<String> TEXT = nullsFirst(naturalOrder());

    private final ZoneId zone;
    private final Period reviewInterval;
    private final MaceScore mace;
    private final CalendarWindow last30Days;
    private final CalendarWindow last90Days;
    private final CalendarWindow last365Days;

    public ProfileBuilder(PatternSettings settings) {
        this(settings, ProfileSettings.defaults());
    }

    public ProfileBuilder(PatternSettings settings, MaceScore mace) {
        this(settings, ProfileSettings.defaults().withMace(mace));
    }

    public ProfileBuilder(PatternSettings settings, ProfileSettings profile) {
        this.zone = settings.zone();
        this.reviewInterval = settings.assessmentReviewOverdue().reviewInterval();
        this.mace = profile.mace();
        this.last30Days = settings.window(profile.episodesLast30DaysWindow());
        this.last90Days = settings.window(profile.episodesLast90DaysWindow());
        this.last365Days = settings.window(profile.episodesLast365DaysWindow());
    }

    public ChildProfile build(String childId, long version, Instant now, List<SourceRecord> records, ChildFacts facts,
                              List<OpenFlag> openFlags) {
        return build(childId, version, now, records, facts, openFlags, null);
    }

    /**
     * @param latestPostcode the postcode of the child's most recently recorded event that gives one, as recorded: the
     *                       profile's {@code homePostcode}, formatted; null when none gives one
     */
    public ChildProfile build(String childId, long version, Instant now, List<SourceRecord> records, ChildFacts facts,
                              List<OpenFlag> openFlags, String latestPostcode) {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(now, "now");
        var sources = records.stream()
                .distinct()
                .sorted(comparing(SourceRecord::recordId).thenComparing(SourceRecord::source)
                        .thenComparing(r -> r.subject().toString()))
                .toList();
        var episodes = episodes(facts);
        var reported = episodes.stream().filter(e -> e.start() != null).toList();
        var missingNow = facts.episodes().stream().anyMatch(ChildFacts.Episode::missingNow);
        var missingSince = facts.episodes().stream()
                .filter(ChildFacts.Episode::missingNow)
                .flatMap(e -> e.report().stream())
                .map(ChildFact.EpisodeReported::start)
                .filter(Objects::nonNull)
                .min(naturalOrder());
        var latest = reported.stream().max(comparing(EpisodeSummary::start).thenComparing(EpisodeSummary::episodeId));
        var cme = cme(facts);
        var openAssessment = openAssessment(facts);
        var exploitation = exploitation(facts, openAssessment, now);
        var flags = openFlags.stream()
                .distinct()
                .sorted(comparing((OpenFlag f) -> -rank(f.severity())).thenComparing(OpenFlag::raisedAt, TIME)
                        .thenComparing(OpenFlag::alertId, TEXT).thenComparing(OpenFlag::code, TEXT)
                        .thenComparing(OpenFlag::severity, TEXT).thenComparing(OpenFlag::dueBy, TIME))
                .toList();
        var last90 = within(reported, now, last90Days);
        var score = mace.score(flags, last90,
                openAssessment.map(a -> categoryName(a.finalCategory())).orElse(null),
                "ON_REGISTER".equals(cme.status()), missingNow);
        var links = links(childId, facts);
        var ethnicities = ethnicities(sources);
        var codes = ethnicities.stream().map(RecordedEthnicity::code).distinct().toList();
        return new ChildProfile(
                childId,
                version,
                now,
                sources.stream().map(SourceRecord::recordId).distinct().toList(),
                identifiers(sources),
                names(sources),
                agreed(sources, Subject::dateOfBirth).orElse(null),
                agreed(sources, s -> s.sex() == null || s.sex() == Subject.Sex.UNKNOWN ? null : s.sex().name())
                        .orElse(null),
                postcodes(sources),
                missingNow,
                missingSince.orElse(null),
                within(reported, now, last30Days),
                last90,
                within(reported, now, last365Days),
                latest.map(EpisodeSummary::context).orElse(null),
                episodes,
                cme,
                exploitation,
                flags,
                score,
                associates(facts),
                places(facts),
                links.stream().map(Link::key).toList(),
                null,
                links,
                codes.size() == 1 ? codes.get(0) : null,
                ethnicities,
                allocation(facts).orElse(null),
                displayPostcode(latestPostcode).orElse(null));
    }

    /**
     * The first instant after {@code now} at which {@link #build} of the same records, facts and flags gives a
     * profile that differs from the one built at {@code now} in more than its time: when an episode enters (a start
     * later than now) or leaves one of the three windows, which moves a count and, through the 90-day one, the MACE
     * score; or when the assessment in force falls overdue (the start of the London day after its review date).
     * Empty when nothing ahead depends on the time. Open flags move only when the rules run, on their own schedule.
     */
    public Optional<Instant> nextChange(ChildFacts facts, Instant now) {
        Objects.requireNonNull(now, "now");
        var episodeChanges = facts.episodes().stream()
                .flatMap(e -> e.report().stream())
                .map(ChildFact.EpisodeReported::start)
                .filter(Objects::nonNull)
                .flatMap(start -> start.isAfter(now) ? Stream.of(start)
                        : Stream.of(last30Days, last90Days, last365Days).map(w -> w.after(start)));
        var overdue = awaitingAssessment(facts) ? Optional.<Instant>empty()
                : openAssessment(facts).map(a -> reviewDue(a).plusDays(1).atStartOfDay(zone).toInstant());
        return Stream.concat(episodeChanges, overdue.stream())
                .filter(t -> t.isAfter(now))
                .min(naturalOrder());
    }

    // --- who the child is -------------------------------------------------------------------------------------

    private static List<Identifier> identifiers(List<SourceRecord> records) {
        var ids = new TreeSet<>(comparing(Identifier::kind).thenComparing(Identifier::value)
                .thenComparing(Identifier::source));
        for (var record : records) {
            var s = record.subject();
            identifier("LA", s.localAuthorityPersonId(), record.source()).ifPresent(ids::add);
            identifier("NHS", s.nhsNumber(), record.source()).ifPresent(ids::add);
            identifier("UPN", s.upn(), record.source()).ifPresent(ids::add);
            identifier("POLICE", s.policePersonId(), record.source()).ifPresent(ids::add);
        }
        return List.copyOf(ids);
    }

    private static Optional<Identifier> identifier(String kind, String value, String source) {
        return text(value).map(v -> new Identifier(kind, v, source));
    }

    private static List<Name> names(List<SourceRecord> records) {
        var names = new TreeSet<>(comparing(Name::familyName, TEXT).thenComparing(Name::givenName, TEXT)
                .thenComparing(Name::source));
        for (var record : records) {
            var given = text(record.subject().givenName()).orElse(null);
            var family = text(record.subject().familyName()).orElse(null);
            if (given != null || family != null) {
                names.add(new Name(given, family, record.source()));
            }
        }
        return List.copyOf(names);
    }

    /** The value held by most records; a tie goes to the value of the record with the smallest id. */
    private static <T> Optional<T> agreed(List<SourceRecord> byRecordId, Function<Subject, T> field) {
        var votes = new HashMap<T, Integer>();
        var firstHolder = new HashMap<T, Integer>();
        for (var i = 0; i < byRecordId.size(); i++) {
            var value = field.apply(byRecordId.get(i).subject());
            if (value != null) {
                votes.merge(value, 1, Integer::sum);
                firstHolder.putIfAbsent(value, i);
            }
        }
        return votes.keySet().stream()
                .min(comparing((T value) -> -votes.get(value)).thenComparing(firstHolder::get));
    }

    /**
     * Each DfE code a record states, with its source: distinct, by code then source. NOBT (information not yet
     * obtained) states nothing. The profile's {@code ethnicity} is the code when there is exactly one; when records
     * disagree it is none, and this list shows who recorded what (PROFILE.md).
     */
    private static List<RecordedEthnicity> ethnicities(List<SourceRecord> records) {
        return records.stream()
                .filter(r -> r.subject().ethnicity() != null && r.subject().ethnicity() != Ethnicity.NOBT)
                .map(r -> new RecordedEthnicity(r.subject().ethnicity().name(), r.source()))
                .distinct()
                .sorted(comparing(RecordedEthnicity::code).thenComparing(RecordedEthnicity::source))
                .toList();
    }

    private static List<String> postcodes(List<SourceRecord> records) {
        return records.stream()
                .map(r -> r.subject().postcode())
                .flatMap(p -> displayPostcode(p).stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** "pe1 4lz", "PE14LZ" → "PE1 4LZ": the inward code is always the last three characters. */
    static Optional<String> displayPostcode(String raw) {
        return LinkNormaliser.postcode(raw).map(p -> p.length() > 3
                ? p.substring(0, p.length() - 3) + " " + p.substring(p.length() - 3)
                : p);
    }

    // --- the current allocation -------------------------------------------------------------------------------

    private record Allocated(ChildFact.Allocation allocation, String eventId) {
    }

    private static final Comparator<Allocated> ALLOCATED = comparing((Allocated a) -> a.allocation().at())
            .thenComparing(Allocated::eventId)
            .thenComparing(a -> a.allocation().source(), TEXT)
            .thenComparing(a -> a.allocation().team())
            .thenComparing(a -> a.allocation().name(), TEXT);

    /**
     * The latest allocation any source recorded: a missing report's, an assessment's completion or review's. Latest
     * by when the event occurred; of two at the same instant, the larger event id (then the values, so that the
     * answer never depends on the order the facts came in).
     */
    public static Optional<Allocation> allocation(ChildFacts facts) {
        return facts.facts().stream()
                .map(fact -> fact instanceof ChildFact.EpisodeReported f && f.allocation() != null
                        ? new Allocated(f.allocation(), f.eventId())
                        : fact instanceof AssessmentRecorded f && f.allocation() != null
                        ? new Allocated(f.allocation(), f.eventId()) : null)
                .filter(Objects::nonNull)
                .max(ALLOCATED)
                .map(a -> new Allocation(a.allocation().name(), a.allocation().team(), a.allocation().at(),
                        a.allocation().source()));
    }

    // --- missing episodes -------------------------------------------------------------------------------------

    private List<EpisodeSummary> episodes(ChildFacts facts) {
        var steps = new HashMap<String, List<InterviewStep>>();
        facts.facts().stream()
                .filter(InterviewStep.class::isInstance)
                .map(InterviewStep.class::cast)
                .forEach(step -> steps.computeIfAbsent(step.episodeId(), id -> new ArrayList<>()).add(step));
        return facts.episodes().stream()
                .map(e -> summary(e, steps.getOrDefault(e.episodeId(), List.of())))
                .sorted(comparing(EpisodeSummary::start, TIME).thenComparing(EpisodeSummary::episodeId))
                .toList();
    }

    private static EpisodeSummary summary(ChildFacts.Episode episode, List<InterviewStep> steps) {
        var report = episode.report();
        var regrades = episode.regrades();
        var grade = !regrades.isEmpty()
                ? regrades.get(regrades.size() - 1).riskGrade()
                : report.map(ChildFact.EpisodeReported::riskGrade).orElse(null);
        return new EpisodeSummary(
                episode.episodeId(),
                report.map(ChildFact.EpisodeReported::context).map(Enum::name).orElse(null),
                report.map(ChildFact.EpisodeReported::start).orElse(null),
                episode.returned().map(ChildFact.ChildReturned::returnedAt).orElse(null),
                episode.closed(),
                grade == null ? null : grade.name(),
                interviewStatus(episode, steps));
    }

    /**
     * A completed interview wins; else the latest offer, answer or decision says where the case is. A case closed
     * with none of those was closed without an offer (a completion or a refusal has its own event). With no step at
     * all the interview is awaited once the child is back (returned, or the episode closed), and not yet due before.
     */
    private static String interviewStatus(ChildFacts.Episode episode, List<InterviewStep> steps) {
        if (!episode.interviews().isEmpty()) {
            return "COMPLETED";
        }
        var latest = steps.stream()
                .filter(s -> s.step() != InterviewStep.Step.CASE_CLOSED)
                .max(comparing(InterviewStep::at, TIME).thenComparing(InterviewStep::eventId));
        if (latest.isPresent()) {
            return switch (latest.get().step()) {
                case OFFERED -> "OFFERED";
                case ACCEPTED -> "ACCEPTED";
                case DECLINED -> "DECLINED";
                case DECIDED_NOT_TO_OFFER, CASE_CLOSED -> "NOT_OFFERED";
            };
        }
        if (!steps.isEmpty()) {
            return "NOT_OFFERED";
        }
        return episode.returned().isPresent() || episode.closed() ? "AWAITING_OFFER" : "NOT_DUE";
    }

    /**
     * Episodes that started in the window: at or before {@code now}, and left it only after now, at the same London
     * time the window's days after they started ({@link CalendarWindow#after}), as the pattern rules count them.
     */
    private static int within(List<EpisodeSummary> episodes, Instant now, CalendarWindow window) {
        return (int) episodes.stream()
                .filter(e -> !e.start().isAfter(now) && window.after(e.start()).isAfter(now))
                .count();
    }

    // --- CME register -----------------------------------------------------------------------------------------

    private static CmeStatus cme(ChildFacts facts) {
        var entries = facts.cmeEntries();
        var onRegister = entries.stream().filter(ChildFacts.CmeEntry::onRegister).toList();
        var status = !onRegister.isEmpty() ? "ON_REGISTER"
                : entries.stream().anyMatch(e -> e.added().isPresent() || e.removed().isPresent()) ? "REMOVED"
                : "NEVER_ON_REGISTER";
        var since = onRegister.stream().flatMap(e -> e.addedOn().stream()).min(naturalOrder()).orElse(null);
        var lastEnquiry = (onRegister.isEmpty() ? entries : onRegister).stream()
                .flatMap(e -> e.lastEnquiry().stream())
                .map(ChildFact.CmeEnquiryLogged::madeOn)
                .filter(Objects::nonNull)
                .max(naturalOrder())
                .orElse(null);
        return new CmeStatus(status, since, lastEnquiry);
    }

    // --- exploitation risk ------------------------------------------------------------------------------------

    private static final Comparator<AssessmentRecorded> RECORDED =
            comparing(AssessmentRecorded::at, TIME).thenComparing(AssessmentRecorded::eventId);

    /** The latest completion or review of an open assessment: the category in force. */
    private static Optional<AssessmentRecorded> openAssessment(ChildFacts facts) {
        return facts.assessments().stream()
                .filter(ChildFacts.Assessment::open)
                .flatMap(a -> a.latest().stream())
                .max(RECORDED);
    }

    private ExploitationStatus exploitation(ChildFacts facts, Optional<AssessmentRecorded> open, Instant now) {
        var lastRecorded = lastRecorded(facts);
        var awaiting = awaitingAssessment(facts);
        var nextReviewDue = open.map(this::reviewDue).orElse(null);
        var today = now.atZone(zone).toLocalDate();
        String status;
        if (awaiting) {
            status = "CONCERN_AWAITING_ASSESSMENT";
        } else if (open.isPresent()) {
            status = nextReviewDue.isBefore(today) ? "REVIEW_OVERDUE" : "ASSESSED";
        } else if (facts.assessments().stream().anyMatch(a -> a.closedAt().isPresent())) {
            status = "CLOSED";
        } else {
            status = "NONE";
        }
        var category = open.or(() -> lastRecorded).map(a -> categoryName(a.finalCategory())).orElse(null);
        return new ExploitationStatus(category, status, nextReviewDue, facts.concerns().size());
    }

    private static Optional<AssessmentRecorded> lastRecorded(ChildFacts facts) {
        return facts.assessments().stream().flatMap(a -> a.records().stream()).max(RECORDED);
    }

    /** The latest concern came after the latest completion or review of any assessment, or there has been none. */
    private static boolean awaitingAssessment(ChildFacts facts) {
        var lastRecorded = lastRecorded(facts);
        var lastConcern = facts.concerns().stream()
                .map(ChildFact.ConcernRaised::observedAt)
                .filter(Objects::nonNull)
                .max(naturalOrder());
        return lastConcern.isPresent()
                && (lastRecorded.isEmpty() || lastConcern.get().isAfter(lastRecorded.get().at()));
    }

    /** As the review rule reads it: the date the assessment carries, else its date plus the review interval. */
    private LocalDate reviewDue(AssessmentRecorded recorded) {
        return recorded.nextReviewDue() != null
                ? recorded.nextReviewDue()
                : recorded.at().atZone(zone).toLocalDate().plus(reviewInterval);
    }

    private static String categoryName(ChildFact.RiskCategory category) {
        return category == null ? null : category.name();
    }

    // --- associates and places --------------------------------------------------------------------------------

    private record Sighting(Instant at, String eventId, ChildFact.Place place, List<ChildFact.Associate> associates) {
    }

    private List<Sighting> sightings(ChildFacts facts) {
        var sightings = new ArrayList<Sighting>();
        for (var fact : facts.facts()) {
            if (fact instanceof ChildFact.ChildReturned f && f.returnedAt() != null) {
                sightings.add(new Sighting(f.returnedAt(), f.eventId(), f.place(), f.associates()));
            } else if (fact instanceof ChildFact.InterviewCompleted f && f.completedOn() != null) {
                sightings.add(new Sighting(f.at(zone), f.eventId(),
                        f.whereabouts(), f.associates()));
            }
        }
        return sightings;
    }

    private static final Comparator<Associate> ASSOCIATE_SEEN = comparing(Associate::lastSeenAt)
            .thenComparing(Associate::eventId).thenComparing(Associate::name, TEXT)
            .thenComparing(Associate::phone, TEXT).thenComparing(Associate::vehicleRegistration, TEXT);

    private static final Comparator<Place> PLACE_SEEN = comparing(Place::lastSeenAt)
            .thenComparing(Place::eventId).thenComparing(Place::name, TEXT).thenComparing(Place::postcode, TEXT);

    /**
     * One per normalised name, phone and vehicle together: the latest sighting, as recorded then (latest by time,
     * then event id, then the recorded values, so that two spellings in one event resolve the same way every time).
     * Most recently seen first.
     */
    private List<Associate> associates(ChildFacts facts) {
        var latest = new HashMap<List<String>, Associate>();
        for (var sighting : sightings(facts)) {
            for (var associate : sighting.associates()) {
                var key = List.of(LinkNormaliser.placeName(associate.name()).orElse(""),
                        LinkNormaliser.phone(associate.phone()).orElse(""),
                        LinkNormaliser.vehicleRegistration(associate.vehicleRegistration()).orElse(""));
                if (key.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                var candidate = new Associate(text(associate.name()).orElse(null),
                        text(associate.phone()).orElse(null), text(associate.vehicleRegistration()).orElse(null),
                        sighting.at(), sighting.eventId());
                latest.merge(key, candidate, (a, b) -> ASSOCIATE_SEEN.compare(a, b) >= 0 ? a : b);
            }
        }
        return latest.values().stream().sorted(ASSOCIATE_SEEN.reversed()).toList();
    }

    /** One per normalised place name and postcode together: the latest sighting. Most recently seen first. */
    private List<Place> places(ChildFacts facts) {
        var latest = new HashMap<List<String>, Place>();
        for (var sighting : sightings(facts)) {
            var place = sighting.place();
            if (place == null) {
                continue;
            }
            var key = List.of(LinkNormaliser.placeName(place.name()).orElse(""),
                    LinkNormaliser.postcode(place.postcode()).orElse(""));
            if (key.stream().allMatch(String::isEmpty)) {
                continue;
            }
            var candidate = new Place(text(place.name()).orElse(null), displayPostcode(place.postcode()).orElse(null),
                    sighting.at(), sighting.eventId());
            latest.merge(key, candidate, (a, b) -> PLACE_SEEN.compare(a, b) >= 0 ? a : b);
        }
        return latest.values().stream().sorted(PLACE_SEEN.reversed()).toList();
    }

    /**
     * Each link key with its first and last sighting and the number of events that saw it, by key (the profile's
     * {@code linkKeys} are these keys, in this order). The network query keeps to a time window with these.
     */
    private List<Link> links(String childId, ChildFacts facts) {
        var byKey = new TreeMap<String, List<SharedLinks.Sighting>>();
        facts.facts().stream()
                .flatMap(fact -> SharedLinks.sightingsOf(childId, fact, zone).stream())
                .forEach(s -> byKey.computeIfAbsent(s.key().kind().name() + ":" + s.key().value(),
                        key -> new ArrayList<>()).add(s));
        return byKey.entrySet().stream()
                .map(e -> {
                    var times = e.getValue().stream().map(SharedLinks.Sighting::at).filter(Objects::nonNull).toList();
                    var events = e.getValue().stream().map(SharedLinks.Sighting::eventId).distinct().count();
                    return new Link(e.getKey(), times.stream().min(naturalOrder()).orElse(null),
                            times.stream().max(naturalOrder()).orElse(null), (int) events);
                })
                .toList();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static int rank(String severity) {
        if (severity == null) {
            return -1;
        }
        try {
            return Severity.valueOf(severity).ordinal();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static Optional<String> text(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }
}
