package uk.lantern.correlation.stream;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import uk.lantern.correlation.analyst.AnalystFeed;
import uk.lantern.correlation.identity.IdentityIndex;
import uk.lantern.correlation.identity.IdentityLink;
import uk.lantern.correlation.identity.IdentityResolver;
import uk.lantern.correlation.identity.Regrouping;
import uk.lantern.correlation.identity.Resolution;
import uk.lantern.correlation.identity.ReviewItem;
import uk.lantern.correlation.mace.MaceEntries;
import uk.lantern.correlation.patterns.AlertCode;
import uk.lantern.correlation.patterns.ContractFacts;
import uk.lantern.correlation.patterns.Severity;
import uk.lantern.correlation.stream.identityindex.StoreIdentityIndex;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.AnalystEventV2;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.correlation.IdentityDecisionMade;
import uk.lantern.schemas.correlation.IdentityEvent;
import uk.lantern.schemas.correlation.LinkExplanation;
import uk.lantern.schemas.correlation.RecordForgotten;
import uk.lantern.schemas.correlation.RecordResolved;
import uk.lantern.schemas.correlation.ReviewDecided;
import uk.lantern.schemas.correlation.ReviewRaised;
import uk.lantern.schemas.mace.MaceEvent;
import uk.lantern.schemas.mace.MaceTopics;

/**
 * The identity stage: one task (a single partition) sees every source event and every reviewer's decision in one
 * order, so resolution runs against every identity seen so far. For a source event it resolves the subject to a
 * Lantern child, sends the event to that child, tells children merged by it where they went, raises review items,
 * records the resolution and publishes the analyst's pseudonymous view. For a decision it regroups records and tells
 * the children concerned. Either way, analysts are told in refs which children joined or split (ChildRefsJoined,
 * ChildRefSplit), since the refs their earlier events carried changed meaning. An undecodable message goes to the
 * dead-letter topic with its reason.
 */
final class IdentityProcessor implements Processor<String, byte[], String, Outbound>, AllOrNothing.Cached {

    static final String SOURCE_TOPIC_HEADER = "lantern-source-topic";
    static final String SOURCE_KEY_HEADER = "lantern-source-key";
    static final String REASON_HEADER = "x-exception-message";
    private static final String DECISIONS_APPLIED = "identity-decisions-applied";
    /**
     * Record id → the erasures routed to its child since the last event of the record was resolved (ids separated by
     * U+001F). A child's report that the record is empty after one of them is acted on only while it is here.
     */
    private static final String ERASURES_PENDING = "identity-erasures-pending";
    private static final String ID_SEPARATOR = "\u001F";
    private static final String SOURCE = "correlation-service";

    private static final Map<String, Topic<?>> SOURCE_TOPICS = Topics.all().stream()
            .filter(t -> CorrelationTopology.sourceTopics().contains(t.name()))
            .collect(Collectors.toUnmodifiableMap(Topic::name, Function.identity()));

    private final CorrelationSettings settings;
    private final EventCodec codec = new EventCodec();
    private final AnalystFeed analystFeed;
    private ProcessorContext<String, Outbound> context;
    private IdentityIndex index;
    private IdentityResolver resolver;
    private KeyValueStore<String, String> decisionsApplied;
    private KeyValueStore<String, String> erasuresPending;
    /** What a new child's id is derived from (the record or decision that created it), so a replay gives the same. */
    private String newChildSeed;
    /** How many children the current message has created: a decision that splits a child can create several. */
    private int newChildren;

    IdentityProcessor(CorrelationSettings settings) {
        this.settings = settings;
        this.analystFeed = new AnalystFeed(settings.analystKey(), settings.patterns().zone(),
                settings.analystTimePrecision());
    }

    static String decisionsAppliedStore() {
        return DECISIONS_APPLIED;
    }

    static String erasuresPendingStore() {
        return ERASURES_PENDING;
    }

    @Override
    public void init(ProcessorContext<String, Outbound> context) {
        this.context = context;
        forgetCached();
        this.decisionsApplied = context.getStateStore(DECISIONS_APPLIED);
        this.erasuresPending = context.getStateStore(ERASURES_PENDING);
    }

    /** The identity index made afresh over its stores, without the records it had decoded (after a failed unit). */
    @Override
    public void forgetCached() {
        this.index = StoreIdentityIndex.from(context);
        this.resolver = new IdentityResolver(index, settings.matching(), this::newChildId);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String topic = header(record.headers(), SOURCE_TOPIC_HEADER);
        String sourceKey = header(record.headers(), SOURCE_KEY_HEADER);
        try {
            if (CorrelationTopology.DECISIONS.equals(topic)) {
                decide(record, decodeDecision(record.value()));
            } else if (RecordEmptied.ORIGIN.equals(topic)) {
                emptied(record, InternalJson.read(record.value(), RecordEmptied.class));
            } else if (CorrelationTopology.MACE.equals(topic)) {
                mace(record, codec.decode(MaceTopics.MACE, record.value()));
            } else if (SOURCE_TOPICS.containsKey(topic)) {
                resolve(record, sourceKey, codec.decode(SOURCE_TOPICS.get(topic), record.value()));
            } else {
                throw new UndecodableEventException("not a topic the correlation service reads: " + topic);
            }
        } catch (UndecodableEventException | UnknownRecordException e) {
            var headers = new RecordHeaders();
            headers.add(SOURCE_TOPIC_HEADER, bytes(topic));
            headers.add(REASON_HEADER, bytes(e.getMessage()));
            context.forward(new Record<>(sourceKey, new Outbound(CorrelationTopology.DEAD_LETTERS, record.value()),
                    record.timestamp(), headers));
        }
    }

    /**
     * A MACE event about a child names the Lantern child id the panel saw: nothing to resolve. It goes to that child
     * as one of its records' events; a child merged away since passes it on to the child it joined (the child stage
     * follows {@code mergedInto}), so it lands on the surviving child. The events about a meeting, a person or a
     * place of concern are about no one child and stop here.
     */
    private void mace(Record<String, byte[]> record, Envelope<? extends MaceEvent> envelope) {
        var childId = MaceEntries.childOf(envelope.data());
        if (childId.isEmpty()) {
            return;
        }
        var fact = ContractFacts.from(envelope);
        var stored = new StoredEvent(envelope.eventId().toString(), MaceEntries.recordId(childId.get()),
                envelope.source(), CorrelationTopology.MACE, envelope.eventType(), envelope.occurredAt(),
                envelope.recordedAt(), NO_SUBJECT, fact.map(FactCodec::typeOf).orElse(null),
                fact.map(FactCodec::tree).orElse(null), null);
        toChild(childId.get(), ChildMessage.sourceEvent(stored), record.timestamp());
    }

    /** A MACE record tells nothing of who the child is: identity is the sources' business. */
    private static final Subject NO_SUBJECT = Subject.empty();

    private void resolve(Record<String, byte[]> record, String sourceKey, Envelope<? extends EventData> envelope) {
        var erasure = Erasure.of(envelope);
        if (erasure.isPresent()) {
            forget(record, sourceKey, envelope, erasure.get());
            return;
        }
        String recordId = SourceRecords.recordId(envelope.source(), sourceKey, envelope.subject());
        seedNewChildren(recordId);
        Resolution resolution = resolver.resolve(SourceRecords.personRecord(recordId, envelope.subject()));
        String childId = resolution.childId();
        long ts = record.timestamp();

        var fact = ContractFacts.from(envelope);
        var stored = new StoredEvent(envelope.eventId().toString(), recordId, envelope.source(),
                header(record.headers(), SOURCE_TOPIC_HEADER), envelope.eventType(), envelope.occurredAt(),
                envelope.recordedAt(), envelope.subject(), fact.map(FactCodec::typeOf).orElse(null),
                fact.map(FactCodec::tree).orElse(null), Erasure.itemOf(envelope.data()));
        if (resolution.decision() == Resolution.Decision.ALREADY_KNOWN && erasuresPending.get(recordId) != null) {
            // The record has an event again: a report that it was left empty by an earlier erasure is out of date.
            erasuresPending.delete(recordId);
        }
        // Children joined by this record move first, so the event finds them already merged.
        for (String merged : resolution.mergedChildren()) {
            toChild(merged, ChildMessage.mergedInto(childId, "record " + recordId + " linked it to " + childId), ts);
        }
        toChild(childId, ChildMessage.sourceEvent(stored), ts);

        if (resolution.decision() != Resolution.Decision.ALREADY_KNOWN) {
            publishIdentity(childId, envelope.subject(), new RecordResolved(recordId, childId, envelope.source(),
                    stored.eventId(), resolution.decision().name(),
                    resolution.links().stream().map(IdentityProcessor::explain).toList(),
                    resolution.mergedChildren()), envelope.recordedAt(), ts);
            for (ReviewItem review : resolution.reviews()) {
                raiseReview(review, envelope, ts);
            }
        }
        // Joins first, so an analyst reads the event under a ref already known to take in the former ones.
        for (String merged : resolution.mergedChildren()) {
            toAnalysts(analystFeed.childRefsJoined(childId, merged, stored.eventId(), envelope.recordedAt()), ts);
        }
        // After resolution: the index holds every record of the child, this one included, and every other child
        // an associate may name.
        analystFeed.of(childId, envelope, index).ifPresent(event -> toAnalysts(event, ts));
    }

    /**
     * A record erased at its source (an episode, a case, a register entry, a concern, an assessment). The erasure
     * carries nothing of the child, only the key every event of the record had, so the identity records it may
     * belong to are those of that source under that key (one per set of details the source gave under it); each
     * child holding one forgets the record's events, and says which identity records that left with no event
     * ({@link #emptied}). Nothing is resolved. Each identity record under the key notes the erasure as pending until
     * an event of it is resolved again. Analysts get the erasure under each child's ref.
     */
    private void forget(Record<String, byte[]> record, String sourceKey, Envelope<? extends EventData> envelope,
                        Erasure erasure) {
        String prefix = envelope.source() + "|" + (sourceKey == null ? "-" : sourceKey) + "|";
        var children = new LinkedHashSet<String>();
        KeyValueStore<String, ?> records = context.getStateStore(StoreIdentityIndex.RECORDS);
        var recordIds = new ArrayList<String>();
        try (var range = records.prefixScan(prefix, new org.apache.kafka.common.serialization.StringSerializer())) {
            range.forEachRemaining(kv -> recordIds.add(kv.key));
        }
        for (String recordId : recordIds) {
            index.childOf(recordId).ifPresent(childId -> {
                children.add(childId);
                String pending = erasuresPending.get(recordId);
                if (!pendingIds(pending).contains(erasure.erasureId())) {
                    erasuresPending.put(recordId, pending == null ? erasure.erasureId()
                            : pending + ID_SEPARATOR + erasure.erasureId());
                }
            });
        }
        for (String childId : children) {
            toChild(childId, ChildMessage.erased(erasure), record.timestamp());
            analystFeed.of(childId, envelope, index).ifPresent(event -> toAnalysts(event, record.timestamp()));
        }
    }

    /**
     * A child has no event of the record left after an erasure: the record leaves the identity index (its details,
     * blocking keys, links, and the questions and rejections it was part of), so it no longer takes part in matching
     * or in what the analyst feed withholds. Only while that erasure is still pending for the record: an event of the
     * record resolved since (sent to a child after the child's report was made) keeps it, and a report received again
     * finds the record gone. The rest of its child stays one child where it links without it, else splits (as an
     * unlink splits one): the children that lose records are told, so are analysts (ChildRefSplit). A
     * possible-same-child question the record was part of is withdrawn: its alert is cleared.
     */
    private void emptied(Record<String, byte[]> record, RecordEmptied report) {
        String recordId = report.recordId();
        if (!pendingIds(erasuresPending.get(recordId)).contains(report.erasureId())
                || index.record(recordId).isEmpty()) {
            return;
        }
        long ts = record.timestamp();
        String childId = index.childOf(recordId).orElseThrow();
        var questions = new java.util.LinkedHashMap<String, List<String>>();
        for (String other : index.reviewedWith(recordId)) {
            var holders = new LinkedHashSet<String>();
            holders.add(childId);
            index.childOf(other).ifPresent(holders::add);
            questions.put(reviewId(recordId, other), List.copyOf(holders));
        }
        seedNewChildren(recordId + "\nforgotten after " + report.erasureId());
        Regrouping regrouping = resolver.forget(recordId, "no event of it is left: " + report.erasureId()
                + " erased the last at its source");
        erasuresPending.delete(recordId);
        for (Regrouping.Move move : regrouping.moves()) {
            toChild(move.fromChild(), ChildMessage.recordMoved(move.recordId(), move.toChild(),
                    regrouping.explanation()), ts);
        }
        var at = report.erasedAt() != null ? report.erasedAt() : Instant.ofEpochMilli(ts);
        var pairs = new LinkedHashSet<List<String>>();
        regrouping.moves().forEach(m -> pairs.add(List.of(m.fromChild(), m.toChild())));
        for (List<String> pair : pairs) {
            toAnalysts(analystFeed.childRefSplit(pair.get(1), pair.get(0), report.erasureId(), at), ts);
        }
        questions.forEach((reviewId, holders) -> holders.forEach(holder -> toChild(holder,
                ChildMessage.alertCleared(possibleSameChildAlertId(reviewId), "record " + recordId
                        + " was forgotten: every event of it was erased at its source"), ts)));
        // The projections withdraw its review items and drop its resolution; the subject is empty: it is forgotten.
        publishIdentity(childId, Subject.empty(), new RecordForgotten(recordId, childId, report.erasureId(), at,
                "every event of it was erased at its source (erasure " + report.erasureId() + ")",
                List.copyOf(questions.keySet()), regrouping.moves().stream()
                        .map(m -> new ReviewDecided.RecordMove(m.recordId(), m.fromChild(), m.toChild())).toList()),
                at, ts);
    }

    private static List<String> pendingIds(String pending) {
        return pending == null ? List.of() : List.of(pending.split(ID_SEPARATOR));
    }

    private void raiseReview(ReviewItem review, Envelope<? extends EventData> envelope, long ts) {
        String reviewId = reviewId(review.recordA(), review.recordB());
        var c = review.comparison();
        publishIdentity(review.childA(), envelope.subject(), new ReviewRaised(reviewId, review.recordA(),
                review.childA(), review.recordB(), review.childB(), review.score(), review.reason(),
                c.agreeingFieldsText(), c.explanation(), envelope.recordedAt()), envelope.recordedAt(), ts);
        var alert = new AlertRaised(possibleSameChildAlertId(reviewId), AlertCode.POSSIBLE_SAME_CHILD.name(),
                Severity.MEDIUM.name(), review.childA(), List.of(envelope.eventId().toString()),
                envelope.recordedAt(), null, List.of("MISSING_COORDINATOR"),
                // No record keys, no names (the event is kept): the API names both children as they are when read.
                "This child and another child may be the same child (score "
                        + String.format("%.1f", review.score()) + "): " + review.reason(),
                review.childB());
        toChild(review.childA(), ChildMessage.alertRaised(alert), ts);
    }

    private void decide(Record<String, byte[]> record, Envelope<IdentityDecisionMade> envelope) {
        var decision = envelope.data();
        if (decisionsApplied.get(decision.decisionId()) != null) {
            return;
        }
        requireKnown(decision.recordA());
        seedNewChildren(decision.recordA() + "\n" + decision.decisionId());
        Regrouping regrouping = switch (decision.decision()) {
            case "CONFIRM" -> resolver.confirm(decision.recordA(), requireKnown(decision.recordB()),
                    decision.reviewer());
            case "REJECT" -> resolver.reject(decision.recordA(), requireKnown(decision.recordB()),
                    decision.reviewer());
            case "UNLINK" -> resolver.unlink(decision.recordA(), decision.reviewer());
            default -> throw new UndecodableEventException("unknown decision " + decision.decision());
        };
        decisionsApplied.put(decision.decisionId(), decision.decision());
        long ts = record.timestamp();
        for (Regrouping.Move move : regrouping.moves()) {
            toChild(move.fromChild(), ChildMessage.recordMoved(move.recordId(), move.toChild(),
                    regrouping.explanation()), ts);
        }
        tellAnalysts(regrouping, decision, ts);
        String childA = resolver.childOf(decision.recordA());
        if (decision.reviewId() != null) {
            toChild(childA, ChildMessage.alertCleared(possibleSameChildAlertId(decision.reviewId()),
                    decision.decision() + " by " + decision.reviewer()), ts);
        }
        publishIdentity(childA, envelope.subject(), new ReviewDecided(decision.decisionId(), decision.reviewId(),
                decision.decision(), decision.recordA(), decision.recordB(), decision.reviewer(),
                decision.decidedAt(), regrouping.moves().stream()
                        .map(m -> new ReviewDecided.RecordMove(m.recordId(), m.fromChild(), m.toChild())).toList()),
                envelope.recordedAt(), ts);
    }

    /**
     * One event per pair of children records moved between (the moved records are not named: a record id holds a
     * source's key for the child). A child left with no records joined the other; one that kept some split.
     */
    private void tellAnalysts(Regrouping regrouping, IdentityDecisionMade decision, long ts) {
        var pairs = new LinkedHashSet<List<String>>();
        regrouping.moves().forEach(m -> pairs.add(List.of(m.fromChild(), m.toChild())));
        var at = decision.decidedAt();
        for (List<String> pair : pairs) {
            String from = pair.get(0);
            String to = pair.get(1);
            toAnalysts(index.members(from).isEmpty()
                    ? analystFeed.childRefsJoined(to, from, decision.decisionId(), at)
                    : analystFeed.childRefSplit(to, from, decision.decisionId(), at), ts);
        }
    }

    /** On v2, and until the cut-over on v1 too, as far as v1 can carry it (the same event id on both). */
    private void toAnalysts(AnalystEventV2 event, long ts) {
        context.forward(new Record<>(event.childRef(), new Outbound(CorrelationTopology.ANALYST_FEED_V2,
                InternalJson.bytes(event)), ts));
        if (settings.analystFeedV1()) {
            AnalystFeed.v1(event).ifPresent(v1 -> context.forward(new Record<>(v1.childRef(),
                    new Outbound(CorrelationTopology.ANALYST_FEED, InternalJson.bytes(v1)), ts)));
        }
    }

    private String requireKnown(String recordId) {
        try {
            resolver.childOf(recordId);
            return recordId;
        } catch (RuntimeException e) {
            throw new UnknownRecordException("unknown record " + recordId);
        }
    }

    private void toChild(String childId, ChildMessage message, long ts) {
        context.forward(new Record<>(childId, new Outbound(CorrelationTopology.CHILD_EVENTS,
                InternalJson.bytes(message)), ts));
    }

    private void publishIdentity(String childId, Subject subject, IdentityEvent event, Instant recordedAt, long ts) {
        String type = event.getClass().getSimpleName();
        var id = UUID.nameUUIDFromBytes((type + "|" + InternalJson.MAPPER.writeValueAsString(event))
                .getBytes(StandardCharsets.UTF_8));
        var envelope = new Envelope<>(id, type, 1, recordedAt, recordedAt, SOURCE, subject, event);
        context.forward(new Record<>(childId, new Outbound(CorrelationTopology.IDENTITY, codec.encode(envelope)),
                ts));
    }

    private Envelope<IdentityDecisionMade> decodeDecision(byte[] value) {
        return codec.decode(CorrelationTopics.IDENTITY_DECISIONS, value);
    }

    private void seedNewChildren(String seed) {
        newChildSeed = seed;
        newChildren = 0;
    }

    /** The message's next new child id: derived from what created it, so a replay gives the same ids. */
    private String newChildId() {
        int n = newChildren++;
        return childIdFor(n == 0 ? newChildSeed : newChildSeed + "\n#" + n);
    }

    static String childIdFor(String seed) {
        return "child-" + UUID.nameUUIDFromBytes(("child\n" + seed).getBytes(StandardCharsets.UTF_8));
    }

    static String reviewId(String recordA, String recordB) {
        String pair = recordA.compareTo(recordB) < 0 ? recordA + "\n" + recordB : recordB + "\n" + recordA;
        return UUID.nameUUIDFromBytes(("review\n" + pair).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String possibleSameChildAlertId(String reviewId) {
        return UUID.nameUUIDFromBytes(("POSSIBLE_SAME_CHILD\n" + reviewId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static LinkExplanation explain(IdentityLink link) {
        return new LinkExplanation(link.recordA(), link.recordB(), link.reason().name(), link.score(),
                link.agreeingFields(), link.explanation());
    }

    static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** A decision names a record identity resolution has never seen. */
    static final class UnknownRecordException extends RuntimeException {
        UnknownRecordException(String message) {
            super(message);
        }
    }
}
