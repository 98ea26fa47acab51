package uk.lantern.console.child;

import java.net.URI;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the console the person came from, and so why they are most likely opening the child: from an alert's own
 * page, that alert (they are not asked); from the alerts board, working an alert; from the daily review, the daily
 * review; from the MACE pages, MACE preparation; from anywhere else, the daily review is offered first. Only the
 * console's own pages count (the Referer's host must be the console's).
 *
 * @param alertId the alert whose page it was; null otherwise
 * @param offered the purpose the form offers first
 */
record Referred(String alertId, Purpose offered) {

    private static final Pattern ALERT_PAGE = Pattern.compile("^/alerts/([A-Za-z0-9_.:-]{1,100})$");
    private static final Set<String> NOT_ALERTS = Set.of("rows", "live", "daily-review");

    static Referred by(String referer, String host) {
        if (referer == null || host == null) {
            return new Referred(null, Purpose.DAILY_REVIEW);
        }
        URI from;
        try {
            from = URI.create(referer);
        } catch (IllegalArgumentException e) {
            return new Referred(null, Purpose.DAILY_REVIEW);
        }
        if (!host.equalsIgnoreCase(from.getRawAuthority()) || from.getPath() == null) {
            return new Referred(null, Purpose.DAILY_REVIEW);
        }
        String path = from.getPath();
        Matcher alert = ALERT_PAGE.matcher(path);
        if (alert.matches() && !NOT_ALERTS.contains(alert.group(1))) {
            return new Referred(alert.group(1), Purpose.ALERT);
        }
        if (path.equals("/alerts/daily-review")) {
            return new Referred(null, Purpose.DAILY_REVIEW);
        }
        if (path.equals("/alerts") || path.startsWith("/alerts/")) {
            return new Referred(null, Purpose.ALERT);
        }
        if (path.equals("/mace") || path.startsWith("/mace/")) {
            return new Referred(null, Purpose.MACE_PREPARATION);
        }
        return new Referred(null, Purpose.DAILY_REVIEW);
    }
}
