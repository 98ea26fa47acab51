package uk.lantern.missingepisode.episode.domain;

/**
 * The child's allocated social worker and team, where the reporter knows them (a looked-after child's or one on a
 * child protection plan). The team is what figures drill down by, so it is required; the worker's name may be unknown.
 */
public record AllocatedWorker(String name, String team) {

    public AllocatedWorker {
        if (team == null || team.isBlank()) {
            throw new EpisodeRuleViolation("allocatedWorker.team", "required when an allocated worker is given");
        }
    }
}
