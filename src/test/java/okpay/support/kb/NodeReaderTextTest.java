package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A reader of text a user gives (YAML or compiled) makes a hidden character visible; the reader of the embedded
 * snapshot, whose text the build checked, takes its strings as stored; and the embedded text has none to make visible.
 */
class NodeReaderTextTest {
    private static ScalarNode scalar(String value) {
        return new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    @Test
    void aUsersTextIsMadeVisibleTheBuiltTextIsTakenAsStored() {
        String hidden = "pay\u202Eyap\u001B[31m";
        String visible = new NodeReader("x.yaml", new ArrayList<>()).string(scalar(hidden), "text");
        assertFalse(visible.contains("\u202E") || visible.contains("\u001B"), visible);
        assertEquals(hidden, NodeReader.ofBuiltText("faq.yaml (embedded)").string(scalar(hidden), "text"));
        assertEquals("plain text", NodeReader.ofBuiltText("faq.yaml (embedded)").string(scalar(" plain text "), "text"));
    }

    @Test
    void theEmbeddedKnowledgeBaseHasNoHiddenCharacterToMakeVisible() {
        byte[] yaml = KnowledgeBaseLoader.embeddedYaml();
        List<Problem> problems = new ArrayList<>();
        assertTrue(SafeYaml.read(yaml, "faq.yaml", SafeYaml.KNOWLEDGE_BASE, problems) != null, "the embedded YAML parses");
        assertEquals(List.of(), problems, "SafeYaml refuses a hidden character: the build's file has none");
        String text = new String(yaml, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(HiddenCharacters.any(text.replace("\t", " ")), "no hidden character anywhere in the embedded file");
    }
}
