package uk.lantern.returninterview.interview.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import uk.lantern.returninterview.interview.domain.CaseCommand;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.domain.EventIds;
import uk.lantern.returninterview.interview.domain.InterviewCase;
import uk.lantern.returninterview.interview.domain.Themes;
import uk.lantern.returninterview.interview.domain.Timeliness;
import uk.lantern.returninterview.interview.domain.Urgency;
import uk.lantern.returninterview.interview.messaging.CaseEventContract;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.problems.VersionConflict;

/**
 * The use cases of providers and coordinators, and the opening of a case for every returned child. A command is
 * checked in full before anything is written; a change and its events are then written in one atomic operation on
 * the case's document and published by the outbox relay.
 */
@Service
public class CaseService {

    private final CaseStore store;
    private final CaseEventContract contract;
    private final EventPublication publication;
    private final CaseMetrics metrics;
    private final InterviewSettings settings;
    private final Clock clock;
    private final EventIds eventIds = EventIds.random();

    public CaseService(CaseStore store, CaseEventContract contract, EventPublication publication, CaseMetrics metrics,
                       InterviewSettings settings, Clock clock) {
        this.store = store;
        this.contract = contract;
        this.publication = publication;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * True if this event opened the case; false if the case was already open (the event is a repeat) or was erased
     * (its tombstone keeps the id, so the insert below refuses it).
     */
    public boolean openCase(CaseCommand.OpenCase command, UUID sourceEventId) {
        if (store.find(command.id()).isPresent()) {
            return false;
        }
        InterviewCase.Change change = InterviewCase.open(command, settings.assignment(), eventIds);
        Instant now = clock.instant();
        if (!store.insert(change.interviewCase(), contract.outboxEntries(change.interviewCase(), change.events(), now),
                sourceEventId, now)) {
            return false;
        }
        publication.eventsStored();
        metrics.caseOpened(change.interviewCase());
        return true;
    }

    public StoredCase recordOffer(CaseId id, CaseCommand.RecordOffer command, Optional<Long> expectedVersion,
                                  Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, "offer", c -> c.recordOffer(command, clock.instant(), eventIds));
    }

    public StoredCase recordAnswer(CaseId id, CaseCommand.RecordAnswer command, Optional<Long> expectedVersion,
                                   Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, command.outcome() == null ? "answer" : command.outcome().name().toLowerCase(),
                c -> c.recordAnswer(command, clock.instant(), eventIds));
    }

    public StoredCase recordInterview(CaseId id, CaseCommand.RecordInterview command, Optional<Long> expectedVersion,
                                      Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, "interview",
                c -> c.recordInterview(command, clock.instant(), settings.reportingZone(), eventIds));
    }

    public StoredCase decideNotToOffer(CaseId id, CaseCommand.DecideNotToOffer command, Optional<Long> expectedVersion,
                                       Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, "not_offered",
                c -> c.decideNotToOffer(command, clock.instant(), eventIds));
    }

    public StoredCase close(CaseId id, CaseCommand.CloseCase command, Optional<Long> expectedVersion,
                            Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, "closure", c -> c.close(command, clock.instant(), eventIds));
    }

    public Optional<StoredCase> interviewCase(CaseId id) {
        return store.find(id);
    }

    public List<InterviewCase> childCases(String identifierKind, String identifier) {
        return store.findByChild(identifierKind, identifier);
    }

    /** A case on a provider's worklist, with how pressing it is at the moment of asking. */
    public record WorklistItem(InterviewCase interviewCase, Urgency urgency) {
    }

    public List<WorklistItem> worklist(String provider, Optional<Urgency> only) {
        Instant now = clock.instant();
        return store.findAwaitingOutcome(provider).stream()
                .flatMap(c -> c.urgency(now, settings.dueSoon()).map(u -> new WorklistItem(c, u)).stream())
                .filter(item -> only.map(u -> u == item.urgency()).orElse(true))
                .sorted(Comparator.comparing((WorklistItem item) -> item.interviewCase().deadline())
                        .thenComparing(item -> item.interviewCase().id().value()))
                .toList();
    }

    public List<Timeliness.Row> timeliness(YearMonth from, YearMonth to) {
        checkRange(from, to);
        Instant start = from.atDay(1).atStartOfDay(settings.reportingZone()).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(settings.reportingZone()).toInstant();
        return Timeliness.of(store.findReturnedBetween(start, end), settings.reportingZone());
    }

    public List<Themes.Row> themes(YearMonth from, YearMonth to) {
        checkRange(from, to);
        LocalDate start = from.atDay(1);
        LocalDate end = to.plusMonths(1).atDay(1);
        return Themes.of(store.findInterviewedBetween(start, end));
    }

    private static void checkRange(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestParameter("to", "is before from");
        }
        if (from.plusMonths(36).isBefore(to)) {
            throw new InvalidRequestParameter("to", "at most 36 months at a time");
        }
    }

    private StoredCase change(CaseId id, Optional<Long> expectedVersion, Optional<String> requestKey, String what,
                              Function<InterviewCase, InterviewCase.Change> command) {
        StoredCase stored = store.find(id).orElseThrow(() -> new CaseNotFound(id));
        if (requestKey.isPresent() && stored.appliedRequestKeys().contains(requestKey.get())) {
            return stored;
        }
        if (expectedVersion.isPresent() && expectedVersion.get() != stored.version()) {
            throw new VersionConflict("case " + id, stored.version());
        }
        InterviewCase.Change change = command.apply(stored.interviewCase());
        Instant now = clock.instant();
        if (!store.update(change.interviewCase(), stored.version(),
                contract.outboxEntries(change.interviewCase(), change.events(), now), requestKey.orElse(null), now)) {
            throw new VersionConflict("case " + id, store.find(id).map(StoredCase::version).orElse(stored.version()));
        }
        publication.eventsStored();
        metrics.recorded(change.interviewCase(), what);
        List<String> applied = new ArrayList<>(stored.appliedRequestKeys());
        requestKey.ifPresent(applied::add);
        return new StoredCase(change.interviewCase(), stored.version() + 1, applied);
    }
}
