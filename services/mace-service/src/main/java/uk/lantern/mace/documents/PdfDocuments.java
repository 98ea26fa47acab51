package uk.lantern.mace.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;
import uk.lantern.mace.meeting.domain.AgendaAction;
import uk.lantern.mace.meeting.domain.AgendaEntry;
import uk.lantern.mace.meeting.domain.Discussion;
import uk.lantern.mace.meeting.domain.DriftFlag;
import uk.lantern.mace.meeting.domain.Meeting;

/**
 * The agenda and the minutes as PDF, made from the meeting's record alone: the same record gives the same bytes (no
 * creation time, no producer, a document id made from the text, the standard fonts, which are not embedded).
 */
@Component
public class PdfDocuments {

    private static final float MARGIN = 50;
    private static final float LEADING = 13;
    private static final int WRAP = 95;

    public byte[] agenda(Meeting m) {
        List<String> lines = new ArrayList<>();
        heading(lines, m, "Agenda");
        if (m.agenda().isEmpty()) {
            lines.add("The agenda is fixed when the meeting opens; it has not opened yet.");
        }
        for (AgendaEntry e : m.agenda()) {
            lines.add("");
            lines.add("# " + e.position() + ". " + e.childName() + " (Lantern child " + e.childId() + ")");
            e.why().forEach(w -> lines.add("Why: " + w.words()));
            e.drift().forEach(d -> lines.add("DRIFT: " + d.words()));
            e.whatIsNew().forEach(w -> lines.add("New: " + w));
            for (AgendaAction a : e.actions()) {
                lines.add("Open action: " + a.what() + " - " + a.owner().words() + ", due " + a.dueOn()
                        + (a.timesCarriedOver() > 0 ? ", carried over " + a.timesCarriedOver() + " times" : ""));
            }
        }
        return render("MACE agenda " + m.heldOn(), lines);
    }

    public byte[] minutes(Meeting m) {
        List<String> lines = new ArrayList<>();
        heading(lines, m, "Minutes");
        lines.add("Present: " + String.join("; ", m.attendees().stream().map(a -> a.words()).toList()));
        if (!m.apologies().isEmpty()) {
            lines.add("Apologies: " + String.join("; ", m.apologies().stream().map(a -> a.words()).toList()));
        }
        if (m.quorum() != null) {
            lines.add(m.quorum());
        }
        for (AgendaEntry e : m.agenda()) {
            lines.add("");
            lines.add("# " + e.position() + ". " + e.childName() + " (Lantern child " + e.childId() + ")");
            for (DriftFlag d : e.drift()) {
                lines.add("Drift challenged: " + d.words());
            }
            Discussion d = m.discussion(e.childId()).orElse(null);
            if (d == null) {
                lines.add("Not discussed.");
                continue;
            }
            lines.add("Risk agreed: " + d.agreedCategory().words() + (d.assessedCategory() == null ? ""
                    : " (latest assessment: " + d.assessedCategory().words() + ")"));
            if (d.reasonForDifference() != null) {
                lines.add("Why the panel differs from the assessment: " + d.reasonForDifference());
            }
            lines.add("Decision: " + d.decision());
            lines.add("Outcome to: " + d.allocatedWorker().words());
            lines.add("Actions agreed: " + d.actionIds().size());
        }
        return render("MACE minutes " + m.heldOn(), lines);
    }

    private static void heading(List<String> lines, Meeting m, String what) {
        lines.add("# MACE panel - " + what + " - meeting of " + m.heldOn());
        lines.add("Chair: " + m.chair().words());
        lines.add("Status: " + m.status().name().toLowerCase() + (m.quorate() == null ? ""
                : Boolean.TRUE.equals(m.quorate()) ? " (quorate)" : " (NOT QUORATE)"));
        lines.add("OFFICIAL-SENSITIVE: for MACE panel members only. Do not forward.");
    }

    static byte[] render(String title, List<String> text) {
        List<String> lines = new ArrayList<>();
        for (String line : text) {
            lines.addAll(wrap(printable(line)));
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(printable(title));
            doc.setDocumentInformation(info);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < Math.max(1, lines.size()); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        boolean head = line.startsWith("# ");
                        content.beginText();
                        content.setFont(head ? bold : regular, head ? 11 : 9);
                        content.newLineAtOffset(MARGIN, y);
                        content.showText(head ? line.substring(2) : line);
                        content.endText();
                        y -= LEADING;
                    }
                }
            }
            byte[] id = Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The standard fonts' encoding (WinAnsi) only: arrows as "->", anything else outside Latin-1 as "?". */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.replace("\u2192", "->").replace("\u2019", "'").toCharArray()) {
            b.append(c >= 32 && c < 127 || c >= 160 && c <= 255 ? c : '?');
        }
        return b.toString();
    }

    private static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        String rest = line;
        boolean head = line.startsWith("# ");
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            cut = cut <= 0 ? WRAP : cut;
            out.add(rest.substring(0, cut));
            rest = (head ? "# " : "    ") + rest.substring(cut).strip();
        }
        out.add(rest);
        return out;
    }
}
