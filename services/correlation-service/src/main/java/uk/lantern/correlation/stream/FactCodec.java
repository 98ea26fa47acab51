package uk.lantern.correlation.stream;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import uk.lantern.correlation.patterns.ChildFact;

/** A {@link ChildFact} as JSON and back, its record's simple name kept beside it (no Java class names on topics). */
final class FactCodec {

    private static final Map<String, Class<?>> TYPES = Arrays.stream(ChildFact.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private FactCodec() {
    }

    static String typeOf(ChildFact fact) {
        return fact.getClass().getSimpleName();
    }

    static JsonNode tree(ChildFact fact) {
        return InternalJson.MAPPER.valueToTree(fact);
    }

    static ChildFact fact(String type, JsonNode tree) {
        Class<?> cls = TYPES.get(type);
        if (cls == null) {
            throw new IllegalArgumentException("unknown fact type " + type);
        }
        return (ChildFact) InternalJson.MAPPER.treeToValue(tree, cls);
    }
}
