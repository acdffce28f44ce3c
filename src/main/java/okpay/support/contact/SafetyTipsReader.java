package okpay.support.contact;

import java.util.List;
import okpay.support.kb.SectionReader;
import okpay.support.kb.Text;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code safety_tips} section: how to tell genuine support from impostors. */
public final class SafetyTipsReader implements SectionReader<List<Text>> {
    /** The one instance, as {@code kb.get(SafetyTipsReader.SECTION)} names the section. */
    public static final SafetyTipsReader SECTION = new SafetyTipsReader();

    private SafetyTipsReader() {}

    @Override
    public String key() {
        return "safety_tips";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public List<Text> absent() {
        return List.of();
    }

    @Override
    public List<Text> read(Node node, Context context) {
        return List.copyOf(context.in().texts(node, "safety_tips", false));
    }
}
