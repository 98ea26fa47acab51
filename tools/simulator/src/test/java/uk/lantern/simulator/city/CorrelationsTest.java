package uk.lantern.simulator.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lantern.simulator.feed.Json;

class CorrelationsTest {

    private static final Instant END = Instant.parse("2026-11-22T00:00:00Z");

    private static City city;
    private static SourcePlan plan;
    private static Map<String, EpisodeStory> episodes;
    private static Map<String, Child> children;

    @BeforeAll
    static void defaultCity() {
        city = City.generate(new CitySettings(42, 400, 365, END));
        plan = city.sources(city.plan(null));
        episodes = city.history().stream().collect(Collectors.toMap(EpisodeStory::key, e -> e));
        children = city.children().stream().collect(Collectors.toMap(Child::key, c -> c));
    }

    @Test
    void theSameSeedGivesTheSameRequestsForEverySource() {
        City again = City.generate(new CitySettings(42, 400, 365, END));
        City other = City.generate(new CitySettings(43, 400, 365, END));

        assertThat(json(again.sources(again.plan(null)))).isEqualTo(json(plan));
        assertThat(json(other.sources(other.plan(null)))).isNotEqualTo(json(plan));
        assertThat(plan.steps()).extracting(SourceStep::source).contains(Source.INTERVIEWS, Source.CME, Source.CSE);
        assertThat(plan.steps()).extracting(SourceStep::idempotencyKey).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).startsWith("lantern-sim-s42-"));
    }

    @Test
    void theEpisodesOfASeedAreUnchangedByTheOtherSources() {
        City fresh = City.generate(new CitySettings(42, 400, 365, END));
        fresh.sources(fresh.plan(null));

        assertThat(fresh.plan(null).due().stream().map(Step::idempotencyKey).toList())
                .isEqualTo(city.plan(null).due().stream().map(Step::idempotencyKey).toList());
    }

    @Test
    void nothingIsInTheFutureAndEachStoryKeepsItsOrder() {
        LocalDate lastDay = END.atZone(City.ZONE).toLocalDate().minusDays(1);
        assertThat(plan.steps()).allSatisfy(step -> {
            assertThat(step.at()).isBefore(END);
            for (LocalDate date : dates(step.body())) {
                assertThat(date).as(step.idempotencyKey()).isBeforeOrEqualTo(lastDay);
            }
        });
        assertThat(plan.steps()).isSortedAccordingTo(SourceStep.CHRONOLOGICAL);
        for (List<SourceStep> story : stories().values()) {
            assertThat(story).extracting(SourceStep::order).isSorted();
            assertThat(story).extracting(SourceStep::at).isSorted();
            SourceStep first = story.get(0);
            if (first.source() != Source.INTERVIEWS && first.kind() != SourceStepKind.CONCERN) {
                assertThat(first.kind().createsId()).as(first.storyKey()).isTrue();
                assertThat(story.subList(1, story.size())).noneMatch(step -> step.kind().createsId());
            }
        }
    }

    @Test
    void anInterviewIsOfferedOnlyAfterTheReturnAndAnsweredOnlyAfterTheOffer() {
        int late = 0;
        for (List<SourceStep> story : stories().values()) {
            SourceStep first = story.get(0);
            if (first.source() != Source.INTERVIEWS) {
                continue;
            }
            Instant returnedAt = episodes.get(first.episodeStoryKey()).returned().returnedAt();
            assertThat(story).allSatisfy(step -> assertThat(step.at()).isAfterOrEqualTo(returnedAt));
            List<SourceStepKind> kinds = story.stream().map(SourceStep::kind).toList();
            assertThat(kinds.get(0)).isIn(SourceStepKind.OFFER, SourceStepKind.NOT_OFFERED);
            if (kinds.contains(SourceStepKind.NOT_OFFERED)) {
                assertThat(kinds).doesNotContain(SourceStepKind.OFFER, SourceStepKind.ANSWER, SourceStepKind.INTERVIEW);
            }
            if (kinds.contains(SourceStepKind.INTERVIEW)) {
                assertThat(kinds.indexOf(SourceStepKind.ANSWER)).isLessThan(kinds.indexOf(SourceStepKind.INTERVIEW));
                Map<String, Object> interview = map(story.get(kinds.indexOf(SourceStepKind.INTERVIEW)).body());
                Map<String, Object> answer = map(story.get(kinds.indexOf(SourceStepKind.ANSWER)).body());
                assertThat(answer.get("outcome")).isEqualTo("ACCEPTED");
                assertThat((Instant) interview.get("completedAt")).isAfterOrEqualTo((Instant) answer.get("at"));
                assertThat(list(interview.get("exploitationIndicators"))).allSatisfy(indicator -> assertThat(INDICATORS_LIST).contains((String) indicator));
            }
            if (kinds.contains(SourceStepKind.CASE_CLOSURE)) {
                assertThat(kinds.get(kinds.size() - 1)).isEqualTo(SourceStepKind.CASE_CLOSURE);
            }
            if (first.kind() == SourceStepKind.OFFER && first.at().isAfter(returnedAt.plus(Correlations.OFFER_WINDOW))) {
                late++;
            }
        }
        assertThat(late).as("some offers come after 72 hours").isPositive();
        assertThat(plan.casesLeftWithNoOffer()).as("some cases get neither offer nor decision").isPositive();
    }

    @Test
    void anEnquiryFollowsItsNotificationAndAReviewItsCompletion() {
        for (List<SourceStep> story : stories().values()) {
            SourceStep first = story.get(0);
            if (first.kind() == SourceStepKind.NOTIFICATION) {
                LocalDate notified = (LocalDate) map(first.body()).get("date");
                for (SourceStep step : story) {
                    if (step.kind() == SourceStepKind.ENQUIRY) {
                        assertThat((LocalDate) map(step.body()).get("madeOn")).isAfter(notified);
                    }
                }
                assertThat(story.subList(0, story.size() - 1)).noneMatch(s -> s.kind() == SourceStepKind.REMOVAL);
            }
            if (first.kind() == SourceStepKind.ASSESSMENT) {
                Map<String, Object> completion = map(first.body());
                assertThat(completion).doesNotContainKey("score");
                Instant completedAt = (Instant) completion.get("completedAt");
                assertThat(story).allSatisfy(step -> assertThat(step.at()).isAfterOrEqualTo(completedAt));
                assertThat(dates(completion)).allSatisfy(seenOn ->
                        assertThat(seenOn).isBeforeOrEqualTo(completedAt.atZone(City.ZONE).toLocalDate()));
            }
        }
    }

    @Test
    void theDefaultCityTellsEveryStory() {
        StoryCounts stories = plan.stories();

        assertThat(stories.repeatMissingCmeDisclosure()).isGreaterThanOrEqualTo(10);
        assertThat(stories.disclosureAssessedModerateOrSignificant()).isGreaterThanOrEqualTo(4);
        assertThat(stories.missingWithExploitationRisk()).isGreaterThanOrEqualTo(4);
        assertThat(stories.screeningGap()).isGreaterThanOrEqualTo(10);
        assertThat(stories.assessmentReviewOverdue()).isGreaterThanOrEqualTo(2);
        assertThat(stories.cmeEnquiryStalled()).isGreaterThanOrEqualTo(5);
        assertThat(stories.missingAndCme()).isGreaterThanOrEqualTo(10);
        assertThat(stories.rhiOverdue()).isGreaterThanOrEqualTo(20);
        assertThat(stories.needToKnow()).isGreaterThanOrEqualTo(50);
        assertThat(stories.sharedAssociate()).isGreaterThanOrEqualTo(10);
        assertThat(stories.sharedLocation()).isGreaterThanOrEqualTo(10);
        assertThat(stories.nameVariations()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theDisclosingChildrenRepeatMissedWereOnTheRegisterAndShareTheirAdult() {
        Map<String, Set<String>> childrenByPhone = new TreeMap<>();
        int told = 0;
        for (SourceStep step : plan.steps()) {
            if (step.kind() != SourceStepKind.INTERVIEW
                    || !list(body(step).get("exploitationIndicators")).contains("DISCLOSURE_OF_EXPLOITATION")
                    || body(step).get("disclosures") == null) {
                continue;
            }
            told++;
            String child = step.childKey();
            Map<String, Object> adult = map(list(body(step).get("associates")).get(0));
            assertThat(adult.get("phone")).isNotNull();
            childrenByPhone.computeIfAbsent((String) adult.get("phone"), k -> new HashSet<>()).add(child);
            List<Instant> reported = city.history().stream().filter(e -> e.child().key().equals(child))
                    .map(EpisodeStory::reportedAt).filter(at -> at.isBefore(step.at())).sorted().toList();
            assertThat(reported.size()).isGreaterThanOrEqualTo(3);
            assertThat(plan.steps()).anySatisfy(other -> {
                assertThat(other.childKey()).isEqualTo(child);
                assertThat(other.kind()).isEqualTo(SourceStepKind.NOTIFICATION);
                assertThat(other.at()).isBefore(step.at());
            });
            assertThat(plan.steps()).anySatisfy(other -> {
                assertThat(other.childKey()).isEqualTo(child);
                assertThat(other.kind()).isEqualTo(SourceStepKind.CONCERN);
                assertThat(other.at()).isAfter(step.at());
            });
            assertThat(city.history()).anySatisfy(later -> {
                assertThat(later.child().key()).isEqualTo(child);
                assertThat(later.reportedAt()).isAfter(step.at());
            });
        }
        assertThat(told).isEqualTo(plan.stories().repeatMissingCmeDisclosure());
        assertThat(childrenByPhone.values()).anySatisfy(sharing -> assertThat(sharing).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void eachSourceSendsTheIdentifiersItKnowsAndTheyAgreeWithTheChild() {
        int varied = 0;
        for (SourceStep step : plan.steps()) {
            Map<String, Object> subject = switch (step.kind()) {
                case NOTIFICATION -> map(body(step).get("pupil"));
                case CONCERN, ASSESSMENT -> map(body(step).get("subject"));
                default -> null;
            };
            if (subject == null) {
                continue;
            }
            Child child = children.get(step.childKey());
            if (step.kind() == SourceStepKind.NOTIFICATION) {
                assertThat(subject.get("upn")).isEqualTo(child.upn());
                assertThat(subject).doesNotContainKeys("localAuthorityPersonId", "nhsNumber", "policePersonId");
            }
            if (step.kind() == SourceStepKind.ASSESSMENT) {
                assertThat(subject.get("localAuthorityPersonId")).isEqualTo(child.localAuthorityPersonId());
                assertThat(subject.get("nhsNumber")).isEqualTo(child.nhsNumber());
                assertThat(subject.get("givenName")).isEqualTo(child.givenName());
            }
            for (String id : List.of("localAuthorityPersonId", "nhsNumber", "upn", "policePersonId")) {
                if (subject.containsKey(id)) {
                    assertThat(subject.get(id)).isIn(child.localAuthorityPersonId(), child.nhsNumber(), child.upn(),
                            child.policePersonId());
                }
            }
            if (!child.givenName().equals(subject.get("givenName")) || !child.familyName().equals(subject.get("familyName"))) {
                varied++;
            }
        }
        assertThat(varied).as("nicknames and typos for identity resolution").isGreaterThanOrEqualTo(5);
    }

    @Test
    void theChildsEthnicityIsSentWhereTheSourceKnowsItAndAnAssessmentNamesTheChildsWorkerAndTeam() {
        Set<String> teams = new HashSet<>();
        for (SourceStep step : plan.steps()) {
            Child child = children.get(step.childKey());
            Map<String, Object> subject = switch (step.kind()) {
                case NOTIFICATION -> map(body(step).get("pupil"));
                case CONCERN, ASSESSMENT -> map(body(step).get("subject"));
                default -> null;
            };
            if (subject != null && subject.containsKey("ethnicity")) {
                assertThat(subject.get("ethnicity")).isEqualTo(child.ethnicity());
            }
            if (step.kind() == SourceStepKind.NOTIFICATION || step.kind() == SourceStepKind.ASSESSMENT) {
                assertThat(subject).containsKey("ethnicity");
            }
            if (step.kind() == SourceStepKind.ASSESSMENT || step.kind() == SourceStepKind.REVIEW) {
                Map<String, Object> worker = map(body(step).get("allocatedWorker"));
                assertThat(worker.get("team")).isEqualTo(child.allocatedWhenAssessed().team());
                assertThat(worker.get("name")).isEqualTo(child.allocatedWhenAssessed().name());
                teams.add((String) worker.get("team"));
            } else {
                assertThat(body(step)).doesNotContainKey("allocatedWorker");
            }
        }
        assertThat(teams).as("assessed children's teams").contains(Teams.EXPLOITATION_AND_MISSING).hasSizeGreaterThan(2);
    }

    private static final List<String> INDICATORS_LIST = Correlations.INDICATORS;

    private static Map<String, Object> body(SourceStep step) {
        return map(step.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static Map<String, List<SourceStep>> stories() {
        Map<String, List<SourceStep>> stories = new HashMap<>();
        for (SourceStep step : plan.steps()) {
            stories.computeIfAbsent(step.storyKey(), k -> new ArrayList<>()).add(step);
        }
        stories.values().forEach(story -> story.sort(Comparator.comparingInt(SourceStep::order)));
        return stories;
    }

    /** Every date anywhere in a body. */
    private static List<LocalDate> dates(Object value) {
        List<LocalDate> dates = new ArrayList<>();
        if (value instanceof LocalDate date) {
            dates.add(date);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                if (!"dateOfBirth".equals(key)) {
                    dates.addAll(dates(inner));
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(inner -> dates.addAll(dates(inner)));
        }
        return dates;
    }

    private static String json(SourcePlan sources) {
        return Json.mapper().writeValueAsString(sources);
    }
}
