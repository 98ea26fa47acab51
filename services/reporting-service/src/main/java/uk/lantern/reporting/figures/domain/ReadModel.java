package uk.lantern.reporting.figures.domain;

import static uk.lantern.reporting.ledger.domain.Facts.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.lantern.reporting.ledger.domain.Erasures;
import uk.lantern.reporting.ledger.domain.LedgerEntry;
import uk.lantern.reporting.ledger.domain.LedgerEntry.Source;

/**
 * What Lantern knew at one instant: the ledger entries the sources had accepted by then, folded in a fixed order
 * (knownAt, then event id) into one state per record. Nothing here reads a clock or a store: the same entries and the
 * same instant make the same model, so the figures and lists made from it are the same bytes.
 *
 * <p>A record erased by its source (an erasure known by the instant) is left out. The identity of each record's child
 * is the correlation service's, as it stood at the instant; a record it had not resolved yet stands for a child of its
 * own, under the source's key for the child.
 */
public final class ReadModel {

    public final Instant asAt;
    public final Map<String, Episode> episodes = new TreeMap<>();
    public final Map<String, InterviewCase> interviewCases = new TreeMap<>();
    public final Map<String, RegisterEntry> registerEntries = new TreeMap<>();
    public final Map<String, Concern> concerns = new TreeMap<>();
    public final Map<String, Assessment> assessments = new TreeMap<>();
    public final Map<String, Alert> alerts = new TreeMap<>();
    /** The MACE panel's meetings opened, by meeting id: when. */
    public final Map<String, Instant> maceMeetingsOpened = new TreeMap<>();
    /** Each child discussed at a meeting ({@code meeting|child}), when. */
    public final Map<String, MaceEntry> maceDiscussions = new TreeMap<>();
    public final Map<String, MaceAction> maceActions = new TreeMap<>();
    /** Each drift the panel flagged, by event id. */
    public final Map<String, MaceEntry> maceDrift = new TreeMap<>();
    /** Each outcome shared with a child's social worker ({@code meeting|child}). */
    public final Map<String, MaceEntry> maceOutcomes = new TreeMap<>();
    /** Records erased at any time, even after the instant: the lists, which name children, never show them. */
    public final Set<String> erasedEver = new HashSet<>();
    /** The entries folded, in fold order. */
    public final List<LedgerEntry> entries;

    private final Map<String, String> recordOfEvent = new HashMap<>();     // source event id -> identity record id
    private final Map<String, String> childOfRecord = new HashMap<>();     // identity record id -> child id
    private final Map<String, String> mergedInto = new HashMap<>();        // child id -> the child it joined
    private final Map<String, List<LedgerEntry>> entriesOfRecord = new HashMap<>();
    private final Map<String, String> childOfRecordKey = new HashMap<>();
    private final Map<String, ChildFacts> children = new TreeMap<>();

    private ReadModel(List<LedgerEntry> all, Instant asAt) {
        this.asAt = asAt;
        List<LedgerEntry> known = new ArrayList<>();
        for (LedgerEntry e : all) {
            if (Erasures.isErasure(e)) {
                erasedEver.add(Erasures.recordKey(e));
            }
            if (!e.knownAt().isAfter(asAt)) {
                known.add(e);
            }
        }
        known.sort(LedgerEntry.FOLD_ORDER);
        this.entries = List.copyOf(known);
        known.forEach(this::apply);
        resolveChildren();
    }

    /** Folds every entry known by {@code asAt} (entries known later are ignored but for {@link #erasedEver}). */
    public static ReadModel asAt(List<LedgerEntry> ledger, Instant asAt) {
        return new ReadModel(ledger, asAt);
    }

    private void apply(LedgerEntry e) {
        String key = Erasures.recordKey(e);
        if (e.source() != Source.IDENTITY) {
            entriesOfRecord.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        switch (e.source()) {
            case MISSING_EPISODES -> episode(e);
            case RETURN_INTERVIEWS -> interviewCase(e);
            case CME_REGISTER -> registerEntry(e);
            case EXPLOITATION_RISK -> exploitation(e);
            case ALERTS -> alert(e);
            case ALERT_WORK -> alertWork(e);
            case IDENTITY -> identity(e);
            case MACE -> mace(e);
        }
    }

    private void episode(LedgerEntry e) {
        if (e.is("EpisodeErased")) {
            episodes.remove(e.recordId());
            return;
        }
        Episode ep = episodes.computeIfAbsent(e.recordId(), id -> new Episode(id, Erasures.recordKey(e)));
        if (e.is("EpisodeReported")) {
            ep.context = e.fact(CONTEXT).orElse(ep.context);
            ep.category = e.fact(CATEGORY).orElse(ep.category);
            ep.start = e.instant(LAST_SEEN_AT).or(() -> e.instant(REPORTED_AT)).orElse(ep.start);
            ep.lookedAfter = e.flag(LOOKED_AFTER);
            ep.reported = true;
        } else if (e.is("ChildReturned")) {
            ep.returnedAt = e.instant(RETURNED_AT).orElse(ep.returnedAt);
            if (ep.context == null) {
                ep.context = e.fact(CONTEXT).orElse(null);
            }
        } else if (e.is("EpisodeClosed")) {
            ep.closedAt = e.instant(CLOSED_AT).orElse(ep.closedAt);
        }
    }

    private void interviewCase(LedgerEntry e) {
        if (e.is("InterviewCaseErased")) {
            interviewCases.remove(e.recordId());
            return;
        }
        InterviewCase c = interviewCases.computeIfAbsent(e.recordId(), id -> new InterviewCase(id, Erasures.recordKey(e)));
        switch (e.type()) {
            case "InterviewCaseOpened" -> {
                c.context = e.fact(CONTEXT).orElse(c.context);
                c.returnedAt = e.instant(RETURNED_AT).orElse(c.returnedAt);
                c.deadline = e.instant(DEADLINE).orElse(c.deadline);
            }
            case "InterviewOffered" -> c.offeredAt = c.offeredAt != null ? c.offeredAt : e.instant(AT).orElse(e.occurredAt());
            case "InterviewAccepted" -> c.accepted = true;
            case "InterviewDeclined" -> c.declined = true;
            case "InterviewNotOffered" -> c.notOffered = true;
            case "InterviewCompleted" -> {
                c.completed = true;
                c.completedAt = e.instant(COMPLETED_AT).orElse(null);
                c.completedOn = e.date(COMPLETED_ON).orElse(null);
                c.withinDeadline = e.fact(WITHIN_DEADLINE).map(Boolean::parseBoolean).orElse(null);
                c.pushFactors = list(e.fact(PUSH_FACTORS));
                c.pullFactors = list(e.fact(PULL_FACTORS));
            }
            default -> {
            }
        }
    }

    private void registerEntry(LedgerEntry e) {
        if (e.is("RegisterEntryErased")) {
            registerEntries.remove(e.recordId());
            return;
        }
        RegisterEntry r = registerEntries.computeIfAbsent(e.recordId(), id -> new RegisterEntry(id, Erasures.recordKey(e)));
        if (e.is("ChildAddedToRegister")) {
            r.addedOn = e.date(DATE).orElse(r.addedOn);
        } else if (e.is("ChildRemovedFromRegister")) {
            r.removedOn = e.date(REMOVED_ON).orElse(null);
            r.outcome = e.fact(OUTCOME).orElse(null);
            if (r.addedOn == null) {
                r.addedOn = e.date(ON_REGISTER_SINCE).orElse(null);
            }
        }
    }

    private void exploitation(LedgerEntry e) {
        switch (e.type()) {
            case "ConcernErased" -> concerns.remove(e.recordId());
            case "AssessmentErased" -> assessments.remove(e.recordId());
            case "ConcernRaised" -> {
                Concern c = concerns.computeIfAbsent(e.recordId(), id -> new Concern(id, Erasures.recordKey(e)));
                c.observedAt = e.instant(OBSERVED_AT).orElse(e.occurredAt());
            }
            case "AssessmentCompleted", "AssessmentReviewed" -> {
                Assessment a = assessments.computeIfAbsent(e.recordId(), id -> new Assessment(id, Erasures.recordKey(e)));
                Instant at = e.instant(COMPLETED_AT).orElse(e.occurredAt());
                if (e.is("AssessmentCompleted")) {
                    a.completedAt = at;
                } else {
                    a.reviews.add(at);
                }
                a.category = e.fact(RISK_CATEGORY).orElse(a.category);
                a.nextReviewDue = e.date(NEXT_REVIEW_DUE).orElse(null);
                a.history.add(new Assessment.Assessed(at, a.category, a.nextReviewDue));
            }
            case "AssessmentClosed" -> {
                Assessment a = assessments.computeIfAbsent(e.recordId(), id -> new Assessment(id, Erasures.recordKey(e)));
                a.closedAt = e.instant(CLOSED_AT).orElse(e.occurredAt());
            }
            default -> {
            }
        }
    }

    private void alert(LedgerEntry e) {
        Alert a = alerts.computeIfAbsent(e.recordId(), id -> new Alert(id, Erasures.recordKey(e)));
        a.code = e.fact(CODE).orElse(a.code);
        a.childId = e.fact(CHILD_ID).orElse(a.childId);
        if (e.is("AlertRaised") && a.raisedAt == null || e.is("AlertUpdated")) {
            a.raisedAt = e.instant(RAISED_AT).orElse(a.raisedAt);
        }
        if (e.is("AlertRaised")) {
            a.clearedAt = null;
        } else if (e.is("AlertCleared")) {
            a.clearedAt = e.instant(CLEARED_AT).orElse(e.occurredAt());
        }
    }

    /** The latest acknowledgement counts (an alert raised again after clearing is taken on again). */
    private void alertWork(LedgerEntry e) {
        Alert a = alerts.computeIfAbsent(e.recordId(), id -> new Alert(id, Erasures.recordKey(e)));
        a.code = e.fact(CODE).orElse(a.code);
        a.childId = e.fact(CHILD_ID).orElse(a.childId);
        Instant at = e.instant(AT).orElse(e.occurredAt());
        switch (e.type()) {
            case "AlertAcknowledged" -> {
                a.acknowledgedAt = at;
                a.publishedAt = e.instant(PUBLISHED_AT).orElse(a.publishedAt);
            }
            case "AlertEscalated" -> a.escalatedAt.add(at);
            case "AlertResolved" -> a.outcome = e.fact(OUTCOME).orElse(a.outcome);
            default -> {
            }
        }
    }

    private void mace(LedgerEntry e) {
        String key = Erasures.recordKey(e);
        switch (e.type()) {
            case "MeetingOpened" -> maceMeetingsOpened.putIfAbsent(e.recordId(), e.instant(AT).orElse(e.occurredAt()));
            case "ChildDiscussed" -> maceDiscussions.putIfAbsent(e.recordId(),
                    new MaceEntry(e.recordId(), key, e.instant(AT).orElse(e.occurredAt()), null));
            case "DriftFlagged" -> maceDrift.putIfAbsent(e.eventId(),
                    new MaceEntry(e.eventId(), key, e.occurredAt(), e.fact(DRIFT).orElse(null)));
            case "OutcomeShared" -> maceOutcomes.putIfAbsent(e.recordId(),
                    new MaceEntry(e.recordId(), key, e.occurredAt(), null));
            case "ActionAgreed" -> {
                MaceAction a = maceActions.computeIfAbsent(e.recordId(), id -> new MaceAction(id, key));
                a.agreedAt = e.occurredAt();
                a.dueOn = e.date(DUE_ON).orElse(a.dueOn);
            }
            case "ActionDone" -> maceActions.computeIfAbsent(e.recordId(), id -> new MaceAction(id, key)).doneOn =
                    e.date(DATE).orElse(null);
            case "ActionCancelled" -> maceActions.computeIfAbsent(e.recordId(), id -> new MaceAction(id, key))
                    .cancelledOn = e.date(DATE).orElse(null);
            default -> {
            }
        }
    }

    private void identity(LedgerEntry e) {
        if (e.is("RecordResolved")) {
            e.fact(CHILD_ID).ifPresent(child -> {
                childOfRecord.put(e.recordId(), child);
                mergedInto.remove(child);
                e.fact(SOURCE_EVENT_ID).ifPresent(event -> recordOfEvent.put(event, e.recordId()));
                for (String merged : list(e.fact(MERGED_CHILDREN))) {
                    if (!merged.equals(child)) {
                        mergedInto.put(merged, child);
                    }
                }
            });
        } else if (e.is("ReviewDecided") || e.is("RecordForgotten")) { // a reviewer's move, or a split on erasure
            for (String move : e.fact(MOVES).map(m -> m.split(";")).orElse(new String[0])) {
                String[] parts = move.split(">", -1);
                if (parts.length == 3) {
                    childOfRecord.put(parts[0], parts[2]);
                    mergedInto.remove(parts[2]);
                }
            }
        }
    }

    /** The child of each record and what is known of each child, from the record's entries in fold order. */
    private void resolveChildren() {
        for (Map.Entry<String, List<LedgerEntry>> record : entriesOfRecord.entrySet()) {
            String child = null;
            String sourceKey = null;
            for (LedgerEntry e : record.getValue()) {
                String identityRecord = recordOfEvent.get(e.eventId());
                if (child == null && identityRecord != null && childOfRecord.containsKey(identityRecord)) {
                    child = canonical(childOfRecord.get(identityRecord));
                }
                if (sourceKey == null && e.child().sourceKey() != null) {
                    sourceKey = e.child().sourceKey();
                }
            }
            if (child == null && (record.getKey().startsWith(Source.ALERTS.name())
                    || record.getKey().startsWith(Source.MACE.name()))) {
                child = record.getValue().get(0).fact(CHILD_ID).map(this::canonical).orElse(null);
            }
            if (child == null) {
                child = sourceKey != null ? "unresolved:" + sourceKey : "unresolved:" + record.getKey();
            }
            childOfRecordKey.put(record.getKey(), child);
        }
        // an interview case is about the same child as its episode
        for (InterviewCase c : interviewCases.values()) {
            String episodeChild = childOfRecordKey.get(Source.MISSING_EPISODES.name() + "/" + c.id);
            if (episodeChild != null) {
                childOfRecordKey.put(c.recordKey, episodeChild);
            }
        }
        for (LedgerEntry e : entries) {
            if (e.source() == Source.IDENTITY || e.source() == Source.ALERTS || e.source() == Source.ALERT_WORK
                    || e.source() == Source.MACE) {
                continue;
            }
            String child = childOfRecordKey.get(Erasures.recordKey(e));
            ChildFacts facts = children.computeIfAbsent(child, ChildFacts::new);
            if (!e.child().isEmpty()) {
                facts.localAuthorityPersonId = or(e.child().localAuthorityPersonId(), facts.localAuthorityPersonId);
                facts.sex = or(e.child().sex(), facts.sex);
                facts.dateOfBirth = e.child().dateOfBirth() != null ? e.child().dateOfBirth() : facts.dateOfBirth;
                facts.ethnicity = or(e.child().ethnicity(), facts.ethnicity);
            }
            facts.team = e.fact(TEAM).orElse(facts.team);
        }
    }

    private String canonical(String child) {
        String c = child;
        for (int i = 0; i < 100 && mergedInto.containsKey(c); i++) {
            c = mergedInto.get(c);
        }
        return c;
    }

    /** The child a record is about (a Lantern child id, or {@code unresolved:<source key>}). */
    public String childOf(String recordKey) {
        return childOfRecordKey.getOrDefault(recordKey, "unresolved:" + recordKey);
    }

    public ChildFacts child(String childId) {
        return children.getOrDefault(childId, new ChildFacts(childId));
    }

    /** The entries of a record known by the instant. */
    public List<LedgerEntry> entriesOf(String recordKey) {
        return entriesOfRecord.getOrDefault(recordKey, List.of());
    }

    /** Source event ids of a record, for finding the identity entries about it. */
    public Set<String> eventIdsOf(String recordKey) {
        Set<String> ids = new LinkedHashSet<>();
        entriesOf(recordKey).forEach(e -> ids.add(e.eventId()));
        return ids;
    }

    /** The correlation service's records (identity) that the record's events were resolved as. */
    public Set<String> identityRecordsOf(String recordKey) {
        Set<String> ids = new LinkedHashSet<>();
        entriesOf(recordKey).forEach(e -> {
            String identity = recordOfEvent.get(e.eventId());
            if (identity != null) {
                ids.add(identity);
            }
        });
        return ids;
    }

    public Optional<InterviewCase> interviewCaseOf(Episode episode) {
        return Optional.ofNullable(interviewCases.get(episode.id));
    }

    private static List<String> list(Optional<String> joined) {
        return joined.map(j -> Arrays.asList(j.split(","))).orElse(List.of());
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    /** What the lists say about a child: the latest value any of its records gave. */
    public static final class ChildFacts {
        public final String id;
        public String localAuthorityPersonId;
        public String sex;
        public LocalDate dateOfBirth;
        public String ethnicity;
        public String team;

        ChildFacts(String id) {
            this.id = id;
        }
    }

    public static final class Episode {
        public final String id;
        public final String recordKey;
        public String context;
        public String category;
        public Instant start;
        public Instant returnedAt;
        public Instant closedAt;
        public boolean lookedAfter;
        public boolean reported;

        Episode(String id, String recordKey) {
            this.id = id;
            this.recordKey = recordKey;
        }

        public boolean fromCare() {
            return lookedAfter || "MISSING_FROM_CARE".equals(context);
        }

        public boolean away() {
            return "AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION".equals(category);
        }
    }

    public static final class InterviewCase {
        public final String id;
        public final String recordKey;
        public String context;
        public Instant returnedAt;
        public Instant deadline;
        public Instant offeredAt;
        public boolean accepted;
        public boolean declined;
        public boolean notOffered;
        public boolean completed;
        public Instant completedAt;
        public LocalDate completedOn;
        public Boolean withinDeadline;
        public List<String> pushFactors = List.of();
        public List<String> pullFactors = List.of();

        InterviewCase(String id, String recordKey) {
            this.id = id;
            this.recordKey = recordKey;
        }

        /** An offer recorded, or an answer to one (accepted, declined, interview done). */
        public boolean offered() {
            return offeredAt != null || accepted || declined || completed;
        }
    }

    public static final class RegisterEntry {
        public final String id;
        public final String recordKey;
        public LocalDate addedOn;
        public LocalDate removedOn;
        public String outcome;

        RegisterEntry(String id, String recordKey) {
            this.id = id;
            this.recordKey = recordKey;
        }
    }

    public static final class Concern {
        public final String id;
        public final String recordKey;
        public Instant observedAt;

        Concern(String id, String recordKey) {
            this.id = id;
            this.recordKey = recordKey;
        }
    }

    public static final class Assessment {
        public final String id;
        public final String recordKey;
        public Instant completedAt;
        public final List<Instant> reviews = new ArrayList<>();
        public String category;
        public LocalDate nextReviewDue;
        public Instant closedAt;
        /** Each completion and review: when, the category then, and the review then due. */
        public final List<Assessed> history = new ArrayList<>();

        public record Assessed(Instant at, String category, LocalDate nextReviewDue) {
        }

        /** The latest completion or review before {@code end}, if any. */
        public Optional<Assessed> asAssessedBefore(Instant end) {
            Assessed latest = null;
            for (Assessed a : history) {
                if (a.at().isBefore(end) && (latest == null || !a.at().isBefore(latest.at()))) {
                    latest = a;
                }
            }
            return Optional.ofNullable(latest);
        }

        Assessment(String id, String recordKey) {
            this.id = id;
            this.recordKey = recordKey;
        }
    }

    public static final class Alert {
        public final String id;
        public final String recordKey;
        public String code;
        public String childId;
        public Instant raisedAt;
        public Instant clearedAt;
        /** When it reached people, and when someone took it on (AlertAcknowledged); null until then. */
        public Instant publishedAt;
        public Instant acknowledgedAt;
        /** Each step of the escalation chain it went to, in fold order. */
        public final List<Instant> escalatedAt = new ArrayList<>();
        /** How a person resolved it (AlertResolved), if one did. */
        public String outcome;

        Alert(String id, String recordKey) {
            this.id = id;
            this.recordKey = recordKey;
        }
    }

    /** A MACE discussion, drift or outcome: its id, record, when, and (for a drift) which rule. */
    public record MaceEntry(String id, String recordKey, Instant at, String drift) {
    }

    /** A MACE action: agreed when, due when, done or cancelled on which date (null while open). */
    public static final class MaceAction {
        public final String id;
        public final String recordKey;
        public Instant agreedAt;
        public LocalDate dueOn;
        public LocalDate doneOn;
        public LocalDate cancelledOn;

        MaceAction(String id, String recordKey) {
            this.id = id;
            this.recordKey = recordKey;
        }

        /** Still open on {@code date}: agreed, and neither done nor cancelled by then. */
        public boolean openOn(LocalDate date) {
            return agreedAt != null && (doneOn == null || doneOn.isAfter(date))
                    && (cancelledOn == null || cancelledOn.isAfter(date));
        }
    }
}
