package okpay.support.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okpay.support.cli.ShellRequest;
import okpay.support.i18n.Lang;
import okpay.support.kb.Audience;
import okpay.support.render.Format;
import okpay.support.render.Style;

/**
 * The settings of one shell session: the global options the shell was opened with, of which language,
 * format, audience and the pager can be changed with {@code set}. They reach each command as options put before the line typed,
 * so a command behaves exactly as it would with those options on the command line.
 */
final class ShellSettings {
    private final Map<String, String> env;
    private final ShellRequest request;
    private Lang lang;
    private Format format;
    private Audience audience;
    private boolean pager;

    ShellSettings(ShellRequest request) {
        this.request = request;
        this.env = request.context().env();
        this.lang = request.lang();
        this.format = request.format();
        this.audience = request.audience();
        this.pager = !request.noPager();
    }

    /** Whether long text output goes through the pager: not after {@code set pager off} or with {@code --no-pager}. */
    boolean pager() {
        return pager;
    }

    void pager(boolean value) {
        pager = value;
    }

    /** Whom answers speak to: set, given with the shell, else the customer. */
    Audience audience() {
        return audience != null ? audience : Audience.CUSTOMER;
    }

    void audience(Audience value) {
        audience = value;
    }

    /** The language in effect: set, given with the shell, or the environment's. */
    Lang lang() {
        return lang != null ? lang : okpay.support.cli.Cli.defaultLang(env);
    }

    Format format() {
        return format != null ? format : Format.TEXT;
    }

    void lang(Lang value) {
        lang = value;
    }

    void format(Format value) {
        format = value;
    }

    /** Whether colours are wanted: not with --no-color, NO_COLOR or TERM=dumb. */
    Style style(boolean terminalShowsColour) {
        return Style.forOutput(terminalShowsColour, request.noColor(), env);
    }

    boolean noColor() {
        return request.noColor();
    }

    /** The global options for a command typed as {@code words}, leaving out any the line sets itself. */
    List<String> optionsFor(List<String> words) {
        List<String> options = new ArrayList<>();
        if (!sets(words, "--kb")) {
            for (java.nio.file.Path file : request.kbOption()) {
                options.add("--kb");
                options.add(file.toString());
            }
        }
        if (request.kbMaxSize() != null && !sets(words, "--kb-max-size")) {
            options.add("--kb-max-size");
            options.add(request.kbMaxSize());
        }
        if (lang != null && !sets(words, "--lang")) {
            options.add("--lang");
            options.add(lang.code());
        }
        if (format != null && !sets(words, "--format")) {
            options.add("--format");
            options.add(format.id());
        }
        if (audience != null && !sets(words, "--audience")) {
            options.add("--audience");
            options.add(audience.id());
        }
        if (request.noColor() && !sets(words, "--no-color")) {
            options.add("--no-color");
        }
        if (!pager && !sets(words, "--no-pager")) {
            options.add("--no-pager");
        }
        if (request.verbose() && !sets(words, "--verbose")) {
            options.add("--verbose");
        }
        return options;
    }

    private static boolean sets(List<String> words, String option) {
        for (String word : words) {
            if (word.equals(option) || word.startsWith(option + "=")) {
                return true;
            }
        }
        return false;
    }
}
