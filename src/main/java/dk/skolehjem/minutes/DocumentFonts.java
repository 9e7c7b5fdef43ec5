package dk.skolehjem.minutes;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of one PDF and everything needed to put any typed text on a page: control characters removed,
 * Arabic shaped and laid out right to left, each character drawn in a font that has it (bold falls back to
 * regular), and a visible box for a character no font has, so a name never makes rendering fail.
 */
final class DocumentFonts {

    /** Drawn where no embedded font has the character. */
    static final String MISSING = "\u25A1";

    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");

    /** One stretch of text in one font. */
    record Run(PDType0Font font, String text) {}

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final CmapLookup regularCmap;
    private final CmapLookup boldCmap;

    DocumentFonts(PDDocument doc) {
        try {
            TrueTypeFont regularTtf = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR));
            TrueTypeFont boldTtf = new TTFParser().parse(new RandomAccessReadBuffer(BOLD));
            this.regularCmap = regularTtf.getUnicodeCmapLookup();
            this.boldCmap = boldTtf.getUnicodeCmapLookup();
            this.regular = PDType0Font.load(doc, regularTtf, true);
            this.bold = PDType0Font.load(doc, boldTtf, true);
        } catch (IOException e) {
            throw new UncheckedIOException("De indlejrede skrifttyper kunne ikke indlæses", e);
        }
    }

    /**
     * Typed text made drawable, still in logical order: line breaks become spaces (callers split paragraphs first),
     * other control characters go, Arabic letters get their contextual forms.
     */
    static String prepare(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                clean.append(' ');
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT) {
                clean.appendCodePoint(cp);
            }
        });
        String text = clean.toString();
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            try {
                text = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
                                | ArabicShaping.TEXT_DIRECTION_LOGICAL
                                | ArabicShaping.LENGTH_GROW_SHRINK)
                        .shape(text);
            } catch (ArabicShapingException e) {
                // unshaped Arabic is still readable; keep the letters as typed
            }
        }
        return text;
    }

    /** One laid-out line in the order it is drawn, left to right (right-to-left runs reversed). */
    static String visual(String logicalLine) {
        if (!Bidi.requiresBidi(logicalLine.toCharArray(), 0, logicalLine.length())) {
            return logicalLine;
        }
        Bidi bidi = new Bidi(logicalLine, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = logicalLine.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = (levels[i] & 1) == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    /** Splits prepared text into runs of one font each. */
    List<Run> runs(String text, boolean wantBold) {
        List<Run> runs = new ArrayList<>();
        PDType0Font current = null;
        StringBuilder buffer = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font font;
            String glyph = new String(Character.toChars(cp));
            if (wantBold && boldCmap.getGlyphId(cp) != 0) {
                font = bold;
            } else if (regularCmap.getGlyphId(cp) != 0) {
                font = regular;
            } else {
                font = wantBold ? bold : regular;
                glyph = MISSING;
            }
            if (font != current && buffer.length() > 0) {
                runs.add(new Run(current, buffer.toString()));
                buffer.setLength(0);
            }
            current = font;
            buffer.append(glyph);
        }
        if (buffer.length() > 0) {
            runs.add(new Run(current, buffer.toString()));
        }
        return runs;
    }

    float width(String text, boolean wantBold, float size) {
        float width = 0;
        for (Run run : runs(text, wantBold)) {
            width += stringWidth(run) * size / 1000f;
        }
        return width;
    }

    void draw(PDPageContentStream out, String visualText, boolean wantBold, float size, float x, float y)
            throws IOException {
        float cursor = x;
        for (Run run : runs(visualText, wantBold)) {
            out.beginText();
            out.setFont(run.font(), size);
            out.newLineAtOffset(cursor, y);
            out.showText(run.text());
            out.endText();
            cursor += stringWidth(run) * size / 1000f;
        }
    }

    private static float stringWidth(Run run) {
        try {
            return run.font().getStringWidth(run.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Skrifttypen " + resource + " mangler i programmet");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
