package uk.lantern.support.web;

import java.util.regex.Pattern;

/** Keeps Java's vocabulary (qualified class names, stack frames) out of what a problem says. */
final class Redaction {

    /** A qualified Java name: lower-case package parts then a class, e.g. java.lang.String or a.b.C$D. */
    private static final Pattern QUALIFIED_CLASS =
            Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*(?:\\.[A-Za-z0-9_$<>]+)?");
    private static final Pattern CLASS_WORD = Pattern.compile("\\bclass [A-Za-z0-9_.$]+");
    private static final Pattern STACK_FRAME = Pattern.compile("\\s+at [A-Za-z0-9_.$<>]+\\(.*?\\)");
    private static final int MAX_FIELD_NAME = 100;

    private Redaction() {
    }

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = STACK_FRAME.matcher(text).replaceAll("");
        cleaned = CLASS_WORD.matcher(cleaned).replaceAll("a value");
        cleaned = QUALIFIED_CLASS.matcher(cleaned).replaceAll("a value");
        return cleaned;
    }

    /**
     * A field name the client sent, as it may be echoed back: printable, and short (a name is an API's word, not a
     * payload).
     */
    static String fieldName(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(MAX_FIELD_NAME).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (name.codePointCount(0, name.length()) > MAX_FIELD_NAME) {
            out.append('…');
        }
        return out.toString();
    }
}
