package uk.lantern.console.child;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One entry of the correlation service's access log naming the child (service-support AccessLogController.EntryView). */
public record Viewing(String when, String who, String organisation, String roles, String what, String purpose,
               boolean purposeStated, String breakGlass) {

    private static final Map<String, String> ACTIONS = Map.of(
            "READ_RECORD", "Opened the record",
            "SEARCH_BY_IDENTIFIER", "Searched by an identifier",
            "READ_LIST", "Saw the child in a list",
            "EXPORT", "Exported records",
            "SHARE", "Shared the record",
            "LINK_DECISION", "Decided whether records are one child",
            "UNLINK", "Took a record out of the child",
            "READ_ACCESS_LOG", "Read the access log",
            "BREAK_GLASS_REVIEW", "Reviewed a break-the-glass access");

    static List<Viewing> of(JsonNode entries) {
        List<Viewing> viewings = new ArrayList<>();
        entries.forEach(e -> {
            JsonNode who = e.path("who");
            List<String> roles = new ArrayList<>();
            who.path("roles").forEach(r -> roles.add(r.asString("")));
            String action = Profile.text(e, "action", "");
            String operation = Profile.text(e, "operation", null);
            viewings.add(new Viewing(Words.time(Words.instant(Profile.text(e, "at", null))),
                    Profile.text(who, "name", Profile.text(who, "subject", "Unknown")),
                    Profile.text(who, "organisation", null), String.join(", ", roles),
                    ACTIONS.getOrDefault(action, action) + (operation == null ? "" : " (" + operation + ")"),
                    Profile.text(e, "purpose", null), e.path("purposeStated").asBoolean(false),
                    Profile.text(e, "breakGlass", null)));
        });
        return viewings;
    }
}
