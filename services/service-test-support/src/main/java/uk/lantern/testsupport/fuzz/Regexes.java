package uk.lantern.testsupport.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Examples of simple regular expressions, enough for the patterns API schemas use: anchors, literals, escapes
 * ({@code \d \w \s} and escaped characters), classes with ranges, groups with alternatives, and the quantifiers
 * {@code ? * + {n} {n,} {n,m}}. Returns null for anything else, or when the example does not match (checked).
 */
final class Regexes {

    private Regexes() {
    }

    static String example(String regex, Random random) {
        try {
            StringBuilder out = new StringBuilder();
            int end = sequence(regex, 0, random, out);
            if (end != regex.length()) {
                return null;
            }
            String text = out.toString();
            return Pattern.compile(regex).matcher(text).find() ? text : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Generates a sequence up to ')' or '|' or the end; returns where it stopped. */
    private static int sequence(String re, int i, Random random, StringBuilder out) {
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == ')' || c == '|') {
                return i;
            }
            if (c == '^' || c == '$') {
                i++;
                continue;
            }
            List<String> atom = new ArrayList<>();
            int next;
            if (c == '(') {
                int start = i + 1;
                if (re.startsWith("?:", start)) {
                    start += 2;
                }
                List<Integer> alternatives = new ArrayList<>();
                alternatives.add(start);
                int depth = 0;
                int j = start;
                for (; j < re.length(); j++) {
                    char d = re.charAt(j);
                    if (d == '\\') {
                        j++;
                    } else if (d == '(') {
                        depth++;
                    } else if (d == ')') {
                        if (depth == 0) {
                            break;
                        }
                        depth--;
                    } else if (d == '|' && depth == 0) {
                        alternatives.add(j + 1);
                    }
                }
                final int groupEnd = j;
                final int chosen = alternatives.get(random.nextInt(alternatives.size()));
                atom.add(null);
                next = groupEnd + 1;
                int[] quantity = quantifier(re, next);
                next = quantity[2];
                int n = count(quantity, random);
                for (int k = 0; k < n; k++) {
                    sequence(re, chosen, random, out);
                }
                i = next;
                continue;
            } else if (c == '[') {
                int j = i + 1;
                boolean negated = j < re.length() && re.charAt(j) == '^';
                if (negated) {
                    return fail();
                }
                List<Character> chars = new ArrayList<>();
                while (re.charAt(j) != ']') {
                    char from = re.charAt(j);
                    if (from == '\\') {
                        j++;
                        chars.addAll(escape(re.charAt(j)));
                        j++;
                        continue;
                    }
                    if (j + 2 < re.length() && re.charAt(j + 1) == '-' && re.charAt(j + 2) != ']') {
                        char to = re.charAt(j + 2);
                        for (char k = from; k <= to; k++) {
                            chars.add(k);
                        }
                        j += 3;
                    } else {
                        chars.add(from);
                        j++;
                    }
                }
                next = j + 1;
                for (char k : chars) {
                    atom.add(String.valueOf(k));
                }
            } else if (c == '\\') {
                for (char k : escape(re.charAt(i + 1))) {
                    atom.add(String.valueOf(k));
                }
                next = i + 2;
            } else if (c == '.') {
                atom.add("x");
                next = i + 1;
            } else {
                atom.add(String.valueOf(c));
                next = i + 1;
            }
            int[] quantity = quantifier(re, next);
            int n = count(quantity, random);
            for (int k = 0; k < n; k++) {
                out.append(atom.get(random.nextInt(atom.size())));
            }
            i = quantity[2];
        }
        return i;
    }

    private static int fail() {
        throw new IllegalArgumentException("not supported");
    }

    private static List<Character> escape(char c) {
        List<Character> chars = new ArrayList<>();
        switch (c) {
            case 'd' -> {
                for (char k = '0'; k <= '9'; k++) {
                    chars.add(k);
                }
            }
            case 'w' -> {
                for (char k = 'a'; k <= 'z'; k++) {
                    chars.add(k);
                }
                chars.add('_');
            }
            case 's' -> chars.add(' ');
            default -> chars.add(c);
        }
        return chars;
    }

    /** {min, max, next index}. */
    private static int[] quantifier(String re, int i) {
        if (i >= re.length()) {
            return new int[] {1, 1, i};
        }
        char q = re.charAt(i);
        return switch (q) {
            case '?' -> new int[] {0, 1, i + 1};
            case '*' -> new int[] {0, 3, i + 1};
            case '+' -> new int[] {1, 3, i + 1};
            case '{' -> {
                int close = re.indexOf('}', i);
                String[] parts = re.substring(i + 1, close).split(",", -1);
                int min = Integer.parseInt(parts[0].trim());
                int max = parts.length == 1 ? min : parts[1].isBlank() ? min + 3 : Integer.parseInt(parts[1].trim());
                yield new int[] {min, max, close + 1};
            }
            default -> new int[] {1, 1, i};
        };
    }

    private static int count(int[] quantity, Random random) {
        return quantity[0] + random.nextInt(quantity[1] - quantity[0] + 1);
    }
}
