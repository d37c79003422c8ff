package be.classeur.privacy;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one place the privacy module writes PDFs (the access export and the letters): A4 pages, the fonts, the
 * paragraphs and how a text of several lines is laid out. Every value is written as plain text, never parsed as markup.
 */
final class PdfDocument {
    /** The page margins: a report reads edge to edge, a letter keeps the wider margins of paper mail. */
    enum Layout {
        REPORT(50, 50, 50, 50), LETTER(64, 64, 56, 56);

        private final float left;
        private final float right;
        private final float top;
        private final float bottom;

        Layout(float left, float right, float top, float bottom) {
            this.left = left;
            this.right = right;
            this.top = top;
            this.bottom = bottom;
        }
    }

    /** The fonts, all Helvetica. */
    enum Style {
        TITLE(18, Font.BOLD), HEADING(14, Font.BOLD), PART(12, Font.BOLD), LABEL(10, Font.BOLD), TEXT(10, Font.NORMAL),
        NOTE(9, Font.ITALIC), SMALL(9, Font.NORMAL), LETTER(11, Font.NORMAL);

        private final Font font;

        Style(float size, int face) {
            this.font = new Font(Font.HELVETICA, size, face);
        }
    }

    private final Document document;

    private PdfDocument(Document document) {
        this.document = document;
    }

    /**
     * A whole document: {@code content} adds its paragraphs. {@code what} names the document in the error raised if
     * it cannot be written.
     */
    static byte[] write(Layout layout, String title, @Nullable String author, String what, Consumer<PdfDocument> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, layout.left, layout.right, layout.top, layout.bottom);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            if (author != null) {
                document.addAuthor(author);
            }
            document.open();
            content.accept(new PdfDocument(document));
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write " + what + " as PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** One paragraph in one style. */
    PdfDocument paragraph(Style style, String text) {
        return add(new Paragraph(text, style.font));
    }

    /** One paragraph set apart from what comes before it (a heading). */
    PdfDocument paragraph(Style style, String text, float spaceBefore) {
        Paragraph p = new Paragraph(text, style.font);
        p.setSpacingBefore(spaceBefore);
        return add(p);
    }

    /** One paragraph on the right, with space around it (a letter's place and date). */
    PdfDocument rightAligned(Style style, String text, float spaceBefore, float spaceAfter) {
        Paragraph p = new Paragraph(text, style.font);
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setSpacingBefore(spaceBefore);
        p.setSpacingAfter(spaceAfter);
        return add(p);
    }

    /** A text of several lines kept as one paragraph: its line breaks are kept. */
    PdfDocument lines(Style style, String text, float spaceBefore) {
        Paragraph p = new Paragraph();
        p.setSpacingBefore(spaceBefore);
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            p.add(new Chunk((i > 0 ? "\n" : "") + lines[i], style.font));
        }
        return add(p);
    }

    /** A text of several lines, a paragraph per line at a fixed leading; an empty line stays an empty line. */
    PdfDocument body(Style style, String text, float leading) {
        for (String line : text.split("\\R")) {
            Paragraph p = new Paragraph(line.isEmpty() ? " " : line, style.font);
            p.setLeading(leading);
            add(p);
        }
        return this;
    }

    /** A label in bold then its value ("Prénom : Noor"), indented by its depth in nested data. */
    PdfDocument labelled(String label, String value, int depth) {
        Paragraph p = new Paragraph();
        p.setIndentationLeft(14f * depth);
        p.add(new Chunk(label + " ", Style.LABEL.font));
        p.add(new Chunk(value, Style.TEXT.font));
        return add(p);
    }

    private PdfDocument add(Paragraph paragraph) {
        document.add(paragraph);
        return this;
    }
}
