package uk.lantern.console.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the board shows, from its form (GET, so a filtered board can be bookmarked): a pattern, a severity, the
 * statuses (open and escalated unless others are chosen), the team the child is allocated to and the area the child
 * lives in. Values the form does not offer are dropped rather than sent on (the areas are the correlation service's
 * own, so it checks the area: one it does not know is its 400, shown in its words).
 */
public record BoardFilter(String code, String severity, List<String> statuses, String team, String area) {

    static final List<String> WAITING = List.of("OPEN", "ESCALATED");

    public BoardFilter {
        code = known(code, Words.CODES.keySet());
        severity = known(severity, Words.SEVERITIES.keySet());
        List<String> chosen = new ArrayList<>();
        if (statuses != null) {
            statuses.stream().map(s -> known(s, Words.STATUSES.keySet())).filter(s -> s != null && !chosen.contains(s))
                    .forEach(chosen::add);
        }
        statuses = chosen.isEmpty() ? WAITING : List.copyOf(chosen);
        team = team == null || team.isBlank() ? null : team.strip();
        area = area == null || area.isBlank() ? null : area.strip();
    }

    static BoardFilter waiting() {
        return new BoardFilter(null, null, null, null, null);
    }

    public boolean shows(String status) {
        return statuses.contains(status);
    }

    /** The child's team, when the alert names it: an alert that does not is kept only when no team is asked for. */
    boolean keeps(Alert alert) {
        return team == null || alert.team() != null && alert.team().toLowerCase(Locale.ROOT)
                .contains(team.toLowerCase(Locale.ROOT));
    }

    /** This filter as the board's query string ({@code ?code=...&status=OPEN&status=ESCALATED}), for links. */
    public String query() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (code != null) {
            uri.queryParam("code", code);
        }
        if (severity != null) {
            uri.queryParam("severity", severity);
        }
        if (area != null) {
            uri.queryParam("area", area);
        }
        statuses.forEach(s -> uri.queryParam("status", s));
        if (team != null) {
            uri.queryParam("team", team);
        }
        String query = uri.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static String known(String value, java.util.Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return allowed.contains(upper) ? upper : null;
    }
}
