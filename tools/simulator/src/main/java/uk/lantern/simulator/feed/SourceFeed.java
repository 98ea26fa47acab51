package uk.lantern.simulator.feed;

import java.util.Map;
import uk.lantern.simulator.city.Source;
import uk.lantern.simulator.city.SourceStep;

/** Where the steps for the return-interview, CME register and exploitation-risk services go. */
public interface SourceFeed {

    /** @return true when the step was taken; false when refused or skipped (its story was refused) */
    boolean send(SourceStep step) throws InterruptedException;

    /** What feeding cost, by source. */
    Map<Source, SourceCounts> counts();
}
