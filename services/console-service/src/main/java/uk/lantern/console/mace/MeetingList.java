package uk.lantern.console.mace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.lantern.console.mace.MaceRecords.MeetingSummary;

/**
 * The panel's meetings as the MACE page lists them: the ones still to come (or in progress) first, the soonest at the
 * top, then the ones held, the latest first.
 */
public record MeetingList(List<MeetingSummary> upcoming, List<MeetingSummary> held) {

    static MeetingList of(List<MeetingSummary> meetings, LocalDate today) {
        List<MeetingSummary> upcoming = new ArrayList<>();
        List<MeetingSummary> held = new ArrayList<>();
        for (MeetingSummary m : meetings) {
            boolean stillToCome = !"CLOSED".equals(m.status())
                    && ("OPEN".equals(m.status()) || m.heldOn() == null || !m.heldOn().isBefore(today));
            (stillToCome ? upcoming : held).add(m);
        }
        upcoming.sort(Comparator.comparing(MeetingSummary::heldOn, Comparator.nullsLast(Comparator.naturalOrder())));
        held.sort(Comparator.comparing(MeetingSummary::heldOn, Comparator.nullsLast(Comparator.reverseOrder())));
        return new MeetingList(List.copyOf(upcoming), List.copyOf(held));
    }
}
