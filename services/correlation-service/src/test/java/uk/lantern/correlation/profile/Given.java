package uk.lantern.correlation.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import uk.lantern.correlation.patterns.ChildFact;
import uk.lantern.correlation.patterns.ChildFact.AssessmentRecorded.Kind;
import uk.lantern.correlation.patterns.ChildFact.Context;
import uk.lantern.correlation.patterns.ChildFact.InterviewStep.Step;
import uk.lantern.correlation.patterns.ChildFact.RiskCategory;
import uk.lantern.correlation.patterns.ChildFact.RiskGrade;
import uk.lantern.correlation.patterns.ChildFacts;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.ChildProfile.OpenFlag;

/** Inputs for profile tests. Now is in November, when London is on UTC; October dates are in summer time. */
final class Given {

    static final String CHILD = "child-1";
    /** Monday 2 November 2026, 09:00 London. */
    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    static final ProfileBuilder BUILDER = new ProfileBuilder(PatternSettings.defaults());
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Given() {
    }

    /** The same London time {@code days} calendar days before now, as the profile's windows count days. */
    static Instant daysAgo(long days) {
        return NOW.atZone(LONDON).minusDays(days).toInstant();
    }

    static Instant startOfLondonDay(LocalDate date) {
        return date.atStartOfDay(LONDON).toInstant();
    }

    static ChildProfile profile(ChildFact... facts) {
        return profile(List.of(), List.of(), facts);
    }

    static ChildProfile profileOf(List<SourceRecord> records) {
        return profile(records, List.of());
    }

    static ChildProfile profile(List<SourceRecord> records, List<OpenFlag> flags, ChildFact... facts) {
        return BUILDER.build(CHILD, 7, NOW, records, ChildFacts.of(CHILD, Arrays.asList(facts)), flags);
    }

    static Subject subject(String la, String nhs, String upn, String police, String given, String family,
                           String dob, Subject.Sex sex, String postcode) {
        return new Subject(la, nhs, upn, police, given, family, dob == null ? null : LocalDate.parse(dob), sex,
                postcode);
    }

    static Subject named(String given, String family) {
        return subject(null, null, null, null, given, family, null, null, null);
    }

    static Subject born(String dob) {
        return subject(null, null, null, null, null, null, dob, null, null);
    }

    static Subject ofSex(Subject.Sex sex) {
        return subject(null, null, null, null, null, null, null, sex, null);
    }

    static Subject livingAt(String postcode) {
        return subject(null, null, null, null, null, null, null, null, postcode);
    }

    static SourceRecord record(String id, String source, Subject subject) {
        return new SourceRecord(id, source, subject);
    }

    static ChildFact.EpisodeReported missing(String episode, Instant at) {
        return new ChildFact.EpisodeReported("report-" + episode, episode, at, at, Context.MISSING_FROM_HOME,
                RiskGrade.MEDIUM, false, false);
    }

    static ChildFact.EpisodeReported missingFromCare(String episode, Instant at) {
        return new ChildFact.EpisodeReported("report-" + episode, episode, at, at, Context.MISSING_FROM_CARE,
                RiskGrade.LOW, false, true);
    }

    static ChildFact.RiskRegraded regraded(String episode, RiskGrade grade, Instant at) {
        return new ChildFact.RiskRegraded("regrade-" + episode + "-" + at, episode, grade, at);
    }

    static ChildFact.ChildReturned returned(String episode, Instant at) {
        return new ChildFact.ChildReturned("return-" + episode, episode, at, null, List.of());
    }

    static ChildFact.ChildReturned returnedWith(String eventId, String episode, Instant at, ChildFact.Place place,
                                                ChildFact.Associate... associates) {
        return new ChildFact.ChildReturned(eventId, episode, at, place, List.of(associates));
    }

    static ChildFact.EpisodeClosed closed(String episode, Instant at) {
        return new ChildFact.EpisodeClosed("close-" + episode, episode, at);
    }

    static ChildFact.InterviewStep step(String episode, Step step, Instant at) {
        return new ChildFact.InterviewStep(step.name().toLowerCase() + "-" + episode, episode, step, at);
    }

    static ChildFact.InterviewCompleted interviewed(String episode, LocalDate on) {
        return new ChildFact.InterviewCompleted("interview-" + episode, episode, on, false, null, List.of());
    }

    static ChildFact.InterviewCompleted interviewedWith(String eventId, String episode, LocalDate on,
                                                        ChildFact.Place whereabouts,
                                                        ChildFact.Associate... associates) {
        return new ChildFact.InterviewCompleted(eventId, episode, on, true, whereabouts, List.of(associates));
    }

    static ChildFact.AddedToCmeRegister addedToCme(String entry, LocalDate on) {
        return new ChildFact.AddedToCmeRegister("cme-added-" + entry, entry, on);
    }

    static ChildFact.CmeEnquiryLogged enquiry(String entry, LocalDate on) {
        return new ChildFact.CmeEnquiryLogged("cme-enquiry-" + entry + "-" + on, entry, on);
    }

    static ChildFact.RemovedFromCmeRegister removedFromCme(String entry, LocalDate on) {
        return new ChildFact.RemovedFromCmeRegister("cme-removed-" + entry, entry, on);
    }

    static ChildFact.ConcernRaised concern(String concern, Instant at) {
        return new ChildFact.ConcernRaised("concern-" + concern, concern, at);
    }

    static ChildFact.AssessmentRecorded assessed(String assessment, Instant at, RiskCategory category,
                                                 LocalDate nextReview) {
        return new ChildFact.AssessmentRecorded("assessed-" + assessment, assessment, Kind.COMPLETED, at, category,
                nextReview);
    }

    static ChildFact.AssessmentRecorded reviewed(String assessment, Instant at, RiskCategory category,
                                                 LocalDate nextReview) {
        return new ChildFact.AssessmentRecorded("reviewed-" + assessment + "-" + at, assessment, Kind.REVIEWED, at,
                category, nextReview);
    }

    static ChildFact.AssessmentClosed assessmentClosed(String assessment, Instant at) {
        return new ChildFact.AssessmentClosed("assessment-closed-" + assessment, assessment, at);
    }

    static OpenFlag flag(String id, String code, String severity, Instant raisedAt) {
        return new OpenFlag(id, code, severity, raisedAt, raisedAt);
    }
}
