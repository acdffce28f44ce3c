package okpay.support.render;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A result as the plain tree its JSON and YAML documents have, with the one rule for empty values applied: a record
 * component that is null, or an empty list or map, is left out (unless marked {@link KeepEmpty}); maps and lists that
 * are data (an answers map, a knowledge base's own tree) keep their entries, null values aside.
 */
final class OutputTree {
    private OutputTree() {}

    /** {@code value} as maps (records in declaration order), lists, strings, numbers and booleans. */
    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Record record) {
            return record(record);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> tree = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                if (item != null) {
                    tree.put(String.valueOf(key), of(item));
                }
            });
            return tree;
        }
        if (value instanceof Collection<?> items) {
            List<Object> tree = new ArrayList<>(items.size());
            items.forEach(item -> tree.add(of(item)));
            return tree;
        }
        if (value instanceof java.util.Optional<?>) {
            // An empty Optional would be written as an object, a present one as its fields: output types use null instead.
            throw new IllegalArgumentException("an Optional in an output type; use null for no value");
        }
        // Anything else (none of the output types today) as jackson-jr writes it.
        try {
            return JSON.std.anyFrom(JSON.std.asString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> record(Record record) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = of(read(component, record));
            boolean empty = value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
            if (!empty || value != null && component.isAnnotationPresent(KeepEmpty.class)) {
                tree.put(component.getName(), value);
            }
        }
        return tree;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
