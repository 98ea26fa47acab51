package uk.lantern.schemas.missingepisode;

import java.time.Instant;
import java.util.List;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/missing-episode/child-returned.v1.json}. Carries the context so readers need no state. */
public record ChildReturned(
        String episodeId,
        Instant returnedAt,
        Location location,
        List<Associate> associates,
        How how,
        Professional recordedBy,
        EpisodeContext context) implements MissingEpisodeEvent {

    public ChildReturned {
        associates = associates == null ? List.of() : List.copyOf(associates);
    }

    public enum How { RETURNED_OF_OWN_ACCORD, FOUND_BY_POLICE, FOUND_BY_FAMILY_OR_CARER, FOUND_BY_PROFESSIONAL, OTHER }

    public record Location(String placeName, String postcode, Double latitude, Double longitude) {
    }

    /** {@code age} and {@code adult} may each be unknown (null). */
    public record Associate(String name, String phone, String vehicleRegistration, Integer age, Boolean adult) {
        public Associate(String name, String phone, String vehicleRegistration) {
            this(name, phone, vehicleRegistration, null, null);
        }

        /** Recorded as an adult, or with an age of 18 or more. Unknown is not adult. */
        public boolean knownAdult() {
            return Boolean.TRUE.equals(adult) || (age != null && age >= 18);
        }
    }
}
