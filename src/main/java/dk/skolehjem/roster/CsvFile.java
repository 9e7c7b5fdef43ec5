package dk.skolehjem.roster;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ;}-separated UTF-8 file as school administration systems export it: header row, optional BOM, optional
 * double quotes around fields. Problems are collected, not thrown, so one run reports them all.
 */
final class CsvFile {

    /** One data row with its 1-based line number in the file. */
    record Row(int line, List<String> fields) {
        String get(int i) {
            return fields.get(i).trim();
        }
    }

    private CsvFile() {}

    /** Parses {@code bytes}; rows with the wrong number of fields are reported and left out. */
    static List<Row> read(String file, byte[] bytes, List<String> header, List<ImportProblem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(new ImportProblem(
                    file,
                    lineOfFirstBadByte(bytes),
                    null,
                    "filen er ikke gemt som UTF-8; gem den igen som UTF-8 (CSV UTF-8)"));
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = split(lines[i]);
            if (fields == null) {
                problems.add(new ImportProblem(file, lineNo, null, "et anførselstegn (\") er ikke lukket"));
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                List<String> got =
                        fields.stream().map(f -> f.trim().toLowerCase()).toList();
                if (!got.equals(header)) {
                    problems.add(new ImportProblem(
                            file,
                            lineNo,
                            null,
                            "overskriften skal være '" + String.join(";", header) + "', men er '" + lines[i].trim()
                                    + "'"));
                    return List.of();
                }
                continue;
            }
            if (fields.size() != header.size()) {
                problems.add(new ImportProblem(
                        file,
                        lineNo,
                        null,
                        "forventede " + header.size() + " felter adskilt af ';', fandt " + fields.size()));
                continue;
            }
            rows.add(new Row(lineNo, fields));
        }
        if (!headerSeen) {
            problems.add(new ImportProblem(
                    file, 1, null, "filen er tom; første linje skal være '" + String.join(";", header) + "'"));
        }
        return rows;
    }

    /** Splits on {@code ;} outside double quotes; {@code ""} inside quotes is one quote. Null when a quote is left open. */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.toString().isBlank()) {
                quoted = true;
                cur.setLength(0);
            } else if (c == ';') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cur.toString());
        return out;
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }
}
