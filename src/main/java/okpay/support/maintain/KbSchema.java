package okpay.support.maintain;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okpay.support.kb.SectionReader;

/**
 * The JSON Schema of the knowledge-base format, for editors ({@code # yaml-language-server: $schema=...}) and the
 * test that keeps it true: the top level and shared definitions ({@code kb.schema.json} here) plus each section's
 * fragment, owned by the feature whose reader reads it ({@link SectionReader#schema}). An overlay needs no section,
 * may give a mapping in part, and an entry may be just {@code {id, remove: true}}.
 */
public final class KbSchema {
    private KbSchema() {}

    /** The schema of a knowledge base of {@code sections}, as plain maps and lists (JSON's tree). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(List<SectionReader<?>> sections) {
        Map<String, Object> schema = read(resource());
        Map<String, Object> whole = new LinkedHashMap<>();
        Map<String, Object> overlay = new LinkedHashMap<>();
        List<String> required = new ArrayList<>(List.of("version"));
        for (SectionReader<?> section : sections) {
            String fragment = section.schema();
            if (fragment == null) {
                throw new IllegalStateException("section '" + section.key() + "' has no " + section.key() + ".schema.json beside its reader");
            }
            whole.put(section.key(), read(fragment));
            overlay.put(section.key(), relaxed(read(fragment), false));
            if (section.required()) {
                required.add(section.key());
            }
        }
        // An overlay (extends) needs no section, may give a mapping in part, and may remove entries; a whole file may not.
        schema.put("if", Map.of("required", List.of("extends")));
        schema.put("then", Map.of("properties", overlay));
        schema.put("else", Map.of("properties", whole, "required", required));
        schema.put("unevaluatedProperties", false);
        return schema;
    }

    /**
     * {@code fragment} as an overlay may give it: a mapping's fields are all optional (it merges key by key), while an
     * entry of a list with ids stays whole (it replaces the entry with the same id) or is {@code {id, remove: true}}.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> relaxed(Map<String, Object> fragment, boolean entry) {
        Map<String, Object> out = new LinkedHashMap<>(fragment);
        if ("object".equals(out.get("type")) && !entry) {
            out.remove("required");
            if (out.get("properties") instanceof Map<?, ?> properties) {
                Map<String, Object> fields = new LinkedHashMap<>();
                ((Map<String, Object>) properties).forEach((k, v) -> fields.put(k, v instanceof Map<?, ?> m ? relaxed((Map<String, Object>) m, false) : v));
                out.put("properties", fields);
            }
        }
        if ("array".equals(out.get("type")) && out.get("items") instanceof Map<?, ?> items && items.get("required") instanceof List<?> keys
                && (keys.contains("id") || keys.contains("code"))) {
            out.put("items", Map.of("anyOf", List.of(items, Map.of("$ref", "#/$defs/removal"))));
        }
        return out;
    }

    private static String resource() {
        try (InputStream in = KbSchema.class.getResourceAsStream("kb.schema.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.std.with(JSON.Feature.PRESERVE_FIELD_ORDERING).mapFrom(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a schema fragment is not JSON", e);
        }
    }
}
