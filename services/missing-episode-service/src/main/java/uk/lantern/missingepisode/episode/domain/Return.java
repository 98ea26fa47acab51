package uk.lantern.missingepisode.episode.domain;

import java.time.Instant;
import java.util.List;

/** The return or finding: when, where, with whom, how. Where and with whom feed network analysis. */
public record Return(Instant returnedAt, FoundLocation location, List<Associate> associates, How how,
                     Professional recordedBy) {

    public enum How { RETURNED_OF_OWN_ACCORD, FOUND_BY_POLICE, FOUND_BY_FAMILY_OR_CARER, FOUND_BY_PROFESSIONAL, OTHER }

    public record FoundLocation(String placeName, String postcode, Double latitude, Double longitude) {
    }

    /**
     * Someone the child was with or found with. {@code age} and {@code adult} may each be unknown (null): "found with an
     * adult" is an exploitation indicator, being with a friend is not, so the recorder says which where known.
     */
    public record Associate(String name, String phone, String vehicleRegistration, Integer age, Boolean adult) {
    }

    public Return {
        associates = associates == null ? List.of() : List.copyOf(associates);
    }
}
