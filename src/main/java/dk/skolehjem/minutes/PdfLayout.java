package dk.skolehjem.minutes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Puts text on A4 pages from top to bottom: headings, wrapped paragraphs, bullet lists and tables whose rows may
 * run over several pages (the header row is repeated). Nothing is ever drawn below the bottom margin or beyond the
 * right margin, however long a word or a text is. Header and "side N af M" are added to every page at the end.
 */
public final class PdfLayout {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 56;
    private static final float TOP = PAGE.getHeight() - 80;
    private static final float BOTTOM = 64;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.4f;
    private static final float CELL_PAD = 4;

    private final PDDocument doc;
    private final DocumentFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    PdfLayout(PDDocument doc, DocumentFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
        newPage();
    }

    static float contentWidth() {
        return PAGE.getWidth() - 2 * LEFT;
    }

    public void title(String text) {
        block(text, true, 18, 0);
        y -= 6;
    }

    /** A section heading, kept on the same page as at least the first lines after it. */
    public void heading(String text) {
        y -= 8;
        ensure(13 * LEADING + 3 * BODY * LEADING);
        block(text, true, 13, 0);
        y -= 2;
    }

    public void subheading(String text) {
        y -= 3;
        ensure(11 * LEADING + 2 * BODY * LEADING);
        block(text, true, 11, 0);
    }

    /** Paragraphs separated by line breaks in the text; an empty text draws nothing. */
    public void paragraph(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String part : text.split("\\R")) {
            if (part.isBlank()) {
                y -= BODY * 0.6f;
            } else {
                block(part, false, BODY, 0);
            }
        }
        y -= 4;
    }

    /** A muted line, e.g. "Ingen aftaler." */
    public void note(String text) {
        block(text, false, BODY, 0);
        y -= 4;
    }

    public void bullets(List<String> items) {
        for (String item : items) {
            List<String> lines = wrap(DocumentFonts.prepare(item), false, BODY, contentWidth() - 14);
            for (int i = 0; i < lines.size(); i++) {
                ensure(BODY * LEADING);
                y -= BODY * LEADING;
                if (i == 0) {
                    text("\u2022", false, BODY, LEFT + 2, y);
                }
                text(DocumentFonts.visual(lines.get(i)), false, BODY, LEFT + 14, y);
            }
        }
        y -= 4;
    }

    /**
     * A table; {@code widths} are fractions of the text width; {@code headers} null for none. Cells wrap; long rows
     * continue on the next page under a repeated header row.
     */
    public void table(List<String> headers, float[] widths, List<List<String>> rows) {
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = contentWidth() * widths[i];
        }
        ensure(3 * BODY * LEADING + 4 * CELL_PAD);
        headerRow(headers, columns);
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < columns.length; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                List<String> lines = wrap(DocumentFonts.prepare(cell), false, BODY, columns[c] - 2 * CELL_PAD);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            if (y - (BODY * LEADING + 2 * CELL_PAD) < BOTTOM) {
                newPage();
                headerRow(headers, columns);
            }
            y -= CELL_PAD;
            for (int line = 0; line < height; line++) {
                if (y - BODY * LEADING < BOTTOM) {
                    newPage();
                    headerRow(headers, columns);
                    y -= CELL_PAD;
                }
                y -= BODY * LEADING;
                float x = LEFT;
                for (int c = 0; c < columns.length; c++) {
                    if (line < cells.get(c).size()) {
                        text(DocumentFonts.visual(cells.get(c).get(line)), false, BODY, x + CELL_PAD, y + 3);
                    }
                    x += columns[c];
                }
            }
            y -= CELL_PAD;
            rule(y, 0.8f);
        }
        y -= 8;
    }

    private void headerRow(List<String> headers, float[] columns) {
        if (headers == null) {
            rule(y, 0.8f);
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < columns.length; c++) {
            List<String> lines = wrap(DocumentFonts.prepare(headers.get(c)), true, BODY, columns[c] - 2 * CELL_PAD);
            cells.add(lines);
            height = Math.max(height, lines.size());
        }
        float rowHeight = height * BODY * LEADING + 2 * CELL_PAD;
        try {
            out.setNonStrokingColor(0.90f, 0.92f, 0.94f);
            out.addRect(LEFT, y - rowHeight, contentWidth(), rowHeight);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float top = y - CELL_PAD;
        for (int line = 0; line < height; line++) {
            float x = LEFT;
            for (int c = 0; c < columns.length; c++) {
                if (line < cells.get(c).size()) {
                    text(
                            DocumentFonts.visual(cells.get(c).get(line)),
                            true,
                            BODY,
                            x + CELL_PAD,
                            top - (line + 1) * BODY * LEADING + 3);
                }
                x += columns[c];
            }
        }
        y -= rowHeight;
    }

    /** One bar of a chart: its label and the parts it is made of, in the legend's order. */
    public record Bar(String label, List<Float> parts) {}

    /**
     * A horizontal stacked bar chart drawn as vector paths (it stays sharp when printed and its text can be read
     * back): one bar per row, each part in the legend's colour and pattern, the legend's words below.
     */
    public void stackedBars(List<Bar> bars, List<String> legend, List<float[]> colours) {
        float labelWidth = contentWidth() * 0.38f;
        float barWidth = contentWidth() - labelWidth - 8;
        float rowHeight = BODY * LEADING + 6;
        for (Bar bar : bars) {
            ensure(rowHeight + 4);
            y -= rowHeight;
            String label = fit(DocumentFonts.prepare(bar.label()), BODY, labelWidth - 4);
            text(DocumentFonts.visual(label), false, BODY, LEFT, y + 4);
            float total = 0;
            for (float part : bar.parts()) {
                total += part;
            }
            float x = LEFT + labelWidth;
            try {
                for (int i = 0; i < bar.parts().size(); i++) {
                    float w = total == 0 ? 0 : barWidth * bar.parts().get(i) / total;
                    if (w <= 0) {
                        continue;
                    }
                    float[] c = colours.get(i % colours.size());
                    out.setNonStrokingColor(c[0], c[1], c[2]);
                    out.addRect(x, y + 1, w, rowHeight - 4);
                    out.fill();
                    x += w;
                }
                out.setStrokingColor(0.3f, 0.3f, 0.3f);
                out.setLineWidth(0.5f);
                out.addRect(LEFT + labelWidth, y + 1, barWidth, rowHeight - 4);
                out.stroke();
                out.setNonStrokingColor(0f, 0f, 0f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // the legend: a swatch and the words, so no colour has to be guessed
        ensure(rowHeight + 4);
        y -= rowHeight;
        float x = LEFT;
        try {
            for (int i = 0; i < legend.size(); i++) {
                float[] c = colours.get(i % colours.size());
                out.setNonStrokingColor(c[0], c[1], c[2]);
                out.addRect(x, y + 3, 9, 9);
                out.fill();
                out.setNonStrokingColor(0f, 0f, 0f);
                String word = DocumentFonts.prepare(legend.get(i));
                text(DocumentFonts.visual(word), false, BODY - 1, x + 12, y + 4);
                x += 12 + fonts.width(word, false, BODY - 1) + 14;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 6;
    }

    /** What a document writes onto its pages. */
    @FunctionalInterface
    public interface Content {
        void write(PdfLayout pages);
    }

    /**
     * A whole PDF/A-2b document: {@code content} fills the pages, then every page gets the header and page numbers.
     * The way all of Skole-hjem's PDFs are made.
     */
    public static byte[] document(
            String title, String author, String subject, String headerLeft, Instant created, Content content) {
        try (PDDocument doc = new PDDocument()) {
            PdfLayout layout = new PdfLayout(doc, new DocumentFonts(doc));
            content.write(layout);
            layout.finish(headerLeft, title);
            return PdfA.save(doc, title, author, subject, created);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the pages: the same header on every page and "side N af M" at the bottom. */
    void finish(String headerLeft, String headerRight) {
        close();
        String left = DocumentFonts.prepare(headerLeft);
        String right = DocumentFonts.prepare(headerRight);
        float size = 8.5f;
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s =
                    new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                s.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                float top = PAGE.getHeight() - 44;
                float maxHalf = contentWidth() / 2 - 6;
                String l = fit(left, size, maxHalf);
                String r = fit(right, size, maxHalf);
                fonts.draw(s, DocumentFonts.visual(l), false, size, LEFT, top);
                fonts.draw(
                        s,
                        DocumentFonts.visual(r),
                        false,
                        size,
                        LEFT + contentWidth() - fonts.width(r, false, size),
                        top);
                s.setStrokingColor(0.7f, 0.7f, 0.7f);
                s.setLineWidth(0.6f);
                s.moveTo(LEFT, top - 6);
                s.lineTo(LEFT + contentWidth(), top - 6);
                s.stroke();
                String footer = "side " + (i + 1) + " af " + pages.size();
                fonts.draw(s, footer, false, size, LEFT + (contentWidth() - fonts.width(footer, false, size)) / 2, 36);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    int pageCount() {
        return pages.size();
    }

    private String fit(String text, float size, float max) {
        if (fonts.width(text, false, size) <= max) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fonts.width(cut + "…", false, size) > max) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }

    private void block(String raw, boolean bold, float size, float indent) {
        for (String line : wrap(DocumentFonts.prepare(raw), bold, size, contentWidth() - indent)) {
            ensure(size * LEADING);
            y -= size * LEADING;
            text(DocumentFonts.visual(line), bold, size, LEFT + indent, y);
        }
    }

    /** Greedy word wrap on prepared (logical-order) text; a word wider than the line is cut between characters. */
    List<String> wrap(String text, boolean bold, float size, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            for (String piece : pieces(word, bold, size, max)) {
                String candidate = line.length() == 0 ? piece : line + " " + piece;
                if (fonts.width(candidate, bold, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                    }
                    line.setLength(0);
                    line.append(piece);
                }
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private List<String> pieces(String word, boolean bold, float size, float max) {
        if (fonts.width(word, bold, size) <= max) {
            return List.of(word);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        word.codePoints().forEach(cp -> {
            String next = piece + new String(Character.toChars(cp));
            if (piece.length() > 0 && fonts.width(next, bold, size) > max) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
        });
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    private void text(String visual, boolean bold, float size, float x, float baseline) {
        try {
            fonts.draw(out, visual, bold, size, x, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float at, float gray) {
        try {
            out.setStrokingColor(gray, gray, gray);
            out.setLineWidth(0.5f);
            out.moveTo(LEFT, at);
            out.lineTo(LEFT + contentWidth(), at);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        close();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        pages.add(page);
        try {
            out = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    private void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }
}
