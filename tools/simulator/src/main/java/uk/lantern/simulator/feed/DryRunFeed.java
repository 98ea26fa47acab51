package uk.lantern.simulator.feed;

import java.io.PrintStream;
import java.time.Instant;
import uk.lantern.simulator.city.Step;
import uk.lantern.simulator.city.StepKind;

/** Prints each step as the JSON line of the request it would make, calling nothing. */
public final class DryRunFeed implements Feed {

    private final PrintStream out;

    public DryRunFeed(PrintStream out) {
        this.out = out;
    }

    @Override
    public boolean send(Step step) {
        ApiRequest request = ApiRequest.of(step, null);
        out.println(Json.mapper().writeValueAsString(new PlannedRequest(step.at(), step.story().key(), step.kind(),
                "POST", request.path(), request.idempotencyKey(), request.body())));
        return true;
    }

    @Override
    public FeedCounts counts() {
        return new FeedCounts(0, 0, 0);
    }

    record PlannedRequest(Instant at, String episode, StepKind step, String method, String path,
                          String idempotencyKey, Object body) {
    }
}
