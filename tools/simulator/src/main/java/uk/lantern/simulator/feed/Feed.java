package uk.lantern.simulator.feed;

import uk.lantern.simulator.city.Step;

/** Where the steps of the plan go. */
public interface Feed {

    /** @return true when the step was taken; false when refused or skipped (its episode was refused) */
    boolean send(Step step) throws InterruptedException;

    FeedCounts counts();
}
