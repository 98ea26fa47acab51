package uk.lantern.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.lantern.simulator.city.City;
import uk.lantern.simulator.city.CitySettings;
import uk.lantern.simulator.city.Plan;
import uk.lantern.simulator.city.Source;
import uk.lantern.simulator.city.SourcePlan;
import uk.lantern.simulator.city.SourceTally;
import uk.lantern.simulator.city.Tally;
import uk.lantern.simulator.feed.Backoff;
import uk.lantern.simulator.feed.DryRunFeed;
import uk.lantern.simulator.feed.DryRunSourceFeed;
import uk.lantern.simulator.feed.Feed;
import uk.lantern.simulator.feed.HttpFeed;
import uk.lantern.simulator.feed.HttpSourceFeed;
import uk.lantern.simulator.feed.Json;
import uk.lantern.simulator.feed.MissingEpisodeClient;
import uk.lantern.simulator.feed.People;
import uk.lantern.simulator.feed.ServiceUnavailableException;
import uk.lantern.simulator.feed.SourceFeed;

/** Generates the city from the seed and feeds it to Lantern through the public REST API. */
public final class SimulatorMain {

    static final int OK = 0;
    static final int SERVICE_UNAVAILABLE = 1;
    static final int BAD_USAGE = 2;
    /** How long to wait for the return-interview service to open a case after its episode's return. */
    static final Duration CASE_WAIT = Duration.ofSeconds(60);

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, WallClock.system(), Backoff.standard()));
    }

    static int run(String[] args, PrintStream out, PrintStream err, WallClock clock, Backoff backoff) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Options.USAGE);
            return BAD_USAGE;
        }
        if (options.help()) {
            out.println(Options.USAGE);
            return OK;
        }
        Instant historyEnd = options.historyEnd() != null ? options.historyEnd() : CitySettings.startOfToday();
        City city = City.generate(new CitySettings(options.seed(), options.children(), options.historyDays(),
                historyEnd));
        Plan plan = city.plan(options.maxEpisodes());
        SourcePlan sourcePlan = city.sources(plan);
        Feed feed;
        SourceFeed sourceFeed;
        if (options.dryRun()) {
            feed = new DryRunFeed(out);
            sourceFeed = new DryRunSourceFeed(out);
        } else {
            // the city's systems act as the demo people of the local OpenID provider
            People people = new People(options.issuer(), System.getenv().getOrDefault("LANTERN_DEMO_PASSWORD",
                    "lantern-demo"));
            HttpFeed episodes = new HttpFeed(new MissingEpisodeClient(options.baseUrl(), backoff,
                    people.as("recorder")), err);
            Map<Source, MissingEpisodeClient> clients = new EnumMap<>(Source.class);
            clients.put(Source.INTERVIEWS, new MissingEpisodeClient(options.returnInterviewsUrl(), backoff,
                    people.as("provider", "provider2")));
            clients.put(Source.CME, new MissingEpisodeClient(options.cmeUrl(), backoff, people.as("cme")));
            clients.put(Source.CSE, new MissingEpisodeClient(options.cseUrl(), backoff, people.as("assessor")));
            feed = episodes;
            sourceFeed = new HttpSourceFeed(clients, episodes::episodeId, CASE_WAIT, Duration.ofMillis(250), err);
        }
        Tally tally = new Tally();
        SourceTally sourceTally = new SourceTally();
        Runnable printSummary = summaryPrinter(options, feed, tally, sourcePlan, sourceFeed, sourceTally, out);
        Thread onKill = new Thread(printSummary, "simulator-summary");
        Runtime.getRuntime().addShutdownHook(onKill);
        err.printf("Lantern simulator: seed %d, %d children, %d steps of history up to %s, %d more for the other"
                        + " sources (feeding %s)%s%n", options.seed(), options.children(), plan.due().size(), historyEnd,
                sourcePlan.steps().size(), options.sources(), options.dryRun() ? " (dry run)" : "");
        Simulation simulation = new Simulation(feed, tally);
        int exit = OK;
        try {
            if (options.sources().contains(Source.EPISODES)) {
                simulation.feedHistory(plan);
            }
            Simulation.feedSources(sourcePlan.steps(), options.sources(), sourceFeed, sourceTally);
            if (options.liveRate() > 0 && options.sources().contains(Source.EPISODES)) {
                err.printf("Going live at about %s episodes a minute%n", options.liveRate());
                simulation.goLive(plan, city.live(clock.now()), options.liveRate(), options.liveSpeed(),
                        options.maxEpisodes(), clock);
            }
        } catch (ServiceUnavailableException e) {
            err.println(e.getMessage());
            exit = SERVICE_UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onKill);
        } catch (IllegalStateException shuttingDown) {
            // the hook prints the summary
        }
        printSummary.run();
        return exit;
    }

    private static Runnable summaryPrinter(Options options, Feed feed, Tally tally, SourcePlan sourcePlan,
                                           SourceFeed sourceFeed, SourceTally sourceTally, PrintStream out) {
        AtomicBoolean printed = new AtomicBoolean();
        return () -> {
            if (printed.compareAndSet(false, true)) {
                String mode = options.dryRun() ? "dry-run" : options.liveRate() > 0 ? "live" : "history";
                out.println(Json.mapper().writeValueAsString(
                        Summary.of(mode, options.seed(), options.sources(), tally.figures(), feed.counts(),
                                sourcePlan, sourceTally, sourceFeed.counts())));
                out.flush();
            }
        };
    }
}
