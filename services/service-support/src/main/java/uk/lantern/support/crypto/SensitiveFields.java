package uk.lantern.support.crypto;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The sensitive free-text fields of one collection, as paths from the document root: {@code episode.closure.reason},
 * with {@code []} after a segment that is an array ({@code entry.enquiries[].notes}). Each value found is sealed
 * with its concrete place ({@code register_entries/<id>/entry.enquiries.2.notes}) as associated data.
 *
 * <p>Works on the BSON document the store writes and reads, so the domain records stay plain strings and free of
 * framework imports. Nothing may query by these fields: once sealed, equal texts are not equal values.
 */
public final class SensitiveFields {

    private final String collection;
    private final List<String> paths;
    private final FieldCipher cipher;

    public SensitiveFields(String collection, List<String> paths, FieldCipher cipher) {
        this.collection = collection;
        this.paths = List.copyOf(paths);
        this.cipher = cipher;
    }

    public String collection() {
        return collection;
    }

    public List<String> paths() {
        return paths;
    }

    FieldCipher cipher() {
        return cipher;
    }

    /** Seals, in place, every sensitive value of a whole document (its id taken from {@code _id}). */
    public Document seal(Document root) {
        String id = String.valueOf(root.get("_id"));
        for (Located v : locate(root)) {
            if (v.value() instanceof String s) {
                v.container().put(v.key(), cipher.seal(s, place(id, v.path())));
            }
        }
        return root;
    }

    /**
     * Seals the sensitive values under one top-level field of document {@code id}, for an update that sets that
     * field ({@code $set: {episode: ...}}).
     */
    public Document seal(String id, String topField, Document value) {
        Document root = new Document("_id", id).append(topField, value);
        seal(root);
        return root.get(topField, Document.class);
    }

    /** Opens, in place, every sensitive value of a document read from the store. */
    public Document open(Document root) {
        String id = String.valueOf(root.get("_id"));
        for (Located v : locate(root)) {
            if (v.value() != null) {
                v.container().put(v.key(), cipher.open(v.value(), place(id, v.path())));
            }
        }
        return root;
    }

    String place(String id, String concretePath) {
        return collection + "/" + id + "/" + concretePath;
    }

    /** One sensitive value where it sits: its container and key (to replace it), its concrete path. */
    record Located(Document container, String key, String path, Object value) {
    }

    List<Located> locate(Document root) {
        List<Located> found = new ArrayList<>();
        for (String path : paths) {
            walk(root, path.split("\\."), 0, "", found);
        }
        return found;
    }

    private static void walk(Document at, String[] segments, int i, String prefix, List<Located> found) {
        String segment = segments[i];
        boolean array = segment.endsWith("[]");
        String key = array ? segment.substring(0, segment.length() - 2) : segment;
        String path = prefix.isEmpty() ? key : prefix + "." + key;
        Object value = at.get(key);
        if (value == null) {
            return;
        }
        boolean last = i == segments.length - 1;
        if (array) {
            if (!(value instanceof List<?> list)) {
                return;
            }
            for (int n = 0; n < list.size(); n++) {
                if (last) {
                    throw new IllegalArgumentException("a sensitive path ends in a field, not an array: " + path);
                }
                if (list.get(n) instanceof Document element) {
                    walk(element, segments, i + 1, path + "." + n, found);
                }
            }
        } else if (last) {
            found.add(new Located(at, key, path, value));
        } else if (value instanceof Document next) {
            walk(next, segments, i + 1, path, found);
        }
    }
}
