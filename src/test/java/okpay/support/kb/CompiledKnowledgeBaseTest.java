package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.CRC32;
import okpay.support.cli.CliRunner;
import okpay.support.kb.compiled.CompileApart;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of compiled knowledge bases under {@code $XDG_CACHE_HOME/okpay-support/}, through the CLI: used when it
 * matches, and otherwise (stale, corrupt, truncated, edited, from another version, unreadable, unwritable) ignored,
 * never trusted and never fatal; and {@code kb compile} with {@code --kb OUT}.
 */
class CompiledKnowledgeBaseTest {
    private static final String[] SEARCH = {"faq", "search", "refund", "--format", "json"};

    @TempDir
    Path dir;
    Path kb;
    String expected;

    @BeforeEach
    void copyTheFixture() throws IOException {
        kb = Files.copy(Fixtures.path("search.yaml"), dir.resolve("search.yaml"));
        expected = CliRunner.runEn("--kb", kb.toString(), SEARCH[0], SEARCH[1], SEARCH[2], SEARCH[3], SEARCH[4]).out();
        assertTrue(expected.contains("\"id\""), "test setup: the search finds something: " + expected);
    }

    @Test
    void theFirstRunCompilesOwnerOnlyAndLaterRunsReadTheSnapshot() throws IOException {
        Path cache = dir.resolve("cache");
        assertEquals(expected, search(cache).out());
        Path entry = entry(cache);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(entry)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(entry.getParent())));
        Files.setLastModifiedTime(entry, FileTime.fromMillis(1_000_000));
        assertEquals(expected, search(cache).out());
        assertEquals(1_000_000, Files.getLastModifiedTime(entry).toMillis(), "a matching entry is read, not written again");
        try (var files = Files.list(entry.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void temporaryFilesOfKilledRunsAreRemoved() throws IOException {
        Path cache = dir.resolve("cache");
        Path abandoned = Files.createDirectories(cache.resolve("okpay-support")).resolve(".compiling-1.tmp");
        Files.writeString(abandoned, "half an entry, from a run that was killed");
        Files.setLastModifiedTime(abandoned, FileTime.fromMillis(System.currentTimeMillis() - 7_200_000L));
        assertEquals(expected, search(cache).out());
        assertFalse(Files.exists(abandoned), "an abandoned temporary file is removed");
    }

    @Test
    void aStaleEntryIsCompiledAgain() throws IOException {
        Path cache = dir.resolve("cache");
        search(cache);
        Files.writeString(kb, Files.readString(kb).replace("refund", "reimbursement"));
        CliRunner.Result after = search(cache);
        assertEquals(0, after.exitCode());
        assertFalse(after.out().equals(expected), "the edited file is what answers, not the cache");
    }

    @Test
    void corruptTruncatedEditedOrForeignEntriesAreIgnoredAndReplaced() throws IOException {
        Path cache = dir.resolve("cache");
        search(cache);
        Path entry = entry(cache);
        byte[] good = Files.readAllBytes(entry);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20;
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 3);
        for (byte[] bad : List.of(flipped, truncated, new byte[0], "not a snapshot".getBytes(StandardCharsets.UTF_8),
                otherVersion(good))) {
            Files.write(entry, bad);
            CliRunner.Result run = search(cache);
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals(expected, run.out());
            assertEquals("", run.err());
            assertArrayEquals(good, Files.readAllBytes(entry), "the entry is compiled again");
        }
    }

    @Test
    void anUnreadableOrUnwritableCacheCostsSpeedOnly() throws IOException {
        Path isAFile = Files.writeString(dir.resolve("file"), "x");
        Path entryIsAFolder = dir.resolve("folder-entry");
        search(entryIsAFolder);
        Path entry = entry(entryIsAFolder);
        Files.delete(entry);
        Files.createDirectory(entry);
        Path readOnly = Files.createDirectories(dir.resolve("read-only/okpay-support"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-x------"));
        // /proc refuses new folders even to root, where permission bits do not
        for (Path xdg : List.of(isAFile, entryIsAFolder, readOnly.getParent(), Path.of("/proc"))) {
            CliRunner.Result run = search(xdg);
            assertEquals(0, run.exitCode(), xdg + ": " + run);
            assertEquals(expected, run.out(), xdg.toString());
            assertEquals("", run.err(), xdg.toString());
        }
        assertTrue(Files.isDirectory(entry), "a folder in the entry's place is left alone");
    }

    @Test
    void withoutACacheFolderNothingIsWritten() {
        CliRunner.Result run = new CliRunner().env("HOME", "").run("--kb", kb.toString(), "faq", "list");
        assertEquals(0, run.exitCode());
    }

    @Test
    void kbCompileWritesASnapshotThatKbReads() throws IOException {
        Path out = dir.resolve("search.kbc");
        CliRunner.Result compile = CliRunner.runEn("kb", "compile", kb.toString(), "-o", out.toString());
        assertEquals(0, compile.exitCode(), compile.toString());
        assertTrue(compile.out().contains("compiled " + kb + " into " + out), compile.out());
        CliRunner.Result compiled = CliRunner.runEn("--kb", out.toString(), SEARCH[0], SEARCH[1], SEARCH[2], SEARCH[3], SEARCH[4]);
        assertEquals(expected, compiled.out());
        CliRunner.Result show = CliRunner.runEn("--kb", out.toString(), "faq", "show", "nosuch-entry");
        assertEquals(3, show.exitCode(), "an unknown id in a compiled file is not found, with a did-you-mean");
        CliRunner.Result validate = CliRunner.runEn("kb", "validate", out.toString());
        assertEquals(0, validate.exitCode(), validate.toString());
    }

    @Test
    void aCorruptOrForeignCompiledFileIsRefusedWithAClearError() throws IOException {
        Path out = dir.resolve("search.kbc");
        CliRunner.runEn("kb", "compile", kb.toString(), "-o", out.toString());
        byte[] good = Files.readAllBytes(out);
        Files.write(out, java.util.Arrays.copyOf(good, good.length - 10));
        CliRunner.Result truncated = CliRunner.runEn("--kb", out.toString(), "faq", "list");
        assertEquals(4, truncated.exitCode());
        assertTrue(truncated.err().startsWith("error: compiled knowledge base '" + out + "' cannot be used: it is truncated or corrupt"),
                truncated.err());
        assertTrue(truncated.err().contains("hint: compile it again with 'okpay-support kb compile"), truncated.err());
        Files.write(out, otherVersion(good));
        CliRunner.Result foreign = CliRunner.runEn("--kb", out.toString(), "faq", "list");
        assertEquals(4, foreign.exitCode());
        assertTrue(foreign.err().contains("was made by okpay-support 99") && foreign.err().contains("compile it again"), foreign.err());
        CliRunner.Result combined = CliRunner.runEn("--kb", out.toString(), "--kb", kb.toString(), "faq", "list");
        assertEquals(4, combined.exitCode());
        assertTrue(combined.err().contains("cannot be combined with other --kb files"), combined.err());
    }

    @Test
    void aSecondJvmCompilesIntoTheCacheThatTheRunThenReads() throws IOException {
        Path cache = dir.resolve("cache");
        assertTrue(CompileApart.run(List.of(kb), SafeYaml.KNOWLEDGE_BASE_MAX_BYTES, cache.resolve("okpay-support")),
                "the second JVM ran the tool and ended well");
        Path entry = entry(cache);
        Files.setLastModifiedTime(entry, FileTime.fromMillis(1_000_000));
        assertEquals(expected, search(cache).out());
        assertEquals(1_000_000, Files.getLastModifiedTime(entry).toMillis(), "the run read what the second JVM compiled");
        assertFalse(CompileApart.run(List.of(kb), SafeYaml.KNOWLEDGE_BASE_MAX_BYTES, dir.resolve("not-a-cache-folder")),
                "a folder the child's XDG_CACHE_HOME cannot name is not used");
    }

    @Test
    void askedToCompileApartARunAnswersAlikeAndReportsAnInvalidFileOnce() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), Files.readString(kb).replaceFirst("version: 1", "version: 9"));
        Path cache = dir.resolve("cache");
        System.setProperty(CompileApart.PROPERTY, "1");
        try {
            CliRunner.Result run = search(cache);
            assertEquals(expected, run.out());
            assertEquals("", run.err());
            entry(cache);
            CliRunner.Result invalid = new CliRunner().env("XDG_CACHE_HOME", cache.toString())
                    .run("--kb", broken.toString(), "faq", "list");
            assertEquals(4, invalid.exitCode(), invalid.toString());
            assertEquals(1, invalid.err().split("version 9 is not supported", -1).length - 1, invalid.err());
            assertEquals("", invalid.out());
            entry(cache); // still the one entry: nothing is cached for the invalid file
        } finally {
            System.clearProperty(CompileApart.PROPERTY);
        }
        assertFalse(CompileApart.wanted(Long.MAX_VALUE), "without the launcher's property nothing is compiled apart");
    }

    @Test
    void aKnowledgeBaseFromAPipeIsRefusedBeforeReading() throws Exception {
        // Nobody writes to this pipe: reading it would wait for ever. It is refused by its type, unopened.
        Path fifo = dir.resolve("kb.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        CliRunner.Result run = search(dir.resolve("cache"), fifo);
        assertEquals(4, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"code\" : \"kb-invalid\""), "the JSON error document: " + run.out());
        assertTrue(run.err().contains("kb.fifo' is not a regular file (a pipe, a device or a socket)"), run.err());
        assertTrue(run.err().contains("hint: save the knowledge base to a file"), run.err());
    }

    @Test
    void anInvalidFileIsNotCompiled() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), Files.readString(kb).replaceFirst("version: 1", "version: 9"));
        Path out = dir.resolve("broken.kbc");
        CliRunner.Result compile = CliRunner.runEn("kb", "compile", broken.toString(), "-o", out.toString());
        assertEquals(4, compile.exitCode());
        assertTrue(compile.out().contains("version 9 is not supported"), compile.out());
        assertFalse(Files.exists(out));
    }

    private CliRunner.Result search(Path xdgCache) {
        return search(xdgCache, kb);
    }

    private CliRunner.Result search(Path xdgCache, Path file) {
        return new CliRunner().env("XDG_CACHE_HOME", xdgCache.toString()).run(concat("--kb", file.toString()));
    }

    private static String[] concat(String... first) {
        String[] all = java.util.Arrays.copyOf(first, first.length + SEARCH.length);
        System.arraycopy(SEARCH, 0, all, first.length, SEARCH.length);
        return all;
    }

    private static Path entry(Path xdgCache) throws IOException {
        try (var files = Files.list(xdgCache.resolve("okpay-support"))) {
            List<Path> entries = files.toList();
            assertEquals(1, entries.size(), entries.toString());
            return entries.get(0);
        }
    }

    /** {@code snapshot} as another version of the tool would have written it: its tool named otherwise, its checksum right. */
    private static byte[] otherVersion(byte[] snapshot) {
        byte[] out = snapshot.clone();
        int length = (out[8] & 0xff) << 24 | (out[9] & 0xff) << 16 | (out[10] & 0xff) << 8 | out[11] & 0xff;
        byte[] name = otherTool(length).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(name, 0, out, 12, length); // the same length, so every offset stays right
        CRC32 crc = new CRC32();
        crc.update(out, 0, out.length - 4);
        int sum = (int) crc.getValue();
        for (int i = 0; i < 4; i++) {
            out[out.length - 4 + i] = (byte) (sum >>> (24 - 8 * i));
        }
        return out;
    }

    /** A tool name of {@code length} characters that is not this tool's. */
    private static String otherTool(int length) {
        return "okpay-support " + "9".repeat(length - "okpay-support ".length());
    }
}
