package okpay.support.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version from the jar's manifest (set by Maven); from classes, the {@code okpay.version} system property
 * (set by the build for the man pages), else "development".
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        if (version == null) {
            version = System.getProperty("okpay.version");
        }
        return new String[] {"okpay-support " + (version == null ? "development" : version)};
    }
}
