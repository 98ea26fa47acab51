package uk.lantern.schemas.mace;

import java.util.List;

/** Schema: {@code schemas/mace/place-of-concern-recorded.v1.json}. As link keys ({@code POSTCODE:PE12BB}, {@code PLACE_NAME:bus station}). */
public record PlaceOfConcernRecorded(String placeId, List<String> linkKeys) implements MaceEvent {

    public PlaceOfConcernRecorded {
        linkKeys = List.copyOf(linkKeys);
    }

    @Override
    public String recordId() {
        return placeId;
    }
}
