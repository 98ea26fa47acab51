package uk.lantern.correlation.stream;

/**
 * One piece of a stage's scheduled work (a child's time rules, a child's profile, a place's links) run on its own, so
 * that a piece that fails is undone and dead-lettered while the rest of the tick goes on.
 */
@FunctionalInterface
interface Attempts {

    /**
     * Runs {@code work}. If it throws, whatever it wrote to the stage's stores and sent is undone, a report naming
     * {@code what} and the reason goes to the dead-letter topic under {@code key}, and false is returned.
     */
    boolean attempt(String what, String key, Runnable work);
}
