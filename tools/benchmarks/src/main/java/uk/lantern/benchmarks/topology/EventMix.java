package uk.lantern.benchmarks.topology;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import uk.lantern.benchmarks.Population;
import uk.lantern.benchmarks.topology.SourceMessages.Message;
import uk.lantern.benchmarks.topology.SourceMessages.View;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.missingepisode.RiskGrade;

/**
 * The source events of a city's missing, return-interview, CME and exploitation services over half a year, for a
 * population of children (deterministic by seed, apart from event ids). Most events belong to missing episodes
 * (reported, returned, offered an interview); a few are CME registrations and exploitation concerns. A fifth of the
 * children go missing far more often than the rest, as repeat-missing children do.
 */
final class EventMix {

    static final double CME_SHARE = 0.04;
    static final double CONCERN_SHARE = 0.05;
    static final double RETURNED_SHARE = 0.95;
    static final double OFFERED_SHARE = 0.85;
    static final double IN_CARE_SHARE = 0.20;
    static final double ON_PLAN_SHARE = 0.05;
    static final double WITH_ASSOCIATE_SHARE = 0.20;
    static final double FREQUENT_SHARE_OF_CHILDREN = 0.20;
    static final double FREQUENT_SHARE_OF_EPISODES = 0.60;
    static final int FOUND_POSTCODES = 5_000;
    static final int ASSOCIATE_PHONES = 2_000;

    private static final String[][] PLACES = {
        {"Bus station", "PE1 1BB"}, {"Queensgate car park", "PE1 1NT"}, {"Central Park", "PE1 4DX"},
        {"Embankment", "PE1 5DJ"}, {"Station Road flats", "PE1 1QL"}, {"Lincoln Road shops", "PE1 2RE"},
        {"Millfield takeaway", "PE1 3AJ"}, {"Werrington Centre", "PE4 6QA"}, {"Bretton Centre", "PE3 8DS"},
        {"Orton Centre", "PE2 5RQ"}, {"Ferry Meadows", "PE2 5UU"}, {"Hampton Vale park", "PE7 8BB"},
        {"Friend's house", "PE3 6AX"}, {"Grandparent's house", "PE2 9LP"}, {"Cathedral Square", "PE1 1XS"}};

    private final SplittableRandom random;
    private final List<PersonRecord> children;
    private final Instant from;
    private final Instant to;
    private final double hotspotShare;
    private final String[] foundPostcodes;
    private final Set<Integer> onCmeRegister = new HashSet<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int serial;

    /**
     * @param hotspotShare the share of returns found at one of 15 named hotspots (bus station, car park, ...); the
     *                     rest are found at one of {@value #FOUND_POSTCODES} postcodes, with no place name
     */
    EventMix(long seed, List<PersonRecord> children, Instant from, Instant to, double hotspotShare) {
        this.random = new SplittableRandom(seed);
        this.children = children;
        this.from = from;
        this.to = to;
        this.hotspotShare = hotspotShare;
        var postcodes = new SplittableRandom(seed + 1);
        this.foundPostcodes = new String[FOUND_POSTCODES];
        for (int i = 0; i < FOUND_POSTCODES; i++) {
            foundPostcodes[i] = Population.postcode(postcodes);
        }
    }

    /** {@code n} events, in the order the sources would publish them. */
    List<Message> generate(int n) {
        var out = new ArrayList<Message>(n);
        long span = Duration.between(from, to).toMillis();
        while (out.size() < n) {
            Instant at = from.plusMillis((long) (span * (out.size() / (double) n)));
            int child = pickChild();
            double r = random.nextDouble();
            if (r < CME_SHARE && onCmeRegister.add(child)) {
                add(out, SourceMessages.addedToCmeRegister(subject(child, View.SCHOOL), "cme-" + serial++,
                        at.atZone(ZoneOffset.UTC).toLocalDate()), "ChildAddedToRegister");
            } else if (r < CME_SHARE + CONCERN_SHARE) {
                add(out, SourceMessages.concernRaised(subject(child, View.SOCIAL_CARE), "concern-" + serial++, at),
                        "ConcernRaised");
            } else {
                episode(out, n, child, at);
            }
        }
        return out;
    }

    /** Events by type, of everything generated so far. */
    Map<String, Integer> counts() {
        return counts;
    }

    private void episode(List<Message> out, int n, int child, Instant reported) {
        String episodeId = "ep-" + serial++;
        boolean inCare = random.nextDouble() < IN_CARE_SHARE;
        boolean onPlan = random.nextDouble() < ON_PLAN_SHARE;
        double g = random.nextDouble();
        RiskGrade grade = g < 0.05 ? RiskGrade.HIGH : g < 0.50 ? RiskGrade.MEDIUM : g < 0.90 ? RiskGrade.LOW
                : RiskGrade.NO_APPARENT_RISK;
        Subject police = subject(child, View.POLICE);
        add(out, SourceMessages.episodeReported(police, episodeId, reported, inCare, onPlan, grade),
                "EpisodeReported");
        if (out.size() >= n || random.nextDouble() >= RETURNED_SHARE) {
            return;
        }
        Instant returned = reported.plus(Duration.ofMinutes(60 + random.nextInt(47 * 60)));
        String[] place = random.nextDouble() < hotspotShare ? PLACES[random.nextInt(PLACES.length)]
                : new String[] {null, foundPostcodes[random.nextInt(FOUND_POSTCODES)]};
        String phone = random.nextDouble() < WITH_ASSOCIATE_SHARE
                ? String.format("07700 9%05d", random.nextInt(ASSOCIATE_PHONES)) : null;
        add(out, SourceMessages.childReturned(police, episodeId, returned, inCare, place[0], place[1], phone),
                "ChildReturned");
        if (out.size() >= n || random.nextDouble() >= OFFERED_SHARE) {
            return;
        }
        Instant offered = returned.plus(Duration.ofMinutes(30 + random.nextInt(60 * 60)));
        add(out, SourceMessages.interviewOffered(subject(child, View.RETURN_INTERVIEWS), episodeId, offered),
                "InterviewOffered");
    }

    private int pickChild() {
        int frequent = Math.max(1, (int) (children.size() * FREQUENT_SHARE_OF_CHILDREN));
        return random.nextDouble() < FREQUENT_SHARE_OF_EPISODES ? random.nextInt(frequent)
                : random.nextInt(children.size());
    }

    private Subject subject(int child, View view) {
        return SourceMessages.subject(children.get(child), view);
    }

    private void add(List<Message> out, Message message, String type) {
        out.add(message);
        counts.merge(type, 1, Integer::sum);
    }

    Map<String, Object> description() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("hotspot_share_of_returns", hotspotShare);
        d.put("population", "uk.lantern.benchmarks.Population (names, date of birth, sex, postcode on all; NHS 60 %, "
                + "UPN 50 % of 4+, LA id 25 %, police id 10 %)");
        d.put("identifiers_per_source", "police: NHS + police id; return interviews: NHS + LA id; school (CME): UPN "
                + "+ LA id; exploitation: NHS + LA id + UPN; names, date of birth, sex, postcode on all");
        d.put("cme_registration_share", CME_SHARE);
        d.put("concern_share", CONCERN_SHARE);
        d.put("episode_returned_share", RETURNED_SHARE);
        d.put("returned_offered_share", OFFERED_SHARE);
        d.put("episode_in_care_share", IN_CARE_SHARE);
        d.put("episode_on_plan_share", ON_PLAN_SHARE);
        d.put("return_with_associate_phone_share", WITH_ASSOCIATE_SHARE + " (phones from a pool of "
                + ASSOCIATE_PHONES + ")");
        d.put("found_location", "one of " + FOUND_POSTCODES + " postcodes (no place name), or with the hotspot share "
                + "one of " + PLACES.length + " named hotspots (place name and postcode)");
        d.put("frequent_missers", FREQUENT_SHARE_OF_CHILDREN + " of children have " + FREQUENT_SHARE_OF_EPISODES
                + " of the picks");
        return d;
    }

    static List<PersonRecord> children(long seed, int n, String prefix, int firstSerial) {
        return Population.generate(seed, n, prefix, firstSerial);
    }
}
