package okpay.support.contact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.i18n.Lang;
import okpay.support.kb.NodeReader;
import okpay.support.kb.Subject;
import okpay.support.kb.SectionReader;
import okpay.support.kb.Text;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code hotline} section: the regions' numbers, hours and languages, and what to do where there is none. */
public final class HotlineReader implements SectionReader<Hotline> {
    /** The one instance, as {@code kb.get(HotlineReader.SECTION)} names the section. */
    public static final HotlineReader SECTION = new HotlineReader();

    private HotlineReader() {}

    @Override
    public String key() {
        return "hotline";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public Hotline absent() {
        return null;
    }

    @Override
    public Map<String, Integer> counts(Hotline hotline) {
        return Map.of("regions", hotline == null ? 0 : hotline.regions().size());
    }

    @Override
    public Hotline read(Node node, Context context) {
        NodeReader in = context.in();
        Map<String, Node> f = in.mapping(node, "hotline", Set.of("regions", "no_hotline"), Set.of());
        if (f == null) {
            return null;
        }
        List<Region> regions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node item : f.containsKey("regions") ? in.sequence(f.get("regions"), "hotline regions", false) : List.<Node>of()) {
            Region region = region(in, item, codes);
            if (region != null) {
                regions.add(region);
            }
        }
        return new Hotline(regions, in.text(f, "no_hotline", "hotline no_hotline"));
    }

    private static Region region(NodeReader in, Node item, Set<String> codes) {
        Map<String, Node> r = in.mapping(item, "hotline region", Set.of("code", "name"), Set.of("number", "hours", "languages"));
        if (r == null) {
            return null;
        }
        String code = r.containsKey("code") ? in.string(r.get("code"), "region code") : null;
        if (code != null && !isRegionCode(code)) {
            in.problem(r.get("code"), "region.bad-code", code);
        } else if (code != null && !codes.add(code)) {
            in.problem(r.get("code"), "region.duplicate", code);
        }
        String what = "region '" + code + "'";
        String number = in.optionalString(r.get("number"), what + " number");
        if (number != null && !ChannelsReader.isPhone(number)) {
            in.problem(r.get("number"), "region.number", new Subject(what), number);
        }
        Text hours = in.optionalText(r.get("hours"), what + " hours");
        if (number != null && !r.containsKey("hours")) {
            in.problem(item, "region.no-hours", new Subject(what));
        }
        if (number == null && r.containsKey("hours")) {
            in.problem(r.get("hours"), "region.no-number", new Subject(what));
        }
        List<Lang> languages = new ArrayList<>();
        if (r.containsKey("languages")) {
            for (Node lang : in.sequence(r.get("languages"), what + " languages", false)) {
                Lang parsed = Lang.parse(in.string(lang, what + " language"));
                if (parsed == null) {
                    in.problem(lang, "region.language", new Subject(what));
                } else {
                    languages.add(parsed);
                }
            }
        }
        return new Region(code, in.text(r, "name", what + " name"), number, hours, languages);
    }

    /** True for two capital letters (ISO 3166), checked by hand: no regular expression on a one-off run's way. */
    static boolean isRegionCode(String code) {
        return code.length() == 2 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z' && code.charAt(1) >= 'A' && code.charAt(1) <= 'Z';
    }
}
