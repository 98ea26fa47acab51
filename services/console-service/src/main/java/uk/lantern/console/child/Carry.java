package uk.lantern.console.child;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The stated purpose as it travels with the person from page to page (to another child of the network, back from a
 * decision), so they are not asked again why, and each read still carries it.
 *
 * @param purpose the {@link Purpose}'s name; null for a manager looking only at who viewed the child
 */
public record Carry(String purpose, String why, String alert) {

    static final Carry NONE = new Carry(null, null, null);

    public String query() {
        List<String> parts = new ArrayList<>();
        add(parts, "purpose", purpose);
        add(parts, "why", why);
        add(parts, "alert", alert);
        return String.join("&", parts);
    }

    /** The child's page, with the purpose: "/children/c-1?purpose=DAILY_REVIEW". */
    public String href(String childId) {
        String query = query();
        return "/children/" + encode(childId) + (query.isEmpty() ? "" : "?" + query);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + encode(value.strip()));
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
