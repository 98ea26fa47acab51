package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import uk.lantern.correlation.patterns.ChildFact.AddedToCmeRegister;
import uk.lantern.correlation.patterns.ChildFact.AssessmentClosed;
import uk.lantern.correlation.patterns.ChildFact.MaceActionClosed;
import uk.lantern.correlation.patterns.ChildFact.MaceChildDiscussed;
import uk.lantern.correlation.patterns.ChildFact.MaceDriftFlagged;
import uk.lantern.correlation.patterns.ChildFact.AssessmentRecorded;
import uk.lantern.correlation.patterns.ChildFact.ChildReturned;
import uk.lantern.correlation.patterns.ChildFact.CmeEnquiryLogged;
import uk.lantern.correlation.patterns.ChildFact.ConcernRaised;
import uk.lantern.correlation.patterns.ChildFact.EpisodeClosed;
import uk.lantern.correlation.patterns.ChildFact.EpisodeReported;
import uk.lantern.correlation.patterns.ChildFact.InterviewCaseOpened;
import uk.lantern.correlation.patterns.ChildFact.InterviewCompleted;
import uk.lantern.correlation.patterns.ChildFact.NeedToKnowRaised;
import uk.lantern.correlation.patterns.ChildFact.InterviewStep;
import uk.lantern.correlation.patterns.ChildFact.RemovedFromCmeRegister;
import uk.lantern.correlation.patterns.ChildFact.RiskRegraded;

/**
 * Everything the pattern rules know about one child, gathered from all four sources. Facts are applied one at a
 * time with {@link #apply}; a fact whose event id was seen before changes nothing. Every view is a function of the
 * set of facts, never of the order they arrived in: where two facts could compete (two returns of one episode, say)
 * the earliest by time wins, then the smallest event id. So the same facts in any order give the same state, which
 * is what lets the streams topology replay, redeliver and reorder.
 */
public final class ChildFacts {

    private static final Comparator<String> IDS = Comparator.naturalOrder();

    private final String childId;
    private final Map<String, ChildFact> byEventId = new HashMap<>();
    private final TreeMap<String, Episode> episodes = new TreeMap<>();
    private final TreeMap<String, CmeEntry> cmeEntries = new TreeMap<>();
    private final TreeSet<ConcernRaised> concerns =
            new TreeSet<>(Comparator.comparing(ConcernRaised::observedAt).thenComparing(ConcernRaised::eventId));
    private final TreeMap<String, Assessment> assessments = new TreeMap<>();
    /** Episodes whose return interview case its service erased: not facts, what the child knows of their absence. */
    private final TreeSet<String> erasedInterviewCases = new TreeSet<>();
    private final TreeSet<MaceDriftFlagged> maceDrift = byTime(MaceDriftFlagged::flaggedAt);
    private final TreeSet<MaceActionClosed> maceActionsClosed = byTime(MaceActionClosed::closedAt);
    private final TreeSet<MaceChildDiscussed> maceDiscussions = byTime(MaceChildDiscussed::discussedAt);

    public ChildFacts(String childId) {
        this.childId = Objects.requireNonNull(childId, "childId");
    }

    /** Rebuilds a child from its stored facts. */
    public static ChildFacts of(String childId, Collection<? extends ChildFact> facts) {
        var child = new ChildFacts(childId);
        facts.forEach(child::apply);
        return child;
    }

    public String childId() {
        return childId;
    }

    /** Applies a fact; false when its event id was applied before (a redelivery), which changes nothing. */
    public boolean apply(ChildFact fact) {
        Objects.requireNonNull(fact.eventId(), "eventId");
        if (byEventId.putIfAbsent(fact.eventId(), fact) != null) {
            return false;
        }
        if (fact instanceof EpisodeReported f) {
            episode(f.episodeId()).reports.add(f);
        } else if (fact instanceof RiskRegraded f) {
            episode(f.episodeId()).regrades.add(f);
        } else if (fact instanceof ChildReturned f) {
            episode(f.episodeId()).returns.add(f);
        } else if (fact instanceof EpisodeClosed f) {
            episode(f.episodeId()).closures.add(f);
        } else if (fact instanceof NeedToKnowRaised f) {
            episode(f.episodeId()).needToKnows.add(f);
        } else if (fact instanceof InterviewCaseOpened f) {
            episode(f.episodeId()).casesOpened.add(f);
        } else if (fact instanceof InterviewStep f) {
            episode(f.episodeId()).interviewSteps.add(f);
        } else if (fact instanceof InterviewCompleted f) {
            episode(f.episodeId()).interviews.add(f);
        } else if (fact instanceof AddedToCmeRegister f) {
            cmeEntry(f.entryId()).additions.add(f);
        } else if (fact instanceof CmeEnquiryLogged f) {
            cmeEntry(f.entryId()).enquiries.add(f);
        } else if (fact instanceof RemovedFromCmeRegister f) {
            cmeEntry(f.entryId()).removals.add(f);
        } else if (fact instanceof ConcernRaised f) {
            concerns.add(f);
        } else if (fact instanceof AssessmentRecorded f) {
            assessment(f.assessmentId()).records.add(f);
        } else if (fact instanceof MaceDriftFlagged f) {
            maceDrift.add(f);
        } else if (fact instanceof MaceActionClosed f) {
            maceActionsClosed.add(f);
        } else if (fact instanceof MaceChildDiscussed f) {
            maceDiscussions.add(f);
        } else if (fact instanceof AssessmentClosed f) {
            assessment(f.assessmentId()).closures.add(f);
        }
        return true;
    }

    /** Every fact applied, by event id: what a state store keeps, and what {@link #of} replays. */
    public List<ChildFact> facts() {
        var all = new ArrayList<>(byEventId.values());
        all.sort(Comparator.comparing(ChildFact::eventId));
        return all;
    }

    public Collection<Episode> episodes() {
        return episodes.values();
    }

    public Collection<CmeEntry> cmeEntries() {
        return cmeEntries.values();
    }

    /** Concerns, earliest first. */
    public Collection<ConcernRaised> concerns() {
        return concerns;
    }

    public Collection<Assessment> assessments() {
        return assessments.values();
    }

    /** The drift the MACE panel flagged about the child, earliest first. */
    public Collection<MaceDriftFlagged> maceDrift() {
        return maceDrift;
    }

    /** The child's MACE actions done or cancelled, earliest first. */
    public Collection<MaceActionClosed> maceActionsClosed() {
        return maceActionsClosed;
    }

    /** Each time the MACE panel discussed the child, earliest first. */
    public Collection<MaceChildDiscussed> maceDiscussions() {
        return maceDiscussions;
    }

    /**
     * The return interview case of the episode was erased at its source: with its facts gone, the episode has no case,
     * and this says it had one (RHI_OVERDUE then has no deadline to hold it to, the legacy 72 hours included).
     */
    public void interviewCaseErased(String episodeId) {
        erasedInterviewCases.add(Objects.requireNonNull(episodeId, "episodeId"));
    }

    /** Whether the episode's return interview case was erased at its source ({@link #interviewCaseErased(String)}). */
    public boolean interviewCaseWasErased(String episodeId) {
        return erasedInterviewCases.contains(episodeId);
    }

    private Episode episode(String id) {
        return episodes.computeIfAbsent(id, Episode::new);
    }

    private CmeEntry cmeEntry(String id) {
        return cmeEntries.computeIfAbsent(id, CmeEntry::new);
    }

    private Assessment assessment(String id) {
        return assessments.computeIfAbsent(id, Assessment::new);
    }

    private static <T extends ChildFact> TreeSet<T> byTime(Function<T, ? extends Comparable<?>> time) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<T> byTime = Comparator.comparing((Function) time);
        return new TreeSet<>(byTime.thenComparing(ChildFact::eventId, IDS));
    }

    private static <T> Optional<T> first(TreeSet<T> set) {
        return set.isEmpty() ? Optional.empty() : Optional.of(set.first());
    }

    private static <T> Optional<T> last(TreeSet<T> set) {
        return set.isEmpty() ? Optional.empty() : Optional.of(set.last());
    }

    /** One missing episode, and its return interview case (the case id is the episode id). */
    public static final class Episode {
        private final String episodeId;
        private final TreeSet<EpisodeReported> reports = byTime(EpisodeReported::reportedAt);
        private final TreeSet<RiskRegraded> regrades = byTime(RiskRegraded::regradedAt);
        private final TreeSet<ChildReturned> returns = byTime(ChildReturned::returnedAt);
        private final TreeSet<EpisodeClosed> closures = byTime(EpisodeClosed::closedAt);
        private final TreeSet<NeedToKnowRaised> needToKnows = byTime(NeedToKnowRaised::at);
        private final TreeSet<InterviewCaseOpened> casesOpened = byTime(InterviewCaseOpened::deadline);
        private final TreeSet<InterviewStep> interviewSteps = byTime(InterviewStep::at);
        private final TreeSet<InterviewCompleted> interviews = byTime(InterviewCompleted::completedOn);

        private Episode(String episodeId) {
            this.episodeId = episodeId;
        }

        public String episodeId() {
            return episodeId;
        }

        public Optional<EpisodeReported> report() {
            return first(reports);
        }

        /** Regrades, earliest first. */
        public List<RiskRegraded> regrades() {
            return List.copyOf(regrades);
        }

        public Optional<ChildReturned> returned() {
            return first(returns);
        }

        public boolean closed() {
            return !closures.isEmpty();
        }

        /** Reported, and neither returned nor closed. */
        public boolean missingNow() {
            return report().isPresent() && returns.isEmpty() && closures.isEmpty();
        }

        /** When the episode ended: the return, else the closure; empty while the child is missing. */
        public Optional<Instant> endedAt() {
            var returned = returned().map(ChildReturned::returnedAt);
            return returned.isPresent() ? returned : first(closures).map(EpisodeClosed::closedAt);
        }

        /** The episode service's need-to-know decision, if it made one (the earliest, should it come twice). */
        public Optional<NeedToKnowRaised> needToKnow() {
            return first(needToKnows);
        }

        /** The return interview case, with the deadline its owner set. */
        public Optional<InterviewCaseOpened> interviewCase() {
            return first(casesOpened);
        }

        /** An interview was offered. */
        public boolean offered() {
            return interviewSteps.stream().anyMatch(s -> s.step() == InterviewStep.Step.OFFERED);
        }

        /**
         * The earliest outcome of the return interview: an interview carried out, a decline, a decision not to offer or
         * the case's closure. An offer or an acceptance is not one.
         */
        public Optional<String> firstOutcome() {
            var step = interviewSteps.stream().filter(s -> s.step().outcome()).findFirst().map(InterviewStep::eventId);
            return step.isPresent() ? step : first(interviews).map(InterviewCompleted::eventId);
        }

        public List<InterviewCompleted> interviews() {
            return List.copyOf(interviews);
        }
    }

    /** One entry of the CME register. */
    public static final class CmeEntry {
        private final String entryId;
        private final TreeSet<AddedToCmeRegister> additions = byTime(AddedToCmeRegister::addedOn);
        private final TreeSet<CmeEnquiryLogged> enquiries = byTime(CmeEnquiryLogged::madeOn);
        private final TreeSet<RemovedFromCmeRegister> removals = byTime(RemovedFromCmeRegister::removedOn);

        private CmeEntry(String entryId) {
            this.entryId = entryId;
        }

        public String entryId() {
            return entryId;
        }

        public Optional<AddedToCmeRegister> added() {
            return first(additions);
        }

        public Optional<CmeEnquiryLogged> lastEnquiry() {
            return last(enquiries);
        }

        public Optional<RemovedFromCmeRegister> removed() {
            return first(removals);
        }

        /** Added and not removed. */
        public boolean onRegister() {
            return added().isPresent() && removals.isEmpty();
        }

        public Optional<LocalDate> addedOn() {
            return added().map(AddedToCmeRegister::addedOn);
        }
    }

    /** One exploitation risk assessment with its reviews. */
    public static final class Assessment {
        private final String assessmentId;
        private final TreeSet<AssessmentRecorded> records = byTime(AssessmentRecorded::at);
        private final TreeSet<AssessmentClosed> closures = byTime(AssessmentClosed::closedAt);

        private Assessment(String assessmentId) {
            this.assessmentId = assessmentId;
        }

        public String assessmentId() {
            return assessmentId;
        }

        /** The completion or review in force: the latest. */
        public Optional<AssessmentRecorded> latest() {
            return last(records);
        }

        /** Completions and reviews, earliest first. */
        public List<AssessmentRecorded> records() {
            return List.copyOf(records);
        }

        public boolean open() {
            return !records.isEmpty() && closures.isEmpty();
        }

        public Optional<Instant> closedAt() {
            return first(closures).map(AssessmentClosed::closedAt);
        }
    }
}
