package okpay.support.maintain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.SectionReader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import okpay.support.render.KeepEmpty;

/**
 * What {@code kb stats} prints: entries per section, texts per section and language, texts that look untranslated,
 * and the FAQ entries with fewer than {@code minExamples} example questions in a language.
 */
public record StatsResult(String source, List<Section> sections, int texts, int zh, int en, @KeepEmpty List<Untranslated> untranslated,
        int minExamples, @KeepEmpty List<FewExamples> fewExamples) {

    /** The fewest example questions an FAQ entry should have per language before stats lists it. */
    public static final int MIN_EXAMPLES = 8;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    /** One section: its entries (what {@code kb validate} counts), its texts and how many have each language. */
    public record Section(String key, Map<String, Integer> entries, int texts, int zh, int en) {}

    /** A text whose Chinese is its English (no Chinese character in it), at {@code path} ({@code faqs[lost-phone].title}). */
    public record Untranslated(String section, String path, String text) {}

    /** An FAQ entry with few example questions ({@code examples}) in Chinese or English. */
    public record FewExamples(String id, int zh, int en) {}

    /** The statistics of {@code kb}, whose sections {@code sections} read. */
    public static StatsResult of(KnowledgeBase kb, List<SectionReader<?>> sections) {
        List<Section> out = new ArrayList<>();
        List<Untranslated> untranslated = new ArrayList<>();
        int[] total = new int[3];
        for (SectionReader<?> reader : sections) {
            if (!kb.has(reader)) {
                continue;
            }
            int[] counts = new int[3];
            walk(kb.tree(reader.key()), reader.key(), reader.key(), counts, untranslated);
            out.add(new Section(reader.key(), counts(reader, kb), counts[0], counts[1], counts[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
        }
        return new StatsResult(kb.source(), out, total[0], total[1], total[2], untranslated, MIN_EXAMPLES,
                fewExamples(kb.tree("faqs")));
    }

    /** What {@code kb validate} counts of the section, else the length of a section that is a list. */
    private static <T> Map<String, Integer> counts(SectionReader<T> reader, KnowledgeBase kb) {
        Map<String, Integer> counts = reader.counts(kb.get(reader));
        if (counts.isEmpty() && kb.tree(reader.key()) instanceof SequenceNode list) {
            return Map.of(reader.key(), list.getValue().size());
        }
        return counts;
    }

    /** Counts the texts ({@code {zh, en}} mappings) under {@code node}: all, with Chinese, with English. */
    private static void walk(Node node, String section, String path, int[] counts, List<Untranslated> untranslated) {
        if (node instanceof MappingNode mapping) {
            Map<String, String> text = text(mapping);
            if (text != null) {
                counts[0]++;
                counts[1] += text.containsKey("zh") ? 1 : 0;
                counts[2] += text.containsKey("en") ? 1 : 0;
                String zh = text.get("zh");
                if (zh != null && zh.equals(text.get("en")) && !HAN.matcher(zh).find() && hasWords(zh)) {
                    untranslated.add(new Untranslated(section, path, zh));
                }
                return;
            }
            String id = null;
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && (key.getValue().equals("id") || key.getValue().equals("code"))
                        && tuple.getValueNode() instanceof ScalarNode value) {
                    id = value.getValue();
                }
            }
            String here = id == null ? path : path + "[" + id + "]";
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                walk(tuple.getValueNode(), section, here + "." + key, counts, untranslated);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                walk(item, section, path, counts, untranslated);
            }
        }
    }

    /** Whether {@code text} has words to translate: letters outside {@code {placeholders}} ("[{topic}] {tx_id}" has none). */
    private static boolean hasWords(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("").chars().anyMatch(Character::isLetter);
    }

    /** The languages of a text mapping ({@code zh}, {@code en} with string values), or null when it is none. */
    private static Map<String, String> text(MappingNode mapping) {
        Map<String, String> text = new java.util.HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!(key.equals("zh") || key.equals("en")) || !(tuple.getValueNode() instanceof ScalarNode value)) {
                return null;
            }
            text.put(key, value.getValue());
        }
        return text.isEmpty() ? null : text;
    }

    /**
     * The FAQ entries with fewer than {@link #MIN_EXAMPLES} example questions in a language. Questions are read from
     * the entry's {@code questions}: a mapping of languages to lists, or a list of texts.
     */
    private static List<FewExamples> fewExamples(Node faqs) {
        List<FewExamples> few = new ArrayList<>();
        if (!(faqs instanceof SequenceNode list)) {
            return few;
        }
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode entry)) {
                continue;
            }
            String id = null;
            int zh = 0;
            int en = 0;
            for (NodeTuple tuple : entry.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (key.equals("id") && tuple.getValueNode() instanceof ScalarNode value) {
                    id = value.getValue();
                } else if (key.equals("examples")) {
                    int[] counted = examples(tuple.getValueNode());
                    zh = counted[0];
                    en = counted[1];
                }
            }
            if (zh < MIN_EXAMPLES || en < MIN_EXAMPLES) {
                few.add(new FewExamples(id, zh, en));
            }
        }
        return few;
    }

    private static int[] examples(Node node) {
        int[] counted = new int[2];
        if (node instanceof MappingNode byLanguage) {
            for (NodeTuple tuple : byLanguage.getValue()) {
                String lang = ((ScalarNode) tuple.getKeyNode()).getValue();
                int size = tuple.getValueNode() instanceof SequenceNode items ? items.getValue().size() : 1;
                counted[lang.equals("zh") ? 0 : 1] += lang.equals("zh") || lang.equals("en") ? size : 0;
            }
        } else if (node instanceof SequenceNode items) {
            for (Node item : items.getValue()) {
                if (item instanceof MappingNode text && text(text) != null) {
                    counted[0] += text(text).containsKey("zh") ? 1 : 0;
                    counted[1] += text(text).containsKey("en") ? 1 : 0;
                } else {
                    counted[0]++;
                    counted[1]++;
                }
            }
        }
        return counted;
    }
}
