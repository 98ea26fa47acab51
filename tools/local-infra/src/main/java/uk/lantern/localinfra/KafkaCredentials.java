package uk.lantern.localinfra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import uk.lantern.schemas.access.KafkaPrincipals;

/**
 * The SCRAM password of every principal in {@link KafkaPrincipals} (the super user {@link KafkaPrincipals#ADMIN}
 * included). Nothing has a default password: they are random, either for one run ({@link #random()}) or made once
 * and kept in a file readable by its owner only ({@link #keptIn(Path)}), so that a broker's data folder and its
 * users' passwords stay together.
 */
public record KafkaCredentials(Map<String, String> passwords) {

    private static final int BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    public KafkaCredentials {
        passwords = Map.copyOf(passwords);
        for (String name : KafkaPrincipals.names()) {
            String password = passwords.get(name);
            if (password == null || password.isBlank()) {
                throw new IllegalArgumentException("no Kafka password for " + name);
            }
        }
    }

    /** A random password for every principal. */
    public static KafkaCredentials random() {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String name : KafkaPrincipals.names()) {
            passwords.put(name, newPassword());
        }
        return new KafkaCredentials(passwords);
    }

    /**
     * The passwords kept in {@code file} (a properties file, principal = password), made on first use; a principal
     * added to the declaration since gets a password added to the file.
     */
    public static synchronized KafkaCredentials keptIn(Path file) {
        try {
            Properties kept = new Properties();
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    kept.load(in);
                }
            }
            boolean changed = false;
            for (String name : KafkaPrincipals.names()) {
                if (kept.getProperty(name, "").isBlank()) {
                    kept.setProperty(name, newPassword());
                    changed = true;
                }
            }
            if (changed) {
                write(file, kept);
            }
            Map<String, String> passwords = new TreeMap<>();
            kept.stringPropertyNames().forEach(name -> passwords.put(name, kept.getProperty(name)));
            return new KafkaCredentials(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the Kafka passwords in " + file, e);
        }
    }

    public String password(String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException("no Kafka password for " + principal);
        }
        return password;
    }

    public String adminPassword() {
        return password(KafkaPrincipals.ADMIN);
    }

    @Override
    public String toString() {
        return "KafkaCredentials" + passwords.keySet();
    }

    private static String newPassword() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, Properties passwords) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.deleteIfExists(next);
        PrivateFiles.create(next);
        try (Writer out = Files.newBufferedWriter(next)) {
            passwords.store(out, "Kafka SCRAM passwords of this data folder (made by Lantern's local stack; keep private)");
        }
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
