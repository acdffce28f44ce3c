package okpay.support.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okpay.support.kb.KnowledgeBase;
import okpay.support.resource.Resources;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The part of the {@code completion bash|zsh} script that completes values: the knowledge-base values each option or
 * parameter declares ({@link KbValues}) and the fixed choices of the others ({@code --lang}, {@code config set KEY}...),
 * written into the script as lists, with the setting values of {@code config set KEY VALUE}. Static lists: a Tab in the
 * user's shell reads them from the script and never starts Java (see the README's Speed section for the measurements).
 */
final class CompletionValues {
    private static final String TEMPLATE = "okpay/support/cli/completion-values.bash";

    /** Each distinct list of values, numbered in order of first use. */
    private final Map<List<String>, Integer> lists = new LinkedHashMap<>();
    /** "PATH --option", "PATH #N" or "PATH #N FIRST" → list number; a value ending in "," is comma-separated. */
    private final Map<String, String> kinds = new LinkedHashMap<>();
    /** Command path → its subcommands and its options that take a value. */
    private final Map<String, String[]> commands = new LinkedHashMap<>();
    private final KnowledgeBase kb;

    private CompletionValues(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The script's value completion for the commands of {@code root}, with the values of {@code kb}. */
    static String bash(CommandLine root, KnowledgeBase kb) {
        CompletionValues values = new CompletionValues(kb);
        values.command("", root);
        values.settings(root);
        String template;
        try {
            template = new String(Resources.read(TEMPLATE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return template.replace("@LISTS@", values.lists()).replace("@KINDS@", values.kinds()).replace("@COMMANDS@", values.commands());
    }

    private void command(String path, CommandLine line) {
        CommandSpec spec = line.getCommandSpec();
        List<String> valued = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.arity().max() > 0) {
                valued.addAll(List.of(option.names()));
                List<String> values = values(option);
                if (!values.isEmpty()) {
                    String list = number(values) + (",".equals(option.splitRegex()) ? "," : "");
                    for (String name : option.names()) {
                        if (path.isEmpty() || !list.equals(kinds.get(" " + name))) {
                            kinds.put(path + " " + name, list); // an inherited option is found under the root's name
                        }
                    }
                }
            }
        }
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            List<String> values = values(positional);
            CommandLine.Range index = positional.index();
            if (!values.isEmpty()) {
                String list = String.valueOf(number(values));
                if (index.isVariable() || index.max() - index.min() > 20) {
                    kinds.put(path + " #" + index.min() + "*", list);
                } else {
                    for (int i = index.min(); i <= index.max(); i++) {
                        kinds.put(path + " #" + i, list);
                    }
                }
            }
        }
        commands.put(path, new String[] {" " + String.join(" ", line.getSubcommands().keySet()) + " ", " " + String.join(" ", valued) + " "});
        for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
            command(path.isEmpty() ? sub.getKey() : path + " " + sub.getKey(), sub.getValue());
        }
    }

    /** {@code config set KEY VALUE}: each setting takes the values of the option of the same name. */
    private void settings(CommandLine root) {
        CommandLine config = root.getSubcommands().get("config");
        if (config == null || !config.getSubcommands().containsKey("set")) {
            return;
        }
        for (String key : new Candidates.ConfigKeys()) {
            for (Map.Entry<String, String> kind : List.copyOf(kinds.entrySet())) {
                if (kind.getKey().endsWith(" --" + key)) {
                    kinds.putIfAbsent("config set #1 " + key, kind.getValue().replace(",", ""));
                    break;
                }
            }
        }
    }

    /** The values {@code arg} takes: its knowledge-base values, else its declared choices (enums in lower case). */
    private List<String> values(ArgSpec arg) {
        KbValues declared = arg.userObject() instanceof AnnotatedElement element ? element.getAnnotation(KbValues.class) : null;
        if (declared != null) {
            return KbValueLists.accepted(declared.value(), kb);
        }
        List<String> values = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            for (String value : arg.completionCandidates()) {
                values.add(arg.type().isEnum() ? value.toLowerCase(Locale.ROOT) : value);
            }
        }
        return values;
    }

    private int number(List<String> values) {
        return lists.computeIfAbsent(List.copyOf(values), v -> lists.size());
    }

    private String lists() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<List<String>, Integer> list : lists.entrySet()) {
            out.append("    ").append(list.getValue()).append(")\n      vals=(");
            list.getKey().forEach(value -> out.append(' ').append(literal(value)));
            out.append(" )\n      quoted=(");
            // only when some value needs quoting: a Tab copies these arrays, which is what a long list costs
            if (list.getKey().stream().anyMatch(value -> !typed(value).equals(value))) {
                list.getKey().forEach(value -> out.append(' ').append(literal(typed(value))));
            }
            out.append(" ) ;;\n");
        }
        return out.toString().stripTrailing();
    }

    private String kinds() {
        Map<String, List<String>> byList = new LinkedHashMap<>();
        kinds.forEach((key, list) -> byList.computeIfAbsent(list, l -> new ArrayList<>()).add(key));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : byList.entrySet()) {
            String list = entry.getKey();
            List<String> patterns = entry.getValue().stream()
                    .map(key -> key.endsWith("*") ? literal(key.substring(0, key.length() - 1)) + "*" : literal(key)).toList();
            out.append("    ").append(String.join("|", patterns)).append(")\n      list=").append(list.replace(",", ""))
                    .append(list.endsWith(",") ? "; comma=1" : "").append(" ;;\n");
        }
        return out.toString().stripTrailing();
    }

    private String commands() {
        StringBuilder out = new StringBuilder();
        commands.forEach((path, parts) -> out.append("    ").append(literal(path)).append(")\n      subs=").append(literal(parts[0]))
                .append("; valued=").append(literal(parts[1])).append(" ;;\n"));
        return out.toString().stripTrailing();
    }

    /** {@code value} in single quotes, for the script's source. */
    static String literal(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /**
     * {@code value} as it goes on the command line: characters the shell would read as syntax or a word break behind a
     * backslash ({@code United\ States}); letters, digits, non-ASCII text (Chinese names) and {@code -_./+@%,} as they are.
     */
    static String typed(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c < 128 && !Character.isLetterOrDigit(c) && "-_./+@%,".indexOf(c) < 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
