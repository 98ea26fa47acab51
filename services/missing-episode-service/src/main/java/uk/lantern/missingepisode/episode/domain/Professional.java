package uk.lantern.missingepisode.episode.domain;

/** Who recorded or decided something. */
public record Professional(String name, String role, String organisation) {

    public Professional {
        if (name == null || name.isBlank()) {
            throw new EpisodeRuleViolation("name", "required: who recorded this");
        }
    }
}
