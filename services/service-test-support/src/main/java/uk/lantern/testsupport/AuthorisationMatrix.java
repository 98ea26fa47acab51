package uk.lantern.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The authorisation matrix of {@code shared-schemas/access-matrix.md}, checked against a running service: every
 * operation of the service's OpenAPI document must have a row (and every row an operation), and every operation is
 * called without a sign-in and as every role, the answer compared with the cell. "Allowed" means the request got past
 * the access rules (any answer but 401 or 403: a made-up id may well be 404); "refused" means 403.
 */
public final class AuthorisationMatrix {

    /** A demo person holding each role of the matrix's columns, in column order. */
    public static final Map<String, String> PERSON_FOR_ROLE = orderedMap(
            "police-recorder", "recorder", "interview-provider", "provider", "cme-officer", "cme",
            "exploitation-assessor", "assessor", "missing-coordinator", "coordinator", "mace-member", "mace",
            "police-analyst", "analyst", "manager", "manager", "administrator", "admin");

    public record Row(String method, String path, Map<String, String> cells) {
        String operation() {
            return method + " " + path;
        }
    }

    /** What a check found wrong, one line each; empty when the service behaves as the matrix says. */
    public record Findings(List<String> wrong, int calls) {
    }

    private AuthorisationMatrix() {
    }

    /** The rows of one service's section. */
    public static List<Row> rows(String service) {
        List<Row> rows = new ArrayList<>();
        List<String> roles = null;
        boolean inSection = false;
        for (String line : lines()) {
            if (line.startsWith("## ")) {
                inSection = line.substring(3).strip().equals(service);
                continue;
            }
            if (!inSection || !line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("Operation")) {
                roles = cells.subList(1, cells.size());
                if (!roles.equals(List.copyOf(PERSON_FOR_ROLE.keySet()))) {
                    throw new IllegalStateException("the matrix's columns are not the nine roles in order: " + roles);
                }
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            String[] operation = cells.get(0).split(" ", 2);
            Map<String, String> byRole = new LinkedHashMap<>();
            for (int i = 0; i < roles.size(); i++) {
                String cell = cells.get(i + 1);
                if (!Set.of("yes", "own org", "break glass", "–").contains(cell)) {
                    throw new IllegalStateException("unknown cell '" + cell + "' in " + line);
                }
                byRole.put(roles.get(i), cell);
            }
            rows.add(new Row(operation[0], operation[1], byRole));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("the matrix has no section '## " + service + "'");
        }
        return rows;
    }

    /** Holds the service behind {@code anonymous} (an {@link Api} with nobody signed in) to its rows of the matrix. */
    public static Findings check(String service, Api anonymous) {
        List<String> wrong = new ArrayList<>();
        List<Row> rows = rows(service);
        Set<String> documented = documentedOperations(anonymous);
        Set<String> inMatrix = new TreeSet<>();
        rows.forEach(row -> inMatrix.add(row.operation()));
        for (String operation : documented) {
            if (!inMatrix.contains(operation)) {
                wrong.add(operation + " is in the OpenAPI document but not in the matrix: say who may call it");
            }
        }
        for (String operation : inMatrix) {
            if (!documented.contains(operation)) {
                wrong.add(operation + " is in the matrix but the service has no such operation");
            }
        }
        int calls = 0;
        for (Row row : rows) {
            if (!documented.contains(row.operation())) {
                continue;
            }
            Api.Response nobody = call(anonymous, row);
            calls++;
            if (nobody.status() != 401) {
                wrong.add(row.operation() + " without a sign-in answered " + nobody.status() + ", not 401");
            }
            for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                Api person = anonymous.as(PERSON_FOR_ROLE.get(cell.getKey()));
                int status = call(person, row).status();
                calls++;
                String as = row.operation() + " as " + cell.getKey();
                switch (cell.getValue()) {
                    case "yes", "own org" -> {
                        if (status == 401 || status == 403) {
                            wrong.add(as + " answered " + status + " but the matrix says " + cell.getValue());
                        }
                    }
                    case "break glass" -> {
                        if (status != 403) {
                            wrong.add(as + " without a reason answered " + status + ", not 403 (break glass only)");
                        }
                        int broken = call(person.withHeaders("Lantern-Break-Glass",
                                "Child reported missing tonight; checking known associates"), row).status();
                        calls++;
                        if (broken == 401 || broken == 403) {
                            wrong.add(as + " breaking the glass with a reason answered " + broken);
                        }
                    }
                    default -> {
                        if (status != 403) {
                            wrong.add(as + " answered " + status + " but the matrix refuses it (403)");
                        }
                    }
                }
            }
        }
        return new Findings(wrong, calls);
    }

    private static Api.Response call(Api api, Row row) {
        String path = row.path().replaceAll("\\{[^}]+}", "matrix-check-0001");
        return switch (row.method()) {
            case "GET" -> api.get(path);
            case "POST" -> api.post(path, "{}");
            default -> api.send(row.method(), path, "application/json", "{}".getBytes());
        };
    }

    /** "METHOD /path" for every operation of the service's OpenAPI document. */
    public static Set<String> documentedOperations(Api anonymous) {
        Api.Response docs = anonymous.get("/v3/api-docs");
        if (docs.status() != 200) {
            throw new IllegalStateException("the OpenAPI document answered " + docs.status());
        }
        Set<String> operations = new TreeSet<>();
        JsonNode paths = docs.body().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : path.getValue().propertyNames()) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static List<String> lines() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("shared-schemas/access-matrix.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("shared-schemas/access-matrix.md not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return Files.readAllLines(dir.resolve("shared-schemas/access-matrix.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
