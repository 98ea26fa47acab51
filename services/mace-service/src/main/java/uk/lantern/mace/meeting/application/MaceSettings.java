package uk.lantern.mace.meeting.application;

import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.lantern.mace.common.domain.Agency;
import uk.lantern.mace.meeting.domain.AgendaSettings;
import uk.lantern.mace.meeting.domain.Quorum;

/** The panel's local policy ({@code lantern.mace.*}); defaults in application.yml and the README's canvas. */
@ConfigurationProperties("lantern.mace")
public record MaceSettings(@DefaultValue Agenda agenda, @DefaultValue QuorumSettings quorum, @DefaultValue Drift drift,
                           @DefaultValue("Europe/London") ZoneId zone) {

    public record Agenda(@DefaultValue("50") int scoreThreshold, @DefaultValue("20") int size) {
    }

    public record QuorumSettings(@DefaultValue({"POLICE", "SOCIAL_CARE"}) Set<Agency> requiredAgencies,
                                 @DefaultValue("3") int minAgencies) {
    }

    public record Drift(@DefaultValue("2") int maxCarryOvers, @DefaultValue("3") int noChangeMeetings,
                        @DefaultValue("50") int lookBackMeetings) {
    }

    public AgendaSettings agendaSettings() {
        return new AgendaSettings(agenda.scoreThreshold(), agenda.size(), drift.maxCarryOvers(), drift.noChangeMeetings(),
                zone);
    }

    public Quorum quorumRule() {
        return new Quorum(quorum.requiredAgencies(), quorum.minAgencies());
    }
}
