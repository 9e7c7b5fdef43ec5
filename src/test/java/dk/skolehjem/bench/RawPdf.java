package dk.skolehjem.bench;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Raw PDFBox writing a one-page PDF/A-2b of about the minutes' length, as one would by hand: the same embedded
 * DejaVu fonts (regular for the text, bold for the headings), XMP, sRGB output intent, and none of the product's
 * layout (no wrapping, tables, header or footer): the floor the minutes are measured against.
 */
final class RawPdf {

    private final byte[] font;
    private final byte[] boldFont;

    RawPdf() {
        font = read("/fonts/DejaVuSans.ttf");
        boldFont = read("/fonts/DejaVuSans-Bold.ttf");
    }

    private static byte[] read(String resource) {
        try (InputStream in = RawPdf.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(int lines) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font text = PDType0Font.load(doc, new ByteArrayInputStream(font), true);
            PDType0Font bold = PDType0Font.load(doc, new ByteArrayInputStream(boldFont), true);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(bold, 16);
                out.newLineAtOffset(50, 790);
                out.showText("Referat – forældremøde 5.A");
                out.newLineAtOffset(0, -24);
                for (int i = 0; i < lines; i++) {
                    if (i % 8 == 0) {
                        out.setFont(bold, 11);
                        out.showText((i / 8 + 1) + ". Punkt på dagsordenen");
                        out.newLineAtOffset(0, -15);
                    }
                    out.setFont(text, 10);
                    out.showText("Forældrene og klasseteamet aftalte det næste skridt for klassen (" + i + ").");
                    out.newLineAtOffset(0, -13);
                }
                out.endText();
            }
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            xmp.createAndAddDublinCoreSchema().setTitle("Referat");
            var id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xml.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);
            PDOutputIntent intent = new PDOutputIntent(
                    doc,
                    new ByteArrayInputStream(
                            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            doc.getDocumentCatalog().addOutputIntent(intent);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
