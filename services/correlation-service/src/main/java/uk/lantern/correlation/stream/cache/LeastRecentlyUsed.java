package uk.lantern.correlation.stream.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/** The decoded-value caches of the stages: a map that drops its least recently used entry past a size. */
public final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {
    }

    public static <K, V> Map<K, V> map(int maxEntries) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }
}
