package okpay.support.cli;

import java.nio.file.Path;
import java.util.List;
import okpay.support.i18n.Lang;
import okpay.support.kb.Audience;
import okpay.support.render.Format;

/**
 * What the {@code shell} command hands to the shell: the surroundings of the run and the global options
 * given with it, which become the shell's starting settings.
 *
 * @param context the run's streams, environment and terminal; the shell replaces the streams with its own
 * @param kbOption the --kb files given, or none (OKPAY_SUPPORT_KB still applies through the environment)
 * @param kbMaxSize the --kb-max-size given, or null
 * @param lang the --lang given, or null for the environment's language
 * @param format the --format given, or null for text
 * @param audience the --audience given, or null for the customer
 * @param noHistory true for {@code --no-history}: no history file is read or written
 * @param noPager true for {@code --no-pager}: no command of the session pages its output
 */
public record ShellRequest(
        CliContext context, List<Path> kbOption, String kbMaxSize, Lang lang, Format format, boolean noColor, boolean verbose, boolean noHistory,
        Audience audience, boolean noPager) {

    /**
     * Set in the environment of commands run inside the shell, so that {@code shell} (or no command at all)
     * does not open a second shell within the first.
     */
    public static final String INSIDE_ENV = "OKPAY_SUPPORT_SHELL";

    /** Whether {@code context} belongs to a command run inside the shell. */
    public static boolean inside(CliContext context) {
        return context.env().containsKey(INSIDE_ENV);
    }
}
