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
 * fragment, owned by the feature whose reader reads it ({@link SectionReader#schema}). In an overlay, an entry may
 * be just {@code {id, remove: true}}, and no section is required.
 */
public final class KbSchema {
    private KbSchema() {}

    /** The schema of a knowledge base of {@code sections}, as plain maps and lists (JSON's tree). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(List<SectionReader<?>> sections) {
        Map<String, Object> schema = read(resource());
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        List<String> required = new ArrayList<>(List.of("version"));
        for (SectionReader<?> section : sections) {
            String fragment = section.schema();
            if (fragment == null) {
                throw new IllegalStateException("section '" + section.key() + "' has no " + section.key() + ".schema.json beside its reader");
            }
            properties.put(section.key(), allowRemovals(read(fragment)));
            if (section.required()) {
                required.add(section.key());
            }
        }
        // A whole knowledge base needs its required sections; an overlay (extends) needs none.
        schema.put("if", Map.of("required", List.of("extends")));
        schema.put("else", Map.of("required", required));
        return schema;
    }

    /** A list section whose entries have ids may, in an overlay, hold {@code {id: ..., remove: true}} entries. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> allowRemovals(Map<String, Object> fragment) {
        if ("array".equals(fragment.get("type")) && fragment.get("items") instanceof Map<?, ?> items
                && items.get("required") instanceof List<?> keys && keys.contains("id")) {
            Map<String, Object> either = new LinkedHashMap<>();
            either.put("anyOf", List.of(items, Map.of("$ref", "#/$defs/removal")));
            fragment.put("items", either);
        }
        return fragment;
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
