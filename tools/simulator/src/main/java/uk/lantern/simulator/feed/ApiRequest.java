package uk.lantern.simulator.feed;

import uk.lantern.simulator.city.Step;

/**
 * One call to the missing-episode service for one step of an episode.
 *
 * @param episodeId the service's id for the episode; null for the report, which creates it
 */
public record ApiRequest(String path, String idempotencyKey, Object body, String episodeId) {

    /** @param episodeId null when not known yet (a dry run): the path then shows {@code {id}} */
    public static ApiRequest of(Step step, String episodeId) {
        String episode = "/episodes/" + (episodeId == null ? "{id}" : episodeId);
        String path = switch (step.kind()) {
            case REPORT -> "/episodes";
            case REGRADE -> episode + "/risk-regrades";
            case RETURN -> episode + "/return";
            case CLOSURE -> episode + "/closure";
        };
        return new ApiRequest(path, step.idempotencyKey(), step.recorded(), episodeId);
    }
}
