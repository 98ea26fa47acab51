package uk.lantern.simulator.city;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes what the return-interview, CME register and exploitation-risk services receive for a plan
 * of episodes, so that the four sources tell correlated stories: repeat missing, then a school
 * roll, then a disclosure of an adult, then a concern and an assessment, then missing again.
 * Pure and seeded: its own random stream, so the episodes of a seed are unchanged.
 */
final class Correlations {

    static final Duration OFFER_WINDOW = Duration.ofHours(72);
    static final int REPEAT_EPISODES = 3;
    static final Duration REPEAT_WINDOW = Duration.ofDays(90);
    static final int STALLED_SCHOOL_DAYS = 20;
    static final Period REVIEW_INTERVAL = Period.ofMonths(3);
    static final double ALTERNATIVE_PROVISION_MINIMUM_HOURS = 25;

    /** The shared list in shared-schemas (ExploitationIndicator), copied as names: no dependency on it. */
    static final List<String> INDICATORS = List.of(
            "GOING_MISSING", "UNEXPLAINED_MONEY_OR_GIFTS", "MULTIPLE_PHONES_OR_SIM_CARDS",
            "OLDER_BOYFRIEND_OR_GIRLFRIEND", "ASSOCIATING_WITH_OLDER_ADULTS", "ASSOCIATING_WITH_EXPLOITED_PEERS",
            "GANG_ASSOCIATION", "ENTERING_OR_LEAVING_VEHICLES_WITH_UNKNOWN_ADULTS", "FOUND_OUT_OF_AREA",
            "FOUND_IN_A_KNOWN_HOTSPOT", "HOTEL_OR_PARTY_ATTENDANCE", "SUBSTANCE_MISUSE", "CARRYING_OR_DEALING_DRUGS",
            "CARRYING_WEAPONS", "UNEXPLAINED_INJURIES", "SEXUALLY_TRANSMITTED_INFECTION_OR_PREGNANCY", "SELF_HARM",
            "INAPPROPRIATE_ONLINE_CONTACT", "DISENGAGEMENT_FROM_EDUCATION", "SUDDEN_CHANGE_IN_BEHAVIOUR",
            "DISCLOSURE_OF_EXPLOITATION");
    private static final List<String> VULNERABILITIES = List.of("HISTORY_OF_ABUSE", "LEARNING_DISABILITY",
            "MENTAL_HEALTH", "SUBSTANCE_MISUSE_IN_FAMILY", "DOMESTIC_ABUSE_IN_FAMILY", "ISOLATED_FROM_FAMILY_OR_FRIENDS");
    private static final Weights<String> PUSH_AT_HOME = Weights.of("CONFLICT_AT_HOME", 30)
            .and("RULES_AND_BOUNDARIES", 20).and("DOMESTIC_ABUSE_AT_HOME", 6).and("NEGLECT_OR_ABUSE", 4)
            .and("BULLYING", 6).and("BEREAVEMENT_OR_LOSS", 4).and("MENTAL_HEALTH", 8).and("BOREDOM", 12)
            .and("OTHER", 3);
    private static final Weights<String> PUSH_IN_CARE = Weights.of("UNHAPPY_WITH_PLACEMENT", 28)
            .and("CONFLICT_IN_PLACEMENT", 22).and("RULES_AND_BOUNDARIES", 18).and("BEREAVEMENT_OR_LOSS", 5)
            .and("MENTAL_HEALTH", 8).and("BOREDOM", 10).and("BULLYING", 3).and("OTHER", 3);
    private static final Weights<String> PULL = Weights.of("FRIENDS", 35).and("FAMILY", 14)
            .and("BOYFRIEND_OR_GIRLFRIEND", 14).and("PARTY", 9).and("DRUGS_OR_ALCOHOL", 8).and("ONLINE_CONTACT", 5)
            .and("MONEY_OR_GIFTS", 3).and("GANG", 3).and("OTHER", 3);
    private static final Weights<String> OFFER_METHODS = Weights.of("IN_PERSON", 45).and("PHONE", 40)
            .and("LETTER", 12).and("OTHER", 3);
    private static final List<String> NOT_OFFERED_REASONS = List.of(
            "Placed out of area: the host authority's provider offers the interview",
            "Away for under an hour with whereabouts known; agreed with the social worker that no interview is needed",
            "Already seen the next day by the youth worker the child trusts, who will report back",
            "Moved to another authority the day after returning; referred to that authority");
    private static final List<String> CHILDS_WORDS = List.of(
            "I just needed to get out for a bit", "Everyone was on at me", "I was with my mates, nothing happened",
            "I don't like it there", "They said I could stay at theirs", "I lost track of time");
    private static final Weights<String> CHECKS = Weights.of("SCHOOL_CONTACT", 30).and("HOME_VISIT", 25)
            .and("HEALTH", 10).and("POLICE", 8).and("NATIONAL_DATA", 17).and("OTHER", 10);
    private static final Weights<String> REMOVALS = Weights.of("ON_ROLL_ELSEWHERE", 55)
            .and("ELECTIVE_HOME_EDUCATION", 20).and("CONFIRMED_LEFT_THE_COUNTRY", 15).and("OTHER", 10);
    private static final List<Double> PROVISION_HOURS = List.of(10.0, 12.5, 15.0, 20.0, 22.5, 25.0, 27.5, 30.0);
    private static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("Oliver", "Ollie"), Map.entry("Thomas", "Tom"), Map.entry("Jessica", "Jess"),
            Map.entry("Isabella", "Bella"), Map.entry("Joshua", "Josh"), Map.entry("Jacob", "Jake"),
            Map.entry("Freddie", "Fred"), Map.entry("Alfie", "Alf"), Map.entry("Mohammed", "Muhammad"),
            Map.entry("Hannah", "Hanna"), Map.entry("Olivia", "Liv"), Map.entry("Megan", "Meg"),
            Map.entry("Charlie", "Charles"), Map.entry("Callum", "Cal"), Map.entry("Sophia", "Sofia"),
            Map.entry("Amelia", "Millie"), Map.entry("Eliza", "Elizabeth"), Map.entry("Lewis", "Louis"),
            Map.entry("Jakub", "Kuba"), Map.entry("Dawid", "David"), Map.entry("Nikola", "Nicola"),
            Map.entry("Kacper", "Casper"), Map.entry("Tyler", "Ty"), Map.entry("Archie", "Arch"),
            Map.entry("Maryam", "Mariam"), Map.entry("Zara", "Sara"), Map.entry("Ethan", "Eth"));
    private static final List<School> SCHOOLS = List.of(
            new School("136542", "Ken Stimpson Community School"), new School("137201", "Jack Hunt School"),
            new School("136874", "Arthur Mellows Village College"), new School("137990", "Thomas Deacon Academy"),
            new School("138402", "Nene Park Academy"), new School("139005", "Queen Katharine Academy"),
            new School("136155", "Stanground Academy"), new School("140213", "Hampton College"),
            new School("141870", "Voyager Academy"), new School("142334", "Orton Academy"),
            new School("110876", "Werrington Primary School"), new School("110512", "Dogsthorpe Academy"));
    /** Where the children of the exploitation stories say they were taken: the same two places. */
    private static final List<Place> STORY_PLACES = List.of(
            place("Takeaway, Lincoln Road"), place("Budget hotel, Bourges Boulevard"));

    private record School(String urn, String name) {
    }

    private record Spell(LocalDate from, LocalDate removedOn, LocalDate lastActivity) {
    }

    private record Assessed(Instant completedAt, int category, Instant lastAssessedAt, Instant closedAt) {
    }

    private final City city;
    private final long seed;
    private final Instant limit;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Cast cast;
    private final List<SourceStep> steps = new ArrayList<>();
    private final Map<String, List<EpisodeStory>> episodesByChild = new TreeMap<>();
    private final Set<String> returned = new HashSet<>();
    private final Map<String, Integer> stepsInStory = new HashMap<>();
    private final Map<String, Instant> firstResponseByEpisode = new HashMap<>();
    private final Map<String, Set<String>> childrenByAdult = new TreeMap<>();
    private final Map<String, Set<String>> childrenByHotspot = new TreeMap<>();
    private final Map<String, Spell> spellByChild = new HashMap<>();
    private final Map<String, List<Instant>> concernsByChild = new HashMap<>();
    private final Map<String, Assessed> assessedByChild = new HashMap<>();
    private final Set<String> nameVaried = new TreeSet<>();
    private final List<Professional> homeWorkers = new ArrayList<>();
    private final List<Professional> careWorkers = new ArrayList<>();
    private final List<Professional> cmeOfficers = new ArrayList<>();
    private final List<Professional> socialWorkers = new ArrayList<>();
    private int casesLeftWithNoOffer;
    private int storyChildren;
    private int storyAssessed;

    private Correlations(City city, Plan plan) {
        this.city = city;
        this.seed = city.settings().seed();
        Instant end = city.settings().historyEnd();
        this.limit = end.minus(Duration.ofMinutes(1));
        this.lastDay = end.atZone(City.ZONE).toLocalDate().minusDays(1);
        this.firstDay = end.atZone(City.ZONE).toLocalDate().minusDays(city.settings().historyDays());
        this.cast = city.cast();
        for (Step step : plan.due()) {
            if (step.kind() == StepKind.REPORT) {
                episodesByChild.computeIfAbsent(step.story().child().key(), k -> new ArrayList<>()).add(step.story());
            } else if (step.kind() == StepKind.RETURN) {
                returned.add(step.story().key());
            }
        }
    }

    static SourcePlan plan(City city, Plan plan) {
        return new Correlations(city, plan).write();
    }

    private SourcePlan write() {
        Pick root = new Pick(new SplittableRandom(seed * 7_919 + 104_729));
        Pick staff = root.split();
        for (int i = 0; i < 4; i++) {
            homeWorkers.add(new Professional(Names.fullName(staff), "Return interview worker", "Home Returns Service"));
            careWorkers.add(new Professional(Names.fullName(staff), "Return interview worker", "Care Returns Service"));
            cmeOfficers.add(new Professional(Names.fullName(staff), "Children missing education officer",
                    "Peterborough City Council"));
            socialWorkers.add(new Professional(Names.fullName(staff), "Social worker", "Peterborough City Council"));
        }
        Pick storyRoot = root.split();
        Pick interviewRoot = root.split();
        Pick cmeRoot = root.split();
        Pick cseRoot = root.split();

        Map<String, EpisodeStory> disclosures = exploitationStories(storyRoot);
        for (Child child : city.children()) {
            Pick pick = interviewRoot.split();
            for (EpisodeStory episode : episodesByChild.getOrDefault(child.key(), List.of())) {
                if (returned.contains(episode.key()) && !disclosures.containsValue(episode)) {
                    interview(episode, pick);
                }
            }
        }
        for (Child child : city.children()) {
            Pick pick = cmeRoot.split();
            if (!disclosures.containsKey(child.key())) {
                cme(child, pick);
            }
        }
        for (Child child : city.children()) {
            Pick pick = cseRoot.split();
            if (!disclosures.containsKey(child.key())) {
                cse(child, pick);
            }
        }
        renumberInTimeOrder();
        steps.sort(SourceStep.CHRONOLOGICAL);
        return new SourcePlan(steps, (int) episodesByChild.values().stream().flatMap(List::stream)
                .filter(episode -> returned.contains(episode.key())).count(), casesLeftWithNoOffer, counts());
    }

    // ---------------------------------------------------------------- the exploitation story

    /** @return the disclosure episode of each child chosen for the story */
    private Map<String, EpisodeStory> exploitationStories(Pick root) {
        List<EpisodeStory[]> candidates = new ArrayList<>();
        for (Child child : city.children()) {
            EpisodeStory[] found = storyEpisodes(child);
            if (found != null) {
                candidates.add(found);
            }
        }
        int wanted = Math.min(candidates.size(), Math.max(2, city.children().size() / 30));
        Set<Integer> chosen = root.choose(wanted, candidates.size());
        List<Associate> adults = cast.recurringAdults().stream()
                .filter(adult -> adult.phone() != null && adult.vehicleRegistration() != null)
                .limit(3)
                .toList();
        if (adults.isEmpty()) {
            adults = cast.recurringAdults().subList(0, 1);
        }
        Map<String, EpisodeStory> disclosures = new TreeMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Pick pick = root.split();
            if (chosen.contains(i + 1)) {
                EpisodeStory[] story = candidates.get(i);
                exploitationStory(story[0], story[1], story[2], pick.oneOf(adults), pick);
                disclosures.put(story[1].child().key(), story[1]);
            }
        }
        return disclosures;
    }

    /**
     * The first of three episodes within 90 days, the third of them (returned, the disclosure), and a
     * later episode at least three weeks after its return; null when the child has none.
     */
    private EpisodeStory[] storyEpisodes(Child child) {
        List<EpisodeStory> episodes = episodesByChild.getOrDefault(child.key(), List.of());
        for (int k = REPEAT_EPISODES - 1; k < episodes.size(); k++) {
            EpisodeStory first = episodes.get(k - REPEAT_EPISODES + 1);
            EpisodeStory disclosure = episodes.get(k);
            if (Duration.between(first.reportedAt(), disclosure.reportedAt()).compareTo(REPEAT_WINDOW) > 0
                    || !returned.contains(disclosure.key())
                    || Duration.between(first.reportedAt(), disclosure.reportedAt()).toDays() < 10) {
                continue;
            }
            int age = ageOn(child, disclosure.reportedAt().atZone(City.ZONE).toLocalDate());
            if (age < 10 || age > 15) {
                continue;
            }
            Instant later = disclosure.returned().returnedAt().plus(Duration.ofDays(21));
            for (int m = k + 1; m < episodes.size(); m++) {
                if (!episodes.get(m).reportedAt().isBefore(later)) {
                    return new EpisodeStory[] {first, disclosure, episodes.get(m)};
                }
            }
        }
        return null;
    }

    private void exploitationStory(EpisodeStory first, EpisodeStory disclosure, EpisodeStory again, Associate adult,
                                   Pick pick) {
        Child child = disclosure.child();
        storyChildren++;
        // Drops off the school roll between the first episode and the disclosure
        LocalDate firstDate = first.reportedAt().atZone(City.ZONE).toLocalDate();
        LocalDate disclosureDate = disclosure.reportedAt().atZone(City.ZONE).toLocalDate();
        long span = ChronoUnit.DAYS.between(firstDate, disclosureDate);
        LocalDate notified = weekdayOnOrBefore(firstDate.plusDays(1 + pick.between(0, (int) Math.max(0, span - 3))));
        if (notified.isBefore(firstDay.plusDays(1))) {
            notified = firstDay.plusDays(1);
        }
        String entry = storyKey(child, "cme1");
        School school = pick.oneOf(SCHOOLS);
        notification(entry, child, school, pick.chance(0.5) ? "DELETED_FROM_ROLL" : "TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE",
                "CONTINUOUS_ABSENCE_20_DAYS", notified, pick);
        LocalDate enquiry = notified.plusDays(pick.between(2, 6));
        enquiry(entry, child, enquiry, "SCHOOL_CONTACT", false, "School has had no contact since the deletion", pick);
        LocalDate lastActivity = enquiry;
        if (pick.chance(0.6)) {
            lastActivity = enquiry.plusDays(pick.between(7, 15));
            if (!lastActivity.isAfter(lastDay)) {
                enquiry(entry, child, lastActivity, "HOME_VISIT", true, "Seen at home; says they will not go back to school", pick);
            } else {
                lastActivity = enquiry;
            }
        }
        spellByChild.put(child.key(), new Spell(notified, null, lastActivity));

        // Discloses an adult in the return interview of the disclosure episode
        Place place = pick.oneOf(STORY_PLACES);
        String key = disclosure.key() + "-rhi";
        Instant returnedAt = disclosure.returned().returnedAt();
        Instant offeredAt = returnedAt.plus(Duration.ofMinutes(pick.between(120, 48 * 60)));
        Professional worker = worker(disclosure, pick);
        offer(key, disclosure, offeredAt, worker, pick);
        Instant acceptedAt = offeredAt.plus(Duration.ofMinutes(pick.between(10, 24 * 60)));
        add(SourceStepKind.ANSWER, acceptedAt, child, key, disclosure.key(),
                body("outcome", "ACCEPTED", "at", acceptedAt, "by", "CHILD"));
        LocalDate completedOn = local(acceptedAt).plusDays(pick.between(1, 3));
        Instant interviewAt = afterOrAt(acceptedAt, completedOn, 16);
        List<String> indicators = new ArrayList<>(List.of("DISCLOSURE_OF_EXPLOITATION", "ASSOCIATING_WITH_OLDER_ADULTS",
                "GOING_MISSING", "FOUND_IN_A_KNOWN_HOTSPOT"));
        if (adult.vehicleRegistration() != null) {
            indicators.add("ENTERING_OR_LEAVING_VEHICLES_WITH_UNKNOWN_ADULTS");
        }
        if (pick.chance(0.5)) {
            indicators.add(pick.chance(0.5) ? "UNEXPLAINED_MONEY_OR_GIFTS" : "MULTIPLE_PHONES_OR_SIM_CARDS");
        }
        String firstName = adult.name().split(" ")[0];
        add(SourceStepKind.INTERVIEW, interviewAt, child, key, disclosure.key(), body(
                "completedAt", interviewAt,
                "interviewer", professional(worker),
                "pushFactors", List.of(child.lookedAfter() ? "UNHAPPY_WITH_PLACEMENT" : "CONFLICT_AT_HOME"),
                "pullFactors", List.of("ADULT_ASSOCIATE", "MONEY_OR_GIFTS"),
                "factorsInChildsWords", firstName + " looks after me, he gives me stuff",
                "whereabouts", body("placeName", place.name(), "postcode", place.postcode()),
                "associates", List.of(associate(adult)),
                "disclosures", "Said an adult called " + firstName + " picks them up in his car"
                        + (adult.vehicleRegistration() != null ? " (" + adult.vehicleRegistration() + ")" : "")
                        + ", takes them to the " + place.name() + " and gives them cannabis, money and a phone; "
                        + "messages them on " + adult.phone(),
                "exploitationIndicators", indicators));
        seenWith(child, adult, place.name());
        Instant caseClosedAt = interviewAt.plus(Duration.ofHours(pick.between(20, 72)));
        add(SourceStepKind.CASE_CLOSURE, caseClosedAt, child, key, disclosure.key(),
                body("closedAt", caseClosedAt, "closedBy", professional(worker)));

        // A concern from the provider, and for some one from the police
        Instant observedAt = interviewAt.plus(Duration.ofMinutes(pick.between(30, 240)));
        concern(child, 1, "DISCLOSURE_OF_EXPLOITATION", observedAt, "RETURN_INTERVIEW_PROVIDER", worker,
                "Disclosed in a return interview that an adult (" + adult.phone() + ") gives them drugs and money",
                socialCareSubject(child), pick);
        Instant lastConcern = observedAt;
        if (pick.chance(0.6)) {
            lastConcern = observedAt.plus(Duration.ofHours(pick.between(24, 120)));
            concern(child, 2, "ASSOCIATING_WITH_OLDER_ADULTS", lastConcern, "POLICE", cast.officer(pick),
                    "Seen getting into " + (adult.vehicleRegistration() != null ? adult.vehicleRegistration() : "a car")
                            + " with an adult known to police near the " + place.name(),
                    policeSubject(child, pick), pick);
        }

        // For some, an assessment at category 3 or 4 before the next episode
        if (pick.chance(0.65)) {
            Instant completedAt = dayAt(local(lastConcern).plusDays(pick.between(2, 6)), pick.between(10, 16));
            LocalDate completed = local(completedAt);
            List<Object> vulnerabilities = new ArrayList<>();
            int score = 0;
            if (child.lookedAfter()) {
                vulnerabilities.add(body("vulnerability", "LOOKED_AFTER", "seenOn", firstDay));
                score += 1;
            }
            vulnerabilities.add(body("vulnerability", "EXCLUDED_OR_NOT_IN_EDUCATION", "seenOn", notified));
            score += 1;
            List<Object> seen = new ArrayList<>();
            seen.add(body("indicator", "GOING_MISSING", "grade", "SIGNIFICANT", "seenOn", local(disclosure.reportedAt())));
            seen.add(body("indicator", "DISCLOSURE_OF_EXPLOITATION", "grade", "SIGNIFICANT", "seenOn", completedOn));
            score += 8;
            boolean significant = pick.chance(0.5);
            seen.add(body("indicator", "ASSOCIATING_WITH_OLDER_ADULTS", "grade", significant ? "SIGNIFICANT" : "MODERATE",
                    "seenOn", local(lastConcern)));
            score += significant ? 4 : 2;
            if (adult.vehicleRegistration() != null && pick.chance(0.5)) {
                seen.add(body("indicator", "ENTERING_OR_LEAVING_VEHICLES_WITH_UNKNOWN_ADULTS", "grade", "SIGNIFICANT",
                        "seenOn", local(lastConcern)));
                score += 4;
            }
            if (!completed.isBefore(local(again.reportedAt()))) {
                throw new IllegalStateException("story assessment after the next episode: " + again.key());
            }
            assessment(child, completedAt, pick.chance(0.6) ? "SEXUAL" : "BOTH", vulnerabilities, seen, score,
                    pick.chance(0.3), false, pick);
            storyAssessed++;
        }

        // ... and the later episodes are interviewed as usual
        for (EpisodeStory episode : episodesByChild.get(child.key())) {
            if (episode.reportedAt().isAfter(disclosure.reportedAt()) && returned.contains(episode.key())) {
                interview(episode, pick);
            }
        }
    }

    // ---------------------------------------------------------------- return interviews

    private void interview(EpisodeStory episode, Pick pick) {
        if (firstResponseByEpisode.containsKey(episode.key()) || seenInterview.contains(episode.key())) {
            return;
        }
        seenInterview.add(episode.key());
        Child child = episode.child();
        String key = episode.key() + "-rhi";
        Instant returnedAt = episode.returned().returnedAt();
        Professional worker = worker(episode, pick);
        double draw = pick.between(0.0, 1.0);
        if (draw < 0.06) {
            casesLeftWithNoOffer++;
            return;
        }
        if (draw < 0.14) {
            Instant decidedAt = returnedAt.plus(Duration.ofMinutes(pick.between(60, 48 * 60)));
            if (decidedAt.isAfter(limit)) {
                casesLeftWithNoOffer++;
                return;
            }
            firstResponseByEpisode.put(episode.key(), decidedAt);
            add(SourceStepKind.NOT_OFFERED, decidedAt, child, key, episode.key(), body(
                    "reason", pick.oneOf(NOT_OFFERED_REASONS), "decidedBy", professional(worker), "decidedAt", decidedAt));
            closeCase(key, episode, decidedAt, worker, pick);
            return;
        }
        long minutes = pick.chance(0.8) ? pick.between(90, 70 * 60) : pick.between(73 * 60, 10 * 24 * 60);
        Instant offeredAt = returnedAt.plus(Duration.ofMinutes(minutes));
        if (offeredAt.isAfter(limit)) {
            casesLeftWithNoOffer++;
            return;
        }
        offer(key, episode, offeredAt, worker, pick);
        if (pick.chance(0.1)) {
            return;
        }
        Instant answeredAt = offeredAt.plus(Duration.ofMinutes(pick.between(5, 48 * 60)));
        if (answeredAt.isAfter(limit)) {
            return;
        }
        if (pick.chance(0.22)) {
            add(SourceStepKind.ANSWER, answeredAt, child, key, episode.key(), body("outcome", "DECLINED",
                    "at", answeredAt, "by", pick.chance(0.65) ? "CHILD" : "PARENT_OR_CARER"));
            if (pick.chance(0.8)) {
                closeCase(key, episode, answeredAt, worker, pick);
            }
            return;
        }
        add(SourceStepKind.ANSWER, answeredAt, child, key, episode.key(),
                body("outcome", "ACCEPTED", "at", answeredAt, "by", "CHILD"));
        if (!pick.chance(0.85)) {
            return;
        }
        LocalDate completedOn = local(answeredAt).plusDays(pick.between(0, 6));
        Instant interviewAt = afterOrAt(answeredAt, completedOn, 16);
        if (completedOn.isAfter(lastDay) || interviewAt.isAfter(limit)) {
            return;
        }
        add(SourceStepKind.INTERVIEW, interviewAt, child, key, episode.key(), interviewBody(episode, worker,
                interviewAt, pick));
        if (pick.chance(0.85)) {
            closeCase(key, episode, interviewAt, worker, pick);
        }
    }

    private final Set<String> seenInterview = new HashSet<>();

    private Map<String, Object> interviewBody(EpisodeStory episode, Professional worker, Instant interviewAt,
                                              Pick pick) {
        Child child = episode.child();
        Return returned = episode.returned();
        List<String> push = distinct((child.lookedAfter() ? PUSH_IN_CARE : PUSH_AT_HOME).draw(pick),
                pick.chance(0.3) ? (child.lookedAfter() ? PUSH_IN_CARE : PUSH_AT_HOME).draw(pick) : null);
        List<Associate> associates = new ArrayList<>(returned.associates());
        if (associates.isEmpty() && child.missingEpisodesPerYear() >= 6 && pick.chance(0.15)) {
            associates.add(cast.recurringAdult(pick));
        }
        boolean adult = associates.stream().anyMatch(cast.recurringAdults()::contains);
        List<String> pull = distinct(adult ? "ADULT_ASSOCIATE" : PULL.draw(pick), pick.chance(0.3) ? PULL.draw(pick) : null);
        Location location = returned.location();
        Place where = null;
        if (location.latitude() != null) {
            where = place(location.placeName());
        } else if (pick.chance(0.4)) {
            where = Gazetteer.anyPlace(pick);
        }
        List<String> indicators = new ArrayList<>();
        if (episodesByChild.get(child.key()).size() >= REPEAT_EPISODES) {
            indicators.add("GOING_MISSING");
        }
        if (adult) {
            indicators.add("ASSOCIATING_WITH_OLDER_ADULTS");
        }
        if (where != null && where.hotspot()) {
            indicators.add("FOUND_IN_A_KNOWN_HOTSPOT");
        }
        if (pull.contains("DRUGS_OR_ALCOHOL") || pick.chance(0.05)) {
            indicators.add("SUBSTANCE_MISUSE");
        }
        if (pick.chance(0.03)) {
            indicators.add(pick.oneOf(INDICATORS.subList(0, INDICATORS.size() - 1)));
        }
        for (Associate associate : associates) {
            seenWith(child, associate, null);
        }
        if (where != null) {
            seenWith(child, null, where.name());
        }
        return body(
                "completedAt", interviewAt,
                "interviewer", professional(worker),
                "pushFactors", push,
                "pullFactors", pull,
                "factorsInChildsWords", pick.chance(0.7) ? pick.oneOf(CHILDS_WORDS) : null,
                "whereabouts", where == null ? null : body("placeName", where.name(), "postcode", where.postcode()),
                "associates", associates.stream().map(Correlations::associate).toList(),
                "disclosures", adult && pick.chance(0.3) ? "Said an older friend lets them stay and gives them cannabis" : null,
                "exploitationIndicators", indicators.stream().distinct().toList());
    }

    private void offer(String key, EpisodeStory episode, Instant offeredAt, Professional worker, Pick pick) {
        firstResponseByEpisode.put(episode.key(), offeredAt);
        seenInterview.add(episode.key());
        add(SourceStepKind.OFFER, offeredAt, episode.child(), key, episode.key(), body(
                "offeredAt", offeredAt, "offeredBy", professional(worker), "method", OFFER_METHODS.draw(pick)));
    }

    private void closeCase(String key, EpisodeStory episode, Instant after, Professional worker, Pick pick) {
        Instant closedAt = after.plus(Duration.ofHours(pick.between(2, 5 * 24)));
        if (!closedAt.isAfter(limit)) {
            add(SourceStepKind.CASE_CLOSURE, closedAt, episode.child(), key, episode.key(),
                    body("closedAt", closedAt, "closedBy", professional(worker)));
        }
    }

    private Professional worker(EpisodeStory episode, Pick pick) {
        return pick.oneOf(episode.child().lookedAfter() ? careWorkers : homeWorkers);
    }

    // ---------------------------------------------------------------- children missing education

    private void cme(Child child, Pick pick) {
        List<EpisodeStory> episodes = episodesByChild.getOrDefault(child.key(), List.of());
        boolean beforeAnEpisode = !episodes.isEmpty() && pick.chance(0.4);
        double chance = 0.14 + (child.missingEpisodesPerYear() >= 3 ? 0.10 : 0);
        if (!pick.chance(chance)) {
            return;
        }
        LocalDate notified;
        LocalDate notBefore = null;
        if (beforeAnEpisode) {
            LocalDate episodeOn = local(pick.oneOf(episodes).reportedAt());
            notified = weekdayOnOrBefore(episodeOn.minusDays(pick.between(3, 45)));
            notBefore = episodeOn.plusDays(1);
        } else {
            notified = weekdayOnOrBefore(firstDay.plusDays(pick.between(1, (int) ChronoUnit.DAYS.between(firstDay, lastDay))));
        }
        int age = ageOn(child, notified);
        if (notified.isBefore(firstDay.plusDays(1)) || age < 5 || age > 15) {
            return;
        }
        String entry = storyKey(child, "cme1");
        String ground = Weights.of("DELETED_FROM_ROLL", 45).and("TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE", 30)
                .and("DID_NOT_START_AT_ALLOCATED_SCHOOL", 12).and("LEFT_NO_KNOWN_DESTINATION", 13).draw(pick);
        String deletionGround = Weights.of("MOVED_AWAY_NO_KNOWN_SCHOOL", 40).and("CONTINUOUS_ABSENCE_20_DAYS", 25)
                .and("EDUCATED_OTHERWISE_THAN_AT_SCHOOL", 15).and("LEFT_THE_COUNTRY", 10).and("OTHER", 10).draw(pick);
        notification(entry, child, pick.oneOf(SCHOOLS), ground, deletionGround, notified, pick);
        boolean stalled = pick.chance(0.2);
        boolean removed = !stalled && pick.chance(0.55);
        List<LocalDate> enquiries = new ArrayList<>();
        LocalDate next = notified.plusDays(pick.between(1, 7));
        int most = stalled ? pick.between(0, 1) : removed ? pick.between(1, 4) : Integer.MAX_VALUE;
        while (enquiries.size() < most && !next.isAfter(lastDay)) {
            enquiries.add(next);
            next = next.plusDays(pick.between(7, 20));
        }
        LocalDate removedOn = null;
        if (removed && !enquiries.isEmpty()) {
            LocalDate candidate = enquiries.get(enquiries.size() - 1).plusDays(pick.between(2, 15));
            if (notBefore != null && candidate.isBefore(notBefore)) {
                candidate = notBefore;
            }
            if (!candidate.isAfter(lastDay)) {
                removedOn = candidate;
            }
        }
        for (int i = 0; i < enquiries.size(); i++) {
            boolean found = removedOn != null && i == enquiries.size() - 1 || pick.chance(0.25);
            enquiry(entry, child, enquiries.get(i), CHECKS.draw(pick), found,
                    found ? "Whereabouts confirmed" : "No trace yet", pick);
        }
        if (pick.chance(0.15)) {
            LocalDate started = notified.plusDays(pick.between(5, 30));
            if (!started.isAfter(lastDay) && (removedOn == null || started.isBefore(removedOn))) {
                double hours = pick.oneOf(PROVISION_HOURS);
                add(SourceStepKind.ALTERNATIVE_PROVISION, dayAt(started, 11), child, entry, null, body(
                        "provider", pick.chance(0.5) ? "Peterborough Pupil Referral Service" : "City College tuition centre",
                        "hoursPerWeek", hours, "startedOn", started, "recordedBy", professional(pick.oneOf(cmeOfficers))));
            }
        }
        if (removedOn != null) {
            String outcome = REMOVALS.draw(pick);
            School school = pick.oneOf(SCHOOLS);
            add(SourceStepKind.REMOVAL, dayAt(removedOn, 15), child, entry, null, body(
                    "outcome", outcome,
                    "school", outcome.equals("ON_ROLL_ELSEWHERE") ? body("urn", school.urn(), "name", school.name()) : null,
                    "reason", outcome.equals("OTHER") ? "Placed in a secure children's home out of area" : null,
                    "removedOn", removedOn,
                    "removedBy", professional(pick.oneOf(cmeOfficers))));
        }
        LocalDate lastActivity = enquiries.isEmpty() ? notified : enquiries.get(enquiries.size() - 1);
        spellByChild.put(child.key(), new Spell(notified, removedOn, lastActivity));
    }

    private void notification(String entry, Child child, School school, String ground, String deletionGround,
                              LocalDate date, Pick pick) {
        add(SourceStepKind.NOTIFICATION, dayAt(date, 9), child, entry, null, body(
                "pupil", schoolSubject(child, pick),
                "school", body("urn", school.urn(), "name", school.name()),
                "ground", ground,
                "deletionGround", ground.equals("DELETED_FROM_ROLL") ? deletionGround : null,
                "date", date,
                "notifiedBy", body("name", Names.fullName(pick), "role", "Attendance officer",
                        "organisation", school.name())));
    }

    private void enquiry(String entry, Child child, LocalDate madeOn, String check, boolean found, String notes,
                         Pick pick) {
        add(SourceStepKind.ENQUIRY, dayAt(madeOn, 13), child, entry, null, body(
                "madeOn", madeOn, "check", check, "whereaboutsFound", found, "notes", notes,
                "madeBy", professional(pick.oneOf(cmeOfficers))));
    }

    // ---------------------------------------------------------------- exploitation risk

    private void cse(Child child, Pick pick) {
        Spell spell = spellByChild.get(child.key());
        double chance = 0.07 + (spell != null ? 0.15 : 0) + (child.missingEpisodesPerYear() >= 6 ? 0.15 : 0);
        if (!pick.chance(chance)) {
            return;
        }
        int concerns = pick.chance(0.8) ? 1 : 2;
        Instant last = null;
        List<String> indicatorsSeen = new ArrayList<>();
        for (int n = 1; n <= concerns; n++) {
            LocalDate day;
            String agency;
            String indicator;
            Map<String, Object> subject;
            Professional by;
            if (spell != null && n == 1) {
                day = spell.from().plusDays(pick.between(1, 20));
                agency = "EDUCATION";
                indicator = "DISENGAGEMENT_FROM_EDUCATION";
                subject = schoolSubject(child, pick);
                by = new Professional(Names.fullName(pick), "Designated safeguarding lead", pick.oneOf(SCHOOLS).name());
            } else {
                day = firstDay.plusDays(pick.between(1, (int) ChronoUnit.DAYS.between(firstDay, lastDay)));
                if (last != null && !day.isAfter(local(last))) {
                    day = local(last).plusDays(pick.between(1, 20));
                }
                agency = Weights.of("POLICE", 35).and("HEALTH", 20).and("SOCIAL_CARE", 20).and("YOUTH_JUSTICE", 10)
                        .and("VOLUNTARY_SECTOR", 10).and("OTHER", 5).draw(pick);
                indicator = pick.oneOf(INDICATORS);
                subject = switch (agency) {
                    case "POLICE" -> policeSubject(child, pick);
                    case "HEALTH" -> healthSubject(child, pick);
                    default -> socialCareSubject(child);
                };
                by = agency.equals("POLICE") ? cast.officer(pick)
                        : new Professional(Names.fullName(pick), "Practitioner", agencyName(agency));
            }
            Instant observedAt = dayAt(day, pick.between(9, 17));
            if (observedAt.isAfter(limit)) {
                break;
            }
            concern(child, n, indicator, observedAt, agency, by, "Observed: " + indicator.toLowerCase().replace('_', ' '),
                    subject, pick);
            indicatorsSeen.add(indicator);
            last = observedAt;
        }
        if (last == null || !pick.chance(0.55)) {
            return;
        }
        Instant completedAt = dayAt(local(last).plusDays(pick.between(2, 40)), pick.between(10, 16));
        if (completedAt.isAfter(limit)) {
            return;
        }
        LocalDate completed = local(completedAt);
        List<Object> vulnerabilities = new ArrayList<>();
        int score = 0;
        if (child.lookedAfter()) {
            vulnerabilities.add(body("vulnerability", "LOOKED_AFTER", "seenOn", min(completed, firstDay)));
            score++;
        }
        for (String vulnerability : distinct(pick.chance(0.5) ? pick.oneOf(VULNERABILITIES) : null,
                pick.chance(0.3) ? pick.oneOf(VULNERABILITIES) : null)) {
            vulnerabilities.add(body("vulnerability", vulnerability, "seenOn", completed.minusDays(pick.between(1, 60))));
            score++;
        }
        List<Object> indicators = new ArrayList<>();
        Set<String> graded = new HashSet<>();
        for (String indicator : indicatorsSeen) {
            graded.add(indicator);
        }
        int more = pick.between(0, 3);
        for (int i = 0; i < more; i++) {
            graded.add(pick.oneOf(INDICATORS));
        }
        for (String indicator : INDICATORS) {
            if (graded.contains(indicator)) {
                boolean significant = pick.chance(0.35);
                indicators.add(body("indicator", indicator, "grade", significant ? "SIGNIFICANT" : "MODERATE",
                        "seenOn", completed.minusDays(pick.between(0, 30))));
                score += significant ? 4 : 2;
            }
        }
        assessment(child, completedAt, Weights.of("SEXUAL", 45).and("CRIMINAL", 40).and("BOTH", 15).draw(pick),
                vulnerabilities, indicators, score, pick.chance(0.45), pick.chance(0.15), pick);
    }

    private void concern(Child child, int number, String indicator, Instant observedAt, String agency,
                         Professional raisedBy, String note, Map<String, Object> subject, Pick pick) {
        String key = storyKey(child, "concern" + number);
        add(SourceStepKind.CONCERN, observedAt, child, key, null, body(
                "subject", subject,
                "indicator", indicator,
                "observedAt", observedAt,
                "agency", agency,
                "raisedBy", professional(raisedBy),
                "note", note,
                "agencyReference", "SIM-" + key));
        concernsByChild.computeIfAbsent(child.key(), k -> new ArrayList<>()).add(observedAt);
    }

    /**
     * An assessment, shared with the police for most, reviewed about every three months unless
     * {@code overdue} (then it is left past its review date), closed for a few.
     */
    private void assessment(Child child, Instant completedAt, String type, List<Object> vulnerabilities,
                            List<Object> indicators, int score, boolean overdue, boolean close, Pick pick) {
        String key = storyKey(child, "assessment");
        Professional worker = pick.oneOf(socialWorkers);
        Map<String, Object> findings = body("exploitationType", type, "vulnerabilities", vulnerabilities,
                "indicators", indicators);
        Map<String, Object> completion = body("subject", socialCareSubject(child), "completedAt", completedAt,
                "completedBy", professional(worker), "allocatedWorker", allocated(child));
        completion.putAll(findings);
        add(SourceStepKind.ASSESSMENT, completedAt, child, key, null, completion);
        if (pick.chance(0.7)) {
            Instant sharedAt = completedAt.plus(Duration.ofMinutes(pick.between(30, 48 * 60)));
            if (!sharedAt.isAfter(limit)) {
                add(SourceStepKind.POLICE_SHARING, sharedAt, child, key, null, body("sharedAt", sharedAt,
                        "sharedBy", professional(worker),
                        "policeReference", String.format("CC-EXP-%d-%03d", local(completedAt).getYear(),
                                pick.between(1, 999))));
            }
        }
        Instant lastAssessed = completedAt;
        int reviews = overdue ? 0 : close ? pick.between(0, 2) : Integer.MAX_VALUE;
        for (int i = 0; i < reviews; i++) {
            Instant reviewedAt = lastAssessed.plus(Duration.ofDays(pick.between(70, 85)));
            if (reviewedAt.isAfter(limit)) {
                break;
            }
            Map<String, Object> review = body("reviewedAt", reviewedAt, "reviewedBy", professional(worker),
                    "allocatedWorker", allocated(child));
            review.putAll(findings);
            add(SourceStepKind.REVIEW, reviewedAt, child, key, null, review);
            lastAssessed = reviewedAt;
        }
        Instant closedAt = null;
        if (close) {
            Instant at = lastAssessed.plus(Duration.ofDays(pick.between(5, 60)));
            if (!at.isAfter(limit)) {
                closedAt = at;
                add(SourceStepKind.ASSESSMENT_CLOSURE, at, child, key, null, body("closedAt", at,
                        "closedBy", professional(worker), "reason", "Risk reduced: no longer meets the threshold"));
            }
        }
        assessedByChild.put(child.key(), new Assessed(completedAt, category(score), lastAssessed, closedAt));
    }

    // ---------------------------------------------------------------- what each source knows of the child

    /** Schools know the UPN, names, date of birth: sometimes a nickname or a typo. */
    private Map<String, Object> schoolSubject(Child child, Pick pick) {
        String[] name = names(child, 0.2, pick);
        return body("upn", child.upn(), "givenName", name[0], "familyName", name[1],
                "dateOfBirth", pick.chance(0.97) ? child.dateOfBirth() : null, "sex", child.sex(),
                "postcode", pick.chance(0.8) ? child.postcode() : null, "ethnicity", child.ethnicity());
    }

    /** The police know their person id and names. */
    private Map<String, Object> policeSubject(Child child, Pick pick) {
        String[] name = names(child, 0.15, pick);
        return body("policePersonId", child.policePersonId(), "givenName", name[0], "familyName", name[1],
                "dateOfBirth", pick.chance(0.9) ? child.dateOfBirth() : null, "sex", child.sex(),
                "ethnicity", child.ethnicity());
    }

    private Map<String, Object> healthSubject(Child child, Pick pick) {
        String[] name = names(child, 0.15, pick);
        return body("nhsNumber", child.nhsNumber(), "givenName", name[0], "familyName", name[1],
                "dateOfBirth", child.dateOfBirth(), "postcode", child.postcode());
    }

    /** Social care knows the local authority id and the NHS number, and the names as recorded. */
    private static Map<String, Object> socialCareSubject(Child child) {
        return body("localAuthorityPersonId", child.localAuthorityPersonId(), "nhsNumber", child.nhsNumber(),
                "givenName", child.givenName(), "familyName", child.familyName(), "dateOfBirth", child.dateOfBirth(),
                "sex", child.sex(), "postcode", child.postcode(), "ethnicity", child.ethnicity());
    }

    /** An assessment names the child's allocated worker and team, or the Exploitation and Missing worker's. */
    private static Map<String, Object> allocated(Child child) {
        AllocatedWorker worker = child.allocatedWhenAssessed();
        return body("name", worker.name(), "team", worker.team());
    }

    private String[] names(Child child, double variation, Pick pick) {
        double draw = pick.between(0.0, 1.0);
        String given = child.givenName();
        String family = child.familyName();
        if (draw < variation * 0.6 && NICKNAMES.containsKey(given)) {
            given = NICKNAMES.get(given);
        } else if (draw < variation && family.length() >= 4) {
            int at = pick.between(1, family.length() - 2);
            family = family.substring(0, at) + family.charAt(at + 1) + family.charAt(at) + family.substring(at + 2);
        }
        if (!given.equals(child.givenName()) || !family.equals(child.familyName())) {
            nameVaried.add(child.key());
        }
        return new String[] {given, family};
    }

    // ---------------------------------------------------------------- the counts

    private StoryCounts counts() {
        Set<String> repeat = new TreeSet<>();
        Set<String> needToKnow = new TreeSet<>();
        Set<String> missingAndCme = new TreeSet<>();
        Set<String> withRisk = new TreeSet<>();
        Set<String> rhiOverdue = new TreeSet<>();
        Instant end = city.settings().historyEnd();
        for (Map.Entry<String, List<EpisodeStory>> entry : episodesByChild.entrySet()) {
            String child = entry.getKey();
            List<EpisodeStory> episodes = entry.getValue();
            Spell spell = spellByChild.get(child);
            Assessed assessed = assessedByChild.get(child);
            for (int i = 0; i < episodes.size(); i++) {
                EpisodeStory episode = episodes.get(i);
                if (i >= REPEAT_EPISODES - 1 && Duration.between(episodes.get(i - REPEAT_EPISODES + 1).reportedAt(),
                        episode.reportedAt()).compareTo(REPEAT_WINDOW) <= 0) {
                    repeat.add(child);
                }
                if (episode.child().lookedAfter() || episode.child().childProtectionPlan()
                        || episode.report().riskGrade() == RiskGrade.HIGH
                        || episode.regrade() != null && episode.regrade().riskGrade() == RiskGrade.HIGH) {
                    needToKnow.add(child);
                }
                LocalDate reported = local(episode.reportedAt());
                if (spell != null && !reported.isBefore(spell.from())
                        && (spell.removedOn() == null || !reported.isAfter(spell.removedOn()))) {
                    missingAndCme.add(child);
                }
                if (assessed != null && assessed.category() >= 3 && assessed.completedAt().isBefore(episode.reportedAt())
                        && (assessed.closedAt() == null || assessed.closedAt().isAfter(episode.reportedAt()))) {
                    withRisk.add(child);
                }
                if (returned.contains(episode.key())) {
                    for (Associate associate : episode.returned().associates()) {
                        seenWith(episode.child(), associate, null);
                    }
                    seenWith(episode.child(), null, episode.returned().location().placeName());
                    Instant due = episode.returned().returnedAt().plus(OFFER_WINDOW);
                    Instant response = firstResponseByEpisode.get(episode.key());
                    if (!due.isAfter(end) && (response == null || response.isAfter(due))) {
                        rhiOverdue.add(child);
                    }
                }
            }
        }
        int screeningGap = (int) concernsByChild.keySet().stream().filter(c -> !assessedByChild.containsKey(c)).count();
        LocalDate today = end.atZone(City.ZONE).toLocalDate();
        int overdue = (int) assessedByChild.values().stream()
                .filter(a -> a.closedAt() == null && local(a.lastAssessedAt()).plus(REVIEW_INTERVAL).isBefore(today))
                .count();
        int stalled = (int) spellByChild.values().stream()
                .filter(s -> s.removedOn() == null && schoolDaysBetween(s.lastActivity(), today) > STALLED_SCHOOL_DAYS)
                .count();
        return new StoryCounts(repeat.size(), storyChildren, storyAssessed, withRisk.size(), shared(childrenByAdult),
                shared(childrenByHotspot), screeningGap, overdue, stalled, missingAndCme.size(), needToKnow.size(),
                rhiOverdue.size(), nameVaried.size());
    }

    private static int shared(Map<String, Set<String>> childrenBy) {
        Set<String> children = new TreeSet<>();
        childrenBy.values().stream().filter(set -> set.size() >= 2).forEach(children::addAll);
        return children.size();
    }

    /** Records whom and where a child was with, in episodes and interviews alike. */
    private void seenWith(Child child, Associate associate, String placeName) {
        if (associate != null && cast.recurringAdults().contains(associate)) {
            childrenByAdult.computeIfAbsent(associate.phone(), k -> new TreeSet<>()).add(child.key());
        }
        if (placeName != null) {
            Place place = place(placeName);
            if (place != null && (place.hotspot() || STORY_PLACES.contains(place))) {
                childrenByHotspot.computeIfAbsent(placeName, k -> new TreeSet<>()).add(child.key());
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private void add(SourceStepKind kind, Instant at, Child child, String storyKey, String episodeKey, Object body) {
        if (at.isAfter(limit)) {
            throw new IllegalStateException(kind + " of " + storyKey + " in the future: " + at);
        }
        int order = stepsInStory.merge(storyKey, 1, Integer::sum);
        steps.add(new SourceStep(kind, at.truncatedTo(ChronoUnit.SECONDS), child.key(), storyKey, order, episodeKey,
                body));
    }

    /** A story's steps are written by kind; number them in the order they happen. */
    private void renumberInTimeOrder() {
        Map<String, List<SourceStep>> byStory = new TreeMap<>();
        for (SourceStep step : steps) {
            byStory.computeIfAbsent(step.storyKey(), k -> new ArrayList<>()).add(step);
        }
        steps.clear();
        for (List<SourceStep> story : byStory.values()) {
            story.sort(java.util.Comparator.comparing(SourceStep::at).thenComparingInt(SourceStep::order));
            for (int i = 0; i < story.size(); i++) {
                SourceStep step = story.get(i);
                steps.add(new SourceStep(step.kind(), step.at(), step.childKey(), step.storyKey(), i + 1,
                        step.episodeStoryKey(), step.body()));
            }
        }
    }

    private String storyKey(Child child, String what) {
        return String.format("s%d-%s-%s", seed, child.key(), what);
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                body.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return body;
    }

    private static Map<String, Object> professional(Professional who) {
        return body("name", who.name(), "role", who.role(), "organisation", who.organisation());
    }

    private static Map<String, Object> associate(Associate who) {
        return body("name", who.name(), "phone", who.phone(), "vehicleRegistration", who.vehicleRegistration(),
                "adult", who.adult());
    }

    private static List<String> distinct(String... values) {
        List<String> list = new ArrayList<>();
        for (String value : values) {
            if (value != null && !list.contains(value)) {
                list.add(value);
            }
        }
        return list;
    }

    private static Place place(String name) {
        return Gazetteer.PLACES.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static String agencyName(String agency) {
        return switch (agency) {
            case "HEALTH" -> "North West Anglia NHS Foundation Trust";
            case "YOUTH_JUSTICE" -> "Peterborough Youth Justice Service";
            case "VOLUNTARY_SECTOR" -> "Peterborough young people's charity";
            case "SOCIAL_CARE" -> "Peterborough City Council";
            default -> "Peterborough";
        };
    }

    private static int category(int score) {
        return score >= 16 ? 4 : score >= 11 ? 3 : score >= 6 ? 2 : 1;
    }

    private static int ageOn(Child child, LocalDate day) {
        return Period.between(child.dateOfBirth(), day).getYears();
    }

    static LocalDate local(Instant at) {
        return at.atZone(City.ZONE).toLocalDate();
    }

    private static Instant dayAt(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(City.ZONE).toInstant();
    }

    /** The day at the given hour, but never before {@code after} (plus half an hour). */
    private static Instant afterOrAt(Instant after, LocalDate day, int hour) {
        Instant at = dayAt(day, hour);
        Instant earliest = after.plus(Duration.ofMinutes(30));
        return at.isBefore(earliest) ? earliest : at;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate weekdayOnOrBefore(LocalDate day) {
        LocalDate weekday = day;
        while (weekday.getDayOfWeek() == DayOfWeek.SATURDAY || weekday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            weekday = weekday.minusDays(1);
        }
        return weekday;
    }

    /** Weekdays after {@code from} up to {@code to}; holidays are not modelled. */
    static int schoolDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
