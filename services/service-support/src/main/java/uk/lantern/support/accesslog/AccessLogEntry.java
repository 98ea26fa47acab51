package uk.lantern.support.accesslog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bson.Document;

/**
 * One entry of the access log: who did what to which child's record, when, from where and why, chained to the entry
 * before it by {@link #previousHash}. {@link #hash} is SHA-256 over {@link #canonical()}, an unambiguous encoding of
 * every other field (each string length-prefixed, each list counted) followed by the previous hash, so changing any
 * field of any entry, removing one or swapping two breaks the chain at that entry.
 *
 * @param sequence      1, 2, 3...: the position in the log (also the document's {@code _id}, so unique)
 * @param at            when, from the service's clock, to the millisecond (as MongoDB keeps it)
 * @param actor         the signed-in person, from the token
 * @param action        what kind of access
 * @param operation     the operation called, e.g. {@code GET /episodes/{id}}
 * @param records       the record ids in the path (episode, case, entry, child, review...)
 * @param query         the query string as sent, or null
 * @param children      every reference to a child or record involved: ids, identifiers (also as {@code kind:value})
 * @param from          the client's address (and the proxy's, when a forwarded address is trusted)
 * @param purpose       the purpose stated in {@code Lantern-Purpose}, or the role's standing purpose
 * @param purposeStated true when the purpose is the person's own words
 * @param breakGlass    the reason given for breaking the glass, or null; such an entry awaits a manager's review
 * @param reviewOf      for a {@link AccessAction#BREAK_GLASS_REVIEW}: the sequence of the entry reviewed
 * @param note          for a review: the manager's note
 * @param previousHash  the hash of entry {@code sequence - 1} ({@link #GENESIS} for the first)
 * @param hash          SHA-256 of {@link #canonical()}, lowercase hex
 */
public record AccessLogEntry(long sequence, Instant at, Who actor, AccessAction action, String operation,
                             List<String> records, String query, List<String> children, String from, String purpose,
                             boolean purposeStated, String breakGlass, Long reviewOf, String note, String previousHash,
                             String hash) {

    /** The previous hash of entry 1. */
    public static final String GENESIS = "0".repeat(64);
    private static final String FORMAT = "lantern-access-log/1";

    /** The person, as the token named them at the time. */
    public record Who(String subject, String name, String organisation, List<String> roles) {

        public Who {
            roles = List.copyOf(roles);
        }
    }

    public AccessLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        records = List.copyOf(records);
        children = List.copyOf(children);
    }

    /** An entry before it has its place in the chain. */
    public record Draft(Who actor, AccessAction action, String operation, List<String> records, String query,
                        List<String> children, String from, String purpose, boolean purposeStated, String breakGlass,
                        Long reviewOf, String note) {

        /** The entry at {@code sequence}, after the entry whose hash is {@code previousHash}. */
        public AccessLogEntry chain(long sequence, Instant at, String previousHash) {
            AccessLogEntry unsealed = new AccessLogEntry(sequence, at.truncatedTo(ChronoUnit.MILLIS), actor, action,
                    operation, records, query, children, from, purpose, purposeStated, breakGlass, reviewOf, note,
                    previousHash, null);
            return unsealed.withHash(unsealed.computeHash());
        }
    }

    private AccessLogEntry withHash(String hash) {
        return new AccessLogEntry(sequence, at, actor, action, operation, records, query, children, from, purpose,
                purposeStated, breakGlass, reviewOf, note, previousHash, hash);
    }

    /** Flagged for a manager: the glass was broken. */
    public boolean flagged() {
        return breakGlass != null;
    }

    /** The encoding the hash is taken over: every field but the hash, in a fixed order, then the previous hash. */
    public String canonical() {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        field(out, "sequence", Long.toString(sequence));
        field(out, "at", Long.toString(at.toEpochMilli()));
        field(out, "actor.subject", actor.subject());
        field(out, "actor.name", actor.name());
        field(out, "actor.organisation", actor.organisation());
        list(out, "actor.roles", actor.roles());
        field(out, "action", action.name());
        field(out, "operation", operation);
        list(out, "records", records);
        field(out, "query", query);
        list(out, "children", children);
        field(out, "from", from);
        field(out, "purpose", purpose);
        field(out, "purposeStated", Boolean.toString(purposeStated));
        field(out, "breakGlass", breakGlass);
        field(out, "reviewOf", reviewOf == null ? null : reviewOf.toString());
        field(out, "note", note);
        field(out, "previousHash", previousHash);
        return out.toString();
    }

    /** SHA-256 of {@link #canonical()}: what {@link #hash} must be if the entry is as written. */
    public String computeHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        encode(out, value);
        out.append('\n');
    }

    private static void list(StringBuilder out, String name, List<String> values) {
        out.append(name).append("=[").append(values.size());
        for (String value : values) {
            out.append(',');
            encode(out, value);
        }
        out.append("]\n");
    }

    private static void encode(StringBuilder out, String value) {
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
    }

    public Document toDocument() {
        Document who = new Document("subject", actor.subject()).append("name", actor.name())
                .append("organisation", actor.organisation()).append("roles", actor.roles());
        return new Document("_id", sequence)
                .append("sequence", sequence)
                .append("at", Date.from(at))
                .append("actor", who)
                .append("action", action.name())
                .append("operation", operation)
                .append("records", records)
                .append("query", query)
                .append("children", children)
                .append("from", from)
                .append("purpose", purpose)
                .append("purposeStated", purposeStated)
                .append("breakGlass", breakGlass)
                .append("reviewOf", reviewOf)
                .append("note", note)
                .append("previousHash", previousHash)
                .append("hash", hash);
    }

    /** The entry a stored document holds; fails with {@link IllegalArgumentException} if it is not one. */
    public static AccessLogEntry fromDocument(Document d) {
        try {
            Document who = d.get("actor", Document.class);
            Object reviewOf = d.get("reviewOf");
            return new AccessLogEntry(((Number) d.get("sequence")).longValue(), d.getDate("at").toInstant(),
                    new Who(who.getString("subject"), who.getString("name"), who.getString("organisation"),
                            who.getList("roles", String.class)),
                    AccessAction.valueOf(d.getString("action")), d.getString("operation"),
                    d.getList("records", String.class), d.getString("query"), d.getList("children", String.class),
                    d.getString("from"), d.getString("purpose"), d.getBoolean("purposeStated"),
                    d.getString("breakGlass"), reviewOf == null ? null : ((Number) reviewOf).longValue(),
                    d.getString("note"), d.getString("previousHash"), d.getString("hash"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an access log entry: " + e.getMessage(), e);
        }
    }
}
