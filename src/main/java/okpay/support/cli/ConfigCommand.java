package okpay.support.cli;

import okpay.support.config.ConfigEditor;
import okpay.support.config.ConfigText;
import okpay.support.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code config}: the settings kept between runs (region, language, audience, format), the defaults of their options. */
@Command(name = "config",
        header = "Keep settings between runs: region, language, audience and output format.",
        description = {"Each setting is the default of the option of the same name: an option on the command line wins over",
            "a setting, and a setting over the environment (LANG, LC_ALL, OKPAY_SUPPORT_LANG).",
            "The file is $XDG_CONFIG_HOME/okpay-support/config, else ~/.config/okpay-support/config (KEY=VALUE lines).",
            "Without a subcommand, lists the settings."},
        subcommands = {ConfigCommand.SetValue.class, ConfigCommand.GetValue.class, ConfigCommand.ListValues.class, ConfigCommand.UnsetValue.class},
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support config set region CN", "  okpay-support config set lang zh", "  okpay-support config get region",
            "  okpay-support config list", "  okpay-support config unset region"})
final class ConfigCommand extends Subcommand {
    @Override
    public Integer call() {
        return ListValues.list(root);
    }

    /** The settings file's editor in the session's language; the file's own problems do not stop a config command. */
    private static ConfigEditor editor(Session session) {
        return new ConfigEditor(session.context().env(), messages(session));
    }

    private static Messages messages(Session session) {
        return Messages.of(ConfigEditor.class, session.lang());
    }

    /** {@code config set KEY VALUE}. */
    @Command(name = "set", header = "Set a setting: region, lang, audience or format.",
            footerHeading = "%nExamples:%n", footer = {"  okpay-support config set region CN", "  okpay-support config set region 中国大陆",
                "  okpay-support config set lang zh", "  okpay-support config set audience agent", "  okpay-support config set format json"})
    static final class SetValue extends Subcommand {
        @Parameters(index = "0", paramLabel = "KEY", descriptionKey = "config-key", completionCandidates = Candidates.ConfigKeys.class,
                description = "region, lang, audience or format.")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", descriptionKey = "config-value",
                description = "The value, as the option takes it (region: a code such as CN or a name such as 中国大陆).")
        String value;

        @Override
        public Integer call() {
            Session session = root.configSession();
            return session.print(editor(session).set(key, value), new ConfigText(messages(session)).change());
        }
    }

    /** {@code config get KEY}. */
    @Command(name = "get", header = "Print the value of a setting (exit 3 when it is not set).",
            footerHeading = "%nExamples:%n", footer = {"  okpay-support config get region"})
    static final class GetValue extends Subcommand {
        @Parameters(paramLabel = "KEY", descriptionKey = "config-key", completionCandidates = Candidates.ConfigKeys.class,
                description = "region, lang, audience or format.")
        String key;

        @Override
        public Integer call() {
            Session session = root.configSession();
            return session.print(editor(session).get(key), new ConfigText(messages(session)).value());
        }
    }

    /** {@code config list}. */
    @Command(name = "list", header = "List every setting, the file they are kept in and any line that cannot be used.",
            footerHeading = "%nExamples:%n", footer = {"  okpay-support config list", "  okpay-support config list --format json"})
    static final class ListValues extends Subcommand {
        @Override
        public Integer call() {
            return list(root);
        }

        static int list(RootCommand root) {
            Session session = root.configSession();
            return session.print(editor(session).list(), new ConfigText(messages(session)).listing());
        }
    }

    /** {@code config unset KEY}. */
    @Command(name = "unset", header = "Remove a setting: its option's own default applies again.",
            footerHeading = "%nExamples:%n", footer = {"  okpay-support config unset region"})
    static final class UnsetValue extends Subcommand {
        @Parameters(paramLabel = "KEY", descriptionKey = "config-key", completionCandidates = Candidates.ConfigKeys.class,
                description = "The setting to remove (also a misspelt key the file holds).")
        String key;

        @Override
        public Integer call() {
            Session session = root.configSession();
            return session.print(editor(session).unset(key), new ConfigText(messages(session)).change());
        }
    }
}
