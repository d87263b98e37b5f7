package dsw.simulation.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The history file formats dsw reads, and how to tell them from a file name. */
public enum HistoryFormat {
    /** dsw's JSON Lines ({@code .jsonl}, {@code .dsw-history}). */
    DSW,
    /** Jepsen/Knossos EDN maps ({@code .edn}). */
    EDN,
    /** Jepsen's text log ({@code .log}, {@code .txt}). */
    JEPSEN_LOG;

    /** The name on the command line: {@code dsw}, {@code edn}, {@code jepsen-log}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The format with command-line name {@code name}, if there is one. */
    public static Optional<HistoryFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName().equals(name)).findFirst();
    }

    /** The format a file name suggests: EDN for {@code .edn}, Jepsen log for {@code .log}/{@code .txt}, else dsw. */
    public static HistoryFormat guess(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".edn")) {
            return EDN;
        }
        if (name.endsWith(".log") || name.endsWith(".txt")) {
            return JEPSEN_LOG;
        }
        return DSW;
    }

    /** Reads {@code file} in this format. */
    public ClientHistory read(Path file) throws HistoryFormatException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HistoryFormatException(file.toString(), "cannot read: " + describe(e));
        }
        return parse(file.toString(), text);
    }

    /** Parses {@code text}, naming {@code source} in errors. */
    public ClientHistory parse(String source, String text) throws HistoryFormatException {
        return switch (this) {
            case DSW -> DswHistoryReader.read(source, text);
            case EDN -> EdnHistoryReader.read(source, text);
            case JEPSEN_LOG -> JepsenLogReader.read(source, text);
        };
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }
}
