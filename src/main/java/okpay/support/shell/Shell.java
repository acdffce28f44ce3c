package okpay.support.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okpay.support.cli.Cli;
import okpay.support.cli.CliContext;
import okpay.support.cli.FollowUps;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.cli.Session;
import okpay.support.cli.ShellRequest;
import okpay.support.error.SupportException;
import okpay.support.faq.FaqReader;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;
import okpay.support.render.Style;
import okpay.support.render.Wrapper;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The interactive shell: reads lines with completion and history and runs each through {@link Cli#create},
 * the factory of the one-off commands, so a command prints and exits inside the shell exactly as outside.
 * A non-zero exit status is shown as a dim {@code exit N} line; only {@code exit}, {@code quit} and Ctrl-D
 * leave. Works on any JLine terminal, so tests drive it through piped streams.
 */
public final class Shell {
    private final Terminal terminal;
    private final ShellRequest request;
    private final ShellSettings settings;
    private final boolean colours;
    private final Map<String, String> commandEnv;
    private final JLineTerminal questions;
    /** The command line completion parses into, made on another thread (see there when). */
    private final CommandTreeThread completionLine;
    private final Path historyFile;
    private final ShellBuiltins builtins;
    private final LastSearch lastSearch = new LastSearch();
    private final LineReader reader;
    private final ShellHistory history = new ShellHistory();
    private KnowledgeBase kb;
    private boolean kbFailed;

    public Shell(Terminal terminal, ShellRequest request) {
        this.terminal = terminal;
        this.request = request;
        this.settings = new ShellSettings(request);
        this.colours = !terminal.getType().startsWith(Terminal.TYPE_DUMB);
        Map<String, String> env = new HashMap<>(request.context().env());
        env.put(ShellRequest.INSIDE_ENV, "1");
        this.commandEnv = Map.copyOf(env);
        this.questions = new JLineTerminal(terminal, this::messages, ShellTerminal.ownsProcessTerminal(terminal));
        // A command line of its own for completion: picocli's completer parses into it (see ShellCompleter).
        this.completionLine = new CommandTreeThread(() -> Cli.create(quietContext()));
        this.historyFile = request.noHistory() ? null : historyFile(request.context().env());
        this.builtins = new ShellBuiltins(settings, historyFile);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("okpay-support")
                .completer(new LazyCompleter())
                .history(history)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.HISTORY_FILE_SIZE, 1000)
                // '!' is ordinary text in searches, not history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // "contact --region de<Tab>" finds DE: ids and codes are matched whatever the case typed.
                .option(LineReader.Option.CASE_INSENSITIVE, true);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        this.reader = builder.build();
    }

    /** Runs until exit, quit or end of input; returns 0. */
    public int run() {
        PrintWriter out = okpay.support.render.SanitizingWriter.of(terminal.writer(), colours);
        welcome(out);
        completionLine.start();
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt());
            } catch (UserInterruptException e) {
                continue; // Ctrl-C at the prompt drops the line; the shell stays.
            } catch (EndOfFileException e) {
                break;
            }
            List<String> words = reader.getParsedLine() == null ? List.of() : reader.getParsedLine().words();
            LineMeaning meaning = LineMeaning.of(line, words.stream().filter(w -> !w.isEmpty()).toList(), tree());
            if (meaning.intent() == LineMeaning.Intent.EMPTY) {
                continue;
            }
            if (meaning.intent() == LineMeaning.Intent.EXIT) {
                break;
            }
            int status = dispatch(meaning, out);
            if (status != 0) {
                out.println(style().dim(messages().get("status", status)));
            }
            out.flush();
        }
        out.println(messages().get("bye"));
        out.flush();
        saveHistory();
        return 0;
    }

    /** The whole command tree, as completion sees it. */
    private CommandSpec tree() {
        return commands().getCommandSpec();
    }

    /** The command line completion parses into, once the background thread has made it. */
    private CommandLine commands() {
        return completionLine.get();
    }

    /** Completes through a {@link ShellCompleter} made on the first Tab, on the tree built in the background. */
    private final class LazyCompleter implements Completer {
        private ShellCompleter completer;

        @Override
        public void complete(LineReader lineReader, ParsedLine line, List<Candidate> candidates) {
            if (completer == null) {
                completer = new ShellCompleter(commands(), Shell.this::knowledgeBase, settings::lang);
            }
            completer.complete(lineReader, line, candidates);
        }
    }

    /** Runs one line: a shell command, a command of the tree, a numbered line, the suggested flow, or a question. */
    int dispatch(LineMeaning meaning, PrintWriter out) {
        List<String> words = meaning.words();
        try {
            switch (meaning.intent()) {
                case HELP -> {
                    if (words.isEmpty()) {
                        builtins.help(out, messages(), style(), Cli.create(quietContext(), settings.lang()).getCommandSpec());
                        return 0;
                    }
                    List<String> args = new ArrayList<>(words);
                    args.add("--help");
                    return execute(args, out);
                }
                case SET -> {
                    builtins.set(words, out, messages());
                    return 0;
                }
                case CLEAR -> {
                    terminal.puts(InfoCmp.Capability.clear_screen);
                    terminal.flush();
                    return 0;
                }
                case ITEM -> {
                    return opening(lastSearch.item(meaning.number(), messages()), out);
                }
                case GO -> {
                    return opening(lastSearch.go(messages()), out);
                }
                case ASK -> {
                    return answer(words.get(0), out);
                }
                default -> {
                    List<String> resolved = lastSearch.resolve(words, tree(),
                            id -> knowledgeBase() != null && FaqReader.find(knowledgeBase(), id).isPresent(), messages());
                    for (int i = 0; i < words.size(); i++) {
                        if (!resolved.get(i).equals(words.get(i))) {
                            out.println(style().dim("→ " + messages().get("search.opening", resolved.get(i))));
                        }
                    }
                    return execute(resolved, out);
                }
            }
        } catch (SupportException e) {
            return Cli.printError(out, out, settings.format(), settings.lang(), e, false);
        }
    }

    /** Runs {@code command}, saying first what it is ("→ faq show funds-not-received"). */
    private int opening(List<String> command, PrintWriter out) {
        out.println(style().dim("→ " + String.join(" ", command)));
        return execute(command, out);
    }

    /** A sentence: {@code ask} it, then say how to open a line of the answer or start the flow it suggests. */
    private int answer(String text, PrintWriter out) {
        FollowUps before = lastSearch.offered();
        int status = execute(List.of("ask", text), out);
        FollowUps offered = lastSearch.offered();
        if (offered != before && !offered.items().isEmpty()) {
            out.println(style().dim(messages().get(offered.go() != null ? "ask.hint.go" : "ask.hint.items", offered.items().size())));
        }
        return status;
    }

    private int execute(List<String> words, PrintWriter out) {
        List<String> args = new ArrayList<>(settings.optionsFor(words));
        args.addAll(words);
        CliContext context = new CliContext(out, out, new SecretLineInput(questions, messages()), screenEnv(), colours, questions);
        CommandLine line = Cli.create(context, Cli.languageOf(args, settings.lang()));
        int status = line.execute(args.toArray(new String[0]));
        out.flush();
        lastSearch.record(line, status);
        return status;
    }

    /**
     * The environment of a command: the shell's, with the terminal's size as it is now in COLUMNS and LINES, so that
     * its text wraps to the window (resized or not); unchanged on a dumb terminal, whose output is not wrapped.
     */
    private Map<String, String> screenEnv() {
        if (!colours || terminal.getWidth() <= 0) {
            return commandEnv;
        }
        Map<String, String> env = new HashMap<>(commandEnv);
        env.put("COLUMNS", String.valueOf(terminal.getWidth()));
        env.put("LINES", String.valueOf(Math.max(terminal.getHeight(), 0)));
        return env;
    }

    private void welcome(PrintWriter out) {
        Messages m = messages();
        Style style = style();
        int width = colours ? Math.max(terminal.getWidth(), 0) : 0;
        List<String> examples = List.of(m.get("example.1"), m.get("example.2"), m.get("example.3"));
        String welcome = m.get("welcome", style.bold(examples.get(0)), style.bold(examples.get(1)), style.bold(examples.get(2)));
        if (width > 0 && Wrapper.columns(welcome) > width) {
            // Too wide for one line: the sentence, then each example whole on a line of its own, ready to copy.
            String intro = m.get("welcome", "\u0000", "\u0000", "\u0000");
            Wrapper.wrap(intro.substring(0, intro.indexOf('\u0000')).strip(), width, 0).forEach(out::println);
            examples.forEach(example -> out.println("  " + style.bold(example)));
        } else {
            out.println(welcome);
        }
        Wrapper.wrap(style.dim(m.get("welcome.keys")), width, 0).forEach(out::println);
        out.flush();
    }

    private String prompt() {
        return style().accent("okpay-support") + style().bold("> ");
    }

    private Style style() {
        return settings.style(colours);
    }

    private Messages messages() {
        return Messages.of(Shell.class, settings.lang());
    }

    /** The knowledge base commands use, for completion and numbered results; null if it does not load. */
    private KnowledgeBase knowledgeBase() {
        if (kb == null && !kbFailed) {
            try {
                Map<String, String> env = request.context().env();
                kb = KnowledgeBaseFormat.LOADER.load(Session.kbFiles(request.kbOption(), env),
                        Session.kbSettings(request.kbMaxSize(), env, Messages.core(settings.lang())));
            } catch (SupportException e) {
                kbFailed = true; // Commands report the problem when run; completion just offers no values.
            }
        }
        return kb;
    }

    private CliContext quietContext() {
        PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
        return new CliContext(nowhere, nowhere, java.io.InputStream.nullInputStream(), commandEnv, false);
    }

    /** The history file, checked (see {@link HistoryFile}); null when there is none or it cannot be used. */
    private Path historyFile(Map<String, String> env) {
        Path file = ShellHistory.file(env);
        return file == null ? null : new HistoryFile(request.context().err(), messages()).prepare(file);
    }

    private void saveHistory() {
        if (historyFile == null || !history.added()) {
            return; // nothing of this session to keep: writing (and trimming) a long history cost tens of milliseconds
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // Lines already appended as they were typed stay; nothing else to do on the way out.
        }
    }
}
