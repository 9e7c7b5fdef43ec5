package dk.skolehjem.minutes;

import dk.skolehjem.calendar.DanishDates;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a PDF an archival PDF/A-2b (L9: minutes are kept for archiving): matching document info and XMP
 * metadata, an sRGB output intent, the document language, a file identifier. The fonts are embedded by
 * {@link DocumentFonts}.
 */
final class PdfA {

    private static final String PRODUCER = "Skole-hjem";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA() {}

    static byte[] save(PDDocument doc, String title, String author, String subject, Instant created) {
        try {
            Calendar when = GregorianCalendar.from(created.atZone(DanishDates.ZONE));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setSubject(subject);
            info.setCreator(PRODUCER);
            info.setProducer(PRODUCER);
            info.setCreationDate(when);
            info.setModificationDate(when);

            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            dc.addCreator(author);
            dc.setDescription(subject);
            dc.addLanguage("da");
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(PRODUCER);
            basic.setCreateDate(when);
            basic.setModifyDate(when);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
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
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
            doc.getDocumentCatalog().setLanguage("da");

            byte[] fileId = MessageDigest.getInstance("MD5")
                    .digest((title + "|" + author + "|" + created).getBytes(StandardCharsets.UTF_8));
            COSArray ids = new COSArray();
            ids.add(new COSString(fileId));
            ids.add(new COSString(fileId));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF'en kunne ikke skrives", e);
        } catch (javax.xml.transform.TransformerException
                | NoSuchAlgorithmException
                | org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException("PDF'ens metadata kunne ikke skrives", e);
        }
    }
}
