package uk.lantern.schemas.mace;

import java.util.List;

/**
 * Schema: {@code schemas/mace/person-of-concern-recorded.v1.json}. An adult the panel is concerned about, as the
 * normalised link keys the correlation service uses ({@code PHONE:07700900123}, {@code VEHICLE:AB12CDE},
 * {@code PERSON_NAME:dean marsh}); the names as typed stay with mace-service.
 */
public record PersonOfConcernRecorded(String personId, List<String> linkKeys) implements MaceEvent {

    public PersonOfConcernRecorded {
        linkKeys = List.copyOf(linkKeys);
    }

    @Override
    public String recordId() {
        return personId;
    }
}
